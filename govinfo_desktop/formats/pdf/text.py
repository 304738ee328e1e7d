"""The report text (正文) as PDF flowables, printed before the statistics table when asked for: the title,
the preamble and each section with its heading; the sections that are tables (二–四, 附表) are printed by
the table pages that follow, so only their headings' prose (if any) appears here."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.text_model import ReportText, Style
from govinfo_desktop.core.text_plain import plain
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.formats.pdf.blocks import heading
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, PageBreak, Spacer
from govinfo_desktop.formats.pdf.styles import BODY_SIZE, TITLE_SIZE, para

TEXT_SIZE = 12.0  # 小四: the text reads at a comfortable size on A4 beside the 五号 table


def text_flowables(document: ReportDocument, text: ReportText) -> list[Flowable]:
    values = document.values
    story: list[Flowable] = []
    if text.title:
        story += [para(text.title, TITLE_SIZE, TA_CENTER), Spacer(1, 4 * mm)]
    story += [_body(plain(p, values)[0]) for p in text.preamble]
    for spec in skeleton_for(document.table_id).sections:
        paragraphs = text.section(spec.key).paragraphs
        if spec.part and not paragraphs:
            continue
        story.append(heading(spec.heading))
        for paragraph in paragraphs:
            words = plain(paragraph, values)[0]
            if paragraph.style is Style.SUBHEADING:
                story.append(para(words, TEXT_SIZE))
            else:
                story.append(_body(("● " if paragraph.style is Style.BULLET else "") + words))
        story.append(Spacer(1, 2 * mm))
    story.append(PageBreak())
    return story


def _body(words: str) -> Flowable:
    # two full-width spaces: the first-line indent of Chinese prose
    return para("\u3000\u3000" + words, TEXT_SIZE if TEXT_SIZE > BODY_SIZE else BODY_SIZE)
