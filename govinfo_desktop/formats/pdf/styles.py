"""Page geometry, type sizes and the small text builders every part of the printed form shares.

Sizes follow the Chinese point names: 小二 18 pt (title), 四号 14, 小四 12, 五号 10.5 (table body), 小五 9.
Margins: the left (binding, 订口) margin is wide; the right (outer) margin is kept free of content so that a
cross-page seal (骑缝章) stamped over the fanned edges of the pages never covers a number.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from govinfo_desktop.formats.pdf.fonts import SONG, fonts
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, Paragraph, Table, TableStyle

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 22 * mm  # the outer 22 mm hold only the 骑缝章 guide
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_PADDING = 6.0  # platypus frames keep 6 pt inside each margin
CONTENT_LEFT = MARGIN_LEFT + FRAME_PADDING
CONTENT_RIGHT = PAGE_WIDTH - MARGIN_RIGHT - FRAME_PADDING
FRAME_WIDTH = CONTENT_RIGHT - CONTENT_LEFT  # the width tables and text really have
SEAL_SIZE = 50 * mm  # county seals are 45 mm; 5 mm to spare for a slightly off-centre stamp

TITLE_SIZE = 18.0
HEADING_SIZE = 12.0
BODY_SIZE = 10.5
SMALL_SIZE = 9.0
BOLD_STROKE = (
    0.035  # stroke width per point of type: a fill+stroke “bold” for a face that has no bold
)


def style(size: float = BODY_SIZE, align: int = TA_LEFT, indent: float = 0.0) -> ParagraphStyle:
    return ParagraphStyle(
        f"govinfo-{size}-{align}-{indent}",
        fontName=SONG,
        fontSize=size,
        leading=size * 1.3,
        alignment=align,  # type: ignore[arg-type]  # TA_* constants are plain ints in the stubs
        leftIndent=indent,
        wordWrap="CJK",  # Chinese breaks between any two characters, not only at spaces
    )


def para(
    text: str, size: float = BODY_SIZE, align: int = TA_LEFT, indent: float = 0.0
) -> Paragraph:
    """A wrapping paragraph of plain text, each character drawn with a font that has it."""
    return Paragraph(fonts().markup(text), style(size, align, indent))


def centred(text: str, size: float = BODY_SIZE) -> Paragraph:
    return para(text, size, TA_CENTER)


def right(text: str, size: float = BODY_SIZE) -> Paragraph:
    return para(text, size, TA_RIGHT)


@dataclass
class BoldLine(Flowable):
    """One line of bold text (fill + stroke), shrunk to fit the width; for titles and headings."""

    text: str
    size: float = HEADING_SIZE
    align: int = TA_LEFT
    space_after: float = 0.0

    def __post_init__(self) -> None:
        Flowable.__init__(self)
        self._width = 0.0
        self._size = self.size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._width = available_width
        natural = self._text_width(self.size)
        self._size = (
            self.size if natural <= available_width else self.size * available_width / natural
        )
        return available_width, self._size * 1.35 + self.space_after

    def _text_width(self, size: float) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

        return sum(stringWidth(chunk, font, size) for font, chunk in fonts().runs(self.text))

    def draw(self) -> None:
        width = self._text_width(self._size)
        x = {TA_LEFT: 0.0, TA_CENTER: (self._width - width) / 2, TA_RIGHT: self._width - width}
        text = self.canv.beginText(x.get(self.align, 0.0), self.space_after + self._size * 0.3)
        text.setTextRenderMode(2)
        self.canv.setLineWidth(self._size * BOLD_STROKE)
        for font, chunk in fonts().runs(self.text):
            text.setFont(font, self._size)
            text.textOut(chunk)
        self.canv.drawText(text)


def grid_table(
    data: list[list[Any]],
    widths: list[float],
    extra: list[tuple[Any, ...]] | None = None,
    repeat_rows: int = 0,
) -> Table:
    """A ruled table as official forms have it: thin inner lines, a heavier frame, centred vertically."""
    table = Table(data, colWidths=widths, repeatRows=repeat_rows, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), SONG),
                ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                ("BOX", (0, 0), (-1, -1), 1.0, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *(extra or []),
            ]
        )
    )
    return table


def balanced(text: str, size: float, width: float) -> str:
    """`text` broken into lines of (nearly) equal length when it does not fit `width`: “商业/企业”, not
    “商业企/业”, as a typesetter breaks a narrow column heading."""
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    natural = sum(stringWidth(chunk, font, size) for font, chunk in fonts().runs(text))
    if natural <= width or not text:
        return text
    lines = math.ceil(natural / width)
    step = math.ceil(len(text) / lines)
    return "\n".join(text[i : i + step] for i in range(0, len(text), step))
