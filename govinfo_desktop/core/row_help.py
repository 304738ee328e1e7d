"""填报提示 for one row: what the form prints about it, the rules that read it, and hints kept as data.

There is no official national 指标解释 for the 2019/2021 tables (formats.md §5.5), so nothing here is
worded as one: the row's own printed note, the part's printed 勾稽 note, the rules rendered from their
templates, and per-row hints from resources/help/<table>.toml (drawn from the format notes and review
practice). The window labels the whole as “填报提示（据格式文件与审核实践整理，非官方解释）”.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from govinfo_desktop.core.messages import CHINESE, VALUE_PARAMS, render
from govinfo_desktop.core.rules import Check
from govinfo_desktop.core.tabledef import TableDefinition
from govinfo_desktop.resources import resource_path

# Stands for a number in a rule rendered without a report (“…应等于各项之和 …，现为 …”).
NUMBER_MARK = "…"


@dataclass(frozen=True)
class RowHelp:
    title: str  # numbering and label, as printed
    note: str = ""  # the row's printed note, e.g. “(区分处理的，只计这一情形，不计其他情形)”
    corner: str = ""  # the part's printed 勾稽 note
    hints: tuple[str, ...] = ()
    rules: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.note or self.corner or self.hints or self.rules)


class HintsError(ValueError):
    """A hints file that does not fit its table; the message names the file and row."""


@cache
def load_hints(table_id: str) -> Mapping[str, tuple[str, ...]]:
    """Per-row hints of a bundled table (row id → lines); none when the table has no hints file."""
    path = resource_path("help", f"{table_id}.toml")
    if not path.is_file():
        return {}
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    rows = data.get("rows", {})
    hints: dict[str, tuple[str, ...]] = {}
    for row_id, entry in rows.items():
        lines = [entry] if isinstance(entry, str) else entry
        if not isinstance(lines, list) or not all(isinstance(line, str) for line in lines):
            raise HintsError(f"{path.name}：行“{row_id}”的提示应是文字或文字列表")
        hints[row_id] = tuple(lines)
    return hints


def row_help(
    table: TableDefinition,
    checks: tuple[Check, ...],
    row_id: str,
    hints: Mapping[str, tuple[str, ...]],
    language: str = CHINESE,
) -> RowHelp:
    row = table.row(row_id)
    part = table.part(row.part) if row.part else None
    return RowHelp(
        title=f"{row.number}{row.label}".translate(_FULL_WIDTH),
        note=row.note.translate(_FULL_WIDTH),
        corner=part.corner.translate(_FULL_WIDTH) if part else "",
        hints=hints.get(row_id, ()),
        rules=rules_for_row(checks, row_id, language),
    )


def rules_for_row(
    checks: tuple[Check, ...], row_id: str, language: str = CHINESE
) -> tuple[str, ...]:
    """Each rule reading a cell of the row, once (its first instance), numbers shown as “…”."""
    seen: dict[str, str] = {}
    for check in checks:
        if check.rule_id in seen or not any(cell.row == row_id for cell in check.cells):
            continue
        params = {name: NUMBER_MARK for name in VALUE_PARAMS} | dict(check.context)
        params["relation"] = check.relation
        seen[check.rule_id] = render(check.message, params, language)
    return tuple(dict.fromkeys(seen.values()))


_FULL_WIDTH = str.maketrans("()", "（）")
