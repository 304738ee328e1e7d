"""Writes a report as an .xlsx laid out like the printed form, or as a blank template for units to fill.

Values are real numbers with number formats (never text); every string is forced to text so that a unit
name like “=HYPERLINK(…)” can never become a formula. The workbook is built in memory and written
atomically. openpyxl is imported here, which the rest of the program imports only when needed.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from copy import copy
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, Protection, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.merge import MergedCellRange
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.core.values import MAX_ABS_VALUE, Mark, ValueKind
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.excel.formulas import (
    TotalFormula,
    cache_values,
    placements,
    total_formulas,
)
from govinfo_desktop.formats.excel.layout import Placed, SheetLayout, layout_workbook

FONT_NAME = "宋体"
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONTS = {
    "title": Font(name="黑体", size=16, bold=True),
    "heading": Font(name=FONT_NAME, size=12, bold=True),
    "header": Font(name=FONT_NAME, size=10.5, bold=True),
    "corner": Font(name=FONT_NAME, size=9),
    "section": Font(name=FONT_NAME, size=10.5, bold=True),
    "group": Font(name=FONT_NAME, size=10.5, bold=True),
}
_PLAIN = Font(name=FONT_NAME, size=10.5)
_BOXED = {"header", "corner", "label", "group", "section", "unit", "value"}
_CENTRED = {"title", "header", "corner", "group", "unit", "value"}
_NUMBER_FORMATS = {
    ValueKind.COUNT: "#,##0",
    ValueKind.SIGNED: "#,##0;-#,##0",
    ValueKind.MONEY: "#,##0.00##",
}
_ROW_HEIGHTS = {"title": 32, "unit_line": 22, "heading": 22}
_UNLOCKED = Protection(locked=False)


def write_workbook(document: ReportDocument, path: Path) -> None:
    atomic_write_bytes(Path(path), workbook_bytes(document, template=False))


def write_blank_template(document: ReportDocument, path: Path) -> None:
    """A template to send down: labels locked, value and metadata cells open, validation on values."""
    atomic_write_bytes(Path(path), workbook_bytes(document, template=True))


def workbook_bytes(document: ReportDocument, template: bool) -> bytes:
    if template:
        document = ReportDocument(
            document.table_id, document.table_version, dict(document.metadata)
        )
    workbook = Workbook()
    for sheet in list(workbook.worksheets):  # the default empty sheet
        workbook.remove(sheet)
    table = document.table
    layouts = layout_workbook(document)
    formulas = total_formulas(document, placements(layouts), template)
    for layout in layouts:
        sheet = workbook.create_sheet(layout.name)
        _fill(sheet, layout, document, table)
        _put_formulas(sheet, formulas.values(), len(workbook.worksheets) - 1)
        _print_setup(sheet, layout)
        if template:
            _protect(sheet, layout, table, frozenset(formulas))
    stream = io.BytesIO()
    workbook.save(stream)
    return cache_values(stream.getvalue(), formulas.values())


def _put_formulas(sheet: Worksheet, formulas: Iterable[TotalFormula], index: int) -> None:
    for formula in formulas:
        if formula.where.sheet == index:
            sheet[formula.where.coordinate].value = formula.formula  # a formula: data type "f"


def _fill(
    sheet: Worksheet, layout: SheetLayout, document: ReportDocument, table: TableDefinition
) -> None:
    for index, width in enumerate(layout.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    styles: dict[tuple[object, ...], StyleArray] = {}
    for placed in layout.cells:
        cell: Cell = sheet.cell(placed.row, placed.col)  # type: ignore[assignment]  # anchors are Cells
        _write_value(cell, placed, table)
        key = _style_key(placed, table)
        if key not in styles:
            _style(cell, placed, table)
            styles[key] = copy(cell._style)  # type: ignore[attr-defined]
        else:
            # Reusing the style's index array is many times faster than setting font, border, … again.
            cell._style = copy(styles[key])  # type: ignore[attr-defined]
        if placed.last_row > placed.row or placed.last_col > placed.col:
            _merge(sheet, placed, styles[key])
        if placed.cell is not None and placed.cell in document.notes:
            cell.comment = Comment(document.notes[placed.cell], "备注")
    _row_heights(sheet, layout)


def _style_key(placed: Placed, table: TableDefinition) -> tuple[object, ...]:
    tall = placed.style == "group" and placed.col == 1 and placed.last_row > placed.row
    kind = table.cell_kind(placed.cell) if placed.cell is not None else None
    return (placed.style, placed.indent, tall, kind)


def _merge(sheet: Worksheet, placed: Placed, style: StyleArray) -> None:
    # Every covered cell gets the anchor's style, so borders print all round; the range is added
    # directly because openpyxl's merge_cells re-styles the edges cell by cell (slow).
    for row in range(placed.row, placed.last_row + 1):
        for col in range(placed.col, placed.last_col + 1):
            if (row, col) != (placed.row, placed.col):
                sheet.cell(row, col)._style = copy(style)  # type: ignore[union-attr]
    coord = f"{get_column_letter(placed.col)}{placed.row}:{get_column_letter(placed.last_col)}{placed.last_row}"
    sheet.merged_cells.add(MergedCellRange(sheet, coord))


def _row_heights(sheet: Worksheet, layout: SheetLayout) -> None:
    """Office programs do not grow rows for wrapped text they did not lay out themselves: set heights."""
    heights: dict[int, float] = {}
    for placed in layout.cells:
        if placed.style in _ROW_HEIGHTS:
            heights[placed.row] = _ROW_HEIGHTS[placed.style]
            continue
        if placed.last_row > placed.row or not isinstance(placed.value, str):
            need = layout.row_height
        else:
            width = sum(layout.widths[placed.col - 1 : placed.last_col]) - 1 - 2 * placed.indent
            lines = -(-_text_width(placed.value) // max(width, 1.0))
            need = max(layout.row_height, 14.0 * lines + 4)
        heights[placed.row] = max(heights.get(placed.row, 0.0), need)
    for row, height in heights.items():
        sheet.row_dimensions[row].height = height


def _text_width(text: str) -> float:
    # In column-width units: a CJK character is about 1.6 digits wide at this size (measured in LibreOffice).
    return sum(1.6 if ord(ch) > 0x2E80 else 1.0 for ch in text)


def _write_value(cell: Cell, placed: Placed, table: TableDefinition) -> None:
    value = placed.value
    if isinstance(value, Decimal):
        cell.value = value
    elif isinstance(value, Mark):
        cell.value = str(value)
        cell.data_type = "s"
    elif value:
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with


def _style(cell: Cell, placed: Placed, table: TableDefinition) -> None:
    style = placed.style
    cell.font = _FONTS.get(style, _PLAIN)
    horizontal = "center" if style in _CENTRED else "left"
    if style == "label" and placed.indent:
        cell.alignment = Alignment(
            horizontal="left", vertical="center", wrap_text=True, indent=placed.indent
        )
    elif style == "group" and placed.col == 1 and placed.last_row > placed.row:
        # 三、本年度办理结果 down a narrow first column, one character under another, as printed.
        cell.alignment = Alignment(horizontal="center", vertical="center", text_rotation=255)
    else:
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)
    if style in _BOXED:
        cell.border = _BOX
    if placed.cell is not None:
        cell.number_format = _NUMBER_FORMATS.get(table.cell_kind(placed.cell), "General")


def _print_setup(sheet: Worksheet, layout: SheetLayout) -> None:
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = "landscape" if layout.landscape else "portrait"
    setup.fitToWidth = 1
    setup.fitToHeight = 1 if layout.one_page else 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    margins = sheet.page_margins
    margins.left = margins.right = 0.6
    margins.top, margins.bottom = 0.8, 0.7
    margins.header, margins.footer = 0.3, 0.3
    first, last = layout.header_rows
    if first:
        sheet.print_title_rows = f"{first}:{last}"
    row, col = layout.freeze
    sheet.freeze_panes = f"{get_column_letter(col)}{row}"
    footer = sheet.oddFooter.center  # type: ignore[union-attr]  # a new sheet has every footer part
    footer.text = "第 &P 页，共 &N 页"


def _protect(
    sheet: Worksheet, layout: SheetLayout, table: TableDefinition, totals: frozenset[CellRef]
) -> None:
    """Only value cells (not the totals' formulas) and metadata cells can be typed into; no password,
    so a unit can still unprotect."""
    validations: dict[ValueKind, DataValidation] = {}
    for placed in layout.cells:
        if placed.style in {"title", "unit_line", "meta"}:
            sheet.cell(placed.row, placed.col).protection = _UNLOCKED
        if placed.cell is None or placed.cell in totals:
            continue
        target = sheet.cell(placed.row, placed.col)
        target.protection = _UNLOCKED
        kind = table.cell_kind(placed.cell)
        if table.row(placed.cell.row).may_not_apply:
            # “/” (不适用) must stay possible here; a custom rule per cell keeps its reference exact.
            rule = _validation(kind, target.coordinate)
            sheet.add_data_validation(rule)
            rule.add(target.coordinate)
            continue
        if kind not in validations:
            validations[kind] = _validation(kind)
            sheet.add_data_validation(validations[kind])
        validations[kind].add(target.coordinate)
    sheet.protection.sheet = True
    sheet.protection.formatCells = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _validation(kind: ValueKind, slash_cell: str = "") -> DataValidation:
    limit = str(MAX_ABS_VALUE - 1)
    if slash_cell:
        ref = slash_cell
        formula = f'OR({ref}="/",AND(ISNUMBER({ref}),{ref}>=0,INT({ref})={ref}))'
        rule = DataValidation(type="custom", formula1=formula)
        message = "请填写不小于 0 的整数；本行不适用时填“/”。"
    elif kind is ValueKind.MONEY:
        rule = DataValidation(type="decimal", operator="between", formula1="0", formula2=limit)
        message = "请填写不小于 0 的金额（单位：万元，最多 4 位小数）。"
    elif kind is ValueKind.SIGNED:
        rule = DataValidation(
            type="whole", operator="between", formula1=f"-{limit}", formula2=limit
        )
        message = "请填写整数，减少时填负数（如 -8）。"
    else:
        rule = DataValidation(type="whole", operator="between", formula1="0", formula2=limit)
        message = "请填写不小于 0 的整数，没有请填 0。"
    rule.allow_blank = True
    rule.showErrorMessage = True
    rule.errorTitle = "填写有误"
    rule.error = message
    rule.showInputMessage = False
    return rule
