"""The seal-ready PDF of a report: `build_pdf` (bytes, for the preview) and `write_pdf` (a file, atomically).

Qt-free (reportlab). Same report and options → same bytes: the canvas runs in reportlab's invariant mode, so
no current time or random id goes in. Errors never block printing: a report with errors gets a draft mark
on every page; warnings (e.g. characters no bundled font has) are returned for the clerk, never raised.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govinfo_desktop.core.document import METADATA_FIELDS, ReportDocument
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.messages import CHINESE
from govinfo_desktop.core.notices import Notice, notice
from govinfo_desktop.core.session import check_document
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.govinfo_file import dumps
from govinfo_desktop.formats.pdf.numbers import THOUSANDS
from govinfo_desktop.formats.pdf.pdf_messages import EXTRA_ROW_FIELD, NO_FONT

if TYPE_CHECKING:  # the report text's model only when a text is printed (formats/pdf/text.py)
    from govinfo_desktop.core.text_model import ReportText

# Rows of the list table kept on the sign-off's page when the sign-off would otherwise stand alone.
TAIL_ROWS = 4
PART_GAP = 8.0  # points between one part's table and the next part's heading


@dataclass
class PdfResult:
    pages: int = 0
    font_notices: list[Notice] = field(default_factory=list)  # one per field with unprintable chars
    errors: int = 0  # errors in the report: > 0 means the pages carry the draft mark
    # page (from 1) and (left, bottom, right, top) in points of the clear square left for the seal
    seal_area: tuple[int, tuple[float, float, float, float]] | None = None

    @property
    def is_draft(self) -> bool:
        return self.errors > 0

    @property
    def warnings(self) -> list[str]:
        """The warnings in Chinese (the CLI's words); the window renders `warnings_in` its language."""
        return self.warnings_in(CHINESE)

    def warnings_in(self, language: str) -> list[str]:
        return [item.render(language) for item in self.font_notices]


def draft_text(errors: int) -> str:
    return f"草稿：存在 {errors} 处错误" if errors else ""


def build_pdf(
    document: ReportDocument,
    seam_guide: bool = True,
    findings: Findings | None = None,
    text: ReportText | None = None,
    thousands: bool = False,
    *,
    appendix: Sequence[Any] = (),
) -> tuple[bytes, PdfResult]:
    """The PDF's bytes and what the clerk should be told about it (pages, errors, warnings); with
    `text`, the report text (正文) comes first and the table after it. Numbers print as published
    tables print them (31535) unless `thousands` (31,535). `appendix`: flowables after the table
    (e.g. a collection node's overview page, formats/pdf/overview_page.py)."""
    token = THOUSANDS.set(thousands)
    try:
        return _build_pdf(document, seam_guide, findings, text, appendix)
    finally:
        THOUSANDS.reset(token)


def _build_pdf(
    document: ReportDocument,
    seam_guide: bool,
    findings: Findings | None,
    text: ReportText | None,
    appendix: Sequence[Any] = (),
) -> tuple[bytes, PdfResult]:
    from govinfo_desktop.formats.pdf import page as pdf_page  # noqa: PLC0415 - reportlab only when printing

    findings = findings if findings is not None else check_document(document)
    result = PdfResult(font_notices=font_warnings(document), errors=len(findings.errors))
    marks = pdf_page.PageMarks(
        running_title=_running_title(document),
        check_code=check_code(document),
        draft=draft_text(result.errors),
        seam_guide=seam_guide,
    )
    canvas_class = pdf_page.canvas_maker(marks)
    placed: list[tuple[int, tuple[float, float, float, float]]] = []
    ended: list[int] = []
    buffer = io.BytesIO()
    template = _template(buffer, document)
    lead = _text_story(document, text)
    template.build(
        [*lead, *_story(document, placed, ended, keep_tail=False), *appendix],
        canvasmaker=canvas_class,
    )
    if placed and ended and placed[-1][0] > ended[-1]:
        # The sign-off went to a page of its own: lay out again with the table's last rows kept with it.
        buffer.seek(0)
        buffer.truncate()
        placed.clear()
        template.build(
            [*lead, *_story(document, placed, [], keep_tail=True), *appendix],
            canvasmaker=canvas_class,
        )
    result.pages = template.page
    result.seal_area = placed[-1] if placed else None
    return buffer.getvalue(), result


def _template(buffer: io.BytesIO, document: ReportDocument) -> Any:
    from govinfo_desktop.formats.pdf import styles as pdf_styles  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.fonts import SONG  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.rl_platypus import SimpleDocTemplate  # noqa: PLC0415

    return SimpleDocTemplate(
        buffer,
        pagesize=(pdf_styles.PAGE_WIDTH, pdf_styles.PAGE_HEIGHT),
        leftMargin=pdf_styles.MARGIN_LEFT,
        rightMargin=pdf_styles.MARGIN_RIGHT,
        topMargin=pdf_styles.MARGIN_TOP,
        bottomMargin=pdf_styles.MARGIN_BOTTOM,
        title=document.title(),
        author=document.metadata.get("unit", ""),
        subject=document.table.name,
        creator="GovInfo Desktop",
        invariant=1,  # fixed dates and ids: the same report gives the same bytes
        # Without this the canvas declares Helvetica on every page: an unembedded font in the file.
        initialFontName=SONG,
        initialFontSize=pdf_styles.BODY_SIZE,
    )


def write_pdf(
    document: ReportDocument,
    path: Path,
    seam_guide: bool = True,
    findings: Findings | None = None,
    text: ReportText | None = None,
    *,
    thousands: bool = False,
    appendix: Sequence[Any] = (),
) -> PdfResult:
    """Write the PDF to `path` in one step (never a half-written file); raises SaveError (an OSError)."""
    data, result = build_pdf(
        document,
        seam_guide=seam_guide,
        findings=findings,
        text=text,
        thousands=thousands,
        appendix=appendix,
    )
    atomic_write_bytes(Path(path), data)
    return result


def _text_story(document: ReportDocument, text: ReportText | None) -> list[Any]:
    if text is None:
        return []
    from govinfo_desktop.formats.pdf.text import text_flowables  # noqa: PLC0415

    return text_flowables(document, text)


def _story(
    document: ReportDocument,
    placed: list[tuple[int, tuple[float, float, float, float]]],
    ended: list[int],
    keep_tail: bool,
) -> list[Any]:
    """The flowables; with `keep_tail` the table's end goes on one page with the sign-off."""
    from govinfo_desktop.formats.pdf import blocks as pdf_blocks  # noqa: PLC0415
    from govinfo_desktop.formats.pdf import grid_tables as pdf_grid_tables  # noqa: PLC0415
    from govinfo_desktop.formats.pdf import list_table as pdf_list_table  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.extra_rows import extra_rows_block  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.pieces import HeadedPart  # noqa: PLC0415
    from govinfo_desktop.formats.pdf.rl_platypus import KeepTogether, Spacer  # noqa: PLC0415

    story = pdf_blocks.title_block(document)
    table = document.table
    closing: list[Any] = []
    if pdf_list_table.is_list_table(table):
        tables = pdf_list_table.list_table(document, tail=TAIL_ROWS if keep_tail else 0)
        story.extend(tables[:-1] if keep_tail else tables)
        closing = tables[-1:] if keep_tail else []
    else:
        for index, part in enumerate(table.parts):
            heading = pdf_blocks.heading(part.heading)
            body = pdf_grid_tables.part_table(document, part)
            if keep_tail and index == len(table.parts) - 1:
                closing = [heading, *body]
            else:  # cut where a page ends, but never after fewer than MIN_ROWS rows
                story.extend([Spacer(1, PART_GAP), HeadedPart(heading, body[0])])
    closing.extend(extra_rows_block(document))
    if not keep_tail:
        story.extend([*closing, pdf_blocks.PageMarker(ended)])
        closing = []
    # (KeepTogether must not nest: an inner one reports a huge height and pushes all to a new page.)
    story.append(KeepTogether([*closing, *pdf_blocks.signoff_block(document, placed)]))
    return story


def font_warnings(document: ReportDocument) -> list[Notice]:
    """One warning per field that holds characters no bundled font can print (they print as “□”)."""
    from govinfo_desktop.formats.pdf.fonts import MISSING_MARK, fonts  # noqa: PLC0415

    found = fonts()
    # Fields are named as the PDF prints them (in Chinese), in either language.
    fields: list[tuple[str | Notice, str]] = [
        (label, document.metadata.get(key, "")) for key, label in METADATA_FIELDS
    ]
    for extra in document.extra_rows:
        name = notice(EXTRA_ROW_FIELD, label=extra.label)
        fields.append((name, " ".join([extra.label, *extra.values])))
    warnings = []
    for label, text in fields:
        missing = found.missing(text)
        if missing:
            chars = "、".join(f"“{char}”(U+{ord(char):04X})" for char in missing)
            warnings.append(notice(NO_FONT, field=label, chars=chars, mark=MISSING_MARK))
    return warnings


def check_code(document: ReportDocument) -> str:
    """8 characters from the report's content, printed on every page: pages with the same code belong together."""
    digest = hashlib.sha256(dumps(document).encode("utf-8")).hexdigest().upper()
    return f"{digest[:4]}-{digest[4:8]}"


def _running_title(document: ReportDocument) -> str:
    unit = document.metadata.get("unit", "").strip()
    return f"{unit}　{document.title()}" if unit else document.title()
