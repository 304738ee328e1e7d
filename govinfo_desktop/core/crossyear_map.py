"""Which of last year's cells mean the same as this year's, per pair of table formats — read from
resources/crossyear/pairs.toml (data, not code) and checked against both tables when loaded."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from govinfo_desktop.core import catalog
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.resources import resource_path

RULES = ("X-CARRY", "X-INFORCE", "X-SAME", "X-RATIO")
RULE_NAMES = {
    "X-CARRY": "上年结转与上年结转下年度",
    "X-INFORCE": "现行有效件数推算",
    "X-SAME": "整表与上年相同",
    "X-RATIO": "与上年相差十倍以上",
}


class CrossYearMapError(ValueError):
    """The mapping file names a row or cell a table does not have."""


@dataclass(frozen=True)
class YearPair:
    last: str
    this: str
    cells: tuple[tuple[CellRef, CellRef], ...] = ()  # (last year's cell, this year's cell)
    same_format: bool = False
    carry: bool = False
    in_force: bool = False
    reasons: dict[str, str] = field(default_factory=dict)  # rule → why it cannot apply

    def applies(self, rule: str) -> bool:
        enabled = {
            "X-CARRY": self.carry,
            "X-INFORCE": self.in_force,
            "X-SAME": self.same_format,
            "X-RATIO": bool(self.cells),
        }
        return enabled[rule]

    def reason(self, rule: str) -> str:
        return self.reasons.get(rule, "两年的表格格式没有可对照的行")


def _cell(text: str, table_id: str) -> CellRef:
    row, _, column = text.partition(".")
    cell = CellRef(row, column)
    if not catalog.table(table_id).has_cell(cell):
        raise CrossYearMapError(f"上年对照表：{table_id} 没有单元格“{text}”")
    return cell


def _pair(entry: dict[str, Any]) -> YearPair:
    last, this = str(entry["last"]), str(entry["this"])
    last_table, this_table = catalog.table(last), catalog.table(this)
    cells: list[tuple[CellRef, CellRef]] = []
    if entry.get("same") == "all":
        cells = [(cell, cell) for cell in this_table.cells()]
    for row_id in entry.get("rows", ()):
        for column in this_table.columns_for(row_id):
            cell = CellRef(row_id, column.id)
            if not last_table.has_cell(cell):
                raise CrossYearMapError(f"上年对照表：{last} 没有单元格“{cell}”")
            cells.append((cell, cell))
    for item in entry.get("cells", ()):
        cells.append((_cell(item["last"], last), _cell(item["this"], this)))
    reasons = {str(item["rule"]): str(item["reason"]) for item in entry.get("not_applicable", ())}
    unknown = set(reasons) - set(RULES)
    if unknown:
        raise CrossYearMapError(f"上年对照表：未知规则 {sorted(unknown)}")
    return YearPair(
        last,
        this,
        tuple(cells),
        entry.get("same") == "all",
        bool(entry.get("carry")),
        bool(entry.get("in_force")),
        reasons,
    )


@cache
def pairs() -> dict[tuple[str, str], YearPair]:
    with resource_path("crossyear", "pairs.toml").open("rb") as stream:
        data = tomllib.load(stream)
    loaded = [_pair(entry) for entry in data.get("pairs", ())]
    return {(pair.last, pair.this): pair for pair in loaded}


def pair_for(last: str, this: str) -> YearPair:
    """The pair's mapping; a pair the file does not list compares nothing (every rule says why)."""
    found = pairs().get((last, this))
    if found is not None:
        return found
    reason = (
        f"没有{catalog.table(last).name}到{catalog.table(this).name}的对照"
    )
    return YearPair(last, this, reasons=dict.fromkeys(RULES, reason))
