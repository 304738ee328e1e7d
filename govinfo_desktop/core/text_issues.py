"""Findings about the report text: coded like the table's rule findings (code, cells, parameters, wording
from a zh/en template at the edge) so they join the same problem list, the same JSON and the same panel."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.messages import CHINESE, MessageTemplate, check_template, render
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.resources import resource_path


@dataclass(frozen=True)
class TextPlace:
    """Where in the text: the section key ("" for the title and preamble), the paragraph, the span."""

    section: str
    paragraph: int = -1
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class TextIssue:
    code: str
    severity: Severity
    cells: tuple[CellRef, ...]
    context: tuple[tuple[str, str], ...]
    template: MessageTemplate
    place: TextPlace
    expected: Decimal | None = None
    actual: Decimal | None = None

    @property
    def rule_id(self) -> str:
        return self.code

    @property
    def params(self) -> dict[str, str]:
        return dict(self.context)

    @property
    def target(self) -> CellRef | None:
        return self.cells[0] if self.cells else None

    def render(self, language: str = CHINESE) -> str:
        return render(self.template, self.params, language)

    @property
    def message(self) -> str:
        return self.render(CHINESE)


@dataclass(frozen=True)
class _Code:
    severity: Severity
    template: MessageTemplate


@cache
def _codes() -> dict[str, _Code]:
    data = tomllib.loads(resource_path("text", "messages.toml").read_text("utf-8"))
    codes: dict[str, _Code] = {}
    for code, entry in data.items():
        template = MessageTemplate(str(entry["zh"]), str(entry.get("en", "")))
        check_template(template, frozenset(entry["params"]))
        codes[code] = _Code(Severity(entry["severity"]), template)
    return codes


def codes() -> tuple[str, ...]:
    return tuple(_codes())


def text_issue(
    code: str,
    place: TextPlace,
    params: Mapping[str, str],
    cells: tuple[CellRef, ...] = (),
    *,
    expected: Decimal | None = None,
    actual: Decimal | None = None,
) -> TextIssue:
    spec = _codes()[code]
    return TextIssue(
        code, spec.severity, cells, tuple(params.items()), spec.template, place, expected, actual
    )
