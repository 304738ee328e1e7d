"""The live (incremental) check agrees with the full check and reports just the cells whose state changed."""

from __future__ import annotations

import random
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document, seed_document


def test_one_edit_reports_the_cells_of_the_broken_rule() -> None:
    document = seed_document()
    live = document.validator.live(document.values)
    c1 = CellRef("c1", "value")
    document.values[c1] = Decimal(4)
    changed = live.cell_changed(c1)
    parts = {CellRef(r, "value") for r in ("c1_person", "c1_fax", "c1_online", "c1_mail")}
    assert c1 in changed and parts <= changed
    state = live.state(c1)
    assert state.severity is Severity.ERROR
    assert "收到申请数应等于四种申请方式之和 3，现为 4" in state.messages()
    assert CellRef("a1", "value") not in changed  # far-away cells are not repainted


def test_fixing_the_value_clears_the_state() -> None:
    document = seed_document()
    live = document.validator.live(document.values)
    c1 = CellRef("c1", "value")
    document.values[c1] = Decimal(4)
    live.cell_changed(c1)
    document.values[c1] = Decimal(3)
    changed = live.cell_changed(c1)
    assert c1 in changed
    assert live.state(c1).severity is Severity.WARNING  # only the seed's own A13 finding is left
    assert len(live.state(c1).issues) == 1


def test_clearing_a_cell_marks_it_unfilled_only() -> None:
    document = seed_document()
    live = document.validator.live(document.values)
    cell = CellRef("i1", "value")
    del document.values[cell]
    assert live.cell_changed(cell) == {cell}
    assert live.state(cell).blank and live.state(cell).severity is None


def test_an_edit_that_changes_no_finding_reports_no_state_change() -> None:
    document = consistent_document("national-2021")
    live = document.validator.live(document.values)
    cell = CellRef("t3_open", "natural")
    assert live.cell_changed(cell) == set()


@settings(max_examples=40, deadline=None)
@given(
    st.integers(min_value=0, max_value=10_000),
    st.sampled_from(["national-2014", "national-2019", "national-2021"]),
)
def test_live_findings_equal_a_full_check_after_random_edits(seed: int, table_id: str) -> None:
    rng = random.Random(seed)
    document = consistent_document(table_id, seed=seed)
    live = document.validator.live(document.values)
    cells = list(document.table.cells())
    for _ in range(15):
        cell = rng.choice(cells)
        if rng.random() < 0.2:
            document.values.pop(cell, None)
        else:
            document.values[cell] = Decimal(rng.randint(0, 30))
        live.cell_changed(cell)
    assert live.findings() == document.validator.check(document.values)
    for cell in cells:
        issues = [i for i in live.findings().issues if cell in i.cells]
        expected = max((i.severity for i in issues), key=lambda s: s.rank, default=None)
        assert live.state(cell).severity == expected
