"""The text's sections against the format's skeleton: a missing or out-of-order heading is an error, an
empty 五/六 (or one that only says “无”) a warning."""

from __future__ import annotations

from collections.abc import Mapping

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_issues import TextIssue, TextPlace, text_issue
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_plain import section_plain
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.core.values import Value

EMPTY_TEXTS = frozenset({"", "无", "暂无", "没有", "无此项", "不涉及", "略"})
_PUNCTUATION = "。.，,；;：:、 \n\t"


def section_issues(
    table_id: str, text: ReportText, values: Mapping[CellRef, Value]
) -> list[TextIssue]:
    skeleton = skeleton_for(table_id)
    issues: list[TextIssue] = []
    found = text.found if text.found is not None else skeleton.keys()
    for spec in skeleton.sections:
        if spec.key not in found:
            issues.append(
                text_issue("TXT-SECTION-MISSING", TextPlace(spec.key), {"heading": spec.heading})
            )
    order = [key for key in found if key in skeleton.keys()]  # noqa: SIM118 - a method, not a dict
    positions = [skeleton.keys().index(key) for key in order]
    in_order = _longest_increasing(positions)
    for key, position in zip(order, positions, strict=True):
        if position not in in_order:
            params = {"heading": skeleton.sections[position].heading, "position": str(position + 1)}
            issues.append(text_issue("TXT-SECTION-ORDER", TextPlace(key), params))
    for spec in skeleton.sections:
        if spec.warn_if_empty and spec.key in found:
            body = section_plain(text, spec.key, values).strip(_PUNCTUATION)
            if body in EMPTY_TEXTS or (body.startswith("无") and len(body) <= 3):
                issues.append(
                    text_issue("TXT-SECTION-EMPTY", TextPlace(spec.key), {"heading": spec.heading})
                )
    return issues


def _longest_increasing(positions: list[int]) -> set[int]:
    """The most headings that stand in the right order; the others are the misplaced ones."""
    best: list[list[int]] = []  # the longest rising chain ending at each heading
    for index, position in enumerate(positions):
        chain: list[int] = []
        for earlier in best[:index]:
            if earlier[-1] < position and len(earlier) > len(chain):
                chain = earlier
        best.append([*chain, position])
    longest: list[int] = []
    for chain in best:
        if len(chain) > len(longest):
            longest = chain
    return set(longest)
