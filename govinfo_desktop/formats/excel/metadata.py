"""Reads 填报单位, 年度, 统计范围, 单位负责人, 填表人, 联系电话 and 填报日期 back from a sheet.

Fields are written as “标签：值” in one cell (this program), as a label cell with the value in the next
cell (many hand-made sheets), or several to a cell (“单位负责人：张三  填表人：李四”). Year and scope also
come from the title “2017年度政府信息公开情况统计表(本级政府)” or a line “(2017年度)”.
Labels are compared in simplified, half-width form; values are kept as the file has them.
"""

from __future__ import annotations

import re
import unicodedata

from govinfo_desktop.core.document import SCOPE_CHOICES
from govinfo_desktop.formats.excel.labels import simplify
from govinfo_desktop.formats.excel.reader import SheetGrid

# label as it may be written → metadata key (longest first, so 填报单位 wins over 单位)
_LABELS = sorted(
    {
        "填报单位(盖章)": "unit",
        "填报单位": "unit",
        "填报部门": "unit",
        "单位名称": "unit",
        "统计范围": "scope",
        "单位负责人": "head",
        "负责人": "head",
        "填表人": "preparer",
        "填报人": "preparer",
        "联系电话": "phone",
        "电话": "phone",
        "填报日期": "date",
        "报出日期": "date",
        "填表日期": "date",
    }.items(),
    key=lambda item: -len(item[0]),
)
_LABEL_RE = re.compile(
    r"("
    + "|".join(
        re.escape(label).replace(r"\(", r"\(?").replace(r"\)", r"\)?") for label, _ in _LABELS
    )
    + r")\s*:"
)
_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)\s*年度?")
_TITLE_SCOPE = re.compile(r"统计表\s*\(([^()]+)\)\s*$")
_TABLE_TITLE = "政府信息公开情况统计表"
# “2020年武汉市生态环境局政府信息公开工作年度报告（统计表）”, “某县自然资源局2025年政府信息公开…”
_REPORT_TITLE = re.compile(
    r"^\s*(?:(?P<year1>(?:19|20)\d\d)\s*年度?\s*(?P<unit1>[^\d\s]{2,40}?)"
    r"|(?P<unit2>[^\d\s]{2,40}?)\s*(?P<year2>(?:19|20)\d\d)\s*年度?)\s*"
    r"(?:政府)?信息公开(?:工作)?(?:年度)?(?:报告|统计)"
)
_HINT = re.compile(r"[:：]|年|表")  # cheap test before the careful one
MAX_ROW, MAX_COL = 1500, 60


def _fold(text: str) -> str:
    """Simplified, half-width, char by char, so that positions still match the original text."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch)
        out.append(simplify(folded) if len(folded) == 1 else ch)
    return "".join(out)


def read_metadata(grids: list[SheetGrid]) -> dict[str, str]:
    found: dict[str, str] = {}
    for grid in grids:
        for (row, col), value in sorted(grid.values.items()):
            if isinstance(value, str) and row <= MAX_ROW and col <= MAX_COL and _HINT.search(value):
                _from_cell(grid, row, col, value, found)
    return found


def _from_cell(grid: SheetGrid, row: int, col: int, text: str, found: dict[str, str]) -> None:
    folded = _fold(text)
    if _TABLE_TITLE in folded.replace(" ", ""):
        _from_title(folded, text, found)
    elif (report := _REPORT_TITLE.match(folded)) is not None:
        _from_report_title(report, text, found)
    elif re.fullmatch(r"\s*\(?\s*((?:19|20)\d\d)\s*年度?\s*\)?\s*", folded):
        found.setdefault("year", _TITLE_YEAR.search(folded).group(1))  # type: ignore[union-attr]
    matches = list(_LABEL_RE.finditer(folded))
    for index, match in enumerate(matches):
        key = _key_for(match.group(1))
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[match.end() : end].strip()
        if not value and index + 1 == len(matches):
            value = _next_value(grid, row, col)
        if value and key not in found:
            found[key] = value


def _key_for(label: str) -> str:
    bare = label.replace("(", "").replace(")", "")
    for known, key in _LABELS:
        if known.replace("(", "").replace(")", "") == bare:
            return key
    return "unit"


def _from_title(folded: str, text: str, found: dict[str, str]) -> None:
    year = _TITLE_YEAR.search(folded)
    if year and folded.find(_TABLE_TITLE) > year.start():
        found.setdefault("year", year.group(1))
    scope = _TITLE_SCOPE.search(folded.rstrip())
    if scope:
        value = text.rstrip()[scope.start(1) : scope.end(1)].strip()
        # “本級政府” in a traditional-character file is the choice 本级政府.
        found.setdefault(
            "scope",
            folded_scope if (folded_scope := scope.group(1).strip()) in SCOPE_CHOICES else value,
        )


def _from_report_title(match: re.Match[str], text: str, found: dict[str, str]) -> None:
    """The report's own title names the year and, mostly, the unit (kept as the file writes it)."""
    year = match.group("year1") or match.group("year2")
    unit_group = "unit1" if match.group("unit1") else "unit2"
    found.setdefault("year", year)
    unit = text[match.start(unit_group) : match.end(unit_group)].strip()
    if unit and not unit.endswith("政府信息"):
        found.setdefault("unit", unit)


def _next_value(grid: SheetGrid, row: int, col: int) -> str:
    """A label cell with its value in the next filled cell to the right (not another label)."""
    for (r, c), value in sorted(grid.values.items()):
        if r == row and c > col and str(value).strip():
            text = str(value).strip()
            return "" if _LABEL_RE.search(_fold(text)) else text
    return ""
