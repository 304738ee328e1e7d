"""The per-cell rule of a total, kept as a running sum so that units can be added one at a time and let
go (the CLI's streaming 汇总), and a compact form of a unit's values to keep instead of its report.

The rule (shared with `aggregate.sum_reports`): a Decimal sum when any unit has a number, added in unit
order from Decimal(0) exactly as `sum()` does; "/" when every unit wrote "/"; blank otherwise. Values are
the units' as settled (`session.settle_totals`: a blank total counts as its parts' sum).
"""

from __future__ import annotations

import hashlib
import zlib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE, Value

ZERO = Decimal(0)
_SEPARATOR = "\x1f"  # never inside a Decimal's text or "/"


class RunningSum:
    """Per-cell totals over `cells`, updated one unit at a time (no unit is kept)."""

    def __init__(self, cells: Sequence[CellRef]) -> None:
        self.cells = tuple(cells)
        self._sums: list[Decimal | None] = [None] * len(self.cells)
        self._all_marked = [True] * len(self.cells)
        self.units = 0

    def add(self, values: Mapping[CellRef, Value]) -> None:
        self.add_row([values.get(cell) for cell in self.cells])

    def add_row(self, row: Sequence[Value]) -> None:
        """One unit's values in the order of `cells`."""
        sums, marked = self._sums, self._all_marked
        for index, value in enumerate(row):
            if isinstance(value, Decimal):
                before = sums[index]
                sums[index] = (ZERO if before is None else before) + value
            if value is not NOT_APPLICABLE:
                marked[index] = False
        self.units += 1

    def result(self) -> dict[CellRef, Value]:
        """The total's non-blank cells, in the order of `cells`."""
        total: dict[CellRef, Value] = {}
        for cell, amount, marked in zip(self.cells, self._sums, self._all_marked, strict=True):
            if amount is not None:
                total[cell] = amount
            elif marked and self.units:
                total[cell] = NOT_APPLICABLE
        return total


def pack_row(row: Iterable[Value]) -> bytes:
    """A unit's values as one compressed bytes (~1 byte a cell): exact, each Decimal keeps its text."""
    text = _SEPARATOR.join("" if v is None else "/" if v is NOT_APPLICABLE else str(v) for v in row)
    return zlib.compress(text.encode("ascii"))


def unpack_row(packed: bytes, shared: dict[str, Value] | None = None) -> list[Value]:
    """The values of `pack_row`; with `shared`, equal texts give one object (many rows held at once)."""
    items = zlib.decompress(packed).decode("ascii").split(_SEPARATOR)
    if shared is None:
        return [_decode(item) for item in items]
    return [
        shared[item] if item in shared else shared.setdefault(item, _decode(item)) for item in items
    ]


def _decode(item: str) -> Value:
    if not item:
        return None
    return NOT_APPLICABLE if item == "/" else Decimal(item)


def copy_key(row: Sequence[Value]) -> bytes | None:
    """A digest equal for rows of equal values (1.0 == 1 as the values compare), or None when the row
    has no non-zero number (such rows are never called copies of each other)."""
    if not any(isinstance(value, Decimal) and value != 0 for value in row):
        return None
    parts = (
        "" if v is None else "/" if v is NOT_APPLICABLE else "0" if v == 0 else str(v.normalize())
        for v in row
    )
    return hashlib.blake2b(_SEPARATOR.join(parts).encode(), digest_size=16).digest()
