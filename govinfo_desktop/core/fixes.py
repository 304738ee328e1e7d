"""One-step fixes for a failing relation, each tried on a copy of the values before it is offered.

Candidates, in order: the culprit several failing relations share (set to the value that makes them
hold), then the relation's total (its parts' sum: an overridden total goes back to its formula). The
first candidate that leaves fewer errors than now is offered; none is offered that would not.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Protocol

from govinfo_desktop.core.culprit import Fix, solve_for
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.edits import Edit
from govinfo_desktop.core.issues import CellState, Findings, Severity
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.totals import TotalsPlan
from govinfo_desktop.core.validation import LiveValidation
from govinfo_desktop.core.values import InvalidValue, Value


class ReportSession(Protocol):
    """What a fix needs of the session (core/session.py), which asks this module for its fixes."""

    document: ReportDocument
    live: LiveValidation
    totals: TotalsPlan

    def findings(self) -> Findings: ...

    def state(self, cell: CellRef) -> CellState: ...

    def value(self, cell: CellRef) -> Value: ...

    def is_computed(self, cell: CellRef) -> bool: ...

    def is_overridden(self, cell: CellRef) -> bool: ...

    def edit_for(
        self, changes: Mapping[CellRef, Value], override_totals: bool = False
    ) -> Edit | None: ...


def best_fix(session: ReportSession, cell: CellRef) -> tuple[Fix, Edit] | None:
    """The first fix for the errors on `cell` that makes the report better, with its edit."""
    errors_now = len(session.findings().errors)
    tried: set[tuple[CellRef, Decimal]] = set()
    for fix in _candidates(session, cell):
        if (fix.cell, fix.value) in tried:
            continue
        tried.add((fix.cell, fix.value))
        edit = fix_edit(session, fix)
        if edit is not None and _errors_after(session, fix) < errors_now:
            return fix, edit
    return None


def _candidates(session: ReportSession, cell: CellRef) -> Iterator[Fix]:
    errors = [i for i in session.state(cell).issues if i.severity is Severity.ERROR]
    for issue in errors:
        culprit = session.live.culprit_of(issue.check_index)
        if culprit is not None:
            value = _culprit_value(session, culprit)
            if value is not None:
                yield Fix(issue, culprit, value, culprit=True)
    checks = session.document.validator.checks
    for issue in errors:
        check = checks[issue.check_index]
        if check.relation == "=" and len(check.left) == 1 and check.left[0] == (1, issue.target):
            yield Fix(issue, issue.target, issue.expected, culprit=False)


def _culprit_value(session: ReportSession, culprit: CellRef) -> Decimal | None:
    """The one value of the culprit that satisfies every failing relation it is the culprit of."""
    checks = session.document.validator.checks
    answers: set[Decimal] = set()
    for issue in session.findings().errors:
        if session.live.culprit_of(issue.check_index) != culprit:
            continue
        value = solve_for(checks[issue.check_index], issue, culprit, session.document.values)
        if value is None:
            return None
        answers.add(value)
    if len(answers) != 1:
        return None
    value = answers.pop()
    try:
        parsed = session.document.parse_for(culprit, str(value))
    except InvalidValue:
        return None  # a negative count, a fraction of a case: not a fix
    return parsed if isinstance(parsed, Decimal) else None


def fix_edit(session: ReportSession, fix: Fix) -> Edit | None:
    cell, before = fix.cell, session.value(fix.cell)
    if session.is_overridden(cell):
        if fix.value == session.totals.value_of(cell, session.document.values):
            return Edit({cell: fix.value}, {cell: before}, {cell: False}, {cell: True})
        return Edit({cell: fix.value}, {cell: before})
    if session.is_computed(cell):
        return None  # follows its parts: fixing it means fixing a part
    return session.edit_for({cell: fix.value})


def _errors_after(session: ReportSession, fix: Fix) -> int:
    values: dict[CellRef, Value] = dict(session.document.values)
    overrides = set(session.document.overrides)
    values[fix.cell] = fix.value
    if fix.cell in overrides and fix.value == session.totals.value_of(fix.cell, values):
        overrides.discard(fix.cell)
    values.update(session.totals.recompute(values, {fix.cell}, overrides))
    return len(session.document.validator.check(values).errors)
