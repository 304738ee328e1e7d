"""The item model over a report part: structure (qtmodeltester), display, colours and tooltips, repaints."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QModelIndex, Qt

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt import style
from govinfo_desktop.qt.tree_model import ReportTreeModel
from govinfo_desktop.qt.tree_roles import BLANK_ROLE, FIRST_VALUE_COLUMN, UNIT_COLUMN
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")


def model_for(document: ReportDocument, part_id: str) -> ReportTreeModel:
    return ReportTreeModel(ReportSession(document), document.table.part(part_id))


def type_over(model: ReportTreeModel, cell: CellRef) -> None:
    """手工填写此合计: the computed total becomes editable."""
    edit = model.session.override_edit(cell, True)
    assert edit is not None
    model.session.apply(edit)


@pytest.mark.parametrize(
    ("table_id", "part_id"),
    [
        ("national-2014", "main"),
        ("national-2019", "t2"),
        ("national-2021", "t3"),
        ("national-2021", "t4"),
    ],
)
def test_model_passes_the_model_tester(qtmodeltester, table_id: str, part_id: str) -> None:
    model = model_for(consistent_document(table_id), part_id)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_seed_rows_are_a_tree_with_numbers_and_units(qapp) -> None:
    model = model_for(seed_document(), "main")
    top = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert top[0] == "一、主动公开情况"
    assert len(top) == 9
    index = model.index_for_cell(C1)
    assert index.parent().data() == "三、依申请公开情况"
    assert not model.index(index.row(), UNIT_COLUMN, index.parent()).data()  # as printed: no 件
    for row_id, unit in (("s7", "万元"), ("h4", "万元"), ("i3", "人次")):  # the seed's units
        cell = model.index_for_cell(CellRef(row_id, "value"))
        assert model.index(cell.row(), UNIT_COLUMN, cell.parent()).data() == unit
    assert index.data() == "3"
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.hasChildren(index.siblingAtColumn(0))
    assert not model.hasChildren(index)  # only column 0 has children


def test_thousands_separators_and_edit_text(qapp) -> None:
    model = model_for(seed_document(), "main")
    index = model.index_for_cell(CellRef("a1", "value"))
    assert index.data() == "31,535"
    assert index.data(Qt.ItemDataRole.EditRole) == "31535"


def test_section_rows_bold_and_shaded_computed_cells_italic(qapp) -> None:
    model = model_for(seed_document(), "main")
    section = model.index(0, 0)
    assert section.data(Qt.ItemDataRole.FontRole).bold()
    assert section.data(Qt.ItemDataRole.BackgroundRole).color() == style.SECTION_BACKGROUND
    total = model.index_for_cell(C1)  # c1 = Σ four ways of applying
    assert total.data(Qt.ItemDataRole.FontRole).italic()
    plain = model.index_for_cell(CellRef("c1_person", "value"))
    assert plain.data(Qt.ItemDataRole.FontRole) is None


def test_error_cell_is_red_with_the_rule_message(qapp) -> None:
    document = seed_document()
    model = model_for(document, "main")
    index = model.index_for_cell(C1)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    type_over(model, C1)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, "4")
    assert index.data(Qt.ItemDataRole.BackgroundRole).color() == style.ERROR_BACKGROUND
    assert "收到申请数应等于四种申请方式之和 3，现为 4" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_blank_cell_tooltip_says_not_filled(qapp) -> None:
    model = model_for(seed_document(), "main")
    index = model.index_for_cell(CellRef("h4", "value"))  # 专项经费 is blank in the seed
    assert index.data() == "未填"  # a quiet grey mark, not a value
    assert index.data(Qt.ItemDataRole.EditRole) == ""
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == style.BLANK_MARK
    assert "未填写" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(BLANK_ROLE) is True
    assert index.data(Qt.ItemDataRole.BackgroundRole) is None  # a quiet “未填” mark, no colour
    assert model.index_for_cell(C1).data(BLANK_ROLE) is False


def test_rejected_text_is_not_written(qapp) -> None:
    document = seed_document()
    model = model_for(document, "main")
    assert not model.setData(model.index_for_cell(C1), "三")
    assert document.value(C1) == 3


def test_one_edit_repaints_only_the_cells_whose_state_changed(qtbot) -> None:
    document = consistent_document("national-2021")
    model = model_for(document, "t3")
    cell = CellRef("t3_open", "natural")
    reference = ReportSession(copy.deepcopy(document))
    expected = reference.set_values({cell: document.parse_for(cell, "9999")}).repaint
    changed: list[CellRef] = []
    model.dataChanged.connect(lambda a, b, roles=(): changed.append(model.cell_at(a)))
    model.setData(model.index_for_cell(cell), "9999")
    assert sorted(changed) == sorted(expected)  # each once, no others, never a reset
    assert len(changed) < len(model.cells()) / 4


def test_table_three_headers_show_column_groups(qapp) -> None:
    model = model_for(consistent_document("national-2021"), "t3")
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "项目 ／ 申请人情况"
    assert headers[FIRST_VALUE_COLUMN] == "自然人"
    assert headers[FIRST_VALUE_COLUMN + 1] == "法人或其他组织\n商业企业"
    assert headers[-1] == "总计"


def test_table_two_group_rows_show_their_block_columns(qapp) -> None:
    model = model_for(consistent_document("national-2021"), "t2")
    block = model.index(0, 0)
    assert block.data() == "第二十条第(一)项"
    labels = [model.index(0, FIRST_VALUE_COLUMN + i).data() for i in range(3)]
    assert labels == ["本年制发件数", "本年废止件数", "现行有效件数"]
    fees = model.index_for_cell(CellRef("t2_fees", "amount"))
    assert fees.isValid()
    assert model.flags(fees) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, FIRST_VALUE_COLUMN)) & Qt.ItemFlag.ItemIsEditable


def test_table_four_is_shown_on_its_side(qapp) -> None:
    model = model_for(consistent_document("national-2021"), "t4")
    assert model.columnCount() == FIRST_VALUE_COLUMN + 1
    groups = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert groups == ["行政复议", "行政诉讼"]
    index = model.index_for_cell(CellRef("t4_cases", "lr_total"))
    assert index.siblingAtColumn(0).data() == "总计"
    assert index.parent().data() == "复议后起诉"
    assert model.parent(QModelIndex()) == QModelIndex()


def test_a_cells_note_is_in_its_tooltip(qapp) -> None:
    document = seed_document()
    document.set_note(CellRef("i3", "value"), "含线上培训")
    model = model_for(document, "main")
    assert "备注：含线上培训" in model.index_for_cell(CellRef("i3", "value")).data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_grouped_header_roles_span_the_legal_person_columns(qtbot) -> None:
    from govinfo_desktop.qt.cell_view import CellTreeView  # noqa: PLC0415
    from govinfo_desktop.qt.grouped_header import (  # noqa: PLC0415
        HEADER_GROUP_ROLE,
        HEADER_LABEL_ROLE,
        GroupedHeader,
    )

    model = model_for(consistent_document("national-2021"), "t3")
    horizontal = Qt.Orientation.Horizontal
    groups = [
        model.headerData(c, horizontal, HEADER_GROUP_ROLE) for c in range(model.columnCount())
    ]
    labels = [
        model.headerData(c, horizontal, HEADER_LABEL_ROLE) for c in range(model.columnCount())
    ]
    assert groups == ["", "", "", *["法人或其他组织"] * 5, ""]
    assert labels[FIRST_VALUE_COLUMN:] == [
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
        "总计",
    ]
    view = CellTreeView(model)
    qtbot.addWidget(view)
    header = view.header()
    assert isinstance(header, GroupedHeader)
    assert header._run(FIRST_VALUE_COLUMN + 3, "法人或其他组织") == (
        FIRST_VALUE_COLUMN + 1,
        FIRST_VALUE_COLUMN + 5,
    )
    assert header.sizeHint().height() >= 2 * header.fontMetrics().height()


def test_kept_answers_follow_every_change(qapp) -> None:
    document = seed_document()
    model = model_for(document, "main")
    total, part = model.index_for_cell(C1), model.index_for_cell(CellRef("c1_mail", "value"))
    display, background = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole
    before = (model.data(total, display), model.data(total, background))
    assert model.data(total, display) == before[0]  # asked twice: the kept answer
    assert model.setData(part, "7")
    assert model.data(part, display) == "7"
    assert model.data(total, display) == "8"  # the total followed its part
    type_over(model, C1)
    assert model.setData(total, "10")
    assert model.data(total, background) != before[1]  # the typed-over total turned red
    assert model.data(total, display) == "10"
