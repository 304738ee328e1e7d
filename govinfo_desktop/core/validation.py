"""The validation engine: a full check, and a live one that re-runs only the checks a changed cell touches.

Blank policy (tested): a blank input cell is reported as 未填写 — not an error — and counts as 0 in
arithmetic so the other rules still run; "/" is only accepted where the row may not apply, and counts as 0.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from govinfo_desktop.core.culprit import find_culprits
from govinfo_desktop.core.issues import CLEAN, CellState, Findings, Issue, Severity
from govinfo_desktop.core.rules import Check
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.core.totals import TotalsPlan
from govinfo_desktop.core.values import Value

_BLANK = CellState(blank=True)


class Validator:
    """Immutable: a table's compiled checks and the index from each cell to the checks that read it."""

    def __init__(self, table: TableDefinition, checks: tuple[Check, ...]) -> None:
        self.table = table
        self.checks = checks
        self.input_cells = tuple(table.cells())
        index: dict[CellRef, list[int]] = defaultdict(list)
        for check in checks:
            for cell in check.cells:
                index[cell].append(check.index)
        self.checks_for_cell: dict[CellRef, tuple[int, ...]] = {
            cell: tuple(found) for cell, found in index.items()
        }
        self.totals = TotalsPlan.from_checks(checks)
        self.computed_cells = frozenset(self.totals.parts)

    def check(self, values: Mapping[CellRef, Value]) -> Findings:
        issues = [issue for check in self.checks if (issue := check.evaluate(values)) is not None]
        blanks = tuple(cell for cell in self.input_cells if values.get(cell) is None)
        return Findings(tuple(issues), blanks)

    def live(self, values: Mapping[CellRef, Value]) -> LiveValidation:
        return LiveValidation(self, values)


class LiveValidation:
    """Keeps the findings of one report current as cells change; reads `values` when told a cell changed."""

    def __init__(self, validator: Validator, values: Mapping[CellRef, Value]) -> None:
        self.validator = validator
        self.values = values
        self._issues: dict[int, Issue] = {}
        self._blanks: set[CellRef] = set()
        self._states: dict[CellRef, CellState] = {}
        self._culprits: dict[int, CellRef] = {}  # check index → the cell it shares with another
        self.recheck_all()

    def recheck_all(self) -> None:
        findings = self.validator.check(self.values)
        self._issues = {issue.check_index: issue for issue in findings.issues}
        self._blanks = set(findings.blanks)
        self._culprits = find_culprits(self._issues.values())
        self._states = {}
        for cell in self.validator.input_cells:
            state = self._compute_state(cell)
            if not state.is_clean:
                self._states[cell] = state

    def cell_changed(self, cell: CellRef) -> set[CellRef]:
        """Re-run the checks that read `cell`; return the cells whose state (colour, tooltip) changed."""
        return self.cells_changed((cell,))

    def cells_changed(self, cells: Iterable[CellRef]) -> set[CellRef]:
        touched: set[CellRef] = set()
        check_indexes: set[int] = set()
        changed_issues = False
        for cell in cells:
            touched.add(cell)
            if self.values.get(cell) is None:
                self._blanks.add(cell)
            else:
                self._blanks.discard(cell)
            check_indexes.update(self.validator.checks_for_cell.get(cell, ()))
        for index in check_indexes:
            before = self._issues.get(index)
            after = self.validator.checks[index].evaluate(self.values)
            if before == after:
                continue
            if after is None:
                del self._issues[index]
            else:
                self._issues[index] = after
            touched.update(self.validator.checks[index].cells)
            changed_issues = True
        if changed_issues:
            touched.update(self._update_culprits())
        return {cell for cell in touched if self._refresh_state(cell)}

    def _update_culprits(self) -> set[CellRef]:
        """Cells of the relations whose culprit changed (their marks change)."""
        before, after = self._culprits, find_culprits(self._issues.values())
        self._culprits = after
        touched: set[CellRef] = set()
        for index in before.keys() | after.keys():
            if before.get(index) != after.get(index):
                touched.update(self.validator.checks[index].cells)
        return touched

    def culprit_of(self, check_index: int) -> CellRef | None:
        return self._culprits.get(check_index)

    def _refresh_state(self, cell: CellRef) -> bool:
        state = self._compute_state(cell)
        if state == self._states.get(cell, CLEAN):
            return False
        if state.is_clean:
            self._states.pop(cell, None)
        else:
            self._states[cell] = state
        return True

    def _compute_state(self, cell: CellRef) -> CellState:
        blank = cell in self._blanks
        worst: Severity | None = None
        found: list[Issue] = []
        for index in self.validator.checks_for_cell.get(cell, ()):
            issue = self._issues.get(index)
            if issue is None:
                continue
            found.append(issue)
            if worst is not Severity.ERROR:
                worst = issue.severity
        if worst is None:
            return _BLANK if blank else CLEAN
        culprit = faint = False
        if worst is Severity.ERROR and self._culprits:
            errors = [i.check_index for i in found if i.severity is Severity.ERROR]
            culprit = any(self._culprits.get(index) == cell for index in errors)
            faint = not culprit and all(index in self._culprits for index in errors)
        return CellState(worst, blank, tuple(found), culprit, faint)

    def state(self, cell: CellRef) -> CellState:
        return self._states.get(cell, CLEAN)

    def findings(self) -> Findings:
        issues = tuple(self._issues[index] for index in sorted(self._issues))
        blanks = tuple(cell for cell in self.validator.input_cells if cell in self._blanks)
        return Findings(issues, blanks)
