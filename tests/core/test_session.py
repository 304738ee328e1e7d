"""ReportSession: the one place an edit is applied, headless; listeners hear which cells changed."""

from __future__ import annotations

import gc
from decimal import Decimal

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")


MAIL = CellRef("c1_mail", "value")


def _overridden(session: ReportSession, value: Decimal) -> None:
    edit = session.edit_for({C1: value}, override_totals=True)
    assert edit is not None
    session.apply(edit)


def test_an_edit_updates_values_totals_findings_and_tells_listeners() -> None:
    session = ReportSession(seed_document())
    heard: list[SessionChange] = []
    session.subscribe(heard.append)
    change = session.set_values({MAIL: Decimal(3)})
    assert heard == [change]
    assert change.values == {MAIL, C1} and C1 in change.repaint  # the total followed its part
    assert session.value(C1) == 4 and session.state(C1).severity is not Severity.ERROR
    assert session.findings().errors == ()


def test_a_typed_total_is_an_override_with_its_inverse() -> None:
    session = ReportSession(seed_document())
    assert session.is_computed(C1)
    assert session.edit_for({C1: Decimal(4)}) is None  # a computed total is not typed over silently
    edit = session.edit_for({C1: Decimal(4), MAIL: session.value(MAIL)}, override_totals=True)
    assert (
        edit is not None and dict(edit.after) == {C1: Decimal(4)} and dict(edit.before) == {C1: 3}
    )
    assert dict(edit.override_after) == {C1: True} and dict(edit.override_before) == {C1: False}
    before = session.findings()
    session.apply(edit)
    assert session.is_overridden(C1) and session.state(C1).severity is Severity.ERROR
    assert [i.target for i in session.findings().errors] == [C1]
    session.revert(edit)
    assert session.is_computed(C1) and session.findings() == before


def test_a_fix_gives_an_overridden_total_back_to_its_formula() -> None:
    session = ReportSession(seed_document())
    _overridden(session, Decimal(4))
    fix = session.fix_edit(C1)
    assert fix is not None
    found, edit = fix
    assert not found.culprit and dict(edit.after) == {C1: found.value} == {C1: Decimal(3)}
    session.apply(edit)
    assert session.fix_edit(C1) is None and session.state(C1).severity is not Severity.ERROR
    assert session.is_computed(C1)
    session.set_values({MAIL: Decimal(5)})
    assert session.value(C1) == 6
    session.revert(edit)
    assert session.is_overridden(C1) and session.value(C1) == 4


def test_the_override_action_is_undoable_and_a_typed_total_stays_put() -> None:
    session = ReportSession(seed_document())
    on = session.override_edit(C1, True)
    assert on is not None and session.override_edit(C1, False) is None
    session.apply(on)
    assert session.override_edit(C1, True) is None
    session.set_values({MAIL: Decimal(7)})
    assert session.value(C1) == 3  # typed over: stays as the clerk left it, and is checked
    assert session.state(C1).severity is Severity.ERROR
    session.revert(on)
    assert session.is_computed(C1) and session.value(C1) == 8 and not session.findings().errors


def test_metadata_edits_are_applied_and_reported() -> None:
    session = ReportSession(consistent_document("national-2021"))
    heard: list[SessionChange] = []
    session.subscribe(heard.append)
    session.set_metadata("unit", "某县自然资源局")
    session.set_metadata("phone", "")
    assert session.document.metadata["unit"] == "某县自然资源局"
    assert "phone" not in session.document.metadata
    assert [c.metadata_key for c in heard] == ["unit", "phone"]


def test_a_listening_object_that_goes_away_stops_listening() -> None:
    session = ReportSession(seed_document())

    class View:
        def __init__(self) -> None:
            self.heard = 0

        def changed(self, change: SessionChange) -> None:
            self.heard += 1

    view = View()
    session.subscribe(view.changed)
    session.set_values({MAIL: Decimal(4)})
    assert view.heard == 1
    del view
    gc.collect()
    session.set_values({MAIL: Decimal(3)})  # no error, nothing kept alive
    assert session._listeners == []
