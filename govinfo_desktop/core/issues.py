"""What a check finds: issues (rule violations) and the per-cell state the editor paints."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from govinfo_desktop.core.tabledef import CellRef


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "警告"

    @property
    def rank(self) -> int:
        return 2 if self is Severity.ERROR else 1


@dataclass(frozen=True)
class Issue:
    rule_id: str
    severity: Severity
    cells: tuple[CellRef, ...]  # every cell the rule instance reads; the first is the one to fix
    expected: Decimal
    actual: Decimal
    message: str
    check_index: int = -1  # which compiled check found it (stable within one table)

    @property
    def target(self) -> CellRef:
        return self.cells[0]

    @property
    def imbalance(self) -> Decimal:
        return self.actual - self.expected


class CellState(NamedTuple):
    """What the editor shows on one cell: worst severity, blank marker, and the messages.

    A NamedTuple rather than a frozen dataclass: one is built per touched cell on every edit."""

    severity: Severity | None = None
    blank: bool = False
    messages: tuple[str, ...] = ()

    @property
    def is_clean(self) -> bool:
        return self.severity is None and not self.blank


CLEAN = CellState()


@dataclass(frozen=True)
class Findings:
    issues: tuple[Issue, ...]
    blanks: tuple[CellRef, ...]

    @property
    def errors(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Issue, ...]:
        return tuple(i for i in self.issues if i.severity is Severity.WARNING)

    def flatten(self) -> list[tuple[str, str]]:
        """(rule id, target cell) pairs — what tests compare, never the wording."""
        return [(issue.rule_id, str(issue.target)) for issue in self.issues]

    def summary(self) -> str:
        return (
            f"{len(self.errors)} 个错误，{len(self.warnings)} 个警告，{len(self.blanks)} 处未填写"
        )
