"""`govinfo-desktop FILE` starts the real program (offscreen), opens FILE, and stays light at start-up."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_desktop import cli

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"


def _start(tmp_path: Path, *args: str) -> dict:
    importlib.import_module("govinfo_desktop.qt.problems_panel")  # a broken import fails here
    importlib.import_module("govinfo_desktop.qt.metadata_panel")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GOVINFO_DESKTOP_EXIT_WHEN_SHOWN": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "govinfo_desktop", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_file_named_on_the_command_line_opens(tmp_path: Path) -> None:
    report = _start(tmp_path, str(EXAMPLE))
    assert report["title"].startswith(EXAMPLE.name)
    assert report["table"] == "national-2014"


@pytest.mark.slow
def test_start_up_imports_neither_openpyxl_nor_reportlab(tmp_path: Path) -> None:
    report = _start(tmp_path, str(EXAMPLE))
    assert report["openpyxl"] is False and report["reportlab"] is False
    assert 0 < report["rss_mb"] < 300


@pytest.mark.slow
def test_without_a_file_a_blank_report_opens(tmp_path: Path) -> None:
    report = _start(tmp_path)
    assert report["table"] in {"national-2021", "national-2019", "national-2014"}
    assert not list((tmp_path / "data").rglob("*.lock"))  # nothing left behind after quitting


@pytest.mark.slow
def test_the_support_log_is_written_once_the_window_is_up(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from govinfo_desktop import app\n"
        "from govinfo_desktop.qt import window_start\n"
        "app.create_application()\n"
        "QTimer.singleShot(1500, lambda: QApplication.exit(0))\n"
        f"window_start.run([{str(EXAMPLE)!r}])\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=60, check=True,
                   capture_output=True)  # fmt: skip
    logs = list((tmp_path / "data").rglob("govinfo-desktop.log"))
    assert logs and "start " in logs[0].read_text(encoding="utf-8")


def test_no_command_goes_to_the_window(monkeypatch) -> None:
    seen: list[list[str]] = []
    from govinfo_desktop import app  # noqa: PLC0415

    monkeypatch.setattr(app, "main", lambda args: seen.append(list(args)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["报表.govinfo"]) == 0
    assert seen == [[], ["报表.govinfo"]]
