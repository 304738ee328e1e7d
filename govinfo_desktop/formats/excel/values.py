"""One spreadsheet cell → one table value, through the core's `parse_value`, with a report line for every
cell that is not imported or is changed on the way (text read as a number, a placeholder read as blank,
float noise from a formula rounded)."""

from __future__ import annotations

import datetime
import math
from decimal import Decimal
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import (
    MONEY_DECIMALS,
    NOT_APPLICABLE,
    InvalidValue,
    Value,
    ValueKind,
    format_value,
    is_blank_text,
    is_yuan_for_wanyuan,
)
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.import_findings import CellIssue, ImportReport
from govinfo_desktop.formats.excel.reader import SheetGrid, address

_NOISE = Decimal("1e-9")  # 0.1+0.2 style binary noise in a formula's cached value


def read_cell(
    grid: SheetGrid,
    row: int,
    span: tuple[int, int],
    *,
    document: ReportDocument,
    cell: CellRef,
    report: ImportReport,
) -> tuple[Value, str]:
    col = next((c for c in range(span[0], span[1] + 1) if (row, c) in grid.values), span[0])
    where = f"{grid.name}!{address(col, row)}"
    label = describe_cell(document, cell)
    note = grid.comments.get((row, col), "")
    if (row, col) in grid.missing_formulas:
        report.add(where, label, "", CellIssue.FORMULA, say.CELL_FORMULA)
        return None, note
    raw = grid.values.get((row, col))
    if raw is None:
        anchor = grid.anchor(row, col)
        if anchor is not None and anchor[0] != row:
            anchored = address(anchor[1], anchor[0])
            report.add(where, label, "", CellIssue.MERGED, say.CELL_MERGED, anchor=anchored)
            return None, note
        report.add(where, label, "", CellIssue.BLANK, say.CELL_BLANK)
        return None, note
    return _convert(
        raw, document=document, cell=cell, where=where, label=label, report=report
    ), note


def _convert(
    raw: Any,
    *,
    document: ReportDocument,
    cell: CellRef,
    where: str,
    label: str,
    report: ImportReport,
) -> Value:
    if isinstance(raw, (datetime.datetime, datetime.date, datetime.time)):
        report.add(where, label, raw, CellIssue.INVALID, say.CELL_DATE)
        return None
    if isinstance(raw, str) and is_blank_text(raw):
        shown = raw.strip()
        if shown:
            report.add(where, label, raw, CellIssue.BLANK, say.CELL_PLACEHOLDER, text=shown)
        else:
            report.add(where, label, raw, CellIssue.BLANK, say.CELL_BLANK)
        return None
    if isinstance(raw, float):
        raw = _denoise(raw, document.table.cell_kind(cell), where, label, report)
    try:
        value = document.parse_for(cell, raw)
    except InvalidValue as error:
        report.add(where, label, raw, CellIssue.INVALID, say.CELL_INVALID, reason=error.why)
        return None
    if value is NOT_APPLICABLE:
        report.add(where, label, raw, CellIssue.NOT_APPLICABLE, say.CELL_NOT_APPLICABLE)
    elif isinstance(raw, str) and is_yuan_for_wanyuan(raw, document.table.cell_unit(cell)):
        shown = format_value(value)
        report.add(where, label, raw, CellIssue.CONVERTED, say.CELL_YUAN_TO_WANYUAN, value=shown)
    elif isinstance(raw, str) and raw.strip() != format_value(value, grouping=False):
        shown = format_value(value)
        report.add(where, label, raw, CellIssue.CONVERTED, say.CELL_TEXT_NUMBER, value=shown)
    return value


def _denoise(
    number: float, kind: ValueKind, where: str, label: str, report: ImportReport
) -> float | Decimal:
    if not math.isfinite(number) or abs(number) >= 2**53:
        return number  # parse_value refuses it with the reason; Decimal.quantize would raise here
    if number.is_integer():
        return int(number)  # readers hand whole numbers over as floats: 0.0 is stored as 0
    exact = Decimal(repr(number))
    places = MONEY_DECIMALS if kind is ValueKind.MONEY else 0
    rounded = exact.quantize(Decimal(1).scaleb(-places))
    if rounded != exact and abs(rounded - exact) < _NOISE:
        report.add(
            where,
            label,
            repr(number),
            CellIssue.CONVERTED,
            say.CELL_ROUNDED,
            value=format_value(rounded),
        )
        return rounded
    return number
