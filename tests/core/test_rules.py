"""Every rule of every table: a passing and a failing case; and every rule id has such a case here."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef

# (table, rule id, values that break the rule, values that satisfy it). Cells not named are blank (= 0).
# A bare row id means the table's only column; "row.column" names a column.
CASES: list[tuple[str, str, dict[str, str], dict[str, str]]] = [
    ("national-2014", "A1", {"a1_norms": "5", "a1": "3"}, {"a1_norms": "3", "a1": "3"}),
    ("national-2014", "A2", {"a1_norms": "2", "a1_made": "1"}, {"a1_norms": "2", "a1_made": "2"}),
    ("national-2014", "A3", {"a1": "5", "a2_website": "4"}, {"a1": "5", "a2_website": "4", "a2_other": "3"}),
    ("national-2014", "A3b", {"a2_gazette": "5", "a1": "4"}, {"a2_gazette": "4", "a1": "4"}),
    ("national-2014", "A4", {"b2_press_lead": "2", "b2_press": "1"}, {"b2_press_lead": "1", "b2_press": "1"}),
    ("national-2014", "A5", {"b1": "2", "b2_articles": "1"}, {"b1": "2", "b2_articles": "1", "b2_other": "4"}),
    ("national-2014", "A6", {"c1": "4", "c1_online": "3"}, {"c1": "4", "c1_online": "3", "c1_mail": "1"}),
    ("national-2014", "A7", {"c2": "2", "c2_ontime": "1"}, {"c2": "2", "c2_ontime": "1", "c2_late": "1"}),
    ("national-2014", "A8", {"c3": "2", "c3_agree": "1"}, {"c3": "2", "c3_agree": "1", "c3_elsewhere": "1"}),
    ("national-2014", "A9", {"c3_refuse": "2", "c3_privacy": "1"}, {"c3_refuse": "1", "c3_privacy": "1"}),
    ("national-2014", "A10", {"c3": "1", "c2": "2"}, {"c3": "2", "c2": "2"}),
    ("national-2014", "A11", {"c2": "3", "c1": "2"}, {"c2": "2", "c1": "2"}),
    ("national-2014", "A12", {"s4": "2", "s4_upheld": "1"}, {"s4": "2", "s4_upheld": "1", "s4_other": "1"}),
    ("national-2014", "A13", {"s4": "1", "s4_other": "1", "c1": "0"}, {"s5": "1", "s5_other": "1", "c1": "1"}),
    ("national-2014", "A14", {"h3": "4", "h3_part": "3"}, {"h3": "4", "h3_part": "3", "h3_full": "1"}),
    ("national-2014", "A15", {"i2": "2", "i3": "0"}, {"i2": "2", "i3": "200"}),
    ("national-2014", "A17", {"c1": "0", "c2": "1"}, {"c1": "1", "c2": "1"}),
    *[
        case
        for table in ("national-2019", "national-2021")
        for case in [
            (table, "T3-1", {"t3_new.natural": "1"}, {"t3_new.natural": "1", "t3_next.natural": "1"}),
            (table, "T3-2", {"t3_total.legal": "1"}, {"t3_total.legal": "1", "t3_open.legal": "1"}),
            (table, "T3-3", {"t3_open.natural": "2"}, {"t3_open.natural": "2", "t3_open.total": "2"}),
            (table, "T3-4", {"t3_next.other": "1"}, {"t3_next.other": "1", "t3_carried.other": "1"}),
            (table, "T4-1a", {"t4_cases.rv_total": "1"}, {"t4_cases.rv_total": "1", "t4_cases.rv_pending": "1"}),
            (table, "T4-1b", {"t4_cases.ld_total": "1"}, {"t4_cases.ld_total": "1", "t4_cases.ld_upheld": "1"}),
            (table, "T4-1c", {"t4_cases.lr_other": "1"}, {"t4_cases.lr_total": "1", "t4_cases.lr_other": "1", "t4_cases.rv_total": "1", "t4_cases.rv_upheld": "1"}),
            (table, "T4-2", {"t4_cases.lr_total": "1", "t4_cases.lr_other": "1"}, {"t4_cases.lr_total": "1", "t4_cases.lr_other": "1", "t4_cases.rv_total": "1", "t4_cases.rv_upheld": "1"}),
        ]
    ],
    ("national-2019", "T2-1", {"t2_normative.published": "3", "t2_normative.total": "2", "t2_normative.made": "3"}, {"t2_normative.published": "3", "t2_normative.total": "9", "t2_normative.made": "3"}),
    ("national-2019", "T2-2", {"t2_regulations.published": "2", "t2_regulations.made": "1", "t2_regulations.total": "2"}, {"t2_regulations.published": "1", "t2_regulations.made": "1", "t2_regulations.total": "2"}),
    ("national-2019", "T2-3", {"t2_licensing.last_year": "3", "t2_licensing.change": "-4"}, {"t2_licensing.last_year": "3", "t2_licensing.change": "-3"}),
    ("national-2021", "T2-4", {"t2_normative.issued": "2", "t2_normative.in_force": "1"}, {"t2_normative.issued": "2", "t2_normative.in_force": "40"}),
    ("national-2021", "T2-7", {"t2_fees.amount": "251000"}, {"t2_fees.amount": "25.1"}),
    ("national-2019", "T2-8", {"t2_procurement.amount": "251000"}, {"t2_procurement.amount": "25.1"}),
]  # fmt: skip


def _document(table_id: str, values: dict[str, str]) -> ReportDocument:
    document = ReportDocument.new(table_id)
    for key, text in values.items():
        row, _, column = key.partition(".")
        document.set_text(CellRef(row, column or "value"), text)
    return document


def _fired(document: ReportDocument) -> set[str]:
    return {issue.rule_id for issue in document.validator.check(document.values).issues}


@pytest.mark.parametrize(
    ("table_id", "rule_id", "failing", "passing"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_rule_fails_and_passes(
    table_id: str, rule_id: str, failing: dict[str, str], passing: dict[str, str]
) -> None:
    assert rule_id in _fired(_document(table_id, failing))
    assert rule_id not in _fired(_document(table_id, passing))


@pytest.mark.parametrize("table_id", ["national-2014", "national-2019", "national-2021"])
def test_every_rule_of_the_table_has_a_case(table_id: str) -> None:
    declared = {check.rule_id for check in catalog.load_table(table_id).checks}
    covered = {rule for table, rule, _, _ in CASES if table == table_id}
    assert declared == covered


@pytest.mark.parametrize("table_id", ["national-2014", "national-2019", "national-2021"])
def test_an_empty_report_breaks_no_rule_and_every_cell_is_unfilled(table_id: str) -> None:
    document = ReportDocument.new(table_id)
    findings = document.validator.check(document.values)
    assert findings.issues == ()
    assert len(findings.blanks) == len(list(document.table.cells()))


def test_message_says_what_is_wrong_and_what_the_value_should_be() -> None:
    document = _document("national-2014", {"c1": "4", "c1_online": "1", "c1_mail": "2"})
    (issue,) = document.validator.check(document.values).issues
    assert issue.message == "收到申请数应等于四种申请方式之和 3，现为 4"
    assert (issue.expected, issue.actual, issue.imbalance) == (3, 4, 1)
    assert issue.target == CellRef("c1", "value")


def test_column_rules_name_the_column_in_their_message() -> None:
    document = _document("national-2021", {"t3_new.research": "2", "t3_new.total": "2"})
    messages = [
        i.message for i in document.validator.check(document.values).issues if i.rule_id == "T3-1"
    ]
    assert any(m.startswith("“科研机构”列") for m in messages)


def test_blank_counts_as_zero_so_other_rules_still_run() -> None:
    document = _document("national-2014", {"c1": "3", "c1_online": "1", "c1_mail": "2"})
    findings = document.validator.check(document.values)
    assert "A6" not in {i.rule_id for i in findings.issues}
    assert CellRef("c1_person", "value") in findings.blanks  # reported as 未填写, not as an error


def test_not_applicable_counts_as_zero_and_is_not_blank() -> None:
    document = _document(
        "national-2021", {"t2_regulations.issued": "/", "t2_regulations.in_force": "/"}
    )
    findings = document.validator.check(document.values)
    assert findings.issues == ()
    assert CellRef("t2_regulations", "issued") not in findings.blanks


def test_computed_cells_are_the_totals() -> None:
    validator = catalog.validator_for("national-2014")
    assert CellRef("c1", "value") in validator.computed_cells
    assert CellRef("c1_person", "value") not in validator.computed_cells
    validator21 = catalog.validator_for("national-2021")
    assert CellRef("t3_total", "natural") in validator21.computed_cells
    assert CellRef("t3_open", "total") in validator21.computed_cells
    assert CellRef("t4_cases", "rv_total") in validator21.computed_cells


def test_money_totals_are_exact() -> None:
    document = _document("national-2021", {"t2_fees.amount": "0.0001"})
    document.values[CellRef("t2_fees", "amount")] += Decimal("0.0002")
    assert document.values[CellRef("t2_fees", "amount")] == Decimal("0.0003")
