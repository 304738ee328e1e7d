"""The support log: written to the user's data folder, rotating, with uncaught exceptions in it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_an_uncaught_exception_lands_in_the_log_file(tmp_path: Path) -> None:
    code = (
        "import logging, sys\n"
        "from pathlib import Path\n"
        "from govinfo_desktop import applog\n"
        f"path = applog.install_file_log(Path({str(tmp_path / 'logs')!r}))\n"
        "logging.getLogger('govinfo_desktop.formats.x').warning('读不了 %s', 'a.xlsx')\n"
        "raise ValueError('坏了')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1 and "ValueError" in done.stderr
    text = (tmp_path / "logs" / "govinfo-desktop.log").read_text(encoding="utf-8")
    assert "start " in text and "读不了 a.xlsx" in text
    assert "未处理的异常" in text and "ValueError: 坏了" in text


def test_a_folder_that_cannot_be_made_does_not_stop_the_program(tmp_path: Path) -> None:
    from govinfo_desktop import applog  # noqa: PLC0415

    blocker = tmp_path / "file"
    blocker.write_text("x")
    before = list(logging.getLogger("govinfo_desktop").handlers)
    assert applog.install_file_log(blocker / "logs") is None
    assert logging.getLogger("govinfo_desktop").handlers == before
