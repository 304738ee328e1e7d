"""Computed totals (运算公式): every total the form defines follows its parts as the clerk types.

A total is the single left side of an '=' error rule (`Validator.computed_cells`); its definition is the
first such rule's right side (t3_total.total is both a row and a column total: either gives the same sum
when the parts agree). Totals are computed in dependency order, so a column total of row totals sees the
row totals already updated. A total whose parts are all blank stays blank (未填写), never an invented 0.
An overridden total keeps what the clerk typed; the rule then checks it as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import NamedTuple

from govinfo_desktop.core.rules import Check
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Value

Parts = tuple[tuple[int, CellRef], ...]


class TotalsPlan(NamedTuple):
    """Immutable per table: each total's parts, the order to compute them, and who depends on whom."""

    parts: Mapping[CellRef, Parts]
    order: tuple[CellRef, ...]  # a total comes after every total it reads
    dependents: Mapping[CellRef, tuple[CellRef, ...]]  # cell → totals to recompute, in order
    rank: Mapping[CellRef, int]  # position in `order`

    @classmethod
    def from_checks(cls, checks: Iterable[Check]) -> TotalsPlan:
        parts: dict[CellRef, Parts] = {}
        for check in checks:
            definition = _definition(check)
            if definition is None or definition[0] in parts:
                continue
            total, terms = definition
            if not any(_reaches(parts, cell, total) for _, cell in terms):  # never a cycle
                parts[total] = terms
        order = _dependency_order(parts)
        rank = {cell: position for position, cell in enumerate(order)}
        readers: dict[CellRef, set[CellRef]] = {}
        for total, terms in parts.items():
            for _, cell in terms:
                readers.setdefault(cell, set()).add(total)
        dependents = {
            cell: tuple(sorted(_closure(readers, cell), key=rank.__getitem__)) for cell in readers
        }
        return cls(parts, order, dependents, rank)

    def is_total(self, cell: CellRef) -> bool:
        return cell in self.parts

    def value_of(self, total: CellRef, values: Mapping[CellRef, Value]) -> Value:
        """The sum of the parts; None when every part is blank (“/” and blanks count as 0 otherwise)."""
        amount = Decimal(0)
        seen = False
        for sign, cell in self.parts[total]:
            value = values.get(cell)
            if value is None:
                continue
            seen = True
            if isinstance(value, Decimal):
                amount += value if sign > 0 else -value
        return amount if seen else None

    def recompute(
        self,
        values: Mapping[CellRef, Value],
        changed: Iterable[CellRef],
        overrides: frozenset[CellRef] | set[CellRef] = frozenset(),
    ) -> dict[CellRef, Value]:
        """The totals whose computed value differs from `values` after `changed` changed."""
        touched: set[CellRef] = set()
        for cell in changed:
            touched.update(self.dependents.get(cell, ()))
            if cell in self.parts and cell not in overrides:
                touched.add(cell)  # a total that stops being overridden follows its parts again
        return self._update(values, sorted(touched, key=self.rank.__getitem__), overrides)

    def _update(
        self,
        values: Mapping[CellRef, Value],
        totals: Iterable[CellRef],
        overrides: frozenset[CellRef] | set[CellRef],
    ) -> dict[CellRef, Value]:
        updates: dict[CellRef, Value] = {}
        view = _Overlay(values, updates)
        for total in totals:
            if total in overrides:
                continue
            computed = self.value_of(total, view)
            if computed != view.get(total):
                updates[total] = computed
        return updates


class _Overlay(Mapping[CellRef, Value]):
    """`values` with this edit's new totals on top, without copying the document."""

    def __init__(self, base: Mapping[CellRef, Value], top: Mapping[CellRef, Value]) -> None:
        self.base, self.top = base, top

    def __getitem__(self, cell: CellRef) -> Value:
        if cell in self.top:
            return self.top[cell]
        return self.base[cell]

    def get(self, cell: CellRef, default: Value = None) -> Value:  # type: ignore[override]
        if cell in self.top:
            return self.top[cell]
        return self.base.get(cell, default)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter({**self.base, **self.top})

    def __len__(self) -> int:
        return len({**self.base, **self.top})


def _definition(check: Check) -> tuple[CellRef, Parts] | None:
    if check.relation != "=" or check.severity != "error" or check.when is not None:
        return None
    if len(check.left) != 1 or check.left[0][0] != 1 or not isinstance(check.left[0][1], CellRef):
        return None
    terms: list[tuple[int, CellRef]] = []
    for sign, operand in check.right:
        if not isinstance(operand, CellRef) or sign != 1:
            return None  # only plain sums are computed; other relations are only checked
        terms.append((sign, operand))
    total = check.left[0][1]
    if any(cell == total for _, cell in terms):
        return None
    return total, tuple(terms)


def _reaches(parts: Mapping[CellRef, Parts], start: CellRef, goal: CellRef) -> bool:
    """Whether computing `start` would read `goal` (directly or through other totals)."""
    stack, seen = [start], set()
    while stack:
        cell = stack.pop()
        if cell == goal:
            return True
        if cell in seen:
            continue
        seen.add(cell)
        stack.extend(part for _, part in parts.get(cell, ()))
    return False


def _dependency_order(parts: Mapping[CellRef, Parts]) -> tuple[CellRef, ...]:
    order: list[CellRef] = []
    placed: set[CellRef] = set()

    def place(total: CellRef) -> None:
        if total in placed:
            return
        placed.add(total)
        for _, part in parts[total]:
            if part in parts:
                place(part)
        order.append(total)

    for total in parts:
        place(total)
    return tuple(order)


def _closure(readers: Mapping[CellRef, set[CellRef]], cell: CellRef) -> set[CellRef]:
    found: set[CellRef] = set()
    stack = list(readers.get(cell, ()))
    while stack:
        total = stack.pop()
        if total not in found:
            found.add(total)
            stack.extend(readers.get(total, ()))
    return found
