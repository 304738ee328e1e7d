"""Parsing what clerks type into Decimal values, and formatting them back (property-tested)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from govinfo_desktop.core.values import (
    MAX_ABS_VALUE,
    NOT_APPLICABLE,
    InvalidValue,
    ValueKind,
    format_value,
    numeric,
    parse_value,
)

FULL_WIDTH = str.maketrans("0123456789,.-", "０１２３４５６７８９，．－")
counts = st.integers(min_value=0, max_value=10**12 - 1)
money = st.decimals(min_value=0, max_value=10**8, places=4, allow_nan=False, allow_infinity=False)


@given(counts)
def test_count_round_trips_through_display_text(number: int) -> None:
    text = format_value(Decimal(number))
    assert parse_value(text, ValueKind.COUNT) == number


@given(counts)
def test_full_width_digits_and_separators_are_accepted(number: int) -> None:
    text = format_value(Decimal(number)).translate(FULL_WIDTH)
    assert parse_value(text, ValueKind.COUNT) == number


@given(counts, st.sampled_from([" ", "\u00a0", "\u3000", "\t"]))
def test_surrounding_spaces_and_nbsp_are_ignored(number: int, space: str) -> None:
    assert parse_value(f"{space}{number}{space}", ValueKind.COUNT) == number


@given(counts)
def test_a_matching_trailing_unit_is_accepted(number: int) -> None:
    assert parse_value(f"{number}件", ValueKind.COUNT, unit="件") == number
    assert parse_value(f"{number} 人次", ValueKind.COUNT, unit="人次") == number


@given(money)
def test_money_keeps_every_decimal_exactly(amount: Decimal) -> None:
    assert parse_value(format_value(amount), ValueKind.MONEY, unit="万元") == amount
    assert parse_value(f"{amount}万元", ValueKind.MONEY, unit="万元") == amount


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_signed_cells_take_negative_numbers(number: int) -> None:
    assert parse_value(str(number), ValueKind.SIGNED) == number
    assert parse_value(str(number).replace("-", "－"), ValueKind.SIGNED) == number


@given(st.floats(min_value=0, max_value=1e11, allow_nan=False).map(round))
def test_spreadsheet_floats_holding_whole_numbers_are_counts(number: int) -> None:
    assert parse_value(float(number), ValueKind.COUNT) == number


@pytest.mark.parametrize(
    ("text", "kind", "reason_part"),
    [
        ("abc", ValueKind.COUNT, "不是数字"),
        ("12a", ValueKind.COUNT, "只填数字"),
        ("三", ValueKind.COUNT, "阿拉伯数字"),
        ("一百二十", ValueKind.COUNT, "阿拉伯数字"),
        ("1.5", ValueKind.COUNT, "整数"),
        ("-3", ValueKind.COUNT, "负数"),
        ("-3", ValueKind.MONEY, "负数"),
        ("1.23456", ValueKind.MONEY, "4 位小数"),
        ("1000000000000", ValueKind.COUNT, "过大"),
        ("128余", ValueKind.COUNT, "约数"),
        ("约128", ValueKind.COUNT, "约数"),
        ("12条", ValueKind.COUNT, "单位应为"),
        ("1,23", ValueKind.COUNT, "千位分隔符"),
        ("50%", ValueKind.COUNT, "百分比"),
        ("/", ValueKind.COUNT, "不能填“/”"),
        (True, ValueKind.COUNT, "不是数字"),
        (float("nan"), ValueKind.COUNT, "不是数字"),
    ],
)
def test_invalid_input_is_rejected_with_a_reason(
    text: object, kind: ValueKind, reason_part: str
) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_value(text, kind, unit="件" if text == "12条" else "")  # type: ignore[arg-type]
    assert reason_part in str(caught.value)


@given(st.integers(min_value=10**12, max_value=10**20))
def test_absurdly_large_numbers_are_rejected(number: int) -> None:
    with pytest.raises(InvalidValue):
        parse_value(str(number), ValueKind.COUNT)


@given(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=8))
def test_letters_never_become_numbers(text: str) -> None:
    if text.strip() in ("无", "空"):
        return
    with pytest.raises(InvalidValue):
        parse_value(text, ValueKind.COUNT)


@pytest.mark.parametrize("text", ["", "   ", "—", "-", "－", "无", "\u00a0"])
def test_placeholders_for_nothing_read_as_blank(text: str) -> None:
    assert parse_value(text, ValueKind.COUNT) is None


def test_not_applicable_only_where_the_row_allows_it() -> None:
    assert parse_value("/", ValueKind.COUNT, may_not_apply=True) is NOT_APPLICABLE
    assert parse_value("／", ValueKind.COUNT, may_not_apply=True) is NOT_APPLICABLE
    assert numeric(NOT_APPLICABLE) == 0
    assert numeric(None) == 0


def test_display_text_groups_thousands_and_keeps_money_decimals() -> None:
    assert format_value(Decimal(31535)) == "31,535"
    assert format_value(Decimal("12.5000")) == "12.5000"
    assert format_value(NOT_APPLICABLE) == "/"
    assert format_value(None) == ""


def test_limit_is_exclusive() -> None:
    assert parse_value(str(MAX_ABS_VALUE - 1), ValueKind.COUNT) == MAX_ABS_VALUE - 1


def test_decisions_are_counted_in_jian_on_the_2019_form() -> None:
    from govinfo_desktop.core.document import ReportDocument  # noqa: PLC0415
    from govinfo_desktop.core.tabledef import CellRef  # noqa: PLC0415

    document = ReportDocument.new("national-2019")
    assert document.parse_for(CellRef("t2_licensing", "decisions"), "93件") == 93
    assert document.parse_for(CellRef("t2_penalty", "decisions"), "93件") == 93
    assert document.parse_for(CellRef("t2_licensing", "last_year"), "12项") == 12


def test_yuan_in_a_wanyuan_cell_is_converted() -> None:
    from govinfo_desktop.core.values import (  # noqa: PLC0415
        InvalidValue,
        ValueKind,
        is_yuan_for_wanyuan,
        parse_value,
    )

    assert parse_value("251000元", ValueKind.MONEY, "万元") == Decimal("25.1")
    assert parse_value("25.1万元", ValueKind.MONEY, "万元") == Decimal("25.1")
    assert is_yuan_for_wanyuan("251000元", "万元") and not is_yuan_for_wanyuan("25万元", "万元")
    with pytest.raises(InvalidValue):  # 0.123456 万元: more than four decimals, not rounded away
        parse_value("1234.56元", ValueKind.MONEY, "万元")


def test_procurement_of_ten_thousand_wanyuan_or_more_is_a_warning() -> None:
    from govinfo_desktop.core.session import ReportSession  # noqa: PLC0415
    from govinfo_desktop.core.tabledef import CellRef  # noqa: PLC0415
    from tests.helpers import consistent_document  # noqa: PLC0415

    session = ReportSession(consistent_document("national-2019"))
    session.set_values({CellRef("t2_procurement", "amount"): Decimal(251000)})
    assert "T2-8" in {i.rule_id for i in session.findings().warnings}
