"""ReportSession: the one place an edit is applied, headless; listeners hear which cells changed."""

from __future__ import annotations

import gc
from decimal import Decimal

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")
PARTS = {CellRef(r, "value") for r in ("c1_person", "c1_fax", "c1_online", "c1_mail")}


def test_an_edit_updates_values_findings_and_tells_listeners() -> None:
    session = ReportSession(seed_document())
    heard: list[SessionChange] = []
    session.subscribe(heard.append)
    change = session.set_values({C1: Decimal(4)})
    assert heard == [change]
    assert change.values == {C1} and change.states >= PARTS and C1 in change.repaint
    assert session.value(C1) == 4 and session.state(C1).severity is Severity.ERROR
    assert [i.target for i in session.findings().errors] == [C1]


def test_edits_record_their_inverse_and_skip_unchanged_cells() -> None:
    session = ReportSession(seed_document())
    assert session.edit_for({C1: session.value(C1)}) is None
    mail = CellRef("c1_mail", "value")
    edit = session.edit_for({C1: Decimal(4), mail: session.value(mail)})
    assert (
        edit is not None and dict(edit.after) == {C1: Decimal(4)} and dict(edit.before) == {C1: 3}
    )
    before = session.findings()
    session.set_values(edit.after)
    session.set_values(edit.before)
    assert session.findings() == before


def test_a_fix_is_an_edit_to_the_expected_total() -> None:
    session = ReportSession(seed_document())
    session.set_values({C1: Decimal(4)})
    fix = session.fix_edit(C1)
    assert fix is not None
    issue, edit = fix
    assert dict(edit.after) == {C1: issue.expected} == {C1: Decimal(3)}
    session.set_values(edit.after)
    assert session.fix_edit(C1) is None and session.state(C1).severity is not Severity.ERROR


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
    session.set_values({C1: Decimal(4)})
    assert view.heard == 1
    del view
    gc.collect()
    session.set_values({C1: Decimal(3)})  # no error, nothing kept alive
    assert session._listeners == []
