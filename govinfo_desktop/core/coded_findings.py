"""Findings that are not about one rule on one report's cells: a probable copy between units, a file
refused from a collection, a cross-year rule that could not apply. Coded like `Issue` (a code, a
severity, cells and parameters with a zh/en template, rendered only when someone reads it); the
messages that are not findings — import notes, file errors — are core/notices.py's catalogue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.messages import CHINESE, MessageTemplate, check_template, render
from govinfo_desktop.core.tabledef import CellRef


@dataclass(frozen=True)
class FindingKind:
    """One kind of notice: its code, severity, wording and the parameters the wording may use."""

    code: str
    severity: Severity
    template: MessageTemplate
    params: frozenset[str]

    def __post_init__(self) -> None:
        # A typo in a template is refused when the module loads, not when a clerk first meets it.
        check_template(self.template, self.params)

    def __call__(self, cells: tuple[CellRef, ...] = (), **params: object) -> CodedFinding:
        missing = self.params - set(params)
        if missing:
            raise TypeError(f"{self.code}: missing parameters {sorted(missing)}")
        return CodedFinding(self, tuple(sorted((k, str(v)) for k, v in params.items())), cells)


def finding_kind(code: str, severity: Severity, zh: str, en: str) -> FindingKind:
    template = MessageTemplate(zh, en)
    return FindingKind(code, severity, template, template.placeholders())


@dataclass(frozen=True)
class CodedFinding:
    kind: FindingKind
    context: tuple[tuple[str, str], ...]
    cells: tuple[CellRef, ...] = ()

    @property
    def code(self) -> str:
        return self.kind.code

    @property
    def severity(self) -> Severity:
        return self.kind.severity

    @property
    def params(self) -> dict[str, str]:
        return dict(self.context)

    def render(self, language: str = CHINESE) -> str:
        return render(self.kind.template, self.params, language)

    @property
    def message(self) -> str:
        return self.render(CHINESE)

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "params": self.params,
            "cells": [str(cell) for cell in self.cells],
        }
