"""ReportEditor: edit → highlight → fix → undo, keyboard, find, metadata, tabs — through the public API."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from govinfo_desktop.core.document import ReportDocument
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
    assert not model.flags(model.index_for_cell(C1)) & Qt.ItemFlag.ItemIsEditable  # computed
    assert editor.override_total(C1, True)
    assert model.flags(model.index_for_cell(C1)) & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(editor.findingsChanged):
        model.setData(model.index_for_cell(C1), "4")
    assert [i.rule_id for i in editor.findings().errors] == ["A6"]
    assert editor.findings().errors[0].target == C1
    assert background(editor, C1) == style.ERROR_BACKGROUND
    tooltip = model.index_for_cell(C1).data(Qt.ItemDataRole.ToolTipRole)
    assert "收到申请数应等于四种申请方式之和 3，现为 4" in tooltip

    editor.select_cell(CellRef("a1", "value"))
    assert editor.fix_cell(C1)
    assert editor.document.value(C1) == Decimal(3)
    assert editor.session.is_computed(C1)  # the fix gives the total back to its formula
    assert not editor.findings().errors
    assert background(editor, C1) != style.ERROR_BACKGROUND
    assert editor.undo_stack.undoText().startswith("填入合计 3")
    assert editor.current_cell() == C1  # the keyboard is back on the table, at the fixed cell

    editor.undo_stack.undo()
    assert editor.document.value(C1) == Decimal(4)
    assert [i.rule_id for i in editor.findings().errors] == ["A6"]
    editor.undo_stack.undo()
    assert editor.document.value(C1) == Decimal(3)
    assert not editor.findings().errors
    editor.undo_stack.undo()
    assert editor.session.is_computed(C1)


def test_a_computed_total_follows_typing_and_undo(qtbot) -> None:
    editor = make_editor(qtbot)
    model = editor.models[0]
    person = CellRef("c1_person", "value")
    model.setData(model.index_for_cell(person), "5")
    assert editor.document.value(C1) == Decimal(8)
    assert "自动计算" in model.index_for_cell(C1).data(Qt.ItemDataRole.ToolTipRole)
    editor.undo_stack.undo()
    assert editor.document.value(C1) == Decimal(3)
    editor.undo_stack.redo()
    assert editor.document.value(C1) == Decimal(8)


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


def press(qtbot, editor: ReportEditor, key: Qt.Key) -> None:
    qtbot.keyClick(editor.current_view(), key)


def test_enter_moves_down_skipping_group_rows(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("a1_made", "value"))
    press(qtbot, editor, Qt.Key.Key_Return)
    assert editor.current_cell() == CellRef("a2_gazette", "value")  # (二) is a heading row
    editor.select_cell(CellRef("a2_other", "value"))
    press(qtbot, editor, Qt.Key.Key_Enter)
    assert editor.current_cell() == CellRef("b1", "value")  # 二、回应解读情况 skipped


def test_tab_moves_right_and_wraps(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.select_cell(CellRef("t3_new", "natural"))
    press(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.current_cell() == CellRef("t3_new", "commercial")
    editor.select_cell(CellRef("t3_new", "total"))
    press(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.current_cell() == CellRef("t3_carried", "natural")
    press(qtbot, editor, Qt.Key.Key_Backtab)
    assert editor.current_cell() == CellRef("t3_new", "total")


def open_editor(editor: ReportEditor):
    view = editor.current_view()
    assert view.state() == view.State.EditingState
    widget = view.indexWidget(view.currentIndex())
    assert widget is not None
    return widget


def test_typing_edits_and_enter_commits_and_moves_down(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("c1_person", "value"))
    press(qtbot, editor, Qt.Key.Key_5)
    line = open_editor(editor)
    assert line.text() == "5"  # the typed digit replaces the old value
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Qt commits on the next event-loop turn
    qtbot.waitUntil(lambda: editor.document.value(CellRef("c1_person", "value")) == 5)
    assert editor.current_cell() == CellRef("c1_fax", "value")
    assert editor.undo_stack.count() == 1
    assert editor.document.value(C1) == 8  # 收到申请数 follows its parts
    assert "A6" not in [i.rule_id for i in editor.findings().errors]


def test_f2_edits_and_a_rejected_value_keeps_the_editor_open(qtbot) -> None:
    editor = make_editor(qtbot)
    cell = CellRef("c1_person", "value")
    editor.select_cell(cell)
    press(qtbot, editor, Qt.Key.Key_F2)
    line = open_editor(editor)
    assert line.text() == "0"
    line.setText("-3")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert open_editor(editor) is line
    assert "不能为负数" in line.reason
    assert editor.document.value(cell) == 0
    line.setText("2")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.value(cell) == 2)
    assert editor.current_view().state() != editor.current_view().State.EditingState


def test_delete_clears_undoably(qtbot) -> None:
    editor = make_editor(qtbot)
    cell = CellRef("c1_mail", "value")
    editor.select_cell(cell)
    press(qtbot, editor, Qt.Key.Key_Delete)
    assert editor.document.value(cell) is None
    assert cell in editor.findings().blanks
    editor.undo_stack.undo()
    assert editor.document.value(cell) == 2


def test_find_by_any_part_of_the_name(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.show_find()
    assert editor.find_bar.isVisible()
    editor.find_bar.edit.setText("不予 处理")  # spaces and full width do not matter
    qtbot.keyClick(editor.find_bar.edit, Qt.Key.Key_Return)
    assert editor.tabs.currentIndex() == 1
    node = editor.current_view().report_model().node_at(editor.current_view().currentIndex())
    assert node is not None and node.label == "(五)不予处理"
    editor.find_bar.edit.setText("重复申请")
    qtbot.keyClick(editor.find_bar.edit, Qt.Key.Key_Return)
    assert editor.current_cell() == CellRef("t3_declined_repeat", "natural")
    assert not editor.find_next("没有这个指标")
    assert editor.find_bar.status.text() == "未找到"


def test_find_moves_to_the_next_match(qtbot) -> None:
    editor = make_editor(qtbot)
    assert editor.find_next("申请数")
    first = editor.current_cell()
    assert editor.find_next("申请数")
    second = editor.current_cell()
    assert first == CellRef("c1", "value")
    assert second == CellRef("c1_person", "value")


def test_ctrl_f_in_the_table_opens_the_find_bar(qtbot) -> None:
    editor = make_editor(qtbot)
    qtbot.keyClick(editor.current_view(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.find_bar.isVisible()


def test_2019_and_2021_show_one_tab_per_sub_table(qtbot) -> None:
    for table_id in ("national-2019", "national-2021"):
        editor = make_editor(qtbot, consistent_document(table_id))
        titles = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert titles == [
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
            "正文",  # the report text, last
        ]
    seed = make_editor(qtbot)
    assert [seed.tabs.tabText(i) for i in range(seed.tabs.count())] == [
        "政府信息公开情况统计表",
        "正文",
    ]


def test_tab_while_editing_commits_and_moves_right(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    cell = CellRef("t3_new", "natural")
    editor.select_cell(cell)
    press(qtbot, editor, Qt.Key.Key_7)
    line = open_editor(editor)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: editor.document.value(cell) == 7)
    assert editor.current_cell() == CellRef("t3_new", "commercial")


def test_undo_and_redo_show_the_cell_they_change(qtbot) -> None:
    editor = make_editor(qtbot)
    model = editor.models[0]
    model.setData(model.index_for_cell(CellRef("i1", "value")), "9")
    editor.select_cell(CellRef("a1", "value"))
    editor.undo_stack.undo()
    assert editor.current_cell() == CellRef("i1", "value")
    editor.select_cell(CellRef("a1", "value"))
    editor.undo_stack.redo()
    assert editor.current_cell() == CellRef("i1", "value")
    assert editor.document.value(CellRef("i1", "value")) == 9


def test_an_edit_repaints_few_cells_and_never_resets(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    resets: list[str] = []
    changed: list[CellRef | None] = []
    for model in editor.models:
        model.modelReset.connect(lambda: resets.append("reset"))
        model.layoutChanged.connect(lambda *_: resets.append("layout"))
        model.dataChanged.connect(lambda a, _b, _r=(), m=model: changed.append(m.cell_at(a)))
    cell = CellRef("t3_refused_law", "legal")
    editor.select_cell(cell)
    model = editor.current_view().report_model()
    with qtbot.waitSignal(editor.findingsChanged):
        model.setData(model.index_for_cell(cell), str(editor.document.value(cell) + 1))
    assert not resets
    assert cell in changed
    assert None not in changed and len(changed) == len(set(changed))
    # the cell, its row's total, its column's total and the rules they feed
    assert len(changed) <= 30


def test_switching_language_retranslates_headers_and_find_bar(qtbot) -> None:
    from govinfo_desktop.qt import i18n  # noqa: PLC0415 - the shell's language switch

    editor = make_editor(qtbot)
    model = editor.models[0]
    try:
        assert i18n.apply_language(i18n.ENGLISH)
        qtbot.waitUntil(lambda: editor.find_bar.title.text() == "Find indicator:")
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Item"
    finally:
        i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: editor.find_bar.title.text() == "查找指标：")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "项目"


def test_a_dropped_editor_with_history_is_freed_cleanly(qtbot) -> None:
    import gc  # noqa: PLC0415
    import weakref  # noqa: PLC0415

    editor = ReportEditor(seed_document())
    editor.show()
    model = editor.models[0]
    model.setData(model.index_for_cell(C1), "4")
    editor.set_metadata("unit", "别处")
    destroyed: list[bool] = []
    editor.destroyed.connect(lambda: destroyed.append(True))
    ref = weakref.ref(editor)
    del editor, model
    gc.collect()
    qtbot.wait(10)  # a half-collected model would raise here, painting or sizing its header
    assert ref() is None and destroyed


def test_find_starts_after_the_current_row_and_wraps(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("c1_fax", "value"))  # 2、传真申请数
    assert editor.find_next("申请数")
    assert editor.current_cell() == CellRef("c1_online", "value")  # 3、网络申请数
    editor.select_cell(CellRef("c2", "value"))  # (二)申请办结数: no match after it
    assert editor.find_next("申请数")
    assert editor.current_cell() == CellRef("c1", "value")  # wrapped to (一)收到申请数


def test_escape_closes_the_find_bar_and_returns_to_the_table(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.show_find()
    qtbot.keyClick(editor.find_bar.edit, Qt.Key.Key_Escape)
    assert not editor.find_bar.isVisible()


def test_clicking_another_cell_commits_and_stays_there(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.select_cell(CellRef("c1_person", "value"))
    press(qtbot, editor, Qt.Key.Key_2)
    open_editor(editor)
    view = editor.current_view()
    target = view.report_model().index_for_cell(CellRef("c3_agree", "value"))
    view.setCurrentIndex(target)  # what a mouse click on another cell does
    qtbot.waitUntil(lambda: editor.document.value(CellRef("c1_person", "value")) == 2)
    assert editor.current_cell() == CellRef("c3_agree", "value")


def test_enter_after_a_tab_run_returns_to_the_starting_column(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.select_cell(CellRef("t3_new", "natural"))
    for _ in range(3):
        press(qtbot, editor, Qt.Key.Key_Tab)
    assert editor.current_cell() == CellRef("t3_new", "nonprofit")
    press(qtbot, editor, Qt.Key.Key_Return)
    assert editor.current_cell() == CellRef("t3_carried", "natural")
    press(qtbot, editor, Qt.Key.Key_Return)  # a plain Enter: straight down
    assert editor.current_cell() == CellRef("t3_open", "natural")


def test_typing_through_a_row_with_tab_then_enter(qtbot) -> None:
    editor = make_editor(qtbot, consistent_document("national-2021"))
    editor.select_cell(CellRef("t3_new", "natural"))
    for digit in (Qt.Key.Key_1, Qt.Key.Key_2):
        press(qtbot, editor, digit)
        qtbot.keyClick(open_editor(editor), Qt.Key.Key_Tab)
        qtbot.wait(1)
    press(qtbot, editor, Qt.Key.Key_3)
    qtbot.keyClick(open_editor(editor), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.current_cell() == CellRef("t3_carried", "natural"))
    assert editor.document.value(CellRef("t3_new", "research")) == 3


def test_ctrl_y_redoes(qtbot) -> None:
    editor = make_editor(qtbot)
    editor.set_metadata("preparer", "李四")
    editor.undo_stack.undo()
    qtbot.keyClick(editor.current_view(), Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.metadata["preparer"] == "李四"


def test_a_value_typed_in_yuan_for_a_wanyuan_cell_is_converted_with_a_notice(qtbot) -> None:
    editor = make_editor(qtbot, ReportDocument.new("national-2019", year="2020"))
    cell = CellRef("t2_procurement", "amount")
    editor.select_cell(cell)
    press(qtbot, editor, Qt.Key.Key_F2)
    line = open_editor(editor)
    line.setText("251000元")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.value(cell) == Decimal("25.1"))
    assert editor.notice.isVisible()
    text = editor.notice.label.text()
    assert "251000元" in text and "25.1 万元" in text and "采购" in text
    editor.select_cell(cell)
    press(qtbot, editor, Qt.Key.Key_F2)
    line = open_editor(editor)
    line.setText("30")  # a bare number is taken as 万元, nothing to say
    editor.notice.hide()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.value(cell) == 30)
    assert not editor.notice.isVisible()


def test_a_report_opens_on_the_first_cell_to_fill(qtbot) -> None:
    """Typing a number right after opening fills the first editable cell, not a search of the labels."""
    editor = make_editor(qtbot, ReportDocument.new("national-2014"))
    assert editor.current_cell() == CellRef("a1", "value")
    press(qtbot, editor, Qt.Key.Key_7)
    qtbot.keyClick(open_editor(editor), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.document.value(CellRef("a1", "value")) == 7)


def test_each_tab_starts_on_its_first_cell_to_fill(qtbot) -> None:
    editor = make_editor(qtbot, ReportDocument.new("national-2021"))
    starts = [view.report_model().node_at(view.currentIndex()) for view in editor.views]
    assert all(node is not None for node in starts)
    third = editor.views[1]  # 三、收到和处理政府信息公开申请情况
    first = third.report_model().index_for_cell(CellRef("t3_new", "natural"))
    assert third.currentIndex() == first
