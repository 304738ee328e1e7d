"""The 明细表: a node's total beside every unit's figure, one column per unit, one line per cell of the
table — what a county hands its head or the city to show where each number came from.

Column A holds the cell's id (row.column) so the sheet reads back exactly (`read_detail`); numbers are
real numbers, strings are forced to text (a unit name can never become a formula).
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from govinfo_desktop.core.aggregate import Total
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Mark, Value, ValueKind
from govinfo_desktop.formats.atomic import atomic_write_bytes

SHEET = "明细表"
FIXED_HEADERS = ("单元格", "部分", "项目", "列", "合计")
_BOLD = Font(name="宋体", size=10.5, bold=True)
_FORMATS = {ValueKind.MONEY: "#,##0.00##", ValueKind.SIGNED: "#,##0;-#,##0"}


@dataclass
class Detail:
    """What a 明细表 holds: the unit names and, per cell, the total and each unit's value."""

    units: list[str]
    totals: dict[CellRef, Value]
    values: dict[CellRef, list[Value]]


class UnitValues(Protocol):
    """A unit's report, or only its values (the CLI's streamed units)."""

    @property
    def values(self) -> Mapping[CellRef, Value]: ...


def write_detail(total: Total, reports: Sequence[tuple[str, UnitValues]], path: Path) -> None:
    atomic_write_bytes(Path(path), detail_bytes(total, reports))


def detail_bytes(total: Total, reports: Sequence[tuple[str, UnitValues]]) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET)
    table = total.document.table
    sheet.freeze_panes = "F3"
    sheet.column_dimensions["A"].hidden = True
    for letter, width in zip("BCDE", (14, 36, 16, 12), strict=True):
        sheet.column_dimensions[letter].width = width
    title = f"{total.document.title()}明细表（{total.include_text}，{len(reports)} 个单位）"
    sheet.append([_text(sheet, title, bold=True)])
    sheet.append([_text(sheet, h, bold=True) for h in (*FIXED_HEADERS, *(n for n, _ in reports))])
    for cell in total.document.validator.input_cells:
        row = table.row(cell.row)
        columns = table.columns_for(cell.row)
        column = table.column(cell).header if len(columns) > 1 else ""
        kind = table.cell_kind(cell)
        line = [
            _text(sheet, str(cell)),
            _text(sheet, table.part(row.part).heading),
            _text(sheet, f"{row.number}{row.label}"),
            _text(sheet, column),
            _number(sheet, total.document.values.get(cell), kind),
        ]
        line += [_number(sheet, doc.values.get(cell), kind) for _, doc in reports]
        sheet.append(line)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _text(sheet: Worksheet, text: str, bold: bool = False) -> Cell:
    cell = WriteOnlyCell(sheet, value=text)
    cell.data_type = "s"  # never a formula, whatever the text
    if bold:
        cell.font = _BOLD
        cell.alignment = Alignment(vertical="center")
    return cell


def _number(sheet: Worksheet, value: Value, kind: ValueKind) -> Cell:
    if isinstance(value, Mark):
        return _text(sheet, value.value)
    if value is None:
        return WriteOnlyCell(sheet, value=None)
    exact = value if kind is ValueKind.MONEY else int(value)
    cell = WriteOnlyCell(sheet, value=exact)  # type: ignore[arg-type]  # openpyxl writes Decimal
    cell.number_format = _FORMATS.get(kind, "#,##0")
    return cell


def read_detail(path: Path) -> Detail:
    """Read a 明细表 back (exact decimals; "/" and blanks as written)."""
    workbook = load_workbook(Path(path), read_only=True, data_only=True)
    try:
        rows = list(workbook[SHEET].iter_rows(values_only=True))
    finally:
        workbook.close()
    header = rows[1]
    units = [str(name) for name in header[len(FIXED_HEADERS) :]]
    totals: dict[CellRef, Value] = {}
    values: dict[CellRef, list[Value]] = {}
    for line in rows[2:]:
        row_id, _, column_id = str(line[0]).partition(".")
        cell = CellRef(row_id, column_id)
        totals[cell] = _value(line[4])
        values[cell] = [_value(item) for item in line[len(FIXED_HEADERS) :]]
    return Detail(units, totals, values)


def _value(raw: object) -> Value:
    if raw is None or raw == "":
        return None
    if raw == Mark.NOT_APPLICABLE.value:
        return Mark.NOT_APPLICABLE
    if isinstance(raw, float):
        return Decimal(repr(raw))
    return Decimal(str(raw))
