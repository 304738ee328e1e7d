"""Which rule a number in the text falls under, from the words around it (resources/text/numbers-*.toml)."""

from __future__ import annotations

from dataclasses import dataclass

from govinfo_desktop.core.text_numbers import Kind, Number
from govinfo_desktop.core.text_rules import TextRule, TextRules

SENTENCE_ENDS = "。；;！？!?\n"
CLAUSE_ENDS = SENTENCE_ENDS + "，,"
MAX_LOCAL = 40  # characters before a number that name it (a longer stretch names something else)
_RULE_UNIT = {Kind.COUNT: "count", Kind.MONEY: "money", Kind.PERCENT: "percent"}


@dataclass(frozen=True)
class Context:
    local: str  # since the previous number (or the sentence's start), up to the number
    trailing: str  # the rest of the clause after the number, up to the next number
    prefix: str  # the paragraph up to the number (where topics are looked for)
    sentence: tuple[int, int]  # span of the sentence in the paragraph


def context_of(text: str, numbers: list[Number], index: int) -> Context:
    number = numbers[index]
    start = max((text.rfind(ch, 0, number.start) for ch in SENTENCE_ENDS), default=-1) + 1
    end = min(
        (i for ch in SENTENCE_ENDS if (i := text.find(ch, number.end)) >= 0), default=len(text)
    )
    local_start = max(start, number.start - MAX_LOCAL)
    if index > 0:
        local_start = max(local_start, numbers[index - 1].end)
    clause_end = min(
        (i for ch in CLAUSE_ENDS if (i := text.find(ch, number.end)) >= 0), default=len(text)
    )
    if index + 1 < len(numbers):
        clause_end = min(clause_end, numbers[index + 1].start)
    return Context(
        text[local_start : number.start],
        text[number.end : clause_end],
        text[: number.start],
        (start, end),
    )


def is_skipped(rules: TextRules, context: Context) -> bool:
    """Last year's numbers and comparisons (较上年增长12件) are not this year's, nor numbers of a
    sentence about other business (收到人大代表建议12件)."""
    if any(word in context.local for word in rules.skip):
        return True
    sentence_start = context.sentence[0]
    before = context.prefix[sentence_start:]
    return any(word in before for word in rules.other_topics)


def best_rule(rules: TextRules, number: Number, context: Context) -> TextRule | None:
    unit = _RULE_UNIT.get(number.kind)
    best: tuple[tuple[int, int, int, int, int], TextRule] | None = None
    present = rules.present(context.local)
    if not present:
        return None
    for rule in rules.candidates(present):
        if rule.unit != unit or not all(present.intersection(g) for g in rule.label):
            continue
        if rule.unit == "count" and rule.measure and number.unit not in rule.measure:
            continue
        score = _score(rule, context)
        if score is not None and (best is None or score > best[0]):
            best = (score, rule)
    return None if best is None else best[1]


def _score(rule: TextRule, context: Context) -> tuple[int, int, int, int, int] | None:
    if any(word in context.local for word in rule.not_label):
        return None
    if any(word in context.trailing for word in rule.not_after):
        return None
    label = _longest(rule.label, context.local)
    after = _longest(rule.after, context.trailing)
    if label is None or after is None:
        return None
    distance = 0
    for group in rule.topic:
        nearest = _topic_distance(group, context)
        if nearest is None:
            return None
        distance = max(distance, nearest)
    groups = len(rule.label) + len(rule.after)
    nearest_label = min(
        len(context.local) - context.local.rfind(word)
        for group in rule.label
        for word in group
        if word in context.local
    )
    return (groups, label + after, -nearest_label, len(rule.topic), -distance)


def _longest(groups: tuple[tuple[str, ...], ...], text: str) -> int | None:
    """Sum over the groups of the longest word found; None when a group has none."""
    total = 0
    for group in groups:
        found = [len(word) for word in group if word in text]
        if not found:
            return None
        total += max(found)
    return total


def _topic_distance(group: tuple[str, ...], context: Context) -> int | None:
    distances = []
    for word in group:
        position = context.prefix.rfind(word)
        if position >= 0:
            distances.append(len(context.prefix) - position)
        elif word in context.trailing:
            distances.append(context.trailing.find(word) + 1)
    return min(distances) if distances else None
