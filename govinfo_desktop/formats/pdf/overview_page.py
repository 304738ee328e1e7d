"""A node's overview as a page of its PDF: counts by status, then one bar chart per main figure
(新收申请, 办结, 结转, 复议/诉讼) with a row per unit — this year's bar, last year's thin one above it,
outliers in red. Drawn with reportlab's own graphics from core/overview.py's `Overview`, the data the
window's QPainter chart (qt/overview_chart.py) draws too.

Rows shrink to fit up to 85 units on the page; more units continue on further pages (a chart per page).
"""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from govinfo_desktop.core.collection import UnitStatus
from govinfo_desktop.core.overview import FigureBars, Overview
from govinfo_desktop.core.values import format_number
from govinfo_desktop.formats.pdf.fonts import SONG, fonts
from govinfo_desktop.formats.pdf.rl_platypus import PageBreak, Spacer
from govinfo_desktop.formats.pdf.styles import (
    FRAME_WIDTH,
    HEADING_SIZE,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    PAGE_HEIGHT,
    SMALL_SIZE,
    centred,
    para,
)

STATUS_COLOURS = {  # as the board shows them (qt/board_model.py)
    UnitStatus.MISSING: colors.HexColor("#8a8a8a"),
    UnitStatus.SUBMITTED: colors.HexColor("#1f5fa8"),
    UnitStatus.RETURNED: colors.HexColor("#b85c00"),
    UnitStatus.ACCEPTED: colors.HexColor("#2e7d32"),
}
BAR = colors.HexColor("#4a7bb7")
LAST_YEAR = colors.HexColor("#b8c7dc")
OUTLIER = colors.HexColor("#c62828")
RULE = colors.HexColor("#d0d4dc")
LABEL_WIDTH = 78.0
NUMBER_WIDTH = 30.0
HEADER_HEIGHT = 16.0
MIN_ROW = 7.0  # below this the names are unreadable: the chart continues on the next page
MAX_ROW = 16.0
CHART_ROOM = (
    PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 40 * mm
)  # the page less title, counts, legend


def overview_flowables(overview: Overview) -> list[Any]:
    """The page (or pages): starts on a new page, so it can follow any story."""
    fonts()  # the Song face registered before the drawings name it
    story: list[Any] = [PageBreak(), centred(overview.title, HEADING_SIZE), Spacer(1, 3 * mm)]
    story.append(status_strip(overview.counts))
    story.append(Spacer(1, 2 * mm))
    story.append(
        para(
            "深色为本年，其上浅色细条为上年，红色为明显偏大（超过中位数 3 倍且不少于 20）",
            SMALL_SIZE,
        )
    )
    story.append(Spacer(1, 2 * mm))
    units = overview.units
    if not units:
        story.append(para("没有计入汇总的单位。"))
        return story
    per_page = max(1, int((CHART_ROOM - HEADER_HEIGHT) // MIN_ROW))
    for start in range(0, len(units), per_page):
        story.append(chart(overview.figures, units[start : start + per_page]))
    return story


def status_strip(counts: dict[UnitStatus, int], width: float = FRAME_WIDTH) -> Drawing:
    """One bar split by status, each part labelled with its count."""
    height = 18.0
    drawing = Drawing(width, height)
    total = sum(counts.values())
    if not total:
        drawing.add(String(0, 5, "没有单位", fontName=SONG, fontSize=SMALL_SIZE))
        return drawing
    x = 0.0
    for status in UnitStatus:
        part = width * counts.get(status, 0) / total
        if part <= 0:
            continue
        drawing.add(_box(x, 0, part, height, STATUS_COLOURS[status]))
        label = f"{status} {counts[status]}"
        drawing.add(
            String(
                x + part / 2,
                5,
                label,
                fontName=SONG,
                fontSize=SMALL_SIZE,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )
        x += part
    return drawing


def chart(figures: list[FigureBars], units: list[str], width: float = FRAME_WIDTH) -> Drawing:
    """Rows of units, a column of bars per figure; each figure scaled to its own largest value."""
    row = max(MIN_ROW, min(MAX_ROW, (CHART_ROOM - HEADER_HEIGHT) / max(1, len(units))))
    height = HEADER_HEIGHT + row * len(units)
    drawing = Drawing(width, height)
    column = (width - LABEL_WIDTH) / max(1, len(figures))
    size = min(SMALL_SIZE, row * 0.8)
    for number, bars in enumerate(figures):
        left = LABEL_WIDTH + number * column
        drawing.add(
            String(
                left + 2, height - HEADER_HEIGHT + 4, bars.name, fontName=SONG, fontSize=SMALL_SIZE
            )
        )
        drawing.add(Line(left, 0, left, height, strokeColor=RULE, strokeWidth=0.5))
        _figure_column(
            drawing,
            bars=bars,
            units=units,
            left=left,
            column=column,
            row=row,
            top_y=height - HEADER_HEIGHT,
            size=size,
        )
    for index, unit in enumerate(units):
        y = height - HEADER_HEIGHT - (index + 1) * row
        drawing.add(
            String(
                LABEL_WIDTH - 4,
                y + row * 0.25,
                _fit(unit, LABEL_WIDTH - 6, size),
                fontName=SONG,
                fontSize=size,
                textAnchor="end",
            )
        )
    return drawing


def _figure_column(
    drawing: Drawing,
    *,
    bars: FigureBars,
    units: list[str],
    left: float,
    column: float,
    row: float,
    top_y: float,
    size: float,
) -> None:
    room = max(4.0, column - NUMBER_WIDTH - 4)
    scale = float(bars.top)
    for index, unit in enumerate(units):
        y = top_y - (index + 1) * row
        value = bars.values.get(unit)
        if value is None:
            continue
        before = bars.last_year.get(unit)
        if before is not None:
            length = room * float(before) / scale
            drawing.add(_box(left + 2, y + row * 0.62, length, row * 0.22, LAST_YEAR))
        length = room * float(value) / scale
        colour = OUTLIER if unit in bars.marked else BAR
        drawing.add(_box(left + 2, y + row * 0.15, length, row * 0.42, colour))
        drawing.add(
            String(
                left + 4 + length,
                y + row * 0.2,
                format_number(value),
                fontName=SONG,
                fontSize=size * 0.9,
                fillColor=colour,
            )
        )


def _box(x: float, y: float, width: float, height: float, colour: colors.Color) -> Rect:
    box = Rect(x, y, width, height)
    box.fillColor, box.strokeColor = colour, None  # (the stubs mistype Rect's keyword arguments)
    return box


def _fit(text: str, width: float, size: float) -> str:
    """Cut a long unit name with “…” so that it stays in its column (CJK: about one em a character)."""
    most = max(2, int(width // size))
    return text if len(text) <= most else text[: most - 1] + "…"
