"""Numbers in prose: Arabic (half or full width, with thousands separators), Chinese numerals before a
measure word (三件, 二十五条), percentages, and the unit that follows — each with its place in the text.

Years, dates, ordinals (第三), list numbering (1、) and approximations (近千件, 100余件) are kept apart so
the checker neither compares them with cells nor mistakes them for counts.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

COUNT_WORDS = (
    "人次", "件", "条", "个", "起", "份", "项", "次", "名", "人", "篇", "场", "期", "家", "户", "封",
    "批", "则", "宗", "例", "张", "套", "位",
)  # fmt: skip
MONEY_UNITS = {"亿元": Decimal(10) ** 8, "万元": Decimal(10) ** 4, "元": Decimal(1)}
SCALE_WORDS = {"万": Decimal(10) ** 4, "亿": Decimal(10) ** 8}
_APPROX_BEFORE = ("近", "约", "超过", "逾", "达到近", "上")
_APPROX_AFTER = ("余", "多", "左右", "以上", "上下")

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}  # fmt: skip
_CN_UNIT = {"十": 10, "百": 100, "千": 1000}
_ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CHINESE = r"[零〇一二两三四五六七八九十百千]+"
_UNITS = "|".join(sorted((*COUNT_WORDS, *MONEY_UNITS, "%", "％"), key=len, reverse=True))
_TOKEN = re.compile(
    rf"(?P<num>{_ARABIC}|(?P<cn>{_CHINESE}))(?P<scale>[万亿](?!元))?(?P<approx>余|多)?"
    rf"(?P<unit>{_UNITS}|年度|年|月|日|号)?"
)


class Kind(enum.StrEnum):
    COUNT = "count"
    MONEY = "money"
    PERCENT = "percent"
    YEAR = "year"
    OTHER = "other"  # dates, ordinals, numbering, numbers without a unit: never compared


@dataclass(frozen=True)
class Number:
    value: Decimal  # in the text's own unit (万元 stays 万元; 3.2万条 → 32000)
    kind: Kind
    unit: str  # as written: 件, 万元, %, 年 …
    start: int  # span of the number and its unit in the text
    end: int
    digits_start: int  # span of the digits alone (what a field replaces)
    digits_end: int
    approximate: bool = False

    @property
    def places(self) -> int:
        """Decimal places the writer gave (to compare money rounded the same way)."""
        exponent = self.value.as_tuple().exponent
        return max(0, -exponent) if isinstance(exponent, int) else 0


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character (NFKC where it is one character)."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = unicodedata.normalize("NFKC", ch)
        self[code] = result = folded if len(folded) == 1 else ch
        return result


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Full width → half width, one character for one, so positions stay those of the original."""
    return text.translate(_FOLD)


def chinese_value(text: str) -> int | None:
    """一 → 1, 十二 → 12, 二十五 → 25, 一百零五 → 105, 三千 → 3000; None for what is not a numeral."""
    if all(ch in _CN_DIGIT for ch in text):
        if len(text) == 1:
            return _CN_DIGIT[text]
        return int("".join(str(_CN_DIGIT[ch]) for ch in text))  # 二〇二一 read digit by digit
    total, digit = 0, None
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            total += (1 if digit is None else digit) * _CN_UNIT[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def find_numbers(text: str) -> list[Number]:
    """Every number in `text` (already folded), with its kind and unit."""
    numbers: list[Number] = []
    for match in _TOKEN.finditer(text):
        number = _number(text, match)
        if number is not None:
            numbers.append(number)
    return numbers


def _number(text: str, match: re.Match[str]) -> Number | None:
    raw, unit = match.group("num"), match.group("unit") or ""
    start = match.start()
    if match.group("cn"):
        value = chinese_value(raw)
        if value is None or unit not in COUNT_WORDS or (raw in {"一", "两"} and unit == "个"):
            return None  # 一是, 两个方面: Chinese numerals count only before a measure word
        number = Decimal(value)
    else:
        if start and (text[start - 1].isalnum() and text[start - 1].isascii()):
            return None  # inside a code such as “A12” or “2021-3”
        number = Decimal(raw.replace(",", ""))
    if match.group("scale"):
        number *= SCALE_WORDS[match.group("scale")]
    kind = _kind(text, match, unit)
    # “3.2万条” is rounded by the writer, like “100余件”: not compared with a cell
    approximate = bool(match.group("approx") or match.group("scale"))
    approximate = approximate or text[:start].endswith(_APPROX_BEFORE)
    approximate = approximate or text[match.end() :].startswith(_APPROX_AFTER)
    return Number(number, kind, unit, start, match.end(), start, match.end("num"), approximate)


def _kind(text: str, match: re.Match[str], unit: str) -> Kind:
    start = match.start()
    before = text[max(0, start - 1) : start]
    if before == "第" or _is_numbering(text, match):
        return Kind.OTHER
    if unit in {"年", "年度"}:
        digits = match.group("num")
        return Kind.YEAR if len(digits) == 4 and not match.group("cn") else Kind.OTHER
    if unit in {"月", "日", "号"} or text[match.end() :].startswith(("-", "/", ".")):
        return Kind.OTHER
    if unit in MONEY_UNITS:
        return Kind.MONEY
    if unit in {"%", "％"}:
        return Kind.PERCENT
    return Kind.COUNT if unit else Kind.OTHER


def _is_numbering(text: str, match: re.Match[str]) -> bool:
    """“1、” or “(2)” at the start of a line: a list's numbering."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    if text[line_start : match.start()].strip(" \t(（") != "":
        return False
    return text[match.end("num") : match.end("num") + 1] in {"、", ".", ")", "）", "．"}
