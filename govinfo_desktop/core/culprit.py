"""The likely culprit of several failing relations, and one-step fixes that never make things worse.

When one wrong cell breaks both its row relation and its column relation (or 表三's balance rule and a
sum), the failing relations share exactly that one cell: it is marked strongly, the rest of those
relations' cells faintly, instead of 22 cells alike. A fix is offered only if applying it to a copy of
the values (totals recomputed) leaves fewer errors than now; a fix of the culprit comes first.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from govinfo_desktop.core.issues import Issue, Severity
from govinfo_desktop.core.rules import Check
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Value


def find_culprits(issues: Iterable[Issue]) -> dict[int, CellRef]:
    """check index → the one cell it shares with another failing error relation (if exactly one)."""
    errors = [issue for issue in issues if issue.severity is Severity.ERROR]
    cells = [frozenset(issue.cells) for issue in errors]
    found: dict[int, CellRef] = {}
    for i, first in enumerate(errors):
        for j in range(i + 1, len(errors)):
            shared = cells[i] & cells[j]
            if len(shared) == 1:
                cell = next(iter(shared))
                found.setdefault(first.check_index, cell)
                found.setdefault(errors[j].check_index, cell)
    return found


def solve_for(
    check: Check, issue: Issue, cell: CellRef, values: Mapping[CellRef, Value]
) -> Decimal | None:
    """The value of `cell` that makes the '=' relation hold, the other cells unchanged."""
    if check.relation != "=":
        return None
    signs = [sign for sign, operand in check.left if operand == cell]
    signs += [-sign for sign, operand in check.right if operand == cell]
    if len(signs) != 1:
        return None
    current = values.get(cell)
    now = current if isinstance(current, Decimal) else Decimal(0)
    return now - issue.imbalance if signs[0] > 0 else now + issue.imbalance


class Fix(NamedTuple):
    """Set `cell` to `value`: for the culprit of several relations, or a total to the sum of its parts."""

    issue: Issue
    cell: CellRef
    value: Decimal
    culprit: bool
