"""The printed layout of the statistics table in a workbook, shared by the exporter and the importer.

Each sheet: the title (“2017年度政府信息公开情况统计表(本级政府)”), the 填报单位（盖章） line, for the
2019/2021 formats the sub-table's heading, the column headers (merged as on the official form), the rows,
and a footer with 单位负责人 / 填表人 / 联系电话 / 填报日期. Every metadata field sits in a cell of its own
as “标签：值”, so that it reads back without guessing. Rows and columns are 1-based, as in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from govinfo_desktop.core.document import METADATA_LABELS, ExtraRow, ReportDocument
from govinfo_desktop.core.tabledef import CellRef, Column, LayoutKind, Part, TableDefinition
from govinfo_desktop.core.values import Mark, ValueKind, format_value
from govinfo_desktop.formats.excel.headings import EXTRA_HEADING

UNIT_LABEL = "填报单位（盖章）"
FOOTER_FIELDS = ("head", "preparer", "phone", "date")
TITLE_ROW, UNIT_ROW = 1, 2
VALUE_MARGIN = 2.5  # digits of room beside a number: cell padding and bold header fonts

CellValue = str | Decimal | Mark | None


@dataclass
class Placed:
    """One cell (or merged range) of the layout; `style` names how it looks."""

    row: int
    col: int
    value: CellValue
    style: str  # title, unit_line, heading, header, corner, label, group, section, unit, value, meta, extra
    end_row: int = 0
    end_col: int = 0
    cell: CellRef | None = None  # for value cells: the table cell it holds
    indent: int = 0

    @property
    def last_row(self) -> int:
        return max(self.end_row, self.row)

    @property
    def last_col(self) -> int:
        return max(self.end_col, self.col)


@dataclass
class SheetLayout:
    name: str
    widths: list[float]
    landscape: bool = False
    one_page: bool = False  # tables 二/三/四 each print on one page, as on the form
    row_height: float = 18.0  # points, for the table's own rows
    cells: list[Placed] = field(default_factory=list)
    header_rows: tuple[int, int] = (0, 0)  # repeated on every printed page
    freeze: tuple[int, int] = (1, 1)  # first row and column that scroll
    next_row: int = 1

    @property
    def width(self) -> int:
        return len(self.widths)

    def put(
        self,
        col: int,
        value: CellValue,
        style: str,
        *,
        end_row: int = 0,
        end_col: int = 0,
        indent: int = 0,
    ) -> Placed:
        placed = Placed(self.next_row, col, value, style, end_row, end_col, indent=indent)
        self.cells.append(placed)
        return placed

    def line(self, value: CellValue, style: str, height: int = 1) -> None:
        """A row spanning the whole sheet."""
        self.put(1, value, style, end_col=self.width, end_row=self.next_row + height - 1)
        self.next_row += height


def metadata_text(key: str, document: ReportDocument) -> str:
    label = UNIT_LABEL if key == "unit" else METADATA_LABELS[key]
    return f"{label}：{document.metadata.get(key, '')}"


def title_text(document: ReportDocument) -> str:
    if document.metadata.get("year", "").strip():
        return document.title()
    scope = document.metadata.get("scope", "").strip()
    return f"    年度{document.table.title}" + (f"({scope})" if scope else "")


def layout_workbook(document: ReportDocument) -> list[SheetLayout]:
    table = document.table
    builders = {
        LayoutKind.LIST: _flat_sheet,
        LayoutKind.BLOCKS: _blocks_sheet,
        LayoutKind.MATRIX: _matrix_sheet,
    }
    sheets = [builders[part.layout.kind](table, part, document) for part in table.parts]
    if document.extra_rows:
        _extra_rows(sheets[-1], document.extra_rows)
    for sheet in sheets:
        widen_for_values(sheet, table)
        _footer(sheet, document)
    return sheets


def widen_for_values(sheet: SheetLayout, table: TableDefinition) -> None:
    """Value columns as wide as their widest value shows (the layout's width is the least): a large city's
    8-digit numbers, shown with thousands separators, never turn into “####”."""
    for placed in sheet.cells:
        if placed.style != "value" or not isinstance(placed.value, Decimal):
            continue
        need = value_width(
            placed.value,
            money=placed.cell is not None and table.cell_kind(placed.cell) is ValueKind.MONEY,
        )
        first, last = placed.col - 1, placed.last_col
        short = need - sum(sheet.widths[first:last])
        if short > 0:
            sheet.widths[last - 1] += short


def value_width(value: Decimal, money: bool = False) -> float:
    """Column width (in digits) that shows `value` as the workbook formats it (#,##0 / #,##0.00##)."""
    text = format_value(value, grouping=True)
    if money and "." not in text:
        text += ".00"
    elif money and len(text.partition(".")[2]) < 2:
        text += "0"
    return len(text) + VALUE_MARGIN


def _start(part: Part, widths: list[float], document: ReportDocument) -> SheetLayout:
    layout = part.layout
    sheet = SheetLayout(layout.sheet, widths, layout.landscape, layout.one_page)
    sheet.line(title_text(document), "title")
    sheet.line(metadata_text("unit", document), "unit_line")
    return sheet


def _flat_sheet(table: TableDefinition, part: Part, document: ReportDocument) -> SheetLayout:
    """Format A: 统计指标 | 单位 | 统计数, one row per line of the form."""
    sheet = _start(part, [*part.layout.label_widths, part.layout.value_width], document)
    first = sheet.next_row
    for col, text in enumerate(("统 计 指 标", "单位", part.columns[0].label), start=1):
        sheet.put(col, text, "header")
    sheet.header_rows = (first, first)
    sheet.freeze = (first + 1, 2)
    sheet.next_row += 1
    for row in table.rows_in_order(part.id):
        style = "section" if row.role.value == "section" else "label"
        sheet.put(
            1, row.printed_title, style, indent=0 if style == "section" else table.depth(row.id)
        )
        sheet.put(2, row.unit, "unit")  # as the seed's form: only 万元 and 人次 rows print a unit
        cell = CellRef(row.id, part.columns[0].id)
        if row.has_values:
            sheet.put(3, document.values.get(cell), "value").cell = cell
        else:
            sheet.put(3, "—", "unit")
        sheet.next_row += 1
    return sheet


def _blocks_sheet(table: TableDefinition, part: Part, document: ReportDocument) -> SheetLayout:
    """Table 二: each 第二十条 block has its own header row 信息内容 | its columns."""
    span = max(len(table.columns_for(row_id)) for row_id in part.rows)
    layout = part.layout
    sheet = _start(part, [*layout.label_widths, *[layout.value_width] * span], document)
    sheet.line(part.heading, "heading")
    sheet.header_rows = (sheet.next_row, sheet.next_row)
    sheet.freeze = (sheet.next_row, 2)
    for block_id in part.rows:
        block = table.row(block_id)
        sheet.line(block.title, "group")
        spans = _spread(len(block.columns), span)
        sheet.put(1, "信息内容", "header")
        for (start, end), column in zip(spans, block.columns, strict=True):
            sheet.put(start, column.printed_label, "header", end_col=end)
        sheet.next_row += 1
        for child_id in block.children:
            sheet.put(1, table.row(child_id).printed_title, "label")
            for (start, end), column in zip(spans, block.columns, strict=True):
                cell = CellRef(child_id, column.id)
                sheet.put(start, document.values.get(cell), "value", end_col=end).cell = cell
            sheet.next_row += 1
    return sheet


def _spread(count: int, span: int) -> list[tuple[int, int]]:
    """Value columns of a block over `span` sheet columns (after the label): the last one takes the rest."""
    return [(2 + i, 2 + i if i < count - 1 else 1 + span) for i in range(count)]


def _matrix_sheet(table: TableDefinition, part: Part, document: ReportDocument) -> SheetLayout:
    """Tables 三 and 四: merged multi-level headers, labels as a tree (group labels merged down)."""
    label_cols = table.label_columns(part.id)  # 0 for table 四: one row of numbers, as on the form
    layout = part.layout
    widths = [*layout.label_widths, *[layout.value_width] * len(part.columns)]
    sheet = _start(part, widths, document)
    sheet.line(part.heading, "heading")
    top = sheet.next_row
    levels = _header_cells(sheet, part.columns, top, label_cols)
    if label_cols:
        sheet.put(1, part.corner, "corner", end_row=top + levels - 1, end_col=label_cols)
    sheet.header_rows = (top, top + levels - 1)
    sheet.next_row = top + levels
    sheet.freeze = (sheet.next_row, label_cols + 1)
    if label_cols:
        for row_id in part.rows:
            _tree_rows(sheet, table, row_id, 1, label_cols=label_cols, document=document)
    else:
        sheet.row_height = 26.0  # one row of numbers across a landscape page: give it room
        for index, column in enumerate(part.columns, start=1):
            cell = CellRef(part.rows[0], column.id)
            sheet.put(index, document.values.get(cell), "value").cell = cell
        sheet.next_row += 1
    return sheet


def _header_cells(sheet: SheetLayout, columns: tuple[Column, ...], top: int, offset: int) -> int:
    levels = 1 + max(len(column.groups) for column in columns)
    for level in range(levels - 1):
        index = 0
        while index < len(columns):
            groups = columns[index].groups
            if len(groups) <= level:
                index += 1
                continue
            end = index
            while (
                end + 1 < len(columns)
                and columns[end + 1].groups[: level + 1] == groups[: level + 1]
            ):
                end += 1
            sheet.cells.append(
                Placed(
                    top + level, offset + index + 1, groups[level], "header", 0, offset + end + 1
                )
            )
            index = end + 1
    for index, column in enumerate(columns, start=offset + 1):
        row = top + len(column.groups)
        sheet.cells.append(Placed(row, index, column.label, "header", top + levels - 1, 0))
    return levels


def _tree_rows(
    sheet: SheetLayout,
    table: TableDefinition,
    row_id: str,
    col: int,
    *,
    label_cols: int,
    document: ReportDocument,
) -> None:
    row = table.row(row_id)
    if row.children and not row.has_values:
        first = sheet.next_row
        for child in row.children:
            _tree_rows(sheet, table, child, col + 1, label_cols=label_cols, document=document)
        sheet.cells.append(Placed(first, col, row.printed_title, "group", sheet.next_row - 1, 0))
        return
    sheet.put(col, row.printed_title, "label", end_col=label_cols)
    for index, column in enumerate(table.columns_for(row_id), start=label_cols + 1):
        cell = CellRef(row_id, column.id)
        sheet.put(index, document.values.get(cell), "value").cell = cell
    sheet.next_row += 1


def _extra_rows(sheet: SheetLayout, extra_rows: list[ExtraRow]) -> None:
    sheet.next_row += 1
    sheet.line(EXTRA_HEADING, "heading")
    for extra in extra_rows:
        sheet.put(1, extra.label, "extra")
        for offset, text in enumerate(extra.values[: sheet.width - 1], start=2):
            sheet.put(offset, text, "extra")
        sheet.next_row += 1


def _footer(sheet: SheetLayout, document: ReportDocument) -> None:
    """单位负责人 / 填表人 / 联系电话 / 填报日期, four to a row on wide sheets, two on narrow ones."""
    sheet.next_row += 1
    per_row = 4 if sheet.width >= 8 else 2
    # Narrow sheets: the wide label column takes one field, the value columns the other.
    spans = _even_spans(sheet.width, 4) if per_row == 4 else [(1, 1), (2, sheet.width)]
    for start in range(0, len(FOOTER_FIELDS), per_row):
        for key, (first, last) in zip(FOOTER_FIELDS[start : start + per_row], spans, strict=False):
            sheet.put(first, metadata_text(key, document), "meta", end_col=last)
        sheet.next_row += 1


def _even_spans(width: int, parts: int) -> list[tuple[int, int]]:
    bounds = [round(i * width / parts) for i in range(parts + 1)]
    return [(bounds[i] + 1, bounds[i + 1]) for i in range(parts)]
