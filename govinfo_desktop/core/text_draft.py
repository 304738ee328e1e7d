"""The generated first draft of the text's overview (一、总体情况 / 一、概述) from the table: sentences from
resources/text/draft-*.toml whose numbers are fields bound to cells, so they follow every later edit."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from govinfo_desktop.core import catalog
from govinfo_desktop.core.text_model import FieldRef, Paragraph, ReportText, Run, Style
from govinfo_desktop.core.text_rules import parse_sum
from govinfo_desktop.resources import resource_path

_FIELD = re.compile(r"\{(?P<cells>[^|{}]+)\|(?P<label>[^{}]*)\}")


@cache
def _draft_data(table_id: str) -> dict[str, Any] | None:
    for path in sorted(resource_path("text").glob("draft-*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if table_id in data["tables"]:
            return data
    return None


def draft_paragraphs(table_id: str) -> tuple[str, list[Paragraph]] | None:
    """(section key, paragraphs) of the draft, or None for a format without one."""
    data = _draft_data(table_id)
    if data is None:
        return None
    table = catalog.table(table_id)
    paragraphs: list[Paragraph] = []
    for item in data["items"]:
        if item.get("heading"):
            paragraphs.append(Paragraph.of(item["heading"], Style.SUBHEADING))
        for sentence in item["text"]:
            paragraphs.append(Paragraph(_runs(table, sentence)))
    return str(data["section"]), paragraphs


def _runs(table: Any, sentence: str) -> list[Run]:
    runs: list[Run] = []
    position = 0
    for match in _FIELD.finditer(sentence):
        if match.start() > position:
            runs.append(Run(sentence[position : match.start()]))
        cells = parse_sum(table, match.group("cells"), "draft")
        runs.append(Run(field=FieldRef(cells, match.group("label"))))
        position = match.end()
    if position < len(sentence):
        runs.append(Run(sentence[position:]))
    return runs


def apply_draft(text: ReportText, table_id: str) -> bool:
    """Write the draft into the overview section (replacing what is there); False without a draft."""
    draft = draft_paragraphs(table_id)
    if draft is None:
        return False
    key, paragraphs = draft
    text.section(key).paragraphs = paragraphs
    return True
