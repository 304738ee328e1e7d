"""A section's paragraphs ↔ the rich text of a QTextDocument. A number field is a run of text whose
character format carries the field (cells and label) as a property, painted as a tinted chip; a
sub-heading and a list item are block properties."""

from __future__ import annotations

import json
from collections.abc import Callable

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextListFormat,
)

from govinfo_desktop.core.text_fields import BLANK_MARK
from govinfo_desktop.core.text_model import FieldRef, Paragraph, Run, Style

FIELD_PROPERTY = QTextFormat.Property.UserProperty + 1
STYLE_PROPERTY = QTextFormat.Property.UserProperty + 2
FIELD_TINT = QColor(
    "#dbeafe"
)  # a field: pale blue, so the clerk sees which numbers follow the table
BLANK_TINT = QColor("#fecaca")  # a field whose cell is blank: pale red, hard to overlook


def field_format(field: FieldRef, text: str, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setProperty(FIELD_PROPERTY, json.dumps(field.to_json(), ensure_ascii=False))
    fmt.setBackground(BLANK_TINT if text == BLANK_MARK else FIELD_TINT)
    fmt.setToolTip(field.label)
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def field_of(fmt: QTextCharFormat) -> FieldRef | None:
    raw = fmt.property(FIELD_PROPERTY)
    if not raw:
        return None
    return FieldRef.from_json(json.loads(str(raw)))


def fill(document: QTextDocument, paragraphs: list[Paragraph], show: dict[FieldRef, str]) -> None:
    """Replace the document's contents with `paragraphs`; `show` gives each field's current text."""
    document.clear()
    cursor = QTextCursor(document)
    for number, paragraph in enumerate(paragraphs):
        block = QTextBlockFormat()
        block.setProperty(STYLE_PROPERTY, str(paragraph.style))
        if number:
            cursor.insertBlock(block, QTextCharFormat())
        else:
            cursor.setBlockFormat(block)
        if paragraph.style is Style.BULLET:
            cursor.createList(QTextListFormat.Style.ListDisc)
        for run in paragraph.runs:
            if run.field is not None:
                text = show.get(run.field, BLANK_MARK)
                cursor.insertText(text, field_format(run.field, text, run.bold))
            else:
                fmt = QTextCharFormat()
                bold = run.bold or paragraph.style is Style.SUBHEADING
                fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
                cursor.insertText(run.text, fmt)


def refresh_fields(
    document: QTextDocument, wanted: set[FieldRef], text_for: Callable[[FieldRef], str]
) -> None:
    """Rewrite the runs of these fields with their current text (bold stays bold)."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        spans = []
        while not iterator.atEnd():
            fragment = iterator.fragment()
            field = field_of(fragment.charFormat()) if fragment.isValid() else None
            if field is not None and field in wanted:
                spans.append((fragment.position(), fragment.length(), field))
            iterator += 1
        for position, length, field in reversed(spans):  # from the end: positions stay valid
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            new = text_for(field)
            cursor.insertText(
                new, field_format(field, new, cursor.charFormat().fontWeight() >= QFont.Weight.Bold)
            )
        block = block.next()


def read(document: QTextDocument) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    block = document.begin()
    while block.isValid():
        style = _style(block)
        runs: list[Run] = []
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                fmt = fragment.charFormat()
                field = field_of(fmt)
                bold = fmt.fontWeight() >= QFont.Weight.Bold and style is not Style.SUBHEADING
                runs.append(Run(field=field) if field else Run(fragment.text(), bold))
            iterator += 1
        paragraphs.append(Paragraph(_merge(runs), style))
        block = block.next()
    while paragraphs and not paragraphs[-1].runs:
        paragraphs.pop()
    return paragraphs


def _style(block: object) -> Style:
    if block.textList() is not None:  # type: ignore[attr-defined]
        return Style.BULLET
    raw = block.blockFormat().property(STYLE_PROPERTY)  # type: ignore[attr-defined]
    try:
        return Style(str(raw)) if raw else Style.PARAGRAPH
    except ValueError:
        return Style.PARAGRAPH


def _merge(runs: list[Run]) -> list[Run]:
    """Adjacent plain runs of the same weight as one (Qt splits text at every format change)."""
    merged: list[Run] = []
    for run in runs:
        last = merged[-1] if merged else None
        if last and run.field is None and last.field is None and last.bold == run.bold:
            merged[-1] = Run(last.text + run.text, run.bold)
        else:
            merged.append(run)
    return merged
