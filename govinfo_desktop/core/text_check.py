"""The report-text check: every typed number against the table, the years, the sections and (with last
year's text) the share of repeated text. One engine for the window, typed or imported text and the CLI.

Characters are compared after folding full width to half width and after the caller's `simplify`
(traditional → simplified; it must map one character to one, so positions stay those of the original
and the finding can quote the writer's own sentence).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_fields import field_value
from govinfo_desktop.core.text_issues import TextIssue, TextPlace, text_issue
from govinfo_desktop.core.text_match import Context, best_rule, context_of, is_skipped
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_numbers import MONEY_UNITS, Kind, Number, find_numbers, fold
from govinfo_desktop.core.text_plain import Normaliser, PlainParagraph, identity, paragraphs
from govinfo_desktop.core.text_rules import CellSum, TextRule, rules_for
from govinfo_desktop.core.text_sections import section_issues
from govinfo_desktop.core.text_similarity import similarity_issues
from govinfo_desktop.core.text_years import year_issues
from govinfo_desktop.core.values import Value, format_number

MAX_QUOTE = 60


@dataclass(frozen=True)
class NumberMatch:
    """A typed number tied to cells (for highlighting, and what the tests look at)."""

    place: TextPlace
    number: Decimal
    rule: str
    cells: CellSum
    agrees: bool


@dataclass
class TextCheck:
    issues: list[TextIssue] = field(default_factory=list)
    matches: list[NumberMatch] = field(default_factory=list)


def check_text(
    document: ReportDocument,
    text: ReportText,
    simplify: Normaliser = identity,
    last_year: ReportText | None = None,
) -> TextCheck:
    result = TextCheck()
    values = document.values
    table_sections = _table_sections(document.table_id)
    result.issues.extend(section_issues(document.table_id, text, values))
    for paragraph in paragraphs(text, values):
        folded = simplify(fold(paragraph.text))
        numbers = find_numbers(folded)
        if document.year is not None:
            result.issues.extend(year_issues(paragraph, folded, numbers, document.year))
        if paragraph.section not in table_sections and paragraph.index >= 0:
            _check_numbers(document, paragraph, folded, numbers, result)
            result.issues.extend(_check_claims(document, paragraph, folded))
        result.issues.extend(_blank_fields(document, paragraph))
    if last_year is not None:
        result.issues.extend(
            similarity_issues(document.table_id, text, last_year, values, simplify)
        )
    return result


def _table_sections(table_id: str) -> frozenset[str]:
    from govinfo_desktop.core.text_skeleton import skeleton_for  # noqa: PLC0415

    return frozenset(spec.key for spec in skeleton_for(table_id).sections if spec.part)


def _check_numbers(
    document: ReportDocument,
    paragraph: PlainParagraph,
    folded: str,
    numbers: list[Number],
    result: TextCheck,
) -> None:
    rules = rules_for(document.table_id)
    field_spans = [(start, end) for start, end, _ in paragraph.fields]
    # a field (even a blank one) ends the words that name the number after it
    numbers = sorted(
        [*numbers, *(_field_number(start, end) for start, end in field_spans)],
        key=lambda number: number.start,
    )
    for index, number in enumerate(numbers):
        if number.kind not in {Kind.COUNT, Kind.MONEY, Kind.PERCENT} or number.approximate:
            continue
        if any(start <= number.digits_start < end for start, end in field_spans):
            continue  # a field shows the table's own value
        context = context_of(folded, numbers, index)
        if is_skipped(rules, context):
            continue
        rule = best_rule(rules, number, context)
        if rule is not None:
            _compare(document, paragraph, number, context, rule, result)


def _check_claims(
    document: ReportDocument, paragraph: PlainParagraph, folded: str
) -> list[TextIssue]:
    """Statements such as “未收到政府信息公开申请” or “所有申请均已办结” against the cells they fix."""
    issues = []
    for claim in rules_for(document.table_id).claims:
        for match in claim.pattern.finditer(folded):
            total = _sum(document.values, claim.cells)
            if total is None or total == claim.value:
                continue
            start = (
                max((folded.rfind(ch, 0, match.start()) for ch in "。；;！？!?\n"), default=-1) + 1
            )
            ends = [i for ch in "。；;！？!?\n" if (i := folded.find(ch, match.end())) >= 0]
            params = {
                "sentence": paragraph.text[start : min(ends, default=len(folded))].strip()[
                    :MAX_QUOTE
                ],
                "cells": _describe_cells(document, claim.cells),
                "expected": format_number(total),
                "value": format_number(claim.value),
                "section": paragraph.section,
            }
            place = TextPlace(paragraph.section, paragraph.index, match.start(), match.end())
            issues.append(
                text_issue(
                    "TXT-CLAIM", place, params, claim.cells, expected=total, actual=claim.value
                )
            )
    return issues


def _field_number(start: int, end: int) -> Number:
    return Number(Decimal(0), Kind.OTHER, "", start, end, start, end)


def _compare(  # noqa: PLR0917 - one number's whole situation
    document: ReportDocument,
    paragraph: PlainParagraph,
    number: Number,
    context: Context,
    rule: TextRule,
    result: TextCheck,
) -> None:
    values = document.values
    place = TextPlace(paragraph.section, paragraph.index, number.digits_start, number.digits_end)
    if rule.rate is not None:
        expected = _rate(values, rule.rate)
        readings: tuple[CellSum, ...] = (rule.rate[0] + rule.rate[1],)
        agrees = expected is None or _same(number, expected, number.places)
        code = "TXT-RATE"
    else:
        readings = rule.cells
        sums = [_sum(values, cells) for cells in readings]
        if any(total is None for total in sums):
            return  # a blank cell: the table's own check reports it
        agrees = any(_agrees(number, total) for total in sums if total is not None)
        expected = sums[0]
        code = "TXT-NUMBER"
    result.matches.append(NumberMatch(place, number.value, rule.id, readings[0], agrees))
    if agrees or expected is None:
        return
    params = {
        "sentence": _quote(paragraph.text, context.sentence, number),
        "number": format_number(number.value),
        "unit": number.unit,
        "cells": _describe(document, rule, readings[0]),
        "expected": format_number(_shown(number, expected, rule)),
        "section": paragraph.section,
    }
    cells = readings[0]
    result.issues.append(
        text_issue(code, place, params, cells, expected=expected, actual=number.value)
    )


def _describe(document: ReportDocument, rule: TextRule, cells: CellSum) -> str:
    if rule.rate is not None:  # “办结率（(七)总计 ÷ （一、…＋二、…））”, row titles only
        numerator, denominator = (
            "＋".join(document.table.row(c.row).title for c in part) for part in rule.rate
        )
        return f"办结率（{numerator} ÷ （{denominator}））"
    return _describe_cells(document, cells)


def _describe_cells(document: ReportDocument, cells: CellSum) -> str:
    parents = {document.table.row(cell.row).parent for cell in cells}
    if len(cells) > 2 and len(parents) == 1 and None not in parents:
        parent = document.table.row(parents.pop() or "")
        return f"“{parent.number}{parent.label}”各项之和"
    return "“" + "”＋“".join(describe_cell(document, cell) for cell in cells) + "”"


def _sum(values: Mapping[CellRef, Value], cells: CellSum) -> Decimal | None:
    from govinfo_desktop.core.text_model import FieldRef  # noqa: PLC0415

    return field_value(FieldRef(cells, ""), values)


def _rate(values: Mapping[CellRef, Value], rate: tuple[CellSum, CellSum]) -> Decimal | None:
    numerator, denominator = _sum(values, rate[0]), _sum(values, rate[1])
    if numerator is None or not denominator:
        return None
    return numerator * 100 / denominator


def _shown(number: Number, expected: Decimal, rule: TextRule) -> Decimal:
    if rule.rate is not None:
        return expected.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return _in_unit(number, expected)


def _in_unit(number: Number, table_value: Decimal) -> Decimal:
    """The table's value in the unit the text used: the cells hold 万元, texts say 元 or 亿元."""
    if number.kind is Kind.MONEY:
        return table_value * MONEY_UNITS["万元"] / MONEY_UNITS[number.unit]
    return table_value


def _agrees(number: Number, table_value: Decimal) -> bool:
    return _same(number, _in_unit(number, table_value), number.places)


def _same(number: Number, expected: Decimal, places: int) -> bool:
    """Equal at the precision the writer used (1.2万元 for 1.2345万元; 97.6% for 97.56%)."""
    quantum = Decimal(1).scaleb(-places)
    return expected.quantize(quantum, rounding=ROUND_HALF_UP) == number.value.quantize(quantum)


def _quote(text: str, sentence: tuple[int, int], number: Number) -> str:
    """The sentence as written, cut around the number when it is long."""
    start, end = sentence
    if end - start > MAX_QUOTE:
        start = max(start, number.start - MAX_QUOTE // 2)
        end = min(end, start + MAX_QUOTE)
    return text[start:end].strip()


def _blank_fields(document: ReportDocument, paragraph: PlainParagraph) -> list[TextIssue]:
    issues = []
    for start, end, ref in paragraph.fields:
        if field_value(ref, document.values) is None:
            blank = tuple(cell for cell in ref.cells if document.values.get(cell) is None)
            params = {
                "label": ref.label or "数字",
                "cells": "、".join(describe_cell(document, cell) for cell in blank),
                "section": paragraph.section,
            }
            place = TextPlace(paragraph.section, paragraph.index, start, end)
            issues.append(text_issue("TXT-FIELD-BLANK", place, params, blank))
    return issues
