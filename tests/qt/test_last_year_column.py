"""The tree's 上年 columns: present only with last year attached, beside their value columns, read-only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.lastyear import last_values
from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import format_value
from govinfo_desktop.qt.clipboard import copy_block
from govinfo_desktop.qt.grouped_header import HEADER_GROUP_ROLE, HEADER_LABEL_ROLE
from govinfo_desktop.qt.tree_model import ReportTreeModel
from govinfo_desktop.qt.tree_roles import CELL_ROLE, FIRST_VALUE_COLUMN
from tests.helpers import consistent_document

NEW_NATURAL = CellRef("t3_new", "natural")


def attached(
    part_id: str, table_id: str = "national-2021"
) -> tuple[ReportTreeModel, ReportDocument]:
    this, last = consistent_document(table_id, 1), consistent_document(table_id, 2)
    model = ReportTreeModel(ReportSession(this), this.table.part(part_id))
    model.set_last_year(last_values(this, last))
    return model, last


def last_year_index(model: ReportTreeModel, cell: CellRef):
    index = model.index_for_cell(cell)
    slot = index.column() - FIRST_VALUE_COLUMN
    return index.siblingAtColumn(model.last_year_column(slot))


@pytest.mark.parametrize(
    ("table_id", "part_id"),
    [
        ("national-2014", "main"),
        ("national-2021", "t2"),
        ("national-2021", "t3"),
        ("national-2021", "t4"),
    ],
)
def test_model_with_last_year_passes_the_model_tester(
    qtmodeltester, table_id: str, part_id: str
) -> None:
    model, _ = attached(part_id, table_id)
    assert model.columnCount() == FIRST_VALUE_COLUMN + 2 * model.value_count
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_last_year_cells_show_last_years_value_read_only(qapp) -> None:
    model, last = attached("t3")
    plain = FIRST_VALUE_COLUMN + model.value_count
    index = last_year_index(model, NEW_NATURAL)
    assert index.data() == format_value(last.values[NEW_NATURAL])
    assert index.data() == index.data()  # a kept answer is the same answer
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert index.data(CELL_ROLE) is None and model.cell_at(index) is None
    assert "上年" in index.data(Qt.ItemDataRole.ToolTipRole)
    column = index.column()
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(column, horizontal) == "上年"
    assert model.headerData(column, horizontal, HEADER_LABEL_ROLE) == "上年"
    # 商业企业's 上年 column keeps the 法人或其他组织 band whole
    assert (
        model.headerData(model.last_year_column(1), horizontal, HEADER_GROUP_ROLE)
        == "法人或其他组织"
    )
    other = {cell: value for cell, value in model.last_year.items()}
    other[NEW_NATURAL] = 424242
    model.set_last_year(other)
    assert index.data() == "424,242" and model.columnCount() == plain + model.value_count
    model.set_last_year({})
    assert model.columnCount() == plain


def test_view_places_each_last_year_column_beside_its_value(qtbot) -> None:
    from govinfo_desktop.qt.cell_view import CellTreeView  # noqa: PLC0415

    this, last = consistent_document("national-2021", 1), consistent_document("national-2021", 2)
    model = ReportTreeModel(ReportSession(this), this.table.part("t3"))
    view = CellTreeView(model)
    qtbot.addWidget(view)
    header = view.header()
    assert header.count() == FIRST_VALUE_COLUMN + model.value_count  # hidden: no 上年 columns
    model.set_last_year(last_values(this, last))
    assert header.count() == FIRST_VALUE_COLUMN + 2 * model.value_count
    for slot in range(model.value_count):
        beside = header.visualIndex(model.value_column(slot)) + 1
        assert header.visualIndex(model.last_year_column(slot)) == beside
        assert header.sectionSize(model.last_year_column(slot)) > 0
    model.set_last_year({})
    assert header.count() == FIRST_VALUE_COLUMN + model.value_count


def test_copy_takes_this_years_values_only(qapp) -> None:
    model, _ = attached("t3")
    value = model.index_for_cell(NEW_NATURAL)
    text = copy_block(model, [value, last_year_index(model, NEW_NATURAL)])
    assert text == format_value(model.document.values[NEW_NATURAL], grouping=False) + "\r\n"
