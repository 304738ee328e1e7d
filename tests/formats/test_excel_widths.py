"""Value columns of the workbook are wide enough for the widest value (a large city's 8-digit numbers),
and keep the layout's widths when the values fit."""

from __future__ import annotations

import io
from decimal import Decimal

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from govinfo_desktop.core import catalog
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.excel.exporter import workbook_bytes
from govinfo_desktop.formats.excel.layout import layout_workbook, value_width
from tests.helpers import city_document, consistent_document


@pytest.mark.parametrize("table_id", catalog.table_ids())
def test_every_value_fits_its_column(table_id: str) -> None:
    document = city_document(table_id, seed=5, widest=True)
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(document, template=False)))
    checked = 0
    for sheet in book.worksheets:
        spans = {r.min_row * 1000 + r.min_col: r for r in sheet.merged_cells.ranges}
        for row in sheet.iter_rows():
            for cell in row:
                if not isinstance(cell.value, (int, float, Decimal)) or cell.row <= 2:
                    continue
                merged = spans.get(cell.row * 1000 + cell.column)
                last = merged.max_col if merged else cell.column
                width = sum(
                    sheet.column_dimensions[get_column_letter(c)].width
                    for c in range(cell.column, last + 1)
                )
                shown = format_value(Decimal(str(cell.value)), grouping=True)
                assert width >= len(shown) + 1, (sheet.title, cell.coordinate, shown, width)
                checked += 1
    assert checked == sum(1 for _ in document.table.cells())


@pytest.mark.parametrize("table_id", catalog.table_ids())
def test_widths_come_from_the_layout_when_values_fit(table_id: str) -> None:
    document = consistent_document(table_id, seed=2)
    for sheet, part in zip(layout_workbook(document), document.table.parts, strict=True):
        layout = part.layout
        values = sheet.widths[len(layout.label_widths) :]
        assert values and set(values) == {layout.value_width}, sheet.name


def test_money_is_measured_with_its_two_decimals() -> None:
    assert value_width(Decimal("12345678"), money=True) > value_width(Decimal("12345678"))
