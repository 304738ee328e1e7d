"""The report text (年报正文) as data: a title, a preamble and one entry per skeleton section; each section
holds paragraphs of runs — plain or bold text, or a number field bound to a cell or a sum of cells.

It lives in the `.govinfo` file under the top-level key `report_text` (docs/govinfo-file-format.md); the
file reader keeps unknown top-level keys verbatim, so older files (without the key) open as before and older
programs keep the text when they save.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_skeleton import skeleton_for

STORAGE_KEY = "report_text"
SCHEMA_VERSION = 1


class TextFormatError(ValueError):
    """A `report_text` entry that cannot be read; the message is plain Chinese."""


class Style(enum.StrEnum):
    PARAGRAPH = "p"
    SUBHEADING = "h2"  # （一）主动公开 inside 一、总体情况
    BULLET = "li"


@dataclass(frozen=True)
class FieldRef:
    """A number in the text that is the sum of table cells; `label` is what the clerk picked."""

    cells: tuple[CellRef, ...]
    label: str

    def to_json(self) -> dict[str, Any]:
        return {"cells": [str(cell) for cell in self.cells], "label": self.label}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FieldRef:
        cells = tuple(CellRef(*str(text).split(".", 1)) for text in data["cells"])
        if not cells:
            raise TextFormatError("正文里有一个没有单元格的数字字段")
        return cls(cells, str(data.get("label", "")))


@dataclass(frozen=True)
class Run:
    text: str = ""
    bold: bool = False
    field: FieldRef | None = None

    def to_json(self) -> dict[str, Any]:
        if self.field is not None:
            return {"field": self.field.to_json()}
        return {"text": self.text, "bold": True} if self.bold else {"text": self.text}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Run:
        if "field" in data:
            return cls(field=FieldRef.from_json(dict(data["field"])))
        return cls(str(data.get("text", "")), bool(data.get("bold", False)))


@dataclass
class Paragraph:
    runs: list[Run] = field(default_factory=list)
    style: Style = Style.PARAGRAPH

    @classmethod
    def of(cls, text: str, style: Style = Style.PARAGRAPH) -> Paragraph:
        return cls([Run(text)], style)

    def fields(self) -> list[FieldRef]:
        return [run.field for run in self.runs if run.field is not None]

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"runs": [run.to_json() for run in self.runs]}
        if self.style is not Style.PARAGRAPH:
            data["style"] = str(self.style)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Paragraph:
        try:
            style = Style(data.get("style", "p"))
        except ValueError:
            style = Style.PARAGRAPH  # a style a newer version added: keep the words
        return cls([Run.from_json(dict(run)) for run in data.get("runs", [])], style)


@dataclass
class Section:
    key: str
    paragraphs: list[Paragraph] = field(default_factory=list)

    def fields(self) -> list[FieldRef]:
        return [f for paragraph in self.paragraphs for f in paragraph.fields()]


@dataclass
class ReportText:
    title: str = ""
    preamble: list[Paragraph] = field(default_factory=list)
    sections: dict[str, Section] = field(default_factory=dict)  # in skeleton order
    # Section keys in the order an imported text had its headings (None: the skeleton's, as the window
    # keeps them); not saved — a saved text is always in the skeleton's order.
    found: tuple[str, ...] | None = field(default=None, compare=False)

    @classmethod
    def blank(cls, table_id: str, title: str = "") -> ReportText:
        keys = skeleton_for(table_id).keys()
        return cls(title, [], {key: Section(key) for key in keys})

    def section(self, key: str) -> Section:
        return self.sections.setdefault(key, Section(key))

    def fields(self) -> list[FieldRef]:
        found = [f for paragraph in self.preamble for f in paragraph.fields()]
        for section in self.sections.values():
            found.extend(section.fields())
        return found

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SCHEMA_VERSION,
            "title": self.title,
            "preamble": [p.to_json() for p in self.preamble],
            "sections": [
                {"key": s.key, "paragraphs": [p.to_json() for p in s.paragraphs]}
                for s in self.sections.values()
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], table_id: str) -> ReportText:
        text = cls.blank(table_id, str(data.get("title", "")))
        try:
            text.preamble = [Paragraph.from_json(dict(p)) for p in data.get("preamble", [])]
            for entry in data.get("sections", []):
                section = text.section(str(entry["key"]))
                section.paragraphs = [Paragraph.from_json(dict(p)) for p in entry["paragraphs"]]
        except (KeyError, TypeError, ValueError) as error:
            raise TextFormatError(f"正文内容不完整或格式不对（{error}）") from error
        return text


def text_of(document: ReportDocument) -> ReportText | None:
    """The text stored with the report, or None when it has none."""
    data = document.unknown_fields.get(STORAGE_KEY)
    if not isinstance(data, dict):
        return None
    return ReportText.from_json(data, document.table_id)


def store_text(document: ReportDocument, text: ReportText | None) -> None:
    if text is None:
        document.unknown_fields.pop(STORAGE_KEY, None)
    else:
        document.unknown_fields[STORAGE_KEY] = text.to_json()
