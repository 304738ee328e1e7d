"""The statistics tables as real Word tables: table 二's blocks with their own column heads, tables
三/四 with multi-level merged heads as on the official form (a group spans its columns, a column's label
spans down to the last head row), the 2014 form as 统计指标 | 单位 | 统计数."""

from __future__ import annotations

from typing import Any

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef, LayoutKind, Part, Row, RowRole
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.pdf.grid_tables import _header_cells, text_is_label

TABLE_SIZE = Pt(10.5)  # 五号
LIST_WIDTHS = (0.66, 0.14, 0.2)  # 统计指标 | 单位 | 统计数, shares of the line
LABEL_SHARE = 0.34  # the label column of tables 二/三, share of the line


def add_part_table(doc: Any, document: ReportDocument, part: Part, width_mm: float) -> None:
    rows = list(document.table.rows_in_order(part.id))
    if part.layout.kind is LayoutKind.LIST:
        _widths(_list(doc, document, rows), [width_mm * share for share in LIST_WIDTHS])
        return
    table = _blocks(doc, document, rows) if part.layout.kind is LayoutKind.BLOCKS else None
    if table is None:
        table = _matrix(doc, document, part, rows)
    columns = len(table.columns)
    label_column = (
        part.layout.kind is LayoutKind.BLOCKS or document.table.label_columns(part.id) > 0
    )
    label = width_mm * LABEL_SHARE if label_column else 0.0
    value = (width_mm - label) / (columns - 1 if label_column else columns)
    _widths(table, [label] * label_column + [value] * (columns - label_column))


def _widths(table: Any, widths_mm: list[float]) -> None:
    """Column widths as given (Word would make all equal and the labels would wrap a character a line)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)  # the grid, which LibreOffice and WPS follow
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _new(doc: Any, columns: int) -> Any:
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    return table


def _put(
    cell: Any, text: str, *, bold: bool = False, align: Any = WD_ALIGN_PARAGRAPH.CENTER
) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.alignment = align
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
    fmt.space_before = fmt.space_after = Pt(0)
    snap = OxmlElement("w:snapToGrid")  # off: table rows need not be as tall as a line of prose
    snap.set(qn("w:val"), "0")
    paragraph._p.get_or_add_pPr().append(snap)
    run = paragraph.add_run(text)
    run.font.size = TABLE_SIZE
    run.bold = bold


def _value(document: ReportDocument, cell: CellRef) -> str:
    return format_value(document.values.get(cell), grouping=False)


def _list(doc: Any, document: ReportDocument, rows: list[Row]) -> Any:
    table = _new(doc, 3)
    for x, text in enumerate(("统计指标", "单位", "统计数")):
        _put(table.add_row().cells[x] if x == 0 else table.rows[0].cells[x], text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        _put(cells[0], row.title, bold=row.role is RowRole.SECTION, align=WD_ALIGN_PARAGRAPH.LEFT)
        if row.has_values:
            cell = CellRef(row.id, document.table.columns_for(row.id)[0].id)
            _put(cells[1], document.table.cell_unit(cell) if row.unit else "")
            _put(cells[2], _value(document, cell))
    return table


def _blocks(doc: Any, document: ReportDocument, rows: list[Row]) -> Any:
    width = max(len(document.table.columns_for(row.id)) for row in rows if row.has_values)
    table = _new(doc, 1 + width)
    for row in rows:
        if row.role is RowRole.GROUP:
            head = table.add_row().cells
            head[0].merge(head[-1])
            _put(head[0], row.title, bold=True)
            labels = table.add_row().cells
            _put(labels[0], "信息内容", bold=True)
            for x, column in enumerate(row.columns):
                target = (
                    labels[1 + x] if x + 1 < len(row.columns) else labels[1 + x].merge(labels[-1])
                )
                _put(target, column.label, bold=True)
            continue
        cells = table.add_row().cells
        _put(cells[0], row.title, align=WD_ALIGN_PARAGRAPH.LEFT)
        columns = document.table.columns_for(row.id)
        for x, column in enumerate(columns):
            target = cells[1 + x] if x + 1 < len(columns) else cells[1 + x].merge(cells[-1])
            _put(target, _value(document, CellRef(row.id, column.id)))
    return table


def _matrix(doc: Any, document: ReportDocument, part: Part, rows: list[Row]) -> Any:
    columns = part.columns
    levels = 1 + max(len(column.groups) for column in columns)
    data_rows = [row for row in rows if row.has_values]
    label = 1 if len(data_rows) > 1 else 0
    table = _new(doc, label + len(columns))
    heads = [table.add_row().cells for _ in range(levels)]
    if label:
        corner = heads[0][0].merge(heads[-1][0])
        _put(corner, part.corner or "")
    for level in range(levels):
        for start, end, text in _header_cells(columns, level):
            bottom = levels - 1 if text_is_label(columns[start], level) else level
            merged = heads[level][label + start].merge(heads[bottom][label + end])
            _put(merged, text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        if label:
            indent = "　" * document.table.depth(row.id)
            _put(cells[0], indent + row.title, align=WD_ALIGN_PARAGRAPH.LEFT)
        if row.has_values:
            for x, column in enumerate(columns):
                _put(cells[label + x], _value(document, CellRef(row.id, column.id)))
    return table
