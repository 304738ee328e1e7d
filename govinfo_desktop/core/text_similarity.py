"""How much of a section repeats last year's text: the share of this year's characters inside passages
found word for word in last year's same section (numbers masked, so a copied sentence with new numbers
still counts), and the passages themselves for marking."""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_issues import TextIssue, TextPlace, text_issue
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_numbers import fold
from govinfo_desktop.core.text_plain import Normaliser, identity, section_plain
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.core.values import Value

MIN_PASSAGE = 12  # characters: shorter common stretches are set phrases, not copying
WARN_ABOVE = 50  # percent (one city deducts points above half)
_DIGITS = re.compile(r"\d")


@dataclass(frozen=True)
class Similarity:
    percent: int
    passages: tuple[tuple[int, int], ...]  # spans in this year's section text


def similarity(this_year: str, last_year: str, simplify: Normaliser = identity) -> Similarity:
    mine, theirs = _mask(this_year, simplify), _mask(last_year, simplify)
    if not mine.strip():
        return Similarity(0, ())
    matcher = difflib.SequenceMatcher(None, theirs, mine, autojunk=False)
    passages = tuple(
        (block.b, block.b + block.size)
        for block in matcher.get_matching_blocks()
        if block.size >= MIN_PASSAGE
    )
    shared = sum(end - start for start, end in passages)
    return Similarity(round(100 * shared / len(mine)), passages)


def _mask(text: str, simplify: Normaliser) -> str:
    return _DIGITS.sub("#", simplify(fold(text)))


def similarity_issues(
    table_id: str,
    text: ReportText,
    last_year: ReportText,
    values: Mapping[CellRef, Value],
    simplify: Normaliser = identity,
) -> list[TextIssue]:
    issues = []
    for spec in skeleton_for(table_id).sections:
        if spec.part:
            continue
        mine = section_plain(text, spec.key, values)
        theirs = section_plain(last_year, spec.key, {})
        result = similarity(mine, theirs, simplify)
        if result.percent > WARN_ABOVE:
            params = {
                "heading": spec.heading,
                "percent": str(result.percent),
                "passages": str(len(result.passages)),
            }
            issues.append(text_issue("TXT-SIMILAR", TextPlace(spec.key), params))
    return issues
