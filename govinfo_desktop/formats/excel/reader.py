"""Reads a workbook into plain grids: cell values by (row, column), merged ranges, hidden rows and columns,
comments, and the formula cells that carry no cached value.

Everything is read with python-calamine (cached formula values, merged ranges; 10–20× faster than
openpyxl); for .xlsx, excel_xlsx_scan adds what calamine does not report. openpyxl is the fallback for an
.xlsx calamine cannot read. Rows and columns are 1-based.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml.common import DefusedXmlException

from govinfo_desktop.formats.excel.child import read_isolated
from govinfo_desktop.formats.excel.sniff import FileKind, ImportFailed, sheet_extent_ok
from govinfo_desktop.formats.excel.xls_scan import check_xls
from govinfo_desktop.formats.excel.xlsx_scan import scan_xlsx
from govinfo_desktop.formats.messages import files as file_msg

_log = logging.getLogger(__name__)

Position = tuple[int, int]
MAX_ROWS, MAX_COLS = 2000, 100  # more than any layout of the statistics table needs


@dataclass
class SheetGrid:
    name: str
    values: dict[Position, Any] = field(default_factory=dict)  # non-empty cells only
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2
    missing_formulas: set[Position] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    comments: dict[Position, str] = field(default_factory=dict)
    hidden: bool = False
    text_cells: list[tuple[int, int, str]] | None = field(default=None, repr=False, compare=False)

    def anchor(self, row: int, col: int) -> Position | None:
        """The top-left cell of the merged range covering (row, col), if it is not that cell itself."""
        for r1, c1, r2, c2 in self.merged:
            if r1 <= row <= r2 and c1 <= col <= c2 and (row, col) != (r1, c1):
                return (r1, c1)
        return None


def address(col: int, row: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


class _SheetTooLarge(Exception):
    """args[0]: the sheet's name (read_calamine adds the file's)."""


def read_grids(path: Path, kind: FileKind) -> list[SheetGrid]:
    if kind is not FileKind.XLSX:
        # calamine's .xls and .ods readers trust record offsets and sizes: only ever in a child process,
        # and for an .xls after its declared dimensions were checked here.
        if kind is FileKind.XLS:
            check_xls(path.read_bytes(), path.name)
        return read_isolated(path, "calamine")
    # The XML scan comes first: it refuses entity tricks and absurd sizes before calamine allocates,
    # which makes the in-process read (the common case, ~10 ms) safe.
    facts = scan_xlsx(path)
    try:
        grids = read_calamine(path)
    except ImportFailed:
        # A file calamine cannot read may still be fine for openpyxl, which is slower and has not been
        # bounded the same way: it runs in a limited child process.
        grids = read_isolated(path, "openpyxl")
    for grid in grids:
        found = facts.get(grid.name)
        if found is not None:
            grid.missing_formulas = found.missing_formulas
            grid.hidden_rows, grid.hidden_cols = found.hidden_rows, found.hidden_cols
            grid.comments = found.comments
    return grids


def read_openpyxl(path: Path) -> list[SheetGrid]:
    import openpyxl  # noqa: PLC0415 - only when a spreadsheet is opened
    from openpyxl.reader import excel as openpyxl_reader  # noqa: PLC0415

    # Pictures are never needed, and decoding them would hand the untrusted file to Pillow.
    openpyxl_reader.find_images = lambda archive, path: ([], [])  # type: ignore[attr-defined]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter(
                "ignore"
            )  # unsupported extensions, odd styles: not the clerk's concern
            workbook = openpyxl.load_workbook(
                path, data_only=True, keep_links=False, rich_text=False
            )
        grids = [_grid_from_openpyxl(sheet) for sheet in workbook.worksheets]
        workbook.close()
    except DefusedXmlException as error:
        raise ImportFailed(file_msg.UNSAFE_XML, name=path.name) from error
    except ImportFailed:
        raise
    except Exception as error:
        _log.info("%s: openpyxl could not read it", path.name, exc_info=True)  # the support log
        raise ImportFailed(file_msg.UNREADABLE_WORKBOOK, name=path.name) from error
    return grids


def _grid_from_openpyxl(sheet: Any) -> SheetGrid:
    grid = SheetGrid(sheet.title, hidden=sheet.sheet_state != "visible")
    # sheet._cells holds only the cells the file has; iter_rows would create every cell in the range.
    for (row, col), cell in sheet._cells.items():
        if cell.value is not None and cell.value != "":
            grid.values[(row, col)] = cell.value
        if cell.comment is not None:
            grid.comments[(row, col)] = str(cell.comment.text).strip()
    grid.merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
    grid.hidden_rows = {n for n, dim in sheet.row_dimensions.items() if dim.hidden}
    for dim in sheet.column_dimensions.values():
        if dim.hidden and dim.min and dim.max:
            grid.hidden_cols.update(range(dim.min, min(dim.max, 16384) + 1))
    return grid


def read_calamine(path: Path) -> list[SheetGrid]:
    import python_calamine  # noqa: PLC0415

    try:
        # From the open file, not the path: calamine would pick the reader by the name's extension.
        with path.open("rb") as stream:
            workbook = python_calamine.CalamineWorkbook.from_filelike(stream)
            grids = [_grid_from_calamine(workbook, meta) for meta in workbook.sheets_metadata]
    except python_calamine.PasswordError as error:
        raise ImportFailed(file_msg.PASSWORD, name=path.name) from error
    except _SheetTooLarge as error:
        raise ImportFailed(file_msg.SHEET_TOO_LARGE, name=path.name, sheet=error.args[0]) from error
    except Exception as error:
        _log.info("%s: calamine could not read it", path.name, exc_info=True)  # the support log
        raise ImportFailed(file_msg.UNREADABLE_WORKBOOK, name=path.name) from error
    except BaseException as error:
        # A Rust panic reaches Python as pyo3's PanicException, which derives from BaseException.
        if type(error).__name__ != "PanicException":
            raise
        raise ImportFailed(file_msg.DAMAGED, name=path.name) from error
    return grids


def _grid_from_calamine(workbook: Any, meta: Any) -> SheetGrid:
    hidden = str(meta.visible).rsplit(".", 1)[-1] != "Visible"  # Hidden, VeryHidden
    grid = SheetGrid(meta.name, hidden=hidden)
    if str(meta.typ).rsplit(".", 1)[-1] != "WorkSheet":
        return grid  # a chart sheet or macro sheet: nothing to read
    sheet = workbook.get_sheet_by_name(meta.name)
    if not sheet_extent_ok(sheet.height, sheet.width):
        raise _SheetTooLarge(meta.name)
    top, left = sheet.start or (0, 0)  # to_python() starts at the first used cell, not A1
    # Only the top-left part can hold the table (see excel_locate.MAX_ROW): don't convert the rest.
    rows = sheet.to_python(skip_empty_area=True, nrows=max(MAX_ROWS - top, 1))
    for r, values in enumerate(rows, start=top + 1):
        for c, value in enumerate(values[: max(MAX_COLS - left, 0)], start=left + 1):
            if value is not None and value != "":
                grid.values[(r, c)] = value
    grid.merged = [
        (a[0] + 1, a[1] + 1, b[0] + 1, b[1] + 1) for a, b in sheet.merged_cell_ranges or []
    ]
    return grid
