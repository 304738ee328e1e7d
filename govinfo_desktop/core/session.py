"""ReportSession: one open report — its document, the live check and the data side of undo — without Qt.

Every edit (one cell, a paste, a clear, a fix, a metadata field) is applied here and nowhere else; the
session re-checks incrementally and tells its listeners which cells' values and check states changed.
The window's models subscribe and repaint those cells; the CLI, 汇总 and last-year code use the same
session headless. Undo commands hold an `Edit` (before and after) and ask the session to apply a side.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import CellState, Findings, Issue
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.validation import LiveValidation
from govinfo_desktop.core.values import Value


@dataclass(frozen=True)
class SessionChange:
    """What one applied edit changed: cell values, cells whose check state changed, a metadata key."""

    values: frozenset[CellRef] = frozenset()
    states: frozenset[CellRef] = frozenset()
    metadata_key: str | None = None

    @property
    def repaint(self) -> frozenset[CellRef]:
        return self.values | self.states


@dataclass(frozen=True)
class Edit:
    """An edit and its inverse, recorded when it is made: undo applies `before`, redo `after`."""

    after: Mapping[CellRef, Value] = field(default_factory=dict)
    before: Mapping[CellRef, Value] = field(default_factory=dict)

    @property
    def first_cell(self) -> CellRef:
        return next(iter(self.after))


Listener = Callable[[SessionChange], None]


class ReportSession:
    def __init__(self, document: ReportDocument) -> None:
        self.document = document
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

    # --- edits -----------------------------------------------------------------------------
    def edit_for(self, changes: Mapping[CellRef, Value]) -> Edit | None:
        """The undoable edit that sets `changes`, without the cells that already hold their value."""
        after = {cell: value for cell, value in changes.items() if self.value(cell) != value}
        if not after:
            return None
        return Edit(after, {cell: self.value(cell) for cell in after})

    def set_values(self, changes: Mapping[CellRef, Value]) -> SessionChange:
        """Write the values, re-check only what they touch, and tell the listeners."""
        for cell, value in changes.items():
            self.document.set_value(cell, value)
        states = self.live.cells_changed(changes)
        change = SessionChange(values=frozenset(changes), states=frozenset(states))
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
    def fixable_issue(self, cell: CellRef) -> Issue | None:
        """The violated sum rule whose total is `cell` (“填入合计 X” applies), if any."""
        checks = self.document.validator.checks
        for issue in self.live.findings().issues:
            check = checks[issue.check_index]
            if (
                issue.target == cell
                and check.relation == "="
                and len(check.left) == 1
                and check.left[0][1] == cell
            ):
                return issue
        return None

    def fix_edit(self, cell: CellRef) -> tuple[Issue, Edit] | None:
        issue = self.fixable_issue(cell)
        if issue is None:
            return None
        edit = self.edit_for({issue.target: issue.expected})
        return None if edit is None else (issue, edit)
