"""填报提示: built from the form's printed notes, the rules that read the row, and the hints data."""

from __future__ import annotations

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.messages import ENGLISH
from govinfo_desktop.core.row_help import NUMBER_MARK, load_hints, row_help, rules_for_row


def _help(table_id: str, row_id: str, language: str = "zh"):
    table = catalog.load_table(table_id).table
    checks = catalog.validator_for(table_id).checks
    return row_help(table, checks, row_id, load_hints(table_id), language)


def test_partial_row_shows_its_printed_note_and_the_forms_balance_note() -> None:
    help_ = _help("national-2021", "t3_partial")
    assert "部分公开" in help_.title
    assert help_.note == "（区分处理的，只计这一情形，不计其他情形）"
    assert help_.corner.startswith("（本列数据的勾稽关系为")
    assert any("只计入本行" in hint for hint in help_.hints)


def test_rules_reading_the_row_are_rendered_with_numbers_left_open() -> None:
    rules = _help("national-2021", "t3_total").rules
    assert any("总计应等于(一)至(六)" in rule for rule in rules)
    assert all("{" not in rule for rule in rules)
    assert any(NUMBER_MARK in rule for rule in rules)
    assert len(rules) == len(set(rules))


def test_rules_follow_the_language() -> None:
    english = _help("national-2021", "t3_total", ENGLISH).rules
    assert any("should equal the sum of results" in rule for rule in english)


def test_a_row_no_rule_reads_has_no_rules() -> None:
    checks = catalog.validator_for("national-2021").checks
    assert rules_for_row(checks, "no_such_row") == ()


@pytest.mark.parametrize("table_id", catalog.table_ids())
def test_hints_name_only_rows_of_their_table(table_id: str) -> None:
    table = catalog.load_table(table_id).table
    for row_id, lines in load_hints(table_id).items():
        assert row_id in table.rows, f"{table_id}: hint for unknown row {row_id}"
        assert lines and all(line.strip() for line in lines)


def test_2019_procurement_hint_speaks_of_wanyuan() -> None:
    help_ = _help("national-2019", "t2_procurement")
    assert any("万元" in hint for hint in help_.hints)


def test_every_value_row_of_the_2021_table_has_some_help() -> None:
    table = catalog.load_table("national-2021").table
    empty = [
        row.id
        for row in table.rows.values()
        if row.has_values and _help("national-2021", row.id).is_empty
    ]
    assert empty == []
