"""ReportEditor: edit → highlight → fix → undo, keyboard, find, metadata, tabs — through the public API."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt import style
from govinfo_desktop.qt.editor import ReportEditor
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()


def make_editor(qtbot, document=None) -> ReportEditor:
    editor = ReportEditor(document or seed_document())
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


def background(editor: ReportEditor, cell: CellRef):
    editor.select_cell(cell)
    index = editor.current_view().currentIndex()
    brush = index.data(Qt.ItemDataRole.BackgroundRole)
    return brush.color() if brush is not None else None


def test_edit_highlight_fix_undo(qtbot) -> None:
    editor = make_editor(qtbot)
    assert not editor.findings().errors
    model = editor.models[0]
    with qtbot.waitSignal(editor.findingsChanged):
        model.setData(model.index_for_cell(C1), "4")
    assert [i.rule_id for i in editor.findings().errors] == ["A6"]
    assert editor.findings().errors[0].target == C1
    assert background(editor, C1) == style.ERROR_BACKGROUND
    tooltip = model.index_for_cell(C1).data(Qt.ItemDataRole.ToolTipRole)
    assert "收到申请数应等于四种申请方式之和 3，现为 4" in tooltip

    assert editor.fix_cell(C1)
    assert editor.document.value(C1) == Decimal(3)
    assert not editor.findings().errors
    assert background(editor, C1) != style.ERROR_BACKGROUND
    assert editor.undo_stack.undoText().startswith("填入合计 3")

    editor.undo_stack.undo()
    assert editor.document.value(C1) == Decimal(4)
    assert [i.rule_id for i in editor.findings().errors] == ["A6"]
    editor.undo_stack.undo()
    assert editor.document.value(C1) == Decimal(3)
    assert not editor.findings().errors


def test_fix_cell_refuses_a_cell_without_a_sum_issue(qtbot) -> None:
    editor = make_editor(qtbot)
    assert not editor.fix_cell(C1)
    assert editor.undo_stack.count() == 0


def test_select_and_current_cell(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    cell = CellRef("t4_cases", "lr_pending")
    editor.select_cell(cell)
    assert editor.tabs.currentIndex() == 2
    assert editor.current_cell() == cell
    editor.select_cell(CellRef("t2_fees", "amount"))
    assert editor.tabs.currentIndex() == 0
    assert editor.current_cell() == CellRef("t2_fees", "amount")


def test_metadata_edit_is_undoable(qtbot) -> None:
    editor = make_editor(qtbot)
    with qtbot.waitSignal(editor.metadataChanged) as blocker:
        editor.set_metadata("preparer", "李四")
    assert blocker.args == ["preparer"]
    assert editor.document.metadata["preparer"] == "李四"
    editor.undo_stack.undo()
    assert "preparer" not in editor.document.metadata
    editor.undo_stack.redo()
    assert editor.document.metadata["preparer"] == "李四"
