"""Years in the report text: a year other than the report's (text left over from last year's report) and
上年 phrases that name the wrong year are warnings. Next year is fine (plans, the publication date); last
year is fine in a comparison (较2020年) or a 整改 passage."""

from __future__ import annotations

from govinfo_desktop.core.text_issues import TextIssue, TextPlace, text_issue
from govinfo_desktop.core.text_numbers import Kind, Number
from govinfo_desktop.core.text_plain import PlainParagraph

LAST_YEAR_WORDS = ("上年", "上一年", "去年", "上年度", "上一年度")
COMPARISON_WORDS = ("较", "比", "与", "同期", "整改", "相比", "以来", "上年", "去年")
_NEAR = 8


def year_issues(
    paragraph: PlainParagraph, folded: str, numbers: list[Number], report_year: int
) -> list[TextIssue]:
    issues = []
    for number in numbers:
        if number.kind is not Kind.YEAR:
            continue
        year = int(number.value)
        before = folded[max(0, number.start - _NEAR) : number.start]
        place = TextPlace(paragraph.section, paragraph.index, number.start, number.end)
        sentence = _sentence(paragraph.text, folded, number)
        if before.rstrip("（(").endswith(LAST_YEAR_WORDS) and year != report_year - 1:
            params = {"sentence": sentence, "year": str(year), "expected": str(report_year - 1)}
            issues.append(
                text_issue("TXT-LAST-YEAR", place, {**params, "section": paragraph.section})
            )
        elif year in {report_year, report_year + 1} or (
            year == report_year - 1
            and any(w in _sentence_of(folded, number) for w in COMPARISON_WORDS)
        ):
            continue
        else:
            params = {"sentence": sentence, "year": str(year), "report_year": str(report_year)}
            issues.append(text_issue("TXT-YEAR", place, {**params, "section": paragraph.section}))
    return issues


def _bounds(folded: str, number: Number) -> tuple[int, int]:
    ends = "。；;！？!?\n"
    start = max(folded.rfind(ch, 0, number.start) for ch in ends) + 1
    found = [i for ch in ends if (i := folded.find(ch, number.end)) >= 0]
    return start, min(found, default=len(folded))


def _sentence_of(folded: str, number: Number) -> str:
    start, end = _bounds(folded, number)
    return folded[start:end]


def _sentence(original: str, folded: str, number: Number) -> str:
    start, end = _bounds(folded, number)
    if end - start > 60:
        start, end = max(start, number.start - 30), min(end, number.start + 30)
    return original[start:end].strip()
