"""The one place where what a clerk types (or a file holds) becomes a value, and a value becomes text.

A cell holds a `Decimal`, `NOT_APPLICABLE` ("/", only where the row allows it) or `None` (blank).
Blank and "/" count as 0 inside arithmetic; see `numeric`.
"""

from __future__ import annotations

import enum
import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

from govinfo_desktop.core import value_messages as say
from govinfo_desktop.core.messages import CHINESE
from govinfo_desktop.core.notices import CodedError, Entry, Notice, notice

MAX_ABS_VALUE = Decimal(10) ** 12
MONEY_DECIMALS = 4


class ValueKind(enum.StrEnum):
    NONE = "none"  # heading rows: no value at all
    COUNT = "count"  # non-negative whole number
    MONEY = "money"  # non-negative, up to 4 decimals (万元)
    SIGNED = "signed"  # whole number that may be negative (本年增/减)


class Mark(enum.Enum):
    NOT_APPLICABLE = "/"

    def __str__(self) -> str:
        return self.value


NOT_APPLICABLE = Mark.NOT_APPLICABLE
Value = Decimal | Mark | None

# Placeholders clerks write for "nothing"; read as blank (未填写) so that no number is invented.
BLANK_PLACEHOLDERS = frozenset({"—", "——", "-", "--", "－", "―", "─", "无", "空"})
NA_TEXTS = frozenset({"/", "／", "不适用"})
_MINUS_SIGNS = "-－−‐‑–"
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_CHINESE_NUMERALS = set("零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟两")


class InvalidValue(CodedError, ValueError):
    """A text that is not a valid value for the cell: `why` is the reason as a catalogue notice;
    str() is the Chinese line (“abc”不是数字), render(language) the line in the reader's language."""

    def __init__(self, text: str, why: Notice | Entry) -> None:
        self.text = text
        self.why = why if isinstance(why, Notice) else notice(why)
        frame = say.NOT_NUMBER_REFUSED if self.why.code == say.NOT_A_NUMBER.code else say.REFUSED
        super().__init__(frame, text=text, reason=self.why)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.text, self.why))

    @property
    def reason(self) -> str:
        """The Chinese reason as it follows the refused text (“：不能为负数” or “不是数字”)."""
        return self.reason_in(CHINESE)

    def reason_in(self, language: str) -> str:
        text = self.why.render(language)
        if language == CHINESE and self.why.code != say.NOT_A_NUMBER.code:
            return "：" + text
        return text


def normalise_text(text: str) -> str:
    """NFKC (full-width → half-width), spaces and NBSP removed."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(ch for ch in folded if not ch.isspace())


def is_blank_text(text: str | None) -> bool:
    return text is None or normalise_text(text) == "" or text.strip() in BLANK_PLACEHOLDERS


def parse_value(
    text: str | int | float | Decimal | None,
    kind: ValueKind,
    unit: str = "",
    may_not_apply: bool = False,
) -> Value:
    """Parse `text` for a cell of `kind`; raise `InvalidValue` with the reason when it is not valid."""
    if text is None:
        return None
    if isinstance(text, bool):
        raise InvalidValue(str(text), say.NOT_A_NUMBER)
    if isinstance(text, (int, float, Decimal)):
        return _check_number(_decimal_from_number(text), str(text), kind)
    raw = str(text)
    if is_blank_text(raw):
        return None
    stripped = raw.strip().replace("\u00a0", "")
    if stripped in NA_TEXTS:
        if may_not_apply:
            return NOT_APPLICABLE
        raise InvalidValue(raw, say.NO_NOT_APPLICABLE)
    if kind is ValueKind.NONE:
        raise InvalidValue(raw, say.HEADING_ROW)
    number_text, divisor = _strip_unit(_canonical_number_text(raw), unit, raw)
    return _check_number(_decimal_from_text(number_text, raw) / divisor, raw, kind)


def is_yuan_for_wanyuan(text: str, unit: str) -> bool:
    """“251000元” typed or imported for a 万元 cell: converted (÷ 10,000), and the clerk is told."""
    return (
        unit == "万元"
        and _canonical_number_text(text).endswith("元")
        and not (_canonical_number_text(text).endswith("万元"))
    )


def _canonical_number_text(raw: str) -> str:
    text = raw.replace("\u00a0", " ").strip()
    for sign in _MINUS_SIGNS:
        text = text.replace(sign, "-")
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if not ch.isspace())
    return text.replace("，", ",")


def _strip_unit(text: str, unit: str, raw: str) -> tuple[str, Decimal]:
    """The number's text and what to divide it by (10,000 for 元 in a 万元 cell)."""
    match = re.match(r"^([+-]?[\d.,]+)(.*)$", text)
    if match is None:
        raise InvalidValue(raw, _why_not_a_number(text))
    number, suffix = match.groups()
    if suffix == "":
        return number, Decimal(1)
    if unit and suffix == unicodedata.normalize("NFKC", unit):
        return number, Decimal(1)
    if unit == "万元" and suffix == "元":
        return number, Decimal(10000)
    if any(ch in "约余近多左右%" for ch in suffix):
        raise InvalidValue(raw, _why_not_a_number(suffix))
    if unit:
        raise InvalidValue(raw, notice(say.WRONG_UNIT, unit=unit, suffix=suffix))
    raise InvalidValue(raw, notice(say.EXTRA_TEXT, suffix=suffix))


def _why_not_a_number(text: str) -> Entry:
    if any(ch in _CHINESE_NUMERALS for ch in text):
        return say.CHINESE_NUMERALS
    if any(ch in "约余近多左右" for ch in text):
        return say.APPROXIMATE
    if "%" in text:
        return say.PERCENTAGE
    return say.NOT_A_NUMBER


def _decimal_from_text(text: str, raw: str) -> Decimal:
    if "," in text:
        if not _GROUPED.fullmatch(text):
            raise InvalidValue(raw, say.BAD_GROUPING)
        text = text.replace(",", "")
    if not _NUMBER.fullmatch(text):
        raise InvalidValue(raw, _why_not_a_number(text))
    try:
        return Decimal(text)
    except InvalidOperation as error:
        raise InvalidValue(raw, say.NOT_A_NUMBER) from error


def _decimal_from_number(number: int | float | Decimal) -> Decimal:
    if isinstance(number, float):
        # Spreadsheets hand over floats; repr gives the shortest text that round-trips.
        if not math.isfinite(number):
            raise InvalidValue(str(number), say.NOT_A_NUMBER)
        return Decimal(repr(number))
    return Decimal(number)


def _check_number(number: Decimal, raw: str, kind: ValueKind) -> Decimal:
    if kind is ValueKind.NONE:
        raise InvalidValue(raw, say.HEADING_ROW)
    if not number.is_finite():
        raise InvalidValue(raw, say.NOT_A_NUMBER)
    if abs(number) >= MAX_ABS_VALUE:
        raise InvalidValue(raw, say.TOO_LARGE)
    if number < 0 and kind is not ValueKind.SIGNED:
        raise InvalidValue(raw, say.NEGATIVE)
    if kind is ValueKind.MONEY:
        exponent = number.as_tuple().exponent
        if isinstance(exponent, int) and -exponent > MONEY_DECIMALS:
            raise InvalidValue(raw, notice(say.MONEY_DECIMALS, places=MONEY_DECIMALS))
        return number
    if number != number.to_integral_value():
        raise InvalidValue(raw, say.NOT_WHOLE)
    return number.quantize(Decimal(1))


def format_value(value: Value, grouping: bool = True) -> str:
    """Display text: thousands separators, money as entered (no padding), "/" for not applicable."""
    if value is None:
        return ""
    if isinstance(value, Mark):
        return str(value.value)
    if grouping:
        text: str = format(value, ",")  # Decimal's __format__ is untyped
        return text
    return str(value)


def format_number(number: Decimal) -> str:
    """A number inside a message: grouped, and without a trailing ".0000"."""
    normal = number.normalize() if number == number.to_integral_value() else number
    if normal == normal.to_integral_value():
        normal = normal.quantize(Decimal(1))
    return f"{normal:,}"


def numeric(value: Value) -> Decimal:
    """The value inside arithmetic: blank and "/" count as 0."""
    return value if isinstance(value, Decimal) else Decimal(0)


def to_storage(value: Value) -> str | None:
    """Exact text for files: never a float."""
    if value is None:
        return None
    return str(value)
