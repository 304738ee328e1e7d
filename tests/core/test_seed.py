"""The seed's table (岳阳县2017, 本级政府) gives no error and exactly the findings a careful reviewer makes."""

from __future__ import annotations

from tests.helpers import SEED_VALUES, seed_document


def test_seed_has_no_error_and_the_reviewers_findings() -> None:
    document = seed_document()
    findings = document.validator.check(document.values)
    assert findings.errors == ()
    assert findings.flatten() == [
        ("A3", "a1.value"),  # channels sum to 31481, (一) says 31535
        ("A5", "b1.value"),  # 5 热点 against 3 responses through channels
        ("A13", "s4.value"),  # 15 复议 + 16 诉讼 against 3 applications
    ]
    assert [str(cell) for cell in findings.blanks] == ["h4.value"]  # 专项经费 is blank


def test_seed_channel_warning_names_both_numbers() -> None:
    document = seed_document()
    (a3,) = [i for i in document.validator.check(document.values).issues if i.rule_id == "A3"]
    assert (a3.actual, a3.expected) == (31535, 31481)
    assert "31,535" in a3.message and "31,481" in a3.message


def test_seed_values_cover_every_cell_but_the_blank_one() -> None:
    document = seed_document()
    cells = {cell.row for cell in document.table.cells()}
    assert cells - set(SEED_VALUES) == {"h4"}
