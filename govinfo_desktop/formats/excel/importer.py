"""Imports a statistics table from .xlsx/.xls written by Excel, WPS, LibreOffice or this program.

sniff (what the file is, is it safe) → read into grids → choose the table format whose labels match best →
locate rows and columns → read every value through the core's `parse_value`, noting in the report every
cell that was not imported or was changed. Rows the table does not know are kept as `extra_rows`.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.year_check import check_year
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.columns import Scope
from govinfo_desktop.formats.excel.extra import collect_extra_rows
from govinfo_desktop.formats.excel.import_findings import CellIssue, ImportReport, MatchedRow
from govinfo_desktop.formats.excel.locate import Location, locate
from govinfo_desktop.formats.excel.metadata import read_metadata
from govinfo_desktop.formats.excel.reader import SheetGrid, address, read_grids
from govinfo_desktop.formats.excel.sheets import select_sheets
from govinfo_desktop.formats.excel.sniff import ImportFailed, sniff
from govinfo_desktop.formats.excel.text import clean_imported_text
from govinfo_desktop.formats.excel.total_fill import fill_blank_totals
from govinfo_desktop.formats.excel.values import read_cell
from govinfo_desktop.formats.messages import workbooks as book_msg

_log = logging.getLogger(__name__)

__all__ = ["ImportFailed", "ImportReport", "ImportResult", "import_workbook"]
MIN_SCORE = 4  # rows and column headers found: fewer is some other table that shares a label or two


class ImportResult(NamedTuple):
    document: ReportDocument
    report: ImportReport


def import_workbook(path: Path) -> ImportResult:
    path = Path(path)
    try:
        kind = sniff(path)
        result = _import(path, kind.value, read_grids(path, kind))
    except ImportFailed:
        raise
    except MemoryError as error:
        raise ImportFailed(book_msg.OUT_OF_MEMORY, name=path.name) from error
    except Exception as error:  # a file shaped in a way nobody foresaw: still one clear line
        _log.info("%s: import failed unexpectedly", path.name, exc_info=True)  # the support log
        raise ImportFailed(
            book_msg.UNRECOGNISED, name=path.name, kind=type(error).__name__
        ) from error
    clean_imported_text(result.document, result.report)
    return result


def _import(path: Path, file_type: str, grids: list[SheetGrid]) -> ImportResult:
    if not any(grid.values for grid in grids):
        raise ImportFailed(book_msg.EMPTY_WORKBOOK, name=path.name)
    table = _choose_table(path, grids, read_metadata(grids)).table
    sheets, notes = select_sheets(table, grids)
    location = locate(table, sheets)
    metadata = read_metadata(sheets)
    document = ReportDocument(table.id, table.version, metadata)
    report = ImportReport(path.name, file_type, table.id, table.name)
    report.sheets = [grid.name for grid in sheets]
    report.metadata = dict(metadata)
    report.notices += notes
    _report_rows(location, report)
    for scope in location.scopes:
        _read_scope(scope, document, report)
    document.extra_rows = collect_extra_rows(location, sheets, report)
    for hit in location.duplicates:
        report.add(
            f"{hit.grid.name}!{address(hit.col, hit.row)}",
            table.row(hit.row_id).label,
            hit.text,
            CellIssue.DUPLICATE,
            say.CELL_DUPLICATE,
        )
    fill_blank_totals(document, report)
    year = check_year(metadata.get("year", ""), table.id)
    if year is not None:
        report.notices.append(year)
    return ImportResult(document, report)


def _choose_table(path: Path, grids: list[SheetGrid], metadata: dict[str, str]) -> Location:
    locations = [locate(catalog.table(tid), grids) for tid in catalog.table_ids()]
    best = max(location.score for location in locations)
    if best < MIN_SCORE:
        raise ImportFailed(book_msg.NOT_STATISTICS_TABLE, name=path.name)
    tied = [location for location in locations if location.score == best]
    if len(tied) > 1:
        year = metadata.get("year", "")
        preferred = catalog.table_for_year(int(year)) if year.isdigit() else "national-2021"
        for location in tied:
            if location.table.id == preferred:
                return location
    return tied[0]


def _report_rows(location: Location, report: ImportReport) -> None:
    table = location.table
    for row in table.rows_in_order():
        hit = location.hits.get(row.id)
        if hit is not None:
            where = f"{hit.grid.name}!{address(hit.col, hit.row)}"
            report.rows.append(MatchedRow(row.id, row.title, where, hit.text.strip(), hit.how))
    for scope in location.scopes:
        for column in scope.columns:
            cell = scope.header_cells.get(column.id)
            if cell is not None and scope.grid is not None:
                report.columns.append(
                    (column.header, f"{scope.grid.name}!{address(cell[1], cell[0])}")
                )
            elif column.id not in scope.spans and scope.rows:
                report.missing_columns.append(f"{_scope_title(location, scope)} · {column.header}")
        if scope.positional and scope.rows:
            report.note(say.NO_COLUMN_HEADERS, part=_scope_title(location, scope))
        for row_id in scope.row_ids:
            row = table.row(row_id)
            if row.has_values and row_id not in scope.rows:
                report.missing_rows.append(row.title)


def _scope_title(location: Location, scope: Scope) -> str:
    table = location.table
    return table.row(scope.id).title if scope.id in table.rows else table.part(scope.id).heading


def _read_scope(scope: Scope, document: ReportDocument, report: ImportReport) -> None:
    grid = scope.grid
    if grid is None:
        return
    table = document.table
    for row_id, sheet_row in scope.rows.items():
        if sheet_row in grid.hidden_rows:
            report.note(say.HIDDEN_ROW, sheet=grid.name, row=sheet_row)
        for column in table.columns_for(row_id):
            span = scope.spans.get(column.id)
            if span is None:
                continue
            cell = CellRef(row_id, column.id)
            value, note = read_cell(
                grid, sheet_row, span, document=document, cell=cell, report=report
            )
            if value is not None:
                document.values[cell] = value
                report.values_read += isinstance(value, Decimal)
            if note:
                document.notes[cell] = note
    hidden_cols = {c for a, b in scope.spans.values() for c in range(a, b + 1)} & grid.hidden_cols
    if hidden_cols:
        letters = "、".join(address(c, 1)[:-1] for c in sorted(hidden_cols))
        report.note(say.HIDDEN_COLUMNS, sheet=grid.name, columns=letters)
