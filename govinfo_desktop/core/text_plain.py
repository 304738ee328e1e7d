"""The report text as plain strings for checking and export: a paragraph's text with its fields shown as
their current values, and where those fields sit (their numbers are the table's, never checked)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_fields import field_text
from govinfo_desktop.core.text_model import FieldRef, Paragraph, ReportText, Style
from govinfo_desktop.core.values import Value


@dataclass(frozen=True)
class PlainParagraph:
    section: str  # "" for the title and preamble
    index: int  # paragraph index in its section (-1 for the title)
    text: str
    fields: FieldSpans  # spans of fields in `text`
    style: Style = Style.PARAGRAPH


FieldSpans = tuple[tuple[int, int, FieldRef], ...]


def plain(paragraph: Paragraph, values: Mapping[CellRef, Value]) -> tuple[str, FieldSpans]:
    parts: list[str] = []
    spans: list[tuple[int, int, FieldRef]] = []
    length = 0
    for run in paragraph.runs:
        piece = field_text(run.field, values) if run.field is not None else run.text
        if run.field is not None:
            spans.append((length, length + len(piece), run.field))
        parts.append(piece)
        length += len(piece)
    return "".join(parts), tuple(spans)


def paragraphs(text: ReportText, values: Mapping[CellRef, Value]) -> Iterator[PlainParagraph]:
    """Title, preamble, then each section's paragraphs, in order."""
    if text.title:
        yield PlainParagraph("", -1, text.title, ())
    for index, paragraph in enumerate(text.preamble):
        yield PlainParagraph("", index, *plain(paragraph, values), paragraph.style)
    for key, section in text.sections.items():
        for index, paragraph in enumerate(section.paragraphs):
            yield PlainParagraph(key, index, *plain(paragraph, values), paragraph.style)


def section_plain(text: ReportText, key: str, values: Mapping[CellRef, Value]) -> str:
    return "\n".join(plain(p, values)[0] for p in text.section(key).paragraphs)


Normaliser = Callable[[str], str]


def identity(text: str) -> str:
    return text
