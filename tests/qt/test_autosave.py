"""Crash recovery: debounced recovery copies, locks per session, and a restore after a real kill -9."""

from __future__ import annotations

import importlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLineEdit

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.formats import atomic, govinfo_file
from govinfo_desktop.qt import autosave, dialogs
from govinfo_desktop.qt.settings import APPLICATION, ORGANIZATION
from govinfo_desktop.qt.startup_hooks import TEST_EDITS
from tests.qt.shell_support import make_window

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(autosave, "IDLE_DELAY_MS", 100)
    monkeypatch.setattr(autosave, "MAX_DELAY_MS", 400)


def _session(tmp_path: Path, document: ReportDocument, source: Path | None = None):
    session = autosave.RecoverySession(tmp_path / "recovery")
    session.track(document, source)
    return session


def test_the_clerk_loses_at_most_two_seconds() -> None:
    assert autosave.MAX_DELAY_MS <= 2_000 and autosave.IDLE_DELAY_MS < autosave.MAX_DELAY_MS


def _focused_line_edit(qtbot, name: str, cell=None) -> QLineEdit:
    edit = QLineEdit()
    if name:
        edit.setProperty(autosave.METADATA_KEY_PROPERTY, name)
    if cell is not None:
        edit.cell = cell  # what the table's CellEditor carries
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    return edit


def test_text_typed_into_a_field_not_yet_left_is_in_the_copy(qtbot, tmp_path, quick) -> None:
    document = ReportDocument.new("national-2021", unit="旧单位")
    session = _session(tmp_path, document)
    edit = _focused_line_edit(qtbot, "unit")
    qtbot.keyClicks(edit, "New County")
    qtbot.waitUntil(session.path.exists, timeout=2000)
    assert govinfo_file.load_document(session.path).metadata["unit"] == "New County"
    assert document.metadata["unit"] == "旧单位"  # not committed behind the clerk's back
    session.close()


def test_number_typed_into_a_cell_editor_not_yet_left_is_in_the_copy(
    qtbot, tmp_path, quick
) -> None:
    document = ReportDocument.new("national-2021")
    cell = next(iter(document.table.cells()))
    session = _session(tmp_path, document)
    edit = _focused_line_edit(qtbot, "", cell)
    qtbot.keyClicks(edit, "42")
    qtbot.waitUntil(session.path.exists, timeout=2000)
    assert govinfo_file.load_document(session.path).values[cell] == 42
    assert cell not in document.values
    session.close()


def test_typing_into_some_other_field_writes_nothing(qtbot, tmp_path, quick) -> None:
    session = _session(tmp_path, ReportDocument.new("national-2021"))
    edit = QLineEdit()  # the find bar, say
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClicks(edit, "find me")
    qtbot.wait(600)
    assert not session.path.exists()
    session.close()


def test_the_metadata_panel_marks_its_fields_for_autosave(qtbot) -> None:
    from govinfo_desktop.qt.editor import ReportEditor  # noqa: PLC0415
    from govinfo_desktop.qt.metadata_panel import MetadataPanel  # noqa: PLC0415

    editor = ReportEditor(ReportDocument.new("national-2021"))
    qtbot.addWidget(editor)
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    assert panel.fields["unit"].property(autosave.METADATA_KEY_PROPERTY) == "unit"
    assert panel.fields["unit"].maxLength() == 200


def test_a_failed_recovery_write_is_signalled_once(qtbot, tmp_path, monkeypatch) -> None:
    def full(path: Path, _data: bytes) -> None:
        raise atomic.save_failed(Path(path), OSError(28, "No space left on device"))

    monkeypatch.setattr(autosave, "atomic_write_bytes", full)
    session = _session(tmp_path, ReportDocument.new("national-2014"))
    messages: list[str] = []
    session.failed.connect(messages.append)
    for _ in range(3):
        session.changed()
        session.write_now()
    assert len(messages) == 1 and "磁盘空间不足" in messages[0]
    session.close()


def test_recovery_offer_says_whose_report_it_is(tmp_path: Path) -> None:
    document = ReportDocument.new("national-2021", unit="甲县人民政府", year="2023")
    session = _session(tmp_path, document, tmp_path / "甲县2023.govinfo")
    session.changed()
    session.write_now()
    session._lock.unlock()  # as if this session had died
    (orphan,) = autosave.find_orphans(tmp_path / "recovery")
    text = orphan.describe(orphan.load())
    assert "甲县人民政府" in text and "2023" in text and "甲县2023.govinfo" in text
    orphan.release()


def test_written_after_the_clerk_pauses(qtbot, tmp_path: Path, quick) -> None:
    document = ReportDocument.new("national-2021", unit="测试县")
    session = _session(tmp_path, document, tmp_path / "原文件.govinfo")
    session.changed()
    assert not session.path.exists()
    qtbot.waitUntil(session.path.exists, timeout=2000)
    assert govinfo_file.load_document(session.path).metadata["unit"] == "测试县"
    meta = json.loads(session.path.with_suffix(".json").read_text("utf-8"))
    assert meta["source"] == str(tmp_path / "原文件.govinfo")
    assert not (tmp_path / "原文件.govinfo").exists()  # never over the clerk's own file
    session.close()


def test_continuous_typing_still_writes_within_the_maximum_delay(qtbot, tmp_path, quick) -> None:
    session = _session(tmp_path, ReportDocument.new("national-2014"))
    started = time.monotonic()
    while not session.path.exists() and time.monotonic() - started < 2:
        session.changed()  # never idle long enough for the debounce alone
        qtbot.wait(30)
    assert session.path.exists()
    assert time.monotonic() - started < 1.0
    session.close()


def test_save_or_clean_close_removes_the_copy(tmp_path: Path) -> None:
    session = _session(tmp_path, ReportDocument.new("national-2014"))
    session.changed()
    assert session.write_now() and session.path.exists()
    session.discard()
    assert not session.path.exists()
    session.changed()
    session.write_now()
    session.close()
    assert list((tmp_path / "recovery").iterdir()) == []


def test_a_running_session_is_not_an_orphan(tmp_path: Path) -> None:
    session = _session(tmp_path, ReportDocument.new("national-2014"))
    session.changed()
    session.write_now()
    assert autosave.find_orphans(session.directory) == []
    session.close()


def test_a_full_disk_does_not_disturb_editing(tmp_path, monkeypatch) -> None:
    def full(path: Path, _data: bytes) -> None:
        raise atomic.save_failed(Path(path), OSError(28, "No space left on device"))

    monkeypatch.setattr(autosave, "atomic_write_bytes", full)
    session = _session(tmp_path, ReportDocument.new("national-2014"))
    session.changed()
    assert not session.write_now() and "磁盘空间不足" in session.last_error
    session.close()


def test_window_autosaves_edits_and_a_save_removes_the_copy(qtbot, tmp_path, quick) -> None:
    source = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, source)
    window = make_window(qtbot, tmp_path)
    window.start(source)
    window.editor.set_metadata("head", "张三")
    qtbot.waitUntil(window.recovery.path.exists, timeout=2000)
    assert govinfo_file.load_document(source).metadata.get("head") is None
    window.editor.undo_stack.undo()  # back to what is on disk: nothing to recover
    assert not window.recovery.path.exists()
    window.editor.undo_stack.redo()
    window.recovery.write_now()
    assert window.files.save()
    assert not window.recovery.path.exists()


def _recovery_dir(data_home: Path) -> Path:
    return data_home / ORGANIZATION / APPLICATION / "recovery"


@pytest.mark.slow
def test_restore_after_the_process_is_killed(qtbot, tmp_path, monkeypatch) -> None:
    importlib.import_module("govinfo_desktop.qt.problems_panel")  # a broken import fails here
    importlib.import_module("govinfo_desktop.qt.metadata_panel")
    source = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, source)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        TEST_EDITS: json.dumps([["preparer", "李四（被杀之前填写）"]]),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "govinfo_desktop", str(source)],
        env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    recovery = _recovery_dir(tmp_path / "data")
    try:
        deadline = time.monotonic() + 20
        while not list(recovery.glob("*.govinfo")) and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
            time.sleep(0.1)
        assert list(recovery.glob("*.govinfo")), "no recovery file within 20 s"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(10)
        if process.stderr:
            process.stderr.close()
    assert "李四" not in source.read_text("utf-8")  # the clerk's own file is untouched
    offered: list[str] = []

    def ask(_parent, description: str, _written) -> bool:
        offered.append(description)
        return True

    monkeypatch.setattr(dialogs, "ask_restore", ask)
    window = make_window(qtbot, tmp_path / "next-start")
    window.recovery = autosave.RecoverySession(recovery, window)  # the same folder as the dead run
    window.start(None)
    assert window.offer_recovery()
    assert len(offered) == 1 and str(source) in offered[0]
    assert window.document().metadata["preparer"] == "李四（被杀之前填写）"
    assert window.file_path == source and window.is_modified() and window.isWindowModified()
    assert window.recovery.path.exists()  # the restored, still unsaved report is protected again
    assert autosave.find_orphans(recovery) == []  # offered once, not again


def test_declined_recovery_is_not_offered_again(qtbot, tmp_path, monkeypatch) -> None:
    directory = tmp_path / "recovery"
    directory.mkdir()
    govinfo_file.save_document(
        ReportDocument.new("national-2014", unit="旧的"), directory / "session-x.govinfo"
    )
    monkeypatch.setattr(dialogs, "ask_restore", lambda *_args: False)
    window = make_window(qtbot, tmp_path)
    window.start(None)
    assert not window.offer_recovery()
    assert not (directory / "session-x.govinfo").exists()
    assert window.document().metadata.get("unit") is None
