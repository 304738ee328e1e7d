"""Computed totals (运算公式): totals follow their parts in dependency order; files open as they were."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from govinfo_desktop.formats.govinfo_file import dumps, loads
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")


def test_every_plan_is_in_dependency_order_without_cycles() -> None:
    for table_id in ("national-2014", "national-2019", "national-2021"):
        plan = catalog.validator_for(table_id).totals
        assert plan.parts, table_id
        placed: set[CellRef] = set()
        for total in plan.order:
            assert all(part not in plan.parts or part in placed for _, part in plan.parts[total])
            placed.add(total)
        assert placed == set(plan.parts)


def test_a_leaf_updates_row_column_and_grand_totals_of_table_three() -> None:
    session = ReportSession(consistent_document("national-2021"))
    leaf = CellRef("t3_open", "natural")
    row_total, column_total = CellRef("t3_open", "total"), CellRef("t3_total", "natural")
    grand = CellRef("t3_total", "total")
    before = {cell: session.value(cell) for cell in (row_total, column_total, grand)}
    change = session.set_values({leaf: session.value(leaf) + 5})  # type: ignore[operator]
    assert {row_total, column_total, grand} <= change.values
    for cell, value in before.items():
        assert session.value(cell) == value + 5  # type: ignore[operator]
    # T3-1 (new + carried = total + next) now fails honestly; the sums themselves do not.
    assert {i.rule_id for i in session.findings().errors} == {"T3-1"}


def test_a_total_of_blank_parts_stays_blank_and_blanks_stay_unfilled() -> None:
    session = ReportSession(ReportDocument.new("national-2021", year="2022"))
    leaf, total = CellRef("t3_open", "natural"), CellRef("t3_open", "total")
    assert session.value(total) is None and total in session.findings().blanks
    session.set_values({leaf: Decimal(2)})
    assert (
        session.value(total) == 2 and CellRef("t3_open", "commercial") in session.findings().blanks
    )
    session.set_values({leaf: None})
    assert session.value(total) is None
    assert session.findings().errors == ()


def test_not_applicable_parts_count_as_zero_but_are_not_blank() -> None:
    plan = catalog.validator_for("national-2014").totals
    person, mail = CellRef("c1_person", "value"), CellRef("c1_mail", "value")
    assert plan.value_of(C1, {person: NOT_APPLICABLE}) == 0
    assert plan.value_of(C1, {person: NOT_APPLICABLE, mail: Decimal(2)}) == 2
    assert plan.value_of(C1, {}) is None


def test_a_file_opens_with_equal_totals_computed_and_differing_ones_overridden() -> None:
    document = seed_document()
    document.values[CellRef("c2", "value")] = Decimal(7)  # differs from c2_ontime + c2_late = 3
    document.values.pop(CellRef("c3", "value"))  # blank total, filled parts
    session = ReportSession(document)
    assert session.is_computed(C1)
    assert session.is_overridden(CellRef("c2", "value"))
    assert session.value(CellRef("c3", "value")) == 3
    assert session.filled_totals == {CellRef("c3", "value"): Decimal(3)}
    assert CellRef("c2", "value") in {i.target for i in session.findings().errors}


def test_overrides_survive_a_save_and_older_programs_keep_the_key() -> None:
    session = ReportSession(seed_document())
    edit = session.override_edit(C1, True)
    assert edit is not None
    session.apply(edit)
    text = dumps(session.document)
    assert '"override": true' in text
    again = loads(text)
    assert again.overrides == {C1}
    assert ReportSession(again).is_overridden(C1)
