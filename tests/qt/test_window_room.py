"""The table keeps most of the window's height: after 新建/打开/导入, at 1024×768, and in saved state."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from govinfo_desktop.core.document import blank_document
from govinfo_desktop.qt.main_window import EditorParts, MainWindow
from tests.helpers import seed_document

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def _visible_rows(window: MainWindow) -> int:
    view = window.editor.current_view()
    model = view.report_model()
    first = model.index(0, 0)
    height = max(view.rowHeight(first), 1)
    return view.viewport().height() // height


def _window(qtbot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        settings=settings, recovery_dir=tmp_path / "recovery", parts=EditorParts.real()
    )
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    return window


def test_the_table_keeps_the_room_after_every_new_report(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    for document in (seed_document(), blank_document(2022), seed_document(), blank_document(2019)):
        window.set_document(document, None)
        qtbot.wait(20)
        assert window.problems_dock.height() <= window.height() // 4
        assert window.editor.height() >= window.height() * 0.55
        assert _visible_rows(window) >= 15


def test_a_squeezed_table_is_not_remembered(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.set_document(seed_document(), None)
    qtbot.wait(20)
    window.resizeDocks([window.problems_dock], [600], Qt.Orientation.Vertical)  # dragged large
    qtbot.wait(20)
    window.close()
    again = _window(qtbot, tmp_path)
    again.set_document(seed_document(), None)
    qtbot.wait(20)
    assert again.problems_dock.height() <= again.height() // 4


def test_zoom_changes_the_table_and_is_remembered(qtbot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path)
    window.set_document(blank_document(2022), None)
    qtbot.wait(20)
    view = window.editor.current_view()
    normal_rows, normal_size = _visible_rows(window), view.font().pointSizeF()
    window.menus.actions["zoom_out"].trigger()
    window.menus.actions["zoom_out"].trigger()
    qtbot.wait(50)
    assert view.font().pointSizeF() < normal_size
    assert _visible_rows(window) > normal_rows
    window.close()
    again = _window(qtbot, tmp_path)
    again.set_document(blank_document(2022), None)
    assert again.zoom.percent == 80
    assert again.editor.current_view().font().pointSizeF() < normal_size
    again.menus.actions["zoom_reset"].trigger()
    assert again.editor.current_view().font().pointSizeF() == normal_size
