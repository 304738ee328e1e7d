"""The 2019/2021 tables 二、三、四 as on the official form.

Table 二 is a stack of blocks (第二十条第(×)项), each with its own column headers. Tables 三 and 四 are grids
whose column headers come in levels (申请人情况 / 自然人 | 法人或其他组织(5) | 总计; 行政复议(5) |
行政诉讼: 未经复议直接起诉(5), 复议后起诉(5)): a header group spans its columns, a column label spans down
to the last header row. Row labels of table 三 take three label columns: a group's label is merged down
beside its rows (三、本年度办理结果 / (三)不予公开 / 1.…), as on the form. Header rows repeat on every page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef, Column, LayoutKind, Part, Row, RowRole
from govinfo_desktop.formats.pdf.fit import Fit, fit_columns
from govinfo_desktop.formats.pdf.numbers import number_text
from govinfo_desktop.formats.pdf.pieces import RowPieces
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, Table
from govinfo_desktop.formats.pdf.styles import (
    BODY_SIZE,
    FRAME_WIDTH,
    SMALL_SIZE,
    balanced,
    centred,
    grid_table,
    para,
)

MATRIX_SIZE = 10.0  # table 三/四 body: fits 7 (三) or 15 (四) value columns on a portrait page
HEADER_SIZE = SMALL_SIZE
HEADER_PADDING = 2.0  # narrow value columns: less padding, so 3 characters fit on a line
VALUE_PADDING = 3.5  # left and right of a number


def part_table(document: ReportDocument, part: Part) -> list[Flowable]:
    rows = list(document.table.rows_in_order(part.id))
    if part.layout.kind is LayoutKind.BLOCKS:
        return [_blocks(document, part, rows)]
    return [_matrix(document, part, rows)]


# Table 二 -------------------------------------------------------------------------------------------


def _blocks(document: ReportDocument, part: Part, rows: list[Row]) -> Flowable:
    table = document.table
    width = max(len(table.columns_for(row.id)) for row in rows if row.has_values)
    slots: list[list[str]] = [[] for _ in range(width)]
    for row in rows:
        if row.has_values:
            for slot, column in enumerate(table.columns_for(row.id)):
                slots[slot].append(_value(document, CellRef(row.id, column.id)))
    fit = fit_columns(
        FRAME_WIDTH, [part.layout.pdf_label_widths[0] * mm], slots, BODY_SIZE, VALUE_PADDING
    )
    data: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [("ALIGN", (1, 0), (-1, -1), "RIGHT")]
    value_rows: list[int] = []
    for row in rows:
        if row.role is RowRole.GROUP:
            data.append([centred(row.printed_title), *[""] * width])
            extra.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
            extra.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), _SHADE))
            labels = [centred(column.printed_label, HEADER_SIZE) for column in row.columns]
            data.append([centred("信息内容", HEADER_SIZE), *_spread(labels, width)])
            extra.extend(_span_last(len(data) - 1, len(labels), width))
            continue
        values = [_value(document, CellRef(row.id, c.id)) for c in table.columns_for(row.id)]
        data.append([para(row.printed_title), *_spread(values, width)])
        extra.extend(_span_last(len(data) - 1, len(values), width))
        value_rows.append(len(data) - 1)
    for y in value_rows:
        extra.extend(value_style(fit, (1, y), (-1, y)))
    return grid_table(data, fit.widths, extra)


def value_style(fit: Fit, start: tuple[int, int], end: tuple[int, int]) -> list[tuple[Any, ...]]:
    """Type size and padding of the value cells from `start` to `end`, as the fit chose them."""
    return [
        ("FONTSIZE", start, end, fit.size),
        ("LEADING", start, end, fit.size * 1.2),
        ("LEFTPADDING", start, end, fit.padding),
        ("RIGHTPADDING", start, end, fit.padding),
    ]


def _spread(cells: list[Any], width: int) -> list[Any]:
    return [*cells, *[""] * (width - len(cells))]


def _span_last(row: int, used: int, width: int) -> list[tuple[Any, ...]]:
    # A block with fewer columns than the widest lets its last column take the rest of the line.
    return [("SPAN", (used, row), (width, row))] if used < width else []


# Tables 三 and 四 -----------------------------------------------------------------------------------


def _matrix(document: ReportDocument, part: Part, rows: list[Row]) -> Flowable:
    """The grid, cut between rows where a page ends (each piece with the column heads and the labels of
    the groups it continues); column widths from every row, so that the pieces line up."""
    table = document.table
    label_columns = table.label_columns(part.id)
    levels = 1 + max(len(column.groups) for column in part.columns)
    columns = [
        [_value(document, CellRef(row.id, column.id)) for row in rows if row.has_values]
        for column in part.columns
    ]
    label_widths = [width * mm for width in part.layout.pdf_label_widths]
    fit = fit_columns(FRAME_WIDTH, label_widths, columns, BODY_SIZE, VALUE_PADDING)

    def build(piece: list[Row]) -> Table:
        data, extra = _matrix_header(part, label_columns, levels, fit.widths)
        body, body_extra = _matrix_body(document, part, piece, label_columns, levels)
        data.extend(body)
        extra.extend(body_extra)
        extra.append(("LINEBELOW", (0, levels - 1), (-1, levels - 1), 1.0, _BLACK))
        extra.append(("LEFTPADDING", (label_columns, 0), (-1, levels - 1), HEADER_PADDING))
        extra.append(("RIGHTPADDING", (label_columns, 0), (-1, levels - 1), HEADER_PADDING))
        extra.extend(value_style(fit, (label_columns, levels), (-1, -1)))
        return grid_table(data, fit.widths, extra, repeat_rows=levels)

    return RowPieces(build, rows, table)


def _matrix_header(
    part: Part, label_columns: int, levels: int, widths: list[float]
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    data: list[list[Any]] = [[""] * (label_columns + len(part.columns)) for _ in range(levels)]
    extra: list[tuple[Any, ...]] = []
    if label_columns:
        data[0][0] = para(part.corner, HEADER_SIZE) if part.corner else ""
        extra.append(("SPAN", (0, 0), (label_columns - 1, levels - 1)))
    for level in range(levels):
        for start, end, text in _header_cells(part.columns, level):
            x0, x1 = label_columns + start, label_columns + end
            bottom = levels - 1 if text_is_label(part.columns[start], level) else level
            room = sum(widths[x0 : x1 + 1]) - 2 * HEADER_PADDING
            data[level][x0] = centred(balanced(text, HEADER_SIZE, room), HEADER_SIZE)
            if (x0, level) != (x1, bottom):
                extra.append(("SPAN", (x0, level), (x1, bottom)))
    return data, extra


def text_is_label(column: Column, level: int) -> bool:
    return level == len(column.groups)


def _header_cells(columns: tuple[Column, ...], level: int) -> list[tuple[int, int, str]]:
    """(first, last, text) for each header cell starting at `level`; a group spans its columns."""
    cells: list[tuple[int, int, str]] = []
    previous: tuple[str, ...] | None = None
    for index, column in enumerate(columns):
        if level > len(column.groups):
            previous = None
            continue
        if level == len(column.groups):
            cells.append((index, index, column.label))
            previous = None
            continue
        path = column.groups[: level + 1]
        if path == previous:
            first, _, text = cells[-1]
            cells[-1] = (first, index, text)
        else:
            cells.append((index, index, column.groups[level]))
        previous = path
    return cells


def _matrix_body(
    document: ReportDocument, part: Part, rows: list[Row], label_columns: int, levels: int
) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    table = document.table
    data: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [("ALIGN", (label_columns, levels), (-1, -1), "RIGHT")]
    pending: list[Row] = []  # groups whose label goes beside their first data row
    for row in rows:
        if not row.has_values:
            pending.append(row)
            continue
        y = levels + len(data)
        line: list[Any] = [""] * label_columns
        for group in pending:
            line[table.depth(group.id)] = para(group.printed_title, MATRIX_SIZE)
            span = _data_rows_under(table, group, rows) - 1
            if span:
                extra.append(
                    ("SPAN", (table.depth(group.id), y), (table.depth(group.id), y + span))
                )
        pending = []
        if label_columns:
            depth = table.depth(row.id)
            line[depth] = para(row.printed_title, MATRIX_SIZE)
            if depth < label_columns - 1:
                extra.append(("SPAN", (depth, y), (label_columns - 1, y)))
        line.extend(_value(document, CellRef(row.id, c.id)) for c in part.columns)
        data.append(line)
    return data, extra


def _data_rows_under(table: Any, group: Row, rows: list[Row]) -> int:
    """Rows of this piece under `group` (a group cut by a page break is labelled on both pages)."""
    under = {row.id for row in table._subtree(group.id)}
    return sum(1 for row in rows if row.has_values and row.id in under)


def _value(document: ReportDocument, cell: CellRef) -> str:
    return number_text(document.value(cell))


_SHADE = colors.Color(0.93, 0.93, 0.93)
_BLACK = colors.black
