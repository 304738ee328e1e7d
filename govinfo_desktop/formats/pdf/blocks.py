"""The parts of the form around the tables: the title block on page 1, and at the end the sign-off line
(单位负责人 / 填表人 / 联系电话 / 填报日期) and the seal area with “填报单位（盖章）：” and the unit's name.

The seal area is a clear square of SEAL_SIZE (50 mm: a county seal is 42–45 mm) marked only by faint corner
ticks outside it; nothing is printed inside, and it stays on the same page as the sign-off line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.formats.pdf.fonts import SONG, fonts
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, Spacer, Table, TableStyle
from govinfo_desktop.formats.pdf.styles import (
    BODY_SIZE,
    FRAME_WIDTH,
    HEADING_SIZE,
    SEAL_SIZE,
    SMALL_SIZE,
    TITLE_SIZE,
    BoldLine,
    para,
)

# (page number, (left, bottom, right, top) in points from the page's lower left corner)
SealPlace = tuple[int, tuple[float, float, float, float]]
BLANK = "＿" * 6
_LINE = BODY_SIZE * 1.25
SEAL_COLUMN = 80 * mm
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"
_DATE = re.compile(r"^\s*(\d{4})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?\s*$")
_TICK_GREY = colors.Color(0.6, 0.6, 0.6)


def title_block(document: ReportDocument) -> list[Flowable]:
    unit = document.metadata.get("unit", "").strip() or BLANK * 2
    line = Table(
        [[para(f"填报单位：{unit}"), para(f"依据：{document.table.basis}", SMALL_SIZE, TA_RIGHT)]],
        colWidths=[FRAME_WIDTH * 0.62, FRAME_WIDTH * 0.38],
    )
    line.setStyle(_PLAIN)
    return [
        BoldLine(document.title(), TITLE_SIZE, TA_CENTER, space_after=4 * mm),
        line,
        Spacer(1, 2 * mm),
    ]


def heading(text: str) -> Flowable:
    return BoldLine(text, HEADING_SIZE, space_after=1.5 * mm)


def signoff_block(
    document: ReportDocument, placed: list[SealPlace] | None = None
) -> list[Flowable]:
    """Sign-off fields on the left, the seal area on the right (the caller keeps them on one page)."""
    meta = document.metadata
    fields = [
        [_field("单位负责人", meta.get("head", ""))],
        [_field("填表人", meta.get("preparer", ""))],
        [_field("联系电话", meta.get("phone", ""))],
        [para(f"填报日期：{date_text(meta.get('date', ''))}")],
    ]
    stack = Table(fields, colWidths=[FRAME_WIDTH - SEAL_COLUMN])
    stack.setStyle(_PLAIN)
    unit = meta.get("unit", "").strip()
    both = Table(
        [[stack, SealArea(unit, placed if placed is not None else [])]],
        colWidths=[FRAME_WIDTH - SEAL_COLUMN, SEAL_COLUMN],
    )
    both.setStyle(TableStyle([*_PLAIN.getCommands(), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [Spacer(1, 5 * mm), both]


class PageMarker(Flowable):
    """Takes no room; notes the page it lands on (where the tables ended)."""

    def __init__(self, pages: list[int]) -> None:
        super().__init__()
        self.pages = pages

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.append(self.canv.getPageNumber())


def _field(label: str, value: str) -> Any:
    return para(f"{label}：{value.strip() or BLANK}")


def date_text(text: str) -> str:
    """“2018年1月20日” from 2018-01-20, 2018.1.20 or 2018年1月20日; other text as typed; blank lines if none."""
    match = _DATE.match(text or "")
    if match:
        year, month, day = (int(part) for part in match.groups())
        return f"{year}年{month}月{day}日"
    return text.strip() or BLANK_DATE


@dataclass
class SealArea(Flowable):
    """“填报单位（盖章）：name” above a clear SEAL_SIZE square on the right, marked by corner ticks."""

    unit: str
    placed: list[SealPlace] = field(default_factory=list)  # where the clear square ended up

    def __post_init__(self) -> None:
        Flowable.__init__(self)
        self._width = SEAL_COLUMN
        self._lines: list[str] = []

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        self._lines = label_lines(self.unit or BLANK * 2, available_width)
        return available_width, SEAL_SIZE + 5 * mm + (
            len(self._lines) - 1
        ) * _LINE + BODY_SIZE * 1.1

    def draw(self) -> None:
        canvas = self.canv
        left = self._width - SEAL_SIZE - 6 * mm
        top = SEAL_SIZE + 2 * mm
        lowest = len(self._lines) - 1  # drawn top down, so that copied text reads in order
        for index, line in enumerate(self._lines):
            self._line(line, self._width, top + 3 * mm + (lowest - index) * _LINE)
        x0, y0 = canvas.absolutePosition(left, top - SEAL_SIZE)
        x1, y1 = canvas.absolutePosition(left + SEAL_SIZE, top)
        self.placed.append((canvas.getPageNumber(), (x0, y0, x1, y1)))
        canvas.setStrokeColor(_TICK_GREY)
        canvas.setLineWidth(0.6)
        tick = 5 * mm
        for x, y, dx, dy in (
            (left, top, 1, -1),
            (left + SEAL_SIZE, top, -1, -1),
            (left, top - SEAL_SIZE, 1, 1),
            (left + SEAL_SIZE, top - SEAL_SIZE, -1, 1),
        ):
            canvas.line(x, y, x + dx * tick, y)
            canvas.line(x, y, x, y + dy * tick)

    def _line(self, text: str, right: float, y: float) -> None:
        x = right - _text_width(text, BODY_SIZE)
        for font, chunk in fonts().runs(text):
            self.canv.setFont(font, BODY_SIZE)
            self.canv.drawString(x, y, chunk)
            x += stringWidth(chunk, font, BODY_SIZE)


def label_lines(unit: str, width: float) -> list[str]:
    """“填报单位（盖章）：name” on one line if it fits, else the label and then the name broken to fit."""
    label = "填报单位（盖章）："
    if _text_width(label + unit, BODY_SIZE) <= width:
        return [label + unit]
    lines, current = [label], ""
    for char in unit:
        if current and _text_width(current + char, BODY_SIZE) > width:
            lines.append(current)
            current = ""
        current += char
    return [*lines, current] if current else lines


def _text_width(text: str, size: float) -> float:
    return sum(stringWidth(chunk, font, size) for font, chunk in fonts().runs(text))


_PLAIN = TableStyle(
    [
        (
            "FONTNAME",
            (0, 0),
            (-1, -1),
            SONG,
        ),  # else each cell declares Helvetica, an unembedded font
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)
