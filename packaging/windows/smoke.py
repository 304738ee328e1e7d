"""make windows-smoke: the installer under Wine 8 in a throwaway win10 prefix, as a clerk would use it.

    python3 packaging/windows/smoke.py dist/GovInfoDesktop-<version>-setup.exe [--keep]

Silent install; files, shortcuts, registry; the installed CLI (--version, check, pdf, convert) on the
seed's table in a folder with a Chinese name and a space; an .xls read in the capped child process (from
the CLI and the window; whether the Job Object's memory cap holds is reported); the window from the
Start-menu shortcut and from the registered open command (title checked, screenshots kept in dist/);
silent uninstall.
Wine 8.0 lacks three things the bundle calls; test-only stub DLLs (wine-stubs/) stand in for them in the
prefix, never in the installer. Output is piped, never redirected to a file (Wine 8 rejects that).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
from tests.formats.hostile_builders import LIBREOFFICE_XLS, xls_with_dimensions  # noqa: E402

EXAMPLE = REPO / "examples" / "岳阳县2017-本级政府.govinfo"
APP_ID = "GovInfoDesktop"
APP_NAME = "政务公开年报统计表填报助手"
WINDOW_SUFFIX = "GovInfo 年报统计表"
UNINST_KEY = rf"HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}"
STUBS = ("bcryptprimitives", "icuuc", "mscms", "close-window")
MINGW = "x86_64-w64-mingw32-gcc-posix"


class Smoke:
    def __init__(self, setup: Path, work: Path, shots: Path) -> None:
        self.setup, self.work, self.shots = setup.resolve(), work, shots
        self.prefix = work / "prefix"
        self.failures: list[str] = []
        self.numbers: dict[str, str] = {}
        self.env = dict(os.environ)
        self.xvfb: subprocess.Popen[bytes] | None = None

    # --- plumbing ---------------------------------------------------------------------------
    def check(self, ok: bool, what: str) -> bool:
        print(("ok    " if ok else "FAIL  ") + what, flush=True)
        if not ok:
            self.failures.append(what)
        return ok

    def wine(
        self, *args: str, timeout: float = 180, lang: str | None = None
    ) -> tuple[int, str, str]:
        """Runs a Windows program with its output piped; decodes UTF-8, else the zh_CN code page 936."""
        env = self.env if lang is None else {**self.env, "LANG": lang, "LC_ALL": lang}
        result = subprocess.run(
            ["wine", *args], env=env, capture_output=True, timeout=timeout, check=False
        )
        return result.returncode, _decode(result.stdout), _decode(result.stderr)

    def wait_wine(self, timeout: float = 120) -> bool:
        """Waits until every Windows process has ended; False if one still runs after timeout."""
        try:
            subprocess.run(["wineserver", "-w"], env=self.env, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            return False
        return True

    def win_path(self, path: Path) -> str:
        relative = path.relative_to(self.prefix / "drive_c")
        return "C:\\" + str(relative).replace("/", "\\")

    # --- set-up -----------------------------------------------------------------------------
    def start(self) -> None:
        (self.work / "home").mkdir(parents=True)
        self.env.update(
            HOME=str(self.work / "home"),  # Wine links Desktop/Documents to $HOME's: keep them here
            WINEPREFIX=str(self.prefix),
            WINEARCH="win64",
            WINEDEBUG="-all",
            # No Mono/Gecko download, no winedbg hang, no menu entries written to the real desktop.
            WINEDLLOVERRIDES="mscoree,mshtml=;winedbg.exe=d;winemenubuilder.exe=d",
            LANG="zh_CN.UTF-8",
            LC_ALL="zh_CN.UTF-8",
        )
        self.env.pop("PYTHONIOENCODING", None)
        self._locale()
        self._display()
        subprocess.run(["wineboot", "-i"], env=self.env, capture_output=True, check=True)
        self.wait_wine()
        self.wine("winecfg", "/v", "win10")
        self.wait_wine()
        self._stubs()

    def _locale(self) -> None:
        """zh_CN.UTF-8 (Wine maps it to code page 936), made in the work folder if the system lacks it."""
        have = subprocess.run(["locale", "-a"], capture_output=True, text=True, check=True).stdout
        if "zh_CN.utf8" in have.split():
            return
        folder = self.work / "locale"
        folder.mkdir()
        subprocess.run(
            ["localedef", "-i", "zh_CN", "-f", "UTF-8", str(folder / "zh_CN.UTF-8")],
            capture_output=True, check=False,
        )  # fmt: skip
        self.env["LOCPATH"] = str(folder)

    def _display(self) -> None:
        sockets = Path("/tmp/.X11-unix")  # noqa: S108 - the X servers' fixed socket folder
        number = next(n for n in range(90, 200) if not (sockets / f"X{n}").exists())
        self.xvfb = subprocess.Popen(
            ["Xvfb", f":{number}", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        self.env["DISPLAY"] = f":{number}"
        for _ in range(50):
            if (sockets / f"X{number}").exists():
                return
            time.sleep(0.1)

    def _stubs(self) -> None:
        system32 = self.prefix / "drive_c" / "windows" / "system32"
        built = self.work / "stubs"
        built.mkdir()
        for name in STUBS:
            suffix = ".exe" if name == "close-window" else ".dll"
            flags = ["-municode"] if suffix == ".exe" else ["-shared"]
            subprocess.run(
                [MINGW, "-O2", "-s", *flags, str(HERE / "wine-stubs" / f"{name}.c"),
                 "-o", str(built / f"{name}{suffix}"), "-ladvapi32"],
                check=True,
            )  # fmt: skip
        for name in ("bcryptprimitives", "icuuc", "mscms"):
            shutil.copy(built / f"{name}.dll", system32 / f"{name}.dll")
        # Wine's own mscms for every other program; the stub only for ours.
        self.wine("reg", "add", r"HKCU\Software\Wine\AppDefaults\govinfo-desktop.exe\DllOverrides",
                  "/v", "mscms", "/d", "native", "/f")  # fmt: skip
        self.close_window = built / "close-window.exe"

    def stop(self) -> None:
        subprocess.run(["wineserver", "-k"], env=self.env, capture_output=True, check=False)
        if self.xvfb is not None:
            self.xvfb.terminate()
            self.xvfb.wait(timeout=10)

    # --- the checks -------------------------------------------------------------------------
    def refuses_old_windows(self) -> None:
        """Below Windows 10 1809 the installer stops with its Chinese message and installs nothing."""
        self.wine("winecfg", "/v", "win7")
        self.wait_wine()
        code, _, _ = self.wine(str(self.setup), "/S")
        self.wait_wine()
        users = self.prefix / "drive_c" / "users"
        installed = list(users.glob(f"*/AppData/Local/Programs/{APP_ID}"))
        self.check(code != 0 and not installed, f"Windows 7 refused (exit {code})")
        self.wine("winecfg", "/v", "win10")
        self.wait_wine()

    def all_users(self) -> None:
        """setup.exe /ALLUSERS (run as an administrator): Program Files, HKLM, the common Start menu."""
        code, _, _ = self.wine(str(self.setup), "/S", "/ALLUSERS")
        self.wait_wine()
        install = self.prefix / "drive_c" / "Program Files" / APP_ID
        self.check(code == 0 and (install / "govinfo-desktop.exe").is_file(),
                   f"all-users install (exit {code}) into Program Files")  # fmt: skip
        key = UNINST_KEY.replace("HKCU", "HKLM")
        self.check("GovInfoDesktop.Report" in self.reg_query(r"HKLM\Software\Classes\.govinfo"),
                   "all-users .govinfo association in HKLM")  # fmt: skip
        self.check(bool(self.reg_query(key, "DisplayVersion")), "all-users uninstall entry in HKLM")
        common = self.prefix / "drive_c" / "ProgramData" / "Microsoft" / "Windows" / "Start Menu"
        self.check(
            (common / "Programs" / f"{APP_NAME}.lnk").is_file(), "common Start-menu shortcut"
        )
        code, out, _ = self.wine(str(install / "govinfo-desktop-cli.exe"), "--version")
        self.check(code == 0 and "govinfo-desktop" in out, "all-users CLI runs")
        code, _, _ = self.wine(str(install / "uninstall.exe"), "/S")
        self.wait_wine()
        for _ in range(100):
            if not install.exists():
                break
            time.sleep(0.2)
        self.check(not install.exists() and not self.reg_query(key, "DisplayName"),
                   "all-users uninstall removes folder and HKLM entry")  # fmt: skip

    def install(self) -> Path:
        started = time.monotonic()
        code, _, _ = self.wine(str(self.setup), "/S")
        self.wait_wine()
        self.numbers["silent install"] = f"{time.monotonic() - started:.1f} s"
        users = self.prefix / "drive_c" / "users"
        found = list(users.glob(f"*/AppData/Local/Programs/{APP_ID}"))
        self.check(
            code == 0 and len(found) == 1, f"silent install (/S) exit {code}, folder {found}"
        )
        install = found[0]
        self.user = install.parents[3]
        for name in ("govinfo-desktop.exe", "govinfo-desktop-cli.exe", "uninstall.exe",
                     "runtime/python312.dll", "runtime/python312._pth",
                     "app/govinfo_desktop/__main__.py", "app/resources/tables",
                     "runtime/Lib/site-packages/PySide6/plugins/platforms/qwindows.dll",
                     # shiboken6's signature support as files with bytecode, not compiled each start
                     "runtime/Lib/site-packages/shiboken6/files.dir/shibokensupport/signature/"
                     "__pycache__/loader.cpython-312.pyc"):  # fmt: skip
            self.check((install / name).exists(), f"installed {name}")
        stray = [p.name for p in install.rglob("*") if p.stem.lower() in STUBS]
        self.check(not stray, f"no test stub in the installed program {stray}")
        size = sum(p.stat().st_size for p in install.rglob("*") if p.is_file())
        self.numbers["installed size"] = f"{size / 1e6:.1f} MB"
        self.check(size <= 140e6, f"installed size {size / 1e6:.1f} MB ≤ 140 MB")
        for link in self.shortcuts():
            self.check(link.is_file(), f"shortcut {link.relative_to(self.user)}")
        self.registry(install)
        self.upgrade(install)
        return install

    def upgrade(self, install: Path) -> None:
        """Installing again (an upgrade) replaces the program folder instead of merging into it."""
        stale = install / "runtime" / "Lib" / "site-packages" / "stale_from_old_version.py"
        stale.write_text("")
        code, _, _ = self.wine(str(self.setup), "/S")
        self.wait_wine()
        self.check(code == 0 and not stale.exists(), "reinstall over it replaces the old files")
        self.check(
            (install / "runtime" / "python312.dll").is_file(), "reinstalled program complete"
        )

    def shortcuts(self) -> list[Path]:
        roaming = self.user / "AppData" / "Roaming" / "Microsoft" / "Windows"
        return [
            roaming / "Start Menu" / "Programs" / f"{APP_NAME}.lnk",
            self.user / "Desktop" / f"{APP_NAME}.lnk",
        ]

    def reg_query(self, key: str, value: str = "") -> str:
        args = ["reg", "query", key, "/reg:64", *(["/v", value] if value else ["/ve"])]
        code, out, _ = self.wine(*args)
        return out if code == 0 else ""

    def registry(self, install: Path) -> None:
        exe = self.win_path(install / "govinfo-desktop.exe")
        self.check("GovInfoDesktop.Report" in self.reg_query(r"HKCU\Software\Classes\.govinfo"),
                   ".govinfo → GovInfoDesktop.Report")  # fmt: skip
        command = self.reg_query(r"HKCU\Software\Classes\GovInfoDesktop.Report\shell\open\command")
        self.check(f'"{exe}" "%1"' in command, f"open command {command.strip()[-80:]!r}")
        verb = self.reg_query(r"HKCU\Software\Classes\GovInfoDesktop.Report\shell\open")
        self.check("打开" in verb, "open verb shown as 打开")
        icon = self.reg_query(r"HKCU\Software\Classes\GovInfoDesktop.Report\DefaultIcon")
        self.check("govinfo-desktop.ico" in icon, "file type icon")
        version = self.reg_query(UNINST_KEY, "DisplayVersion")
        self.check(self.setup.stem.split("-")[1] in version, "uninstall entry with DisplayVersion")
        self.check("0x" in self.reg_query(UNINST_KEY, "EstimatedSize"), "uninstall EstimatedSize")

    def cli(self, install: Path) -> Path:
        folder = self.user / "Documents" / "年报 测试"
        folder.mkdir(parents=True, exist_ok=True)
        report = folder / EXAMPLE.name
        shutil.copy(EXAMPLE, report)
        cli = str(install / "govinfo-desktop-cli.exe")
        version = self.setup.stem.split("-")[1]
        started = time.monotonic()
        code, out, err = self.wine(cli, "--version")
        self.numbers["CLI --version"] = f"{time.monotonic() - started:.1f} s"
        self.check(
            code == 0 and out.strip() == f"govinfo-desktop {version}", f"--version → {out!r}"
        )
        code, out, err = self.wine(cli, "check", self.win_path(report))
        self.check(code in (0, 1) and "岳阳县" in out and "Traceback" not in err,
                   f"check (exit {code}) prints the report in Chinese: {out.splitlines()[:1]}")  # fmt: skip
        code, out, err = self.wine(cli, "check", self.win_path(report), lang="C.UTF-8")
        self.check(code in (0, 1) and "Traceback" not in err and "岳阳县" in out,
                   f"check in a non-Chinese Wine locale, C.UTF-8 (exit {code})")  # fmt: skip
        pdf = folder / "报表 打印.pdf"
        code, out, err = self.wine(cli, "pdf", self.win_path(report), "-o", self.win_path(pdf))
        self.check(code in (0, 1) and pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-",
                   f"pdf (exit {code}) → {pdf.name} {pdf.stat().st_size if pdf.exists() else 0} B {err[-300:]}")  # fmt: skip
        xlsx = folder / "报表 导出.xlsx"
        code, out, err = self.wine(cli, "convert", self.win_path(report), "-o", self.win_path(xlsx))
        ok = code in (0, 1) and xlsx.is_file() and zipfile.is_zipfile(xlsx)
        self.check(ok, f"convert (exit {code}) → {xlsx.name} {err[-300:]}")
        back = folder / "报表 导回.govinfo"
        code, out, err = self.wine(cli, "convert", self.win_path(xlsx), "-o", self.win_path(back))
        self.check(
            code in (0, 1) and back.is_file(), f"convert .xlsx back (exit {code}) {err[-200:]}"
        )
        return report

    def spreadsheets(self, install: Path) -> None:
        """.xls files are read in a child process (the console launcher again) that caps its memory
        with a Job Object; Wine 8 accepts the job calls but keeps and enforces no limit."""
        folder = self.user / "Documents" / "表格 测试"
        folder.mkdir(parents=True, exist_ok=True)
        cli = str(install / "govinfo-desktop-cli.exe")
        normal = folder / "报表 旧版.xls"
        shutil.copy(LIBREOFFICE_XLS, normal)
        started = time.monotonic()
        code, out, err = self.wine(cli, "check", self.win_path(normal))
        self.numbers["CLI check of an .xls (child process)"] = f"{time.monotonic() - started:.1f} s"
        self.check(code in (0, 1) and "统计表" in out and "Traceback" not in err,
                   f".xls read in the child process (exit {code}) {out.splitlines()[:1]} {err[-200:]}")  # fmt: skip
        # BIFF8's full 65,536 × 256 declared: calamine reserves 671 MB for the cells. A cap in force
        # makes that allocation fail (Rust aborts the child); without one the file reads.
        full = folder / "满表.xls"
        full.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 65_536, 256))
        result = folder / "grids.pickle"
        code, _, err = self.wine(cli, "--read-grids-child", "calamine", self.win_path(full),
                                 self.win_path(result))  # fmt: skip
        held = code != 0 and "memory allocation of" in err
        calls_failed = "失败（Windows 错误码" in err
        self.check(not calls_failed and (held or code == 0),
                   f"child: job calls succeed (exit {code}) {err.strip()[-300:]!r}")  # fmt: skip
        said = re.search(r"作业对象未保留内存上限（[^）]*）", err)
        self.numbers["memory cap (Job Object)"] = (
            "held: the 671 MB allocation failed" if held
            else f"not enforced: {said.group(0) if said else err.strip()[-120:]}"
        )  # fmt: skip
        code, out, err = self.wine(cli, "check", self.win_path(full))
        refused = code == 2 and "内存" in err and "Traceback" not in err
        self.check(refused if held else code in (0, 1),
                   f"full-size .xls through the program (exit {code}) {err.strip()[-200:]}")  # fmt: skip
        self.window("xls-import", "导入报告", lambda: self._open_in_window(install, normal),
                    closes="导入报告", ends=False)  # fmt: skip
        subprocess.run(["wineserver", "-k"], env=self.env, check=False)  # an unsaved import
        self.wait_wine()
        # Its recovery state would be offered (a dialog) at the next start of the window checks.
        for recovery in (self.user / "AppData").rglob("recovery"):
            if "govinfo" in str(recovery).lower():
                shutil.rmtree(recovery)
        shutil.rmtree(folder)

    def _open_in_window(self, install: Path, path: Path) -> None:
        subprocess.Popen(["wine", str(install / "govinfo-desktop.exe"), self.win_path(path)],
                         env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

    def window(
        self,
        name: str,
        title_part: str,
        launch: Callable[[], None],
        *,
        closes: str = WINDOW_SUFFIX,
        screenshot: bool = True,
        ends: bool = True,
    ) -> float:
        """Launches, waits for the titled window (returns the seconds that took), screenshots, closes."""
        started = time.monotonic()
        launch()
        title = self.wait_for_title(title_part, timeout=90)
        elapsed = time.monotonic() - started
        self.numbers[f"window ({name})"] = f"{elapsed:.1f} s"
        if not self.check(title is not None, f"window from {name}: title {title!r}"):
            return elapsed
        if screenshot:
            time.sleep(2)  # let the first paint settle for the screenshot
            shot = self.shots / f"windows-smoke-{name}.png"
            xwd = subprocess.run(
                ["xwd", "-root", "-silent"], env=self.env, capture_output=True, check=True
            )
            subprocess.run([_convert(), "xwd:-", str(shot)], input=xwd.stdout, check=True)
            print(f"      screenshot {shot}")
        self.wine(str(self.close_window), closes)
        if not ends:  # the window stays (an unsaved import): the caller ends the program
            return elapsed
        ended = self.wait_wine(timeout=60)
        self.check(ended, f"window ({name}) closed and the program ended")
        if not ended:
            subprocess.run(["wineserver", "-k"], env=self.env, check=False)
        return elapsed

    def wait_for_title(self, part: str, timeout: float) -> str | None:
        deadline = time.monotonic() + timeout
        while True:
            tree = subprocess.run(["xwininfo", "-root", "-tree"], env=self.env,
                                  capture_output=True, check=False).stdout  # fmt: skip
            for line in _decode(tree).splitlines():
                if part in line and "govinfo-desktop.exe" in line:
                    return line.split('"')[1]
            if time.monotonic() >= deadline:
                return None
            time.sleep(0.1)

    def windows(self, install: Path, report: Path) -> None:
        start_menu = self.shortcuts()[0]

        def from_shortcut() -> None:
            subprocess.Popen(["wine", "start", "/unix", str(start_menu)], env=self.env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

        def from_association() -> None:
            # What Explorer runs on a double click. (Wine 8's HKCR does not merge HKCU\Software\
            # Classes, so `start file.govinfo` cannot find a per-user association there.)
            key = r"HKCU\Software\Classes\GovInfoDesktop.Report\shell\open\command"
            command = self.reg_query(key).split("REG_SZ", 1)[-1].strip()
            args = [a or b for a, b in re.findall(r'"([^"]*)"|(\S+)', command)]
            args = [arg.replace("%1", self.win_path(report)) for arg in args]
            subprocess.Popen(["wine", *args], env=self.env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

        def direct() -> None:
            subprocess.Popen(["wine", str(install / "govinfo-desktop.exe"), self.win_path(report)],
                             env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

        def failing() -> None:  # a usage error: the GUI launcher shows Python's stderr
            subprocess.Popen(["wine", str(install / "govinfo-desktop.exe"), "--no-such-option"],
                             env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip

        self.window("error-message", APP_NAME, failing, closes=APP_NAME)
        self.window("start-menu", WINDOW_SUFFIX, from_shortcut)
        self.window("open-command", report.name, from_association)
        self.window("direct", report.name, direct)
        runs = [self.window(f"start {n}", report.name, direct, screenshot=False) for n in (1, 2, 3)]
        for n in (1, 2, 3):
            del self.numbers[f"window (start {n})"]
        self.numbers["start to window, 3 more runs"] = " / ".join(f"{t:.1f}" for t in runs) + " s"

    def uninstall(self, install: Path, report: Path) -> None:
        code, _, _ = self.wine(str(install / "uninstall.exe"), "/S")
        self.wait_wine()
        for _ in range(100):  # the uninstaller re-runs itself from %TEMP%
            if not install.exists():
                break
            time.sleep(0.2)
        left = (
            sorted(str(p.relative_to(install)) for p in install.rglob("*"))
            if install.exists()
            else []
        )
        self.check(
            code == 0 and not install.exists(), f"silent uninstall removes the program {left[:5]}"
        )
        for link in self.shortcuts():
            self.check(not link.exists(), f"shortcut removed {link.name}")
        self.check(self.reg_query(UNINST_KEY, "DisplayName") == "", "uninstall entry removed")
        self.check(
            self.reg_query(r"HKCU\Software\Classes\.govinfo") == "", ".govinfo association removed"
        )
        self.check(report.is_file() and len(list(report.parent.iterdir())) == 4,
                   f"the user's files stay: {sorted(p.name for p in report.parent.iterdir())}")  # fmt: skip
        kept = [str(p.relative_to(self.user)) for p in self.user.rglob("*")
                if "govinfo" in str(p.relative_to(self.user)).lower() and p.is_file()]  # fmt: skip
        temp = [p.name for p in (self.user / "AppData" / "Local" / "Temp").glob("govinfo*")]
        self.check(not temp, f"no launcher log left in %TEMP% {temp}")
        caches = [name for name in kept if name.startswith("AppData/Local/")]
        self.check(not caches, f"the program's caches removed {caches}")
        print(f"      left under the user's folder: {kept}")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gbk", errors="replace")


def _convert() -> str:
    return "/usr/bin/convert" if Path("/usr/bin/convert").exists() else "convert"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("setup", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the Wine prefix (printed)")
    options = parser.parse_args(argv)
    (REPO / "build").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="windows-smoke-", dir=REPO / "build"))
    smoke = Smoke(options.setup, work, REPO / "dist")
    started = time.monotonic()
    try:
        smoke.start()
        smoke.refuses_old_windows()
        smoke.all_users()
        install = smoke.install()
        report = smoke.cli(install)
        smoke.spreadsheets(install)
        smoke.windows(install, report)
        smoke.uninstall(install, report)
    finally:
        smoke.stop()
        if options.keep:
            print(f"prefix kept: {smoke.prefix}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    smoke.numbers["whole smoke test"] = f"{time.monotonic() - started:.0f} s"
    print("\n".join(f"  {key}: {value}" for key, value in smoke.numbers.items()))
    if smoke.failures:
        print(f"windows-smoke: {len(smoke.failures)} check(s) failed", file=sys.stderr)
        return 1
    print("windows-smoke: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
