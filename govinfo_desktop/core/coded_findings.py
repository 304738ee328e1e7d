"""Findings that are not about one rule on one report's cells: a probable copy between units, a file
refused from a collection, a cross-year rule that could not apply. Each kind is a catalogue entry
(core/notices.py: a stable code, its parameters, zh/en wording, refused at load when a template names
an undeclared parameter or a code is used twice) plus the severity it is reported with; a finding is
that entry's `Notice` with the cells it concerns, rendered only when someone reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.messages import MessageTemplate
from govinfo_desktop.core.notices import Coded, Entry, Notice, entry
from govinfo_desktop.core.tabledef import CellRef


@dataclass(frozen=True)
class FindingKind:
    """One kind of finding: its catalogue entry and the severity it is reported with."""

    entry: Entry
    severity: Severity

    @property
    def code(self) -> str:
        return self.entry.code

    def __call__(self, cells: tuple[CellRef, ...] = (), **params: object) -> CodedFinding:
        texts = {name: str(value) for name, value in params.items()}
        return CodedFinding(Notice(self.entry, texts), self.severity, cells)


def finding_kind(code: str, severity: Severity, zh: str, en: str) -> FindingKind:
    """Declare a kind of finding; its parameters are the names its wording uses."""
    names = " ".join(sorted(MessageTemplate(zh, en).placeholders()))
    return FindingKind(entry(code, names, zh, en), severity)


@dataclass(frozen=True)
class CodedFinding(Coded):
    notice: Notice
    severity: Severity
    cells: tuple[CellRef, ...] = ()

    @property
    def message(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {
            "severity": str(self.severity),
            "code": self.code,
            "message": self.message,
            "params": self.params,
            "cells": [str(cell) for cell in self.cells],
        }
