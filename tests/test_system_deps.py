"""scripts/system-deps.sh never removes or replaces a package, and waits for a held apt/dpkg lock."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "system-deps.sh"


def _fake_system(tmp_path: Path, installed: set[str], lock_held_for: float = 0) -> dict[str, str]:
    """dpkg-query, apt-get, id and fuser stand-ins on PATH; apt-get logs its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "apt.log"
    release = time.time() + lock_held_for
    scripts = {
        "dpkg-query": (
            '#!/bin/sh\npkg="$3"\n'
            f"for p in {' '.join(sorted(installed))}; do\n"
            '  [ "$p" = "$pkg" ] && { printf "install ok installed"; exit 0; }\ndone\nexit 1\n'
        ),
        "apt-get": f'#!/bin/sh\necho "$@" >> "{log}"\n',
        "id": "#!/bin/sh\necho 0\n",
        "fuser": f'#!/bin/sh\n[ "$(date +%s)" -lt {int(release) + 1} ] && exit 0\nexit 1\n',
        "sleep": "#!/bin/sh\n/bin/sleep 0.05\n",
    }
    for name, text in scripts.items():
        path = bin_dir / name
        path.write_text(text, encoding="utf-8")
        path.chmod(0o755)
    return {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}"}


def _run(env: dict[str, str], *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(SCRIPT), "test", *extra], env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip


BASE = {
    "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libfreetype6", "libdbus-1-3",
    "libglib2.0-0", "poppler-utils", "fonts-wqy-microhei",
}  # fmt: skip


def test_desktop_libreoffice_calc_counts_as_present(tmp_path: Path) -> None:
    env = _fake_system(tmp_path, BASE | {"libreoffice-calc", "libreoffice-writer"})
    done = _run(env)
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "apt.log").exists(), "nothing to install: apt must not run at all"


def test_missing_packages_are_installed_without_removing_anything(tmp_path: Path) -> None:
    env = _fake_system(tmp_path, BASE - {"poppler-utils"})
    done = _run(env)
    assert done.returncode == 0, done.stderr
    install = [
        line for line in (tmp_path / "apt.log").read_text().splitlines() if " install " in line
    ]
    assert len(install) == 1
    assert "--no-remove" in install[0] and "DPkg::Lock::Timeout" in install[0]
    assert "libreoffice-calc-nogui" in install[0] and "poppler-utils" in install[0]
    assert "libreoffice-writer-nogui" in install[0]  # the report's .docx → PDF test


@pytest.mark.slow
def test_waits_for_a_held_lock_then_installs(tmp_path: Path) -> None:
    env = _fake_system(
        tmp_path,
        BASE - {"poppler-utils"} | {"libreoffice-calc", "libreoffice-writer"},
        lock_held_for=2,
    )
    done = _run(env)
    assert done.returncode == 0, done.stderr
    assert "waiting" in done.stderr
    assert "install" in (tmp_path / "apt.log").read_text()


def test_gives_up_after_the_bounded_wait(tmp_path: Path) -> None:
    env = _fake_system(tmp_path, BASE - {"poppler-utils"}, lock_held_for=3600)
    env["APT_LOCK_WAIT"] = "10"
    done = _run(env)
    assert done.returncode == 1 and "放弃安装" in done.stderr
    assert not (tmp_path / "apt.log").exists()
