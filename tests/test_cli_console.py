"""The CLI on consoles whose code page cannot show Chinese (a Western Windows, Wine) and on cp936."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_desktop.console import tolerate_unencodable

EXAMPLE = Path(__file__).parent.parent / "examples" / "岳阳县2017-本级政府.govinfo"


def _run(encoding: str, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run(
        [sys.executable, "-m", "govinfo_desktop", *args],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize("args", [("templates",), ("check", str(EXAMPLE))])
def test_a_cp1252_console_gets_question_marks_not_a_traceback(args: tuple[str, ...]) -> None:
    result = _run("cp1252", *args)
    assert result.returncode in (0, 1), result.stderr
    assert b"Traceback" not in result.stderr
    assert b"UnicodeEncodeError" not in result.stderr
    assert b"?" in result.stdout


def test_unreadable_file_message_on_cp1252_is_one_line_without_traceback(tmp_path: Path) -> None:
    result = _run("cp1252", "check", str(tmp_path / "不存在.govinfo"))
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.decode("cp1252").strip().splitlines()) == 1


def test_a_cp936_console_reads_chinese() -> None:
    result = _run("cp936", "templates")
    assert result.returncode == 0
    assert "政府信息公开情况统计表" in result.stdout.decode("cp936")


def test_only_unencodable_characters_are_replaced(tmp_path: Path) -> None:
    with (tmp_path / "out.txt").open("w", encoding="cp1252") as stream:
        tolerate_unencodable(stream)
        stream.write("Total: 政务 5€")
    assert (tmp_path / "out.txt").read_text(encoding="cp1252") == "Total: ?? 5€"


def test_missing_or_closed_streams_are_skipped() -> None:
    closed = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    closed.close()
    open_one = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    # A GUI process on Windows has sys.stdout = None; a closed stream refuses reconfigure().
    tolerate_unencodable(None, closed, open_one)
    assert open_one.errors == "replace"
