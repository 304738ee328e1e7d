"""The culprit of a crossing row and column failure, and fixes offered only when they help."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core import fixes
from govinfo_desktop.core.culprit import Fix
from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document

LEAF = CellRef("t3_open", "natural")
ROW_TOTAL = CellRef("t3_open", "total")


def _typo_session() -> tuple[ReportSession, Decimal]:
    """A published table with one mistyped leaf: its row total and column total were typed too."""
    document = consistent_document("national-2021")
    right = document.values[LEAF]
    assert isinstance(right, Decimal)
    document.values[LEAF] = right + 10
    return ReportSession(document), right


def test_the_intersection_is_marked_strongly_the_rest_faintly() -> None:
    session, _ = _typo_session()
    assert {i.rule_id for i in session.findings().errors} == {"T3-2", "T3-3"}
    assert session.state(LEAF).culprit and not session.state(LEAF).faint
    for cell in (
        CellRef("t3_open", "commercial"),
        ROW_TOTAL,
        CellRef("t3_refused_secret", "natural"),
    ):
        state = session.state(cell)
        assert state.severity is Severity.ERROR and state.faint and not state.culprit


def test_the_culprit_fix_comes_first_and_clears_both_errors() -> None:
    session, right = _typo_session()
    fix = session.fix_for(ROW_TOTAL)  # asked from the row's message
    assert fix is not None and fix.culprit and fix.cell == LEAF and fix.value == right
    from_column = session.fix_for(CellRef("t3_total", "natural"))  # asked from the column's message
    assert from_column is not None and (from_column.cell, from_column.value) == (LEAF, right)
    found = session.fix_edit(ROW_TOTAL)
    assert found is not None
    change = session.apply(found[1])
    assert session.findings().errors == ()
    assert not session.state(LEAF).culprit and LEAF in change.states
    session.revert(found[1])
    assert session.state(LEAF).culprit


def test_a_fix_that_would_not_reduce_the_errors_is_not_offered() -> None:
    session, _ = _typo_session()
    issue = next(i for i in session.findings().errors if i.rule_id == "T3-3")
    filling_the_row_total = Fix(issue, ROW_TOTAL, issue.expected, culprit=False)
    # Filling 总计 would move the error to the 总计 column (T3-1), not remove it.
    assert fixes._errors_after(session, filling_the_row_total) >= len(session.findings().errors)


def test_no_culprit_fix_when_the_relations_disagree_on_its_value() -> None:
    document = consistent_document("national-2021")
    right = document.values[LEAF]
    assert isinstance(right, Decimal)
    document.values[LEAF] = right + 10
    document.values[ROW_TOTAL] += 5  # type: ignore[operator]  # the row now wants another value
    session = ReportSession(document)
    assert session.state(LEAF).culprit
    assert fixes._culprit_value(session, LEAF) is None
    errors = len(session.findings().errors)
    offered = session.fix_edit(ROW_TOTAL)
    if offered is not None:
        session.apply(offered[1])
        assert len(session.findings().errors) < errors


def test_culprit_marks_follow_live_edits() -> None:
    session = ReportSession(consistent_document("national-2021"))
    for total in (ROW_TOTAL, CellRef("t3_total", "natural")):
        edit = session.override_edit(total, True)
        assert edit is not None
        session.apply(edit)
    before = session.value(LEAF)
    assert isinstance(before, Decimal)
    change = session.set_values({LEAF: before + 3})
    assert session.state(LEAF).culprit and LEAF in change.states
    assert CellRef("t3_open", "legal") in change.states  # turned faint
    session.set_values({LEAF: before})
    assert (
        session.state(LEAF).severity is None
        and not session.state(CellRef("t3_open", "legal")).faint
    )


def test_table_three_balance_rule_shares_a_culprit_with_the_row_sum() -> None:
    document = consistent_document("national-2021")
    cell = CellRef("t3_new", "total")
    document.values[cell] += 4  # type: ignore[operator]
    session = ReportSession(document)
    assert {i.rule_id for i in session.findings().errors} == {"T3-1", "T3-3"}
    assert session.state(cell).culprit
    found = session.fix_edit(cell)
    assert found is not None and found[0].cell == cell
    session.apply(found[1])
    assert session.findings().errors == () and session.is_computed(cell)


def test_a_blank_total_is_said_to_be_unfilled_not_zero() -> None:
    from tests.helpers import seed_document  # noqa: PLC0415

    session = ReportSession(seed_document())
    total = CellRef("c1", "value")
    edit = session.edit_for({total: None}, override_totals=True)  # typed over, then cleared
    assert edit is not None
    session.apply(edit)
    (issue,) = [i for i in session.findings().errors if i.target == total]
    assert issue.render().endswith("现为 未填写")
    assert issue.render("en").endswith("it is blank")
    assert issue.params["actual"] == "未填写"


def test_more_carried_over_than_received_is_reported_once() -> None:
    for table_id in ("national-2019", "national-2021"):
        session = ReportSession(consistent_document(table_id))
        cell = CellRef("t3_next", "natural")
        session.set_values({cell: session.value(cell) + 1000})  # type: ignore[operator]
        rules = [i.rule_id for i in session.findings().errors]
        assert rules == ["T3-4", "T3-4"], (table_id, rules)  # its column and the 总计 column
