"""What a check finds: issues (rule violations) and the per-cell state the editor paints."""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import NamedTuple

from govinfo_desktop.core.messages import CHINESE, ENGLISH, MessageTemplate, render
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import format_number


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"

    @property
    def label(self) -> str:
        return "错误" if self is Severity.ERROR else "警告"

    @property
    def rank(self) -> int:
        return 2 if self is Severity.ERROR else 1


class Issue(NamedTuple):
    """A finding as data — its code (the rule id), cells and parameters; words come at the edge."""

    rule_id: str
    severity: Severity
    cells: tuple[CellRef, ...]  # every cell the rule instance reads; the first is the one to fix
    expected: Decimal
    actual: Decimal
    template: MessageTemplate
    context: tuple[
        tuple[str, str], ...
    ] = ()  # the table's words for the place: label, row, column…
    relation: str = "="
    check_index: int = -1  # which compiled check found it (stable within one table)
    blank_sides: tuple[bool, bool] = (False, False)  # (actual, expected) read only blank cells

    @property
    def code(self) -> str:
        return self.rule_id

    @property
    def target(self) -> CellRef:
        return self.cells[0]

    @property
    def params(self) -> dict[str, str]:
        params = dict(self.context)
        params.update(
            actual=BLANK_WORDS[CHINESE] if self.blank_sides[0] else format_number(self.actual),
            expected=BLANK_WORDS[CHINESE] if self.blank_sides[1] else format_number(self.expected),
            difference=format_number(abs(self.actual - self.expected)),
            relation=self.relation,
        )
        return params

    def render(self, language: str = CHINESE) -> str:
        params = self.params
        for side, key in zip(self.blank_sides, ("actual", "expected"), strict=True):
            if side:  # “现为 未填写”, not “现为 0”: a blank is not a zero the clerk wrote
                params[key] = BLANK_WORDS.get(language, BLANK_WORDS[CHINESE])
        return render(self.template, params, language)

    @property
    def message(self) -> str:
        """The Chinese wording, for the places that print one language (PDF, CLI text, JSON)."""
        return self.render(CHINESE)

    @property
    def imbalance(self) -> Decimal:
        return self.actual - self.expected


BLANK_WORDS = {CHINESE: "未填写", ENGLISH: "blank"}


class CellState(NamedTuple):
    """What the editor shows on one cell: worst severity, blank marker, and the findings on it.

    A NamedTuple rather than a frozen dataclass: one is built per touched cell on every edit."""

    severity: Severity | None = None
    blank: bool = False
    issues: tuple[Issue, ...] = ()
    culprit: bool = False  # the one cell several failing relations share: marked strongly
    faint: bool = False  # another cell of those relations: marked faintly

    def messages(self, language: str = CHINESE) -> tuple[str, ...]:
        return tuple(issue.render(language) for issue in self.issues)

    @property
    def is_clean(self) -> bool:
        return self.severity is None and not self.blank


CLEAN = CellState()


class Findings(NamedTuple):
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

    def coded(self) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
        """(code, target cell, sorted parameters) — logic tests compare these, not Chinese sentences."""
        return [
            (issue.code, str(issue.target), tuple(sorted(issue.params.items())))
            for issue in self.issues
        ]

    def summary(self) -> str:
        return (
            f"{len(self.errors)} 个错误，{len(self.warnings)} 个警告，{len(self.blanks)} 处未填写"
        )
