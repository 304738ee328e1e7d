"""Number fields in the report text: their current value from the table, and a tracker that follows
every edit of the table through the ReportSession and says which fields now show something else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_model import FieldRef
from govinfo_desktop.core.values import Value, format_value

BLANK_MARK = "【未填】"  # what a field shows while one of its cells is blank


def field_value(field: FieldRef, values: Mapping[CellRef, Value]) -> Decimal | None:
    """The sum of the field's cells; None while any of them is blank ("/" counts as 0)."""
    total = Decimal(0)
    for cell in field.cells:
        value = values.get(cell)
        if value is None:
            return None
        if isinstance(value, Decimal):
            total += value
    return total


def field_text(field: FieldRef, values: Mapping[CellRef, Value]) -> str:
    """What the field shows in the text: the number as clerks write it in prose (no grouping)."""
    value = field_value(field, values)
    return BLANK_MARK if value is None else format_value(value, grouping=False)


FieldListener = Callable[[list[FieldRef]], None]


class FieldTracker:
    """Keeps an index cell → fields, and after each edit of the table calls `listener` with the fields
    whose cells changed (the view then re-renders only those)."""

    def __init__(self, session: ReportSession, listener: FieldListener) -> None:
        self.session = session
        self._listener = listener
        self._by_cell: dict[CellRef, list[FieldRef]] = defaultdict(list)
        session.subscribe(self._on_change)

    def track(self, fields: Iterable[FieldRef]) -> None:
        """Replace the tracked set (called when the text's fields are added or removed)."""
        self._by_cell.clear()
        for field in set(fields):
            for cell in field.cells:
                self._by_cell[cell].append(field)

    def add(self, field: FieldRef) -> None:
        for cell in field.cells:
            if field not in self._by_cell[cell]:
                self._by_cell[cell].append(field)

    def text(self, field: FieldRef) -> str:
        return field_text(field, self.session.document.values)

    def affected(self, cells: Iterable[CellRef]) -> list[FieldRef]:
        seen: dict[FieldRef, None] = {}
        for cell in cells:
            for field in self._by_cell.get(cell, ()):
                seen[field] = None
        return list(seen)

    def _on_change(self, change: SessionChange) -> None:
        fields = self.affected(change.values)
        if fields:
            self._listener(fields)
