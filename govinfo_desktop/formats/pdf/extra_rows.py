"""Rows a province or city added (kept from an imported file, e.g. Hubei's 其他主动公开文件), printed after
the national table as small tables with the column heads of the block they belong to, one value per cell.

A kept row does not say which block it came from; its block is the one whose columns can hold its values,
from the sheet it was read on when that sheet is a part's (“表二 主动公开!A12”), whose row labels share most
characters with it (其他主动公开文件 ~ 规范性文件), the first in the form's order on a tie.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm

from govinfo_desktop.core.document import ExtraRow, ReportDocument
from govinfo_desktop.core.tabledef import LayoutKind, TableDefinition
from govinfo_desktop.formats.pdf.fit import fit_columns
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, Spacer
from govinfo_desktop.formats.pdf.styles import BODY_SIZE, FRAME_WIDTH, SMALL_SIZE, grid_table, para

HEADING = "附：本地增设指标"
LABEL_WIDTH = 46 * mm


@dataclass(frozen=True)
class Home:
    """A block (or part) whose column heads an added row prints under."""

    title: str
    heads: tuple[str, ...]
    sheet: str = ""
    labels: str = ""  # its rows' labels, run together


def homes(table: TableDefinition) -> list[Home]:
    found: list[Home] = []
    for part in table.parts:
        sheet = part.layout.sheet
        if part.layout.kind is LayoutKind.BLOCKS:
            for block_id in part.rows:
                block = table.row(block_id)
                labels = "".join(table.row(child).label for child in block.children)
                heads = tuple(column.printed_label for column in block.columns)
                found.append(Home(block.printed_title, heads, sheet, labels))
        else:
            labels = "".join(row.label for row in table.rows_in_order(part.id))
            heads = tuple(column.printed_label for column in part.columns)
            title = part.heading if part.layout.kind is LayoutKind.MATRIX else ""
            found.append(Home(title, heads, sheet, labels))
    return found


def home_of(extra: ExtraRow, candidates: list[Home]) -> Home:
    count = len(_values(extra))
    sheet = extra.source.rpartition("!")[0]
    fitting = [home for home in candidates if len(home.heads) >= count]
    same_sheet = [home for home in fitting if home.sheet == sheet]
    pool = same_sheet or fitting
    if not pool:
        return Home("", tuple(f"第{i + 1}栏" for i in range(count)))
    return max(pool, key=lambda home: (len(set(extra.label) & set(home.labels)), -pool.index(home)))


def extra_rows_block(document: ReportDocument) -> list[Flowable]:
    if not document.extra_rows:
        return []
    from govinfo_desktop.formats.pdf.blocks import heading  # noqa: PLC0415

    candidates = homes(document.table)
    groups: dict[Home, list[ExtraRow]] = {}
    for extra in document.extra_rows:
        groups.setdefault(home_of(extra, candidates), []).append(extra)
    story: list[Flowable] = [Spacer(1, 3 * mm), heading(HEADING)]
    for home, rows in groups.items():
        story.extend([_table(home, rows), Spacer(1, 2 * mm)])
    return story


def _table(home: Home, rows: list[ExtraRow]) -> Flowable:
    width = len(home.heads)
    values = [[*_values(row), *[""] * width][:width] for row in rows]
    fit = fit_columns(FRAME_WIDTH, [LABEL_WIDTH], list(zip(*values, strict=True)), BODY_SIZE, 3)
    corner = f"指标（{home.title}）" if home.title else "指标"
    data: list[list[Any]] = [
        [para(corner, SMALL_SIZE, TA_CENTER)]
        + [para(head, SMALL_SIZE, TA_CENTER) for head in home.heads]
    ]
    data += [[para(row.label), *line] for row, line in zip(rows, values, strict=True)]
    extra = [
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (1, 1), (-1, -1), fit.size),
        ("LEFTPADDING", (1, 1), (-1, -1), fit.padding),
        ("RIGHTPADDING", (1, 1), (-1, -1), fit.padding),
    ]
    return grid_table(data, fit.widths, extra, repeat_rows=1)


def _values(extra: ExtraRow) -> list[str]:
    values = [value.strip() for value in extra.values]
    while values and not values[-1]:
        values.pop()
    return values
