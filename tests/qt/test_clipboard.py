"""Copy a block as TSV; paste a column or block from Excel/WPS: parsed by the core, one undo step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QGuiApplication

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt.clipboard import split_tsv
from govinfo_desktop.qt.editor import ReportEditor
from tests.helpers import consistent_document, seed_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def make_editor(qtbot, document=None) -> ReportEditor:
    editor = ReportEditor(document or seed_document())
    qtbot.addWidget(editor)
    return editor


def value(editor: ReportEditor, row: str, column: str = "value") -> Decimal | None:
    return editor.document.value(CellRef(row, column))  # type: ignore[return-value]


def test_split_tsv_handles_excel_line_ends() -> None:
    assert split_tsv("1\r\n2\r\n") == [["1"], ["2"]]
    assert split_tsv("1\n2") == [["1"], ["2"]]
    assert split_tsv("1\t2\r\n\r\n3\t4\r\n") == [["1", "2"], [""], ["3", "4"]]


def test_paste_column_with_a_bad_value(qtbot) -> None:
    editor = make_editor(qtbot)
    before = dict(editor.document.values)
    editor.select_cell(CellRef("c1_person", "value"))
    rejected = editor.paste_text("1\r\n2\r\n三\r\n4\r\n")
    assert [(r.cell, r.text) for r in rejected] == [(CellRef("c1_online", "value"), "三")]
    assert "阿拉伯数字" in rejected[0].reason
    assert (value(editor, "c1_person"), value(editor, "c1_fax")) == (1, 2)
    assert value(editor, "c1_online") == 1  # unchanged: rejected
    assert value(editor, "c1_mail") == 4
    assert editor.notice.isVisibleTo(editor)
    assert "3、网络申请数：“三”" in editor.notice.label.text()
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert editor.document.values == before


def test_paste_skips_group_rows_and_fills_a_block(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.select_cell(CellRef("t3_partial", "natural"))
    rejected = editor.paste_text("11\t12\n21\t22\n31\t32\n")
    assert rejected == []
    assert value(editor, "t3_partial", "natural") == 11
    assert value(editor, "t3_partial", "commercial") == 12
    assert value(editor, "t3_refused_secret", "natural") == 21  # (三)不予公开 skipped
    assert value(editor, "t3_refused_law", "commercial") == 32
    assert editor.undo_stack.count() == 1


def test_paste_past_the_end_is_listed(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("i3", "value"))  # the last cell of the 2014 table
    rejected = editor.paste_text("300\n400\n")
    assert value(editor, "i3") == 300
    assert [(r.cell, r.text) for r in rejected] == [(None, "400")]


def test_paste_from_the_system_clipboard(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("i1", "value"))
    QGuiApplication.clipboard().setText("7\r\n8\r\n")
    editor.paste_from_clipboard()
    assert (value(editor, "i1"), value(editor, "i2")) == (7, 8)


def test_copy_block_as_tsv(qtbot) -> None:
    document = consistent_document("national-2021")
    editor = make_editor(qtbot, document)
    editor.select_cell(CellRef("t3_new", "natural"))
    view = editor.current_view()
    model = view.report_model()
    top_left = model.index_for_cell(CellRef("t3_new", "natural"))
    bottom_right = model.index_for_cell(CellRef("t3_carried", "commercial"))
    view.selectionModel().select(
        QItemSelection(top_left, bottom_right), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    text = editor.copy_selection()
    rows = [
        [str(document.values[CellRef(r, c)]) for c in ("natural", "commercial")]
        for r in ("t3_new", "t3_carried")
    ]
    assert text == "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    assert QGuiApplication.clipboard().text() == text


def test_copy_then_paste_elsewhere_round_trips(qtbot) -> None:
    editor = make_editor(qtbot)
    view = editor.current_view()
    model = view.report_model()
    first = model.index_for_cell(CellRef("c1_person", "value"))
    last = model.index_for_cell(CellRef("c1_mail", "value"))
    view.selectionModel().select(
        QItemSelection(first, last), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert editor.copy_selection() == "0\r\n0\r\n1\r\n2\r\n"


def test_paste_on_a_label_starts_at_the_rows_first_value(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.tabs.setCurrentIndex(1)
    view = editor.current_view()
    model = view.report_model()
    group = next(n for n in model.tree.nodes() if n.row_id == "t3_results")  # 三、本年度办理结果
    view.setCurrentIndex(model.index_for_node(group))
    assert editor.paste_text("41\t42\n") == []
    assert value(editor, "t3_open", "natural") == 41  # the next row with input cells
    assert value(editor, "t3_open", "commercial") == 42


def _table_four(editor):  # type: ignore[no-untyped-def]
    editor.tabs.setCurrentIndex(2)
    view = editor.current_view()
    model = view.report_model()
    assert model.tree.transposed
    return view, model


def test_table_four_takes_a_row_of_fifteen_as_the_form_lays_it_out(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    view, model = _table_four(editor)
    columns = [c.id for c in editor.document.table.part("t4").columns]
    assert len(columns) == 15
    view.setCurrentIndex(model.index_for_cell(CellRef("t4_cases", columns[0])))
    assert editor.paste_text("x\n")  # a bad value: the notice shows
    assert editor.notice.isVisibleTo(editor)
    row = "1\t2\t3\t4\t10\t5\t0\t0\t1\t6\t0\t0\t0\t0\t9\r\n"  # 表四 as published
    assert editor.paste_text(row) == []
    assert not editor.notice.isVisibleTo(editor)  # the stale notice went away
    pasted = [value(editor, "t4_cases", c) for c in columns]
    assert pasted == [Decimal(n) for n in row.split("\t")]
    assert editor.session.is_computed(CellRef("t4_cases", "rv_total"))  # agreed: follows its parts
    assert editor.session.is_overridden(CellRef("t4_cases", "lr_total"))  # 9 ≠ 0: kept, checked
    assert "T4-1c" in {i.rule_id for i in editor.findings().errors}
    selection = QItemSelection()
    for column in columns:  # the rows sit under three group rows: select cell by cell
        index = model.index_for_cell(CellRef("t4_cases", column))
        selection.select(index, index)
    view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    copied = editor.copy_selection()
    assert copied.count("\t") == 14 and copied.endswith("\r\n") and "\n" not in copied[:-2]
