"""Plain text (pasted, or read from .txt/.docx/.html) → ReportText: title and preamble before the first
heading, then each “一、……” heading assigned to the skeleton's section it names.

A heading that names a section already found (a table's own row labels after 八、附表, say) or none is
ordinary text of the current section; one that names a section whose place has passed is recorded out
of order, which the checker reports.
"""

from __future__ import annotations

import re

from govinfo_desktop.core.text_model import Paragraph, ReportText, Style
from govinfo_desktop.core.text_numbers import fold
from govinfo_desktop.core.text_plain import Normaliser, identity
from govinfo_desktop.core.text_skeleton import Skeleton, skeleton_for

_HEADING = re.compile(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*(?P<title>\S.{0,38})$")
_SUBHEADING = re.compile(r"^[(（][一二三四五六七八九十]{1,3}[)）]\s*\S{1,24}$")
_SENTENCE_MARKS = "。；;！？!?"


def parse_text(raw: str, table_id: str, simplify: Normaliser = identity) -> ReportText:
    skeleton = skeleton_for(table_id)
    text = ReportText.blank(table_id)
    found: list[str] = []
    current: str | None = None
    for line in (line.strip() for line in raw.splitlines()):
        if not line:
            continue
        key = _heading_key(skeleton, simplify(fold(line)))
        if key is not None and key not in found:
            found.append(key)
            current = key
            continue
        if current is None:
            if not text.title and "报告" in simplify(line) and len(line) <= 60:
                text.title = line
            else:
                text.preamble.append(Paragraph.of(line))
            continue
        style = Style.SUBHEADING if _SUBHEADING.match(fold(line)) else Style.PARAGRAPH
        text.section(current).paragraphs.append(Paragraph.of(line, style))
    text.found = tuple(found)
    return text


def _heading_key(skeleton: Skeleton, line: str) -> str | None:
    match = _HEADING.match(line)
    if match is None or any(mark in line for mark in _SENTENCE_MARKS):
        return None
    title = match.group("title")
    for spec in skeleton.sections:
        if any(word in title for word in spec.match):
            return spec.key
    return None
