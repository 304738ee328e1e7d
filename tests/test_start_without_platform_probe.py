"""Start-up never asks the `platform` module about the system.

On Windows, CPython 3.12's platform.uname()/platform() query WMI (`_wmi`), which aborts the process
under Wine and can take seconds on a locked-down office PC. The test makes every such call fatal and
runs the headless commands and the window (offscreen) on the seed's table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"

PROBES_FORBIDDEN = """
import platform, sys
def _forbidden(*args, **kwargs):
    sys.stderr.write("platform probe called\\n")
    raise SystemExit(99)
for name in ("platform", "uname", "system", "release", "version", "machine", "win32_ver",
             "processor", "node"):
    setattr(platform, name, _forbidden)
from govinfo_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GOVINFO_DESKTOP_EXIT_WHEN_SHOWN": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    return subprocess.run(
        [sys.executable, "-c", PROBES_FORBIDDEN, *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_headless_commands_do_not_probe_the_platform(tmp_path: Path) -> None:
    result = _run(tmp_path, "check", str(EXAMPLE))
    assert result.returncode in (0, 1), result.stderr
    pdf = tmp_path / "报表.pdf"
    result = _run(tmp_path, "pdf", str(EXAMPLE), "-o", str(pdf))
    assert result.returncode in (0, 1), result.stderr
    assert pdf.read_bytes().startswith(b"%PDF-")


@pytest.mark.slow
def test_the_window_opens_without_probing_the_platform(tmp_path: Path) -> None:
    result = _run(tmp_path, str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["title"].startswith(EXAMPLE.name)
