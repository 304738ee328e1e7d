"""The pre-2019 table (national-2014) as printed: one list of numbered rows, 统计指标 | 单位 | 统计数.

Section rows (一、二、…) are bold; each level below is indented by one character, as on the seed's form.
The header row repeats on every page.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef, LayoutKind, Row, RowRole, TableDefinition
from govinfo_desktop.formats.pdf.fit import fit_columns
from govinfo_desktop.formats.pdf.fonts import SONG
from govinfo_desktop.formats.pdf.numbers import number_text
from govinfo_desktop.formats.pdf.rl_platypus import Flowable
from govinfo_desktop.formats.pdf.styles import (
    FRAME_WIDTH,
    BoldLine,
    centred,
    grid_table,
    para,
)

UNIT_WIDTH = 16 * mm
VALUE_WIDTH = 30 * mm
HEADER = ("统 计 指 标", "单位", "统计数")
QIZHONG = "其中："
LIST_SIZE = 10.0  # a little under 五号 so that the 68 rows and the sign-off fit on two pages


def is_list_table(table: TableDefinition) -> bool:
    """The pre-2019 layout: one part laid out as a list (统计指标 | 单位 | 统计数)."""
    return len(table.parts) == 1 and table.parts[0].layout.kind is LayoutKind.LIST


def list_table(document: ReportDocument, tail: int = 0) -> list[Flowable]:
    """The table; with `tail` > 0 its last rows come as a second table with its own header row, so that
    they can be kept on one page with the sign-off (a page that holds only signatures could be swapped)."""
    table = document.table
    rows = [row for part in table.parts for row in table.rows_in_order(part.id)]
    cut = len(rows) - tail if 0 < tail < len(rows) else len(rows)
    tables = [_table(document, rows[:cut])]
    if cut < len(rows):
        tables.append(_table(document, rows[cut:]))
    return tables


def _table(document: ReportDocument, rows: list[Row]) -> Flowable:
    data: list[list[Any]] = [[centred(text, LIST_SIZE) for text in HEADER]]
    shaded: list[tuple[Any, ...]] = []
    for row in rows:
        data.append(_row(document, row))
        if row.role is RowRole.SECTION:
            shaded.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), _SECTION_SHADE))
    values = [line[2] for line in data[1:]]
    fit = fit_columns(
        FRAME_WIDTH, [FRAME_WIDTH - UNIT_WIDTH - VALUE_WIDTH, UNIT_WIDTH], [values], LIST_SIZE, 3
    )
    extra = [
        ("ALIGN", (1, 1), (1, -1), "CENTER"),
        ("ALIGN", (2, 1), (2, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 1.0, _BLACK),
        ("FONTSIZE", (0, 0), (-1, -1), LIST_SIZE),
        ("FONTSIZE", (2, 1), (2, -1), fit.size),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *shaded,
    ]
    return grid_table(data, fit.widths, extra, repeat_rows=1)


def _row(document: ReportDocument, row: Row) -> list[Any]:
    table = document.table
    indent = table.depth(row.id) * LIST_SIZE + _under_qizhong(table, row)
    if row.role is RowRole.SECTION:
        label: Any = BoldLine(row.printed_title, LIST_SIZE)
    else:
        label = para(row.printed_title, LIST_SIZE, indent=indent)
    value = number_text(document.value(CellRef(row.id, "value"))) if row.has_values else ""
    return [label, row.unit, value]


def _under_qizhong(table: TableDefinition, row: Row) -> float:
    """Extra indent that lines “涉及商业秘密” up under “其中：涉及国家秘密”: the rows after a “其中：” row
    are its list, as on the printed form."""
    if row.number or not row.parent or not row.in_parent_sum:
        return 0.0
    siblings = table.row(row.parent).children
    before = [table.row(s) for s in siblings[: siblings.index(row.id)]]
    if any(s.number == QIZHONG for s in before):
        return stringWidth(QIZHONG, SONG, LIST_SIZE)
    return 0.0


_SECTION_SHADE = colors.Color(0.93, 0.93, 0.93)
_BLACK = colors.black
