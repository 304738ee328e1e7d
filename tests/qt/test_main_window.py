"""The main window: menus, title with [*], status summary, docks, drops, closing with unsaved changes."""

from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from govinfo_desktop.qt import dialogs
from govinfo_desktop.qt.main_window import EditorParts
from tests.qt.shell_support import FakeEditor, FakePanel, make_window

# The offscreen platform warns once a window with docks is shown; it means nothing on a real screen.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "岳阳县2017-本级政府.govinfo"


@pytest.fixture
def example(tmp_path: Path) -> Path:
    copy = tmp_path / EXAMPLE.name
    shutil.copy(EXAMPLE, copy)
    return copy


@pytest.fixture
def window(qtbot, tmp_path: Path, example: Path):
    window = make_window(qtbot, tmp_path)
    assert window.start(example) is None
    return window


def _menu_texts(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_menus_hold_every_command(window) -> None:
    assert _menu_texts(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "语言(&L)", "帮助(&H)"]
    file_items = [a.text() for a in window.menus.file_menu.actions() if not a.isSeparator()]
    assert file_items == [
        "新建", "打开…", "最近打开", "保存", "另存为…", "导入Excel…", "导出Excel…",
        "导出空白模板…", "打印预览", "打印…", "导出PDF…", "用系统阅读器打开",
        "上年报表…", "新建汇总…", "打开汇总…", "退出",
    ]  # fmt: skip
    edit_items = [a.text() for a in window.menus.edit_menu.actions() if not a.isSeparator()]
    assert edit_items == ["撤销", "重做", "查找…"]
    view_items = [a.text() for a in window.menus.view_menu.actions() if not a.isSeparator()]
    assert view_items == ["问题", "报表信息", "填报说明", "放大", "缩小", "实际大小"]
    assert window.menus.actions["zoom_reset"].shortcut().toString() == "Ctrl+0"
    assert [a.text() for a in window.menus.language_menu.actions()] == ["中文", "English"]
    assert window.menus.actions["find"].shortcut().toString() == "Ctrl+F"
    help_items = [a.text() for a in window.menus.help_menu.actions() if not a.isSeparator()]
    assert help_items == ["使用说明", "填报说明", "打开日志文件夹", "关于"]


def test_help_opens_the_log_folder(window, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtGui import QDesktopServices  # noqa: PLC0415

    from govinfo_desktop.qt import main_window  # noqa: PLC0415

    opened: list = []
    monkeypatch.setattr(main_window, "log_directory", lambda: tmp_path / "logs")
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    window.menus.actions["open_logs"].trigger()
    assert [url.toLocalFile() for url in opened] == [str(tmp_path / "logs")]
    assert (tmp_path / "logs").is_dir()


def test_title_shows_the_file_and_the_modified_marker(window, example: Path) -> None:
    assert window.windowTitle() == f"{example.name}[*] — GovInfo 年报统计表"
    assert not window.isWindowModified()
    window.editor.set_metadata("unit", "改过的单位")
    assert window.isWindowModified()
    window.menus.actions["undo"].trigger()
    assert not window.isWindowModified() and window.document().metadata["unit"] == "岳阳县人民政府"
    window.menus.actions["redo"].trigger()
    assert window.isWindowModified()


def test_undo_redo_actions_follow_the_stack(window) -> None:
    undo, redo = window.menus.actions["undo"], window.menus.actions["redo"]
    assert not undo.isEnabled() and not redo.isEnabled()
    window.editor.set_metadata("phone", "0730-1234567")
    assert undo.isEnabled() and not redo.isEnabled()
    assert undo.text() == "撤销 填写 phone"  # names what Ctrl+Z takes back
    undo.trigger()
    assert not undo.isEnabled() and redo.isEnabled()
    assert (undo.text(), redo.text()) == ("撤销", "重做 填写 phone")


def test_status_bar_summarises_the_findings(window) -> None:
    summary = window.editor.findings().summary()
    assert window.summary_label.text() == summary == "0 个错误，3 个警告，1 处未填写"
    document = window.document()
    first = next(iter(document.values))
    document.values.pop(first)
    window.editor.findingsChanged.emit()
    assert window.summary_label.text() == window.editor.findings().summary() != summary


def test_find_goes_to_the_editor(window) -> None:
    window.menus.actions["find"].trigger()
    assert window.editor.find_shown == 1


def test_docks_follow_the_open_report(window, monkeypatch: pytest.MonkeyPatch) -> None:
    problems, metadata = window.problems_dock.widget(), window.metadata_dock.widget()
    assert isinstance(problems, FakePanel) and problems.editor is window.editor
    assert window.problems_dock.windowTitle() == "问题"
    assert window.metadata_dock.windowTitle() == "报表信息"
    monkeypatch.setattr(dialogs, "ask_new_report", lambda _parent: (2022, "national-2021"))
    window.files.new_report()
    assert window.problems_dock.widget() is problems and problems.editor is window.editor
    assert metadata.editor is window.editor and window.document().table_id == "national-2021"


def _drop(window, path: Path) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.NoButton
    # 6.12 deprecates the QPoint overload; the .deb's 6.9 has only that one.
    at = QPointF(5, 5) if PySide6.__version_info__ >= (6, 10) else QPoint(5, 5)
    enter = QDragEnterEvent(at, action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(at, action, mime, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_a_dropped_report_opens(window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(dialogs, "ask_new_report", lambda _parent: (2022, "national-2021"))
    window.files.new_report()
    other = tmp_path / "拖进来的.govinfo"
    shutil.copy(EXAMPLE, other)
    assert _drop(window, other) == (True, True)
    assert window.file_path == other and window.document().table_id == "national-2014"


def test_other_files_are_refused_on_drop(window, tmp_path: Path) -> None:
    text = tmp_path / "说明.txt"
    text.write_text("不是报表", encoding="utf-8")
    before = window.document()
    entered, _dropped = _drop(window, text)
    assert not entered and window.document() is before


@pytest.mark.parametrize("answer", list(dialogs.Unsaved))
def test_closing_with_unsaved_changes_asks(window, monkeypatch, answer: dialogs.Unsaved) -> None:
    asked: list[str] = []

    def ask(_parent, name: str) -> dialogs.Unsaved:
        asked.append(name)
        return answer

    monkeypatch.setattr(dialogs, "ask_unsaved_changes", ask)
    window.show()
    window.editor.set_metadata("unit", "还没保存")
    assert window.recovery.write_now() and window.recovery.path.exists()
    closed = window.close()
    assert asked == [window.document_name()]
    assert closed is (answer is not dialogs.Unsaved.CANCEL)
    saved = window.file_path.read_text(encoding="utf-8")
    assert ("还没保存" in saved) is (answer is dialogs.Unsaved.SAVE)
    assert window.recovery.path.exists() is (answer is dialogs.Unsaved.CANCEL)


def test_recent_files_menu_lists_and_opens(window, example: Path, tmp_path: Path) -> None:
    other = tmp_path / "另一个.govinfo"
    shutil.copy(EXAMPLE, other)
    window.recent.add(other)
    window.menus.recent_menu.aboutToShow.emit()
    entries = [a for a in window.menus.recent_menu.actions() if a.text().startswith("&")]
    assert [a.text() for a in entries] == [f"&1 {other.name}", f"&2 {example.name}"]
    assert entries[0].toolTip() == str(other.resolve())
    entries[0].trigger()
    assert window.file_path == other.resolve()
    window.menus.actions["clear_recent"].trigger()
    window.menus.recent_menu.aboutToShow.emit()
    assert [a.text() for a in window.menus.recent_menu.actions() if not a.isSeparator()] == [
        "（无）",
        "清除列表",
    ]


def test_closing_a_clean_report_asks_nothing(window, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_unsaved_changes", lambda *_: pytest.fail("asked"))
    window.show()
    assert window.close()


def test_unreadable_file_at_start_gives_a_message_and_a_blank_report(qtbot, tmp_path) -> None:
    window = make_window(qtbot, tmp_path)
    error = window.start(tmp_path / "没有这个文件.govinfo")
    assert error is not None and "没有这个文件.govinfo" in error
    assert window.file_path is None and not window.document().values


def test_with_the_real_editor(qtbot, tmp_path: Path, example: Path) -> None:
    editor_module = importlib.import_module("govinfo_desktop.qt.editor")
    parts = EditorParts(editor_module.ReportEditor, FakePanel, FakePanel)
    window = make_window(qtbot, tmp_path, parts)
    window.start(example)
    assert isinstance(window.editor, editor_module.ReportEditor)
    assert window.editor.parent() is window.centralWidget()  # in the holder that stays
    assert window.summary_label.text() == window.editor.findings().summary()
    window.editor.set_metadata("unit", "岳阳县人民政府（改）")
    assert window.isWindowModified()
    window.menus.actions["undo"].trigger()
    assert not window.isWindowModified()
    assert not isinstance(window.editor, FakeEditor)
