"""ReportSession: one open report — its document, the live check and the data side of undo — without Qt.

Every edit (one cell, a paste, a clear, a fix, a metadata field) is applied here and nowhere else; the
session re-checks incrementally and tells its listeners which cells' values and check states changed.
The window's models subscribe and repaint those cells; the CLI, 汇总 and last-year code use the same
session headless. Undo commands hold an `Edit` (before and after) and ask the session to apply a side.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from typing import NamedTuple

from govinfo_desktop.core.culprit import Fix
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.edits import Edit
from govinfo_desktop.core.fixes import best_fix
from govinfo_desktop.core.issues import CellState, Findings
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.validation import LiveValidation
from govinfo_desktop.core.values import Value


class SessionChange(NamedTuple):
    """What one applied edit changed: cell values, cells whose check state changed, a metadata key."""

    values: frozenset[CellRef] = frozenset()
    states: frozenset[CellRef] = frozenset()
    metadata_key: str | None = None

    @property
    def repaint(self) -> frozenset[CellRef]:
        return self.values | self.states


Listener = Callable[[SessionChange], None]


class ReportSession:
    def __init__(self, document: ReportDocument) -> None:
        self.document = document
        self.totals = document.validator.totals
        # Totals a file left blank, now computed from their parts (the import report names them).
        self.filled_totals: dict[CellRef, Value] = settle_totals(document)
        self.live: LiveValidation = document.validator.live(document.values)
        self._listeners: list[Callable[[], Listener | None]] = []

    # --- listeners -------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call `listener` after every applied edit; a bound method is held weakly, so a view that
        goes away simply stops listening instead of being kept alive by the session."""
        if hasattr(listener, "__self__") and hasattr(listener, "__func__"):
            self._listeners.append(weakref.WeakMethod(listener))
        else:
            self._listeners.append(lambda: listener)

    def _notify(self, change: SessionChange) -> None:
        alive: list[Callable[[], Listener | None]] = []
        for reference in self._listeners:
            listener = reference()
            if listener is not None:
                alive.append(reference)
                listener(change)
        self._listeners = alive

    # --- reading ---------------------------------------------------------------------------
    def findings(self) -> Findings:
        return self.live.findings()

    def state(self, cell: CellRef) -> CellState:
        return self.live.state(cell)

    def value(self, cell: CellRef) -> Value:
        return self.document.values.get(cell)

    def is_computed(self, cell: CellRef) -> bool:
        """A total that follows its parts (not typed over): shown as computed, not editable."""
        return self.totals.is_total(cell) and cell not in self.document.overrides

    def is_overridden(self, cell: CellRef) -> bool:
        return cell in self.document.overrides

    # --- edits -----------------------------------------------------------------------------
    def edit_for(
        self, changes: Mapping[CellRef, Value], override_totals: bool = False
    ) -> Edit | None:
        """The undoable edit that sets `changes`, without the cells that already hold their value.

        A computed total is left out (it follows its parts) unless `override_totals`: then the edit
        also turns the total's formula off, so that undo gives it back."""
        after: dict[CellRef, Value] = {}
        overriding: dict[CellRef, bool] = {}
        for cell, value in changes.items():
            if self.is_computed(cell):
                if not override_totals:
                    continue
                overriding[cell] = True
            if self.value(cell) != value or cell in overriding:
                after[cell] = value
        if not after:
            return None
        before = {cell: self.value(cell) for cell in after}
        return Edit(after, before, overriding, {cell: False for cell in overriding})

    def edit_for_pasted(self, changes: Mapping[CellRef, Value]) -> Edit | None:
        """A paste (or any block from elsewhere): a pasted total that agrees with the pasted parts
        follows them; one that differs is kept as pasted — typed over, and checked as such."""
        leaves = {cell: value for cell, value in changes.items() if not self.is_computed(cell)}
        values = {**self.document.values, **leaves}
        values.update(self.totals.recompute(values, leaves, self.document.overrides))
        kept = {c: v for c, v in changes.items() if c in leaves or values.get(c) != v}
        return self.edit_for(kept, override_totals=True)

    def override_edit(self, cell: CellRef, on: bool) -> Edit | None:
        """Type over a computed total (`on`), or give it back to its formula; None if already so."""
        if not self.totals.is_total(cell) or self.is_overridden(cell) == on:
            return None
        return Edit({}, {cell: self.value(cell)}, {cell: on}, {cell: not on})

    def apply(self, edit: Edit) -> SessionChange:
        return self.set_values(edit.after, edit.override_after)

    def revert(self, edit: Edit) -> SessionChange:
        return self.set_values(edit.before, edit.override_before)

    def set_values(
        self, changes: Mapping[CellRef, Value], overrides: Mapping[CellRef, bool] | None = None
    ) -> SessionChange:
        """Write the values, recompute the totals they feed, re-check only what they touch, and tell
        the listeners. A computed total given here is recomputed: `overrides` turns formulas off."""
        for cell, on in (overrides or {}).items():
            if on:
                self.document.overrides.add(cell)
            else:
                self.document.overrides.discard(cell)
        for cell, value in changes.items():
            self.document.set_value(cell, value)
        changed = set(changes) | set(overrides or ())
        totals = self.totals.recompute(self.document.values, changed, self.document.overrides)
        for cell, value in totals.items():
            self.document.set_value(cell, value)
        changed.update(totals)
        states = self.live.cells_changed(changed)
        change = SessionChange(values=frozenset(changed), states=frozenset(states))
        self._notify(change)
        return change

    def set_metadata(self, key: str, value: str) -> SessionChange:
        if value:
            self.document.metadata[key] = value
        else:
            self.document.metadata.pop(key, None)
        change = SessionChange(metadata_key=key)
        self._notify(change)
        return change

    # --- fixes -----------------------------------------------------------------------------
    def fix_for(self, cell: CellRef) -> Fix | None:
        """The one-step fix offered for the errors on `cell` (the culprit first), if one helps."""
        found = best_fix(self, cell)
        return None if found is None else found[0]

    def fix_edit(self, cell: CellRef) -> tuple[Fix, Edit] | None:
        """The fix and its edit: only one that leaves fewer errors than now (tried on a copy)."""
        return best_fix(self, cell)


def settle_totals(document: ReportDocument) -> dict[CellRef, Value]:
    """Decide, for a document as read, which totals follow their parts: a stored total equal to its
    parts (or blank) is computed, a differing one is an override. Returns the blank totals filled in."""
    plan = document.validator.totals
    values = document.values
    filled: dict[CellRef, Value] = {}
    for total in plan.order:
        if total in document.overrides:
            continue
        computed = plan.value_of(total, values)
        stored = values.get(total)
        if stored is None:
            if computed is not None:
                values[total] = filled[total] = computed
        elif stored != computed and not (computed is None and stored == 0):
            document.overrides.add(total)
    return filled


def check_document(document: ReportDocument) -> Findings:
    """A headless check that sees the report as the window does: blank totals computed from their parts
    (settle_totals), then every rule. The CLI, 汇总 and the PDF use it, so they never disagree with it."""
    settle_totals(document)
    return document.validator.check(document.values)


__all__ = ["Edit", "ReportSession", "SessionChange", "check_document", "settle_totals"]
