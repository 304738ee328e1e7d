"""The reader child as started and as it ends: which program is started, a cap that refuses an
allocation (MemoryError, a Rust abort) becomes the one clear line, and what the child says is logged."""

from __future__ import annotations

import logging
import pickle
import time
from pathlib import Path

import pytest

from govinfo_desktop.formats.excel import child as excel_child
from govinfo_desktop.formats.excel import child_main
from govinfo_desktop.formats.excel import reader as excel_reader
from govinfo_desktop.formats.excel.sniff import ImportFailed
from govinfo_desktop.formats.messages import files as file_msg
from tests.formats.hostile_builders import LIBREOFFICE_XLS, xls_with_dimensions


def test_the_installed_windows_program_starts_its_console_launcher(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The launchers add `-m govinfo_desktop` themselves; the GUI one would show a failure in a box."""
    monkeypatch.delattr("sys.frozen", raising=False)
    for launcher in ("govinfo-desktop.exe", "govinfo-desktop-cli.exe"):
        monkeypatch.setattr("sys.executable", f"/opt/GovInfoDesktop/{launcher}")
        assert excel_child.self_command() == ["/opt/GovInfoDesktop/govinfo-desktop-cli.exe"]
    monkeypatch.setattr("sys.executable", "/usr/bin/python3")
    assert excel_child.self_command() == ["/usr/bin/python3", "-m", "govinfo_desktop"]
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert excel_child.self_command() == ["/usr/bin/python3"]


def _child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException) -> ImportFailed:
    """Runs child_main in this process (cap left off) with a reader that raises `error`."""
    capped: list[int] = []

    def reader(path: Path) -> list[object]:
        raise error

    monkeypatch.setattr(child_main, "limit_own_memory", capped.append)
    monkeypatch.setattr(excel_reader, "read_calamine", reader)
    result = tmp_path / "grids.pickle"
    code = child_main.child_main(["calamine", str(tmp_path / "表.xls"), str(result)])
    assert code == excel_child.CHILD_ERROR_EXIT and capped == [excel_child.MEMORY_LIMIT]
    with result.open("rb") as stream:
        refusal = pickle.load(stream)  # noqa: S301 - written just now
    assert isinstance(refusal, ImportFailed)
    return refusal


def test_memory_error_under_the_cap_is_the_limits_refusal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    refusal = _child(tmp_path, monkeypatch, MemoryError())
    assert refusal.code == file_msg.READ_LIMITS.code
    assert "“表.xls”" in str(refusal) and "内存" in str(refusal)


def test_a_reader_turning_memory_error_into_unreadable_still_says_limits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wrapped = ImportFailed(file_msg.UNREADABLE_WORKBOOK, name="表.xls")
    wrapped.__cause__ = MemoryError()
    assert _child(tmp_path, monkeypatch, wrapped).code == file_msg.READ_LIMITS.code
    plain = ImportFailed(file_msg.PASSWORD, name="表.xls")
    assert _child(tmp_path, monkeypatch, plain).code == file_msg.PASSWORD.code


def test_the_cap_refuses_an_xls_the_checks_let_through_and_the_abort_is_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """65,536 × 256 declared (BIFF8's own maximum) makes calamine reserve 671 MB for cells: without a
    cap that reads (lazily, ~70 MB resident); under the 480 MB cap the child aborts, this process lives."""
    path = tmp_path / "满表.xls"
    path.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 65_536, 256))
    started = time.perf_counter()
    with caplog.at_level(logging.INFO), pytest.raises(ImportFailed) as caught:
        excel_child.read_isolated(path, "calamine")
    assert caught.value.code == file_msg.READ_LIMITS.code
    assert time.perf_counter() - started < 5
    assert "满表.xls" in caplog.text and "memory allocation of" in caplog.text
