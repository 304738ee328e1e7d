"""An edit as data: the values (and total overrides) after it and before it, recorded when it is made."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Value


@dataclass(frozen=True)
class Edit:
    """An edit and its inverse, recorded when it is made: undo applies `before`, redo `after`.

    Totals the edit recomputes are not recorded: they follow their parts on either side. An override
    (a total the clerk types over, or gives back to the formula) records the flag on both sides."""

    after: Mapping[CellRef, Value] = field(default_factory=dict)
    before: Mapping[CellRef, Value] = field(default_factory=dict)
    override_after: Mapping[CellRef, bool] = field(default_factory=dict)
    override_before: Mapping[CellRef, bool] = field(default_factory=dict)

    @property
    def first_cell(self) -> CellRef:
        return next(iter(self.after or self.override_after))
