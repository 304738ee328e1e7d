"""What every page carries, drawn once the page count is known: “第 X 页 共 Y 页”, the running title and
check code, the draft mark of a report with errors, and the cross-page seal (骑缝章) guide.

reportlab lays pages out one at a time, so the canvas keeps each finished page's state and draws these
marks on all of them in `save()` (the usual two-step “page X of Y” canvas).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from govinfo_desktop.formats.pdf.fonts import fonts
from govinfo_desktop.formats.pdf.styles import (
    BOLD_STROKE,
    CONTENT_LEFT,
    CONTENT_RIGHT,
    MARGIN_BOTTOM,
    MARGIN_RIGHT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    SEAL_SIZE,
)

GUIDE_GREY = colors.Color(0.45, 0.45, 0.45)
DRAFT_RED = colors.Color(0.8, 0.1, 0.1)


@dataclass(frozen=True)
class PageMarks:
    running_title: str  # unit and title, printed small on every page after the first
    check_code: str  # the same short code on every page: the pages belong together
    draft: str = ""  # “草稿：存在 N 处错误”, or "" for a clean report
    seam_guide: bool = True


def page_number_text(page: int, pages: int) -> str:
    return f"第 {page} 页 共 {pages} 页"


def canvas_maker(marks: PageMarks) -> type[Canvas]:
    class MarkedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._finished_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._finished_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

        def save(self) -> None:
            pages = len(self._finished_pages)
            for number, state in enumerate(self._finished_pages, start=1):
                self.__dict__.update(state)
                draw_marks(self, marks, number, pages)
                super().showPage()
            super().save()

    return MarkedCanvas


def draw_marks(canvas: Canvas, marks: PageMarks, page: int, pages: int) -> None:
    canvas.saveState()
    centre = (CONTENT_LEFT + CONTENT_RIGHT) / 2  # under the table, not the sheet: margins differ
    _draw_text(canvas, centre, MARGIN_BOTTOM - 10 * mm, page_number_text(page, pages), 10.5)
    _draw_text(
        canvas,
        CONTENT_LEFT,
        MARGIN_BOTTOM - 10 * mm,
        f"校验码：{marks.check_code}",
        8,
        anchor="left",
    )
    if page > 1:
        room = (
            CONTENT_RIGHT
            - CONTENT_LEFT
            - (_width(marks.draft, 10.5) + 8 * mm if marks.draft else 0)
        )
        title = fit(marks.running_title, 8, room)  # never runs into the draft mark at the top right
        top = PAGE_HEIGHT - 12 * mm
        _draw_text(canvas, CONTENT_LEFT, top, title, 8, anchor="left", colour=GUIDE_GREY)
    if marks.draft:
        _draw_draft(canvas, marks.draft)
    if marks.seam_guide and pages > 1:
        _draw_seam_guide(canvas, page, pages)
    canvas.restoreState()


def _width(text: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    return sum(stringWidth(chunk, font, size) for font, chunk in fonts().runs(text))


def fit(text: str, size: float, width: float) -> str:
    """`text`, cut short with “…” when wider than `width`."""
    if _width(text, size) <= width:
        return text
    while text and _width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def _draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    anchor: str = "centre",
    colour: colors.Color = colors.black,
) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    runs = list(fonts().runs(text))
    width = sum(stringWidth(chunk, font, size) for font, chunk in runs)
    start = {"left": x, "centre": x - width / 2, "right": x - width}[anchor]
    canvas.setFillColor(colour)
    for font, chunk in runs:
        canvas.setFont(font, size)
        canvas.drawString(start, y, chunk)
        start += stringWidth(chunk, font, size)


def _draw_draft(canvas: Canvas, draft: str) -> None:
    # A plain red line at the top (readable, found by text search) and a large pale diagonal mark that
    # no photocopy can lose; the pale mark stays light enough for every number to remain legible.
    _draw_text(
        canvas,
        CONTENT_RIGHT,
        PAGE_HEIGHT - 12 * mm,
        draft,
        10.5,
        anchor="right",
        colour=DRAFT_RED,
    )
    canvas.saveState()
    canvas.setFillColor(DRAFT_RED)
    canvas.setStrokeColor(DRAFT_RED)
    canvas.setFillAlpha(0.13)
    canvas.setStrokeAlpha(0.13)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(35)
    text = canvas.beginText()
    size = 56
    text.setTextRenderMode(2)
    canvas.setLineWidth(size * BOLD_STROKE)
    from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: PLC0415

    runs = list(fonts().runs(draft))
    width = sum(stringWidth(chunk, font, size) for font, chunk in runs)
    text.setTextOrigin(-width / 2, -size / 3)
    for font, chunk in runs:
        text.setFont(font, size)
        text.textOut(chunk)
    canvas.drawText(text)
    canvas.restoreState()


def _draw_seam_guide(canvas: Canvas, page: int, pages: int) -> None:
    """A dashed bracket in the outer margin, at the same height on every page, where the 骑缝章 goes."""
    right = PAGE_WIDTH - 4 * mm
    left = PAGE_WIDTH - MARGIN_RIGHT + 4 * mm
    bottom = (PAGE_HEIGHT - SEAL_SIZE) / 2
    top = bottom + SEAL_SIZE
    canvas.setStrokeColor(GUIDE_GREY)
    canvas.setLineWidth(0.5)
    canvas.setDash(2, 2)
    canvas.line(left, bottom, left, top)
    canvas.line(left, top, right, top)
    canvas.line(left, bottom, right, bottom)
    canvas.setDash()
    middle = (left + right) / 2
    for index, char in enumerate("骑缝章"):
        _draw_text(canvas, middle, top - 14 * mm - index * 9, char, 8, colour=GUIDE_GREY)
    _draw_text(canvas, middle, bottom + 8 * mm, f"{page}/{pages}", 7, colour=GUIDE_GREY)
