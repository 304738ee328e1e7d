"""The whole report as a Word file (.docx), laid out as a 公文: A4, 仿宋 body at 三号 with 28 lines of 28
characters, 黑体 / 楷体 heading levels, a 小标宋 title, page numbers “— 1 —”, the statistics tables under
their headings as real Word tables, and the check status at the end.

Fonts are named, not embedded: Word and WPS on a Chinese office PC have 仿宋_GB2312 / 方正小标宋简体; the
East-Asian font names fall back to 仿宋 / 宋体 where those are missing (LibreOffice substitutes likewise).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.text_model import ReportText, Style
from govinfo_desktop.core.text_plain import plain
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.report.word_tables import add_part_table

BODY_FONT, TITLE_FONT, HEADING_FONT, SUBHEADING_FONT = (
    "仿宋_GB2312",
    "方正小标宋简体",
    "黑体",
    "楷体_GB2312",
)
BODY_SIZE, TITLE_SIZE = Pt(16), Pt(22)  # 三号, 二号
LINE_PITCH = Pt(28.95)  # 28 lines in the 225 mm type area
CHAR_PITCH = Pt(16)  # 三号: the first-line indent is two of these
LINE_MM, LANDSCAPE_LINE_MM = 156.0, 225.0  # the type area's width, upright and across
LETTER_SPACING = -5  # twentieths of a point: 28 characters of 三号 fill the 156 mm line


def build_docx(document: ReportDocument, text: ReportText, status: str = "") -> Any:
    doc = Document()
    _page(doc)
    _styles(doc)
    title = (
        text.title
        or f"{document.metadata.get('unit', '')}{document.metadata.get('year', '')}年政府信息公开工作年度报告"
    )
    _paragraph(doc, title, TITLE_FONT, TITLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    values = document.values
    for paragraph in text.preamble:
        _paragraph(doc, plain(paragraph, values)[0], BODY_FONT)
    across = False  # the current page's orientation
    for spec in skeleton_for(document.table_id).sections:
        part = document.table.part(spec.part) if spec.part else None
        wide = part is not None and part.layout.landscape
        if wide != across:  # tables 三/四 print across the page, as on the form
            _turn(doc, landscape=wide)
            across = wide
        _paragraph(doc, spec.heading, HEADING_FONT)
        if part is not None:
            add_part_table(doc, document, part, LANDSCAPE_LINE_MM if wide else LINE_MM)
        for paragraph in text.section(spec.key).paragraphs:
            _rich(doc, paragraph, values)
    if across:
        _turn(doc, landscape=False)
    if status:
        _paragraph(doc, status, BODY_FONT)
    return doc


def write_docx(document: ReportDocument, text: ReportText, path: Path, status: str = "") -> None:
    import io  # noqa: PLC0415

    buffer = io.BytesIO()
    build_docx(document, text, status).save(buffer)
    atomic_write_bytes(Path(path), buffer.getvalue())


def _page(doc: Any) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(int(LINE_PITCH.twips)))
    grid.attrib.pop(qn("w:charSpace"), None)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(footer.add_run("— "), "宋体", Pt(14))
    _page_field(footer)
    _font(footer.add_run(" —"), "宋体", Pt(14))


def _turn(doc: Any, landscape: bool) -> None:
    """A new section on a new page, across (landscape) or upright; the footer's page number runs on."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    long, short = Mm(297), Mm(210)
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    if landscape:
        section.top_margin, section.bottom_margin = Mm(28), Mm(26)
        section.left_margin, section.right_margin = Mm(37), Mm(35)
    else:
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)


def _page_field(paragraph: Any) -> None:
    run = paragraph.add_run()
    _font(run, "宋体", Pt(14))
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _styles(doc: Any) -> None:
    normal = doc.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = BODY_SIZE
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), BODY_FONT)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:val"), str(LETTER_SPACING))
    normal.element.rPr.append(spacing)
    fmt = normal.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = LINE_PITCH
    fmt.space_before = fmt.space_after = Pt(0)


def _font(run: Any, name: str, size: Any, bold: bool = False) -> None:
    run.font.name = name
    run.font.size = size
    run.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)


def _paragraph(
    doc: Any, text: str, font: str, size: Any = BODY_SIZE, *, align: Any = None, indent: bool = True
) -> Any:
    paragraph = doc.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    if indent:
        paragraph.paragraph_format.first_line_indent = CHAR_PITCH * 2
    _font(paragraph.add_run(text), font, size)
    return paragraph


def _rich(doc: Any, paragraph: Any, values: Any) -> None:
    if paragraph.style is Style.SUBHEADING:
        _paragraph(doc, plain(paragraph, values)[0], SUBHEADING_FONT)
        return
    out = doc.add_paragraph()
    out.paragraph_format.first_line_indent = CHAR_PITCH * 2
    if paragraph.style is Style.BULLET:
        _font(out.add_run("● "), BODY_FONT, BODY_SIZE)
    from govinfo_desktop.core.text_fields import field_text  # noqa: PLC0415

    for run in paragraph.runs:
        words = field_text(run.field, values) if run.field is not None else run.text
        _font(out.add_run(words), BODY_FONT, BODY_SIZE, bold=run.bold)
