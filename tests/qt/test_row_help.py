"""帮助 → 填报说明: the label cell's tooltip and the panel that follows the current row."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.main_window import EditorParts
from govinfo_desktop.qt.row_help_panel import RowHelpPanel
from tests.qt.shell_support import make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
HEADING = "非官方解释"


def _editor(qtbot) -> ReportEditor:
    editor = ReportEditor(ReportDocument.new("national-2021", year="2022"))
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


def test_label_cell_tooltip_explains_the_row(qtbot) -> None:
    editor = _editor(qtbot)
    editor.select_cell(CellRef("t3_partial", "natural"))
    view = editor.current_view()
    label = view.currentIndex().siblingAtColumn(0)
    rect = view.visualRect(label)
    viewport = view.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    text = QToolTip.text()
    assert HEADING in text
    assert "只计这一情形" in text  # the row's printed note
    assert "勾稽关系" in text  # the form's printed balance note
    QToolTip.hideText()


def test_panel_follows_the_current_row_and_tab(qtbot) -> None:
    editor = _editor(qtbot)
    panel = RowHelpPanel(editor)
    qtbot.addWidget(panel)
    editor.select_cell(CellRef("t3_next", "natural"))
    assert "结转下年度继续办理" in panel.toPlainText()
    assert "收办平衡" in panel.toPlainText()  # the hint kept as data
    editor.select_cell(CellRef("t2_fees", "amount"))
    text = panel.toPlainText()
    assert "行政事业性收费" in text and "万元" in text and HEADING in text


def test_help_menu_opens_the_panel(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, parts=EditorParts.real())
    window.show()
    window.set_document(ReportDocument.new("national-2021", year="2022"), None)
    assert not window.row_help_dock.isVisible()
    window.menus.actions["row_help"].trigger()
    assert window.row_help_dock.isVisible()
    panel = window.row_help_dock.widget()
    assert isinstance(panel, RowHelpPanel)
    window.editor.select_cell(CellRef("t3_total", "natural"))
    assert "总计" in panel.toPlainText() and HEADING in panel.toPlainText()
    window.set_document(ReportDocument.new("national-2019", year="2020"), None)
    assert panel.editor is window.editor


def test_in_english_the_headings_and_rules_are_english(qtbot) -> None:
    from govinfo_desktop.qt import i18n  # noqa: PLC0415

    editor = _editor(qtbot)
    panel = RowHelpPanel(editor)
    qtbot.addWidget(panel)
    assert i18n.apply_language(i18n.ENGLISH)
    try:
        editor.select_cell(CellRef("t3_total", "natural"))
        panel.show_current()
        text = panel.toPlainText()
        assert "not an official explanation" in text and "Checks the program makes" in text
        assert "should equal the sum of results" in text
    finally:
        i18n.apply_language(i18n.CHINESE)
