"""Shared test data: the seed's table (岳阳县2017, 本级政府) and builders for filled reports."""

from __future__ import annotations

import random
import subprocess
import sys
from decimal import Decimal

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import ValueKind

# The seed's appendix, row by row, as printed (专项经费 h4 is blank in the seed).
SEED_VALUES: dict[str, str] = {
    "a1": "31535", "a1_norms": "27", "a1_made": "27",
    "a2_gazette": "53", "a2_website": "12277", "a2_weibo": "2915", "a2_wechat": "460",
    "a2_other": "15776",
    "b1": "5", "b2_press": "1", "b2_press_lead": "1", "b2_online": "1", "b2_online_lead": "1",
    "b2_articles": "1", "b2_weibo": "0", "b2_other": "0",
    "c1": "3", "c1_person": "0", "c1_fax": "0", "c1_online": "1", "c1_mail": "2",
    "c2": "3", "c2_ontime": "3", "c2_late": "0",
    "c3": "3", "c3_published": "0", "c3_agree": "3", "c3_partial": "0", "c3_refuse": "0",
    "c3_secret": "0", "c3_commercial": "0", "c3_privacy": "0", "c3_security": "0",
    "c3_not_gov_info": "0", "c3_other_law": "0",
    "c3_not_ours": "0", "c3_not_exist": "0", "c3_amend": "0", "c3_elsewhere": "0",
    "s4": "15", "s4_upheld": "9", "s4_corrected": "2", "s4_other": "4",
    "s5": "16", "s5_upheld": "12", "s5_corrected": "2", "s5_other": "2",
    "s6": "0", "s7": "0",
    "h1": "1", "h2": "1", "h3": "4", "h3_full": "0", "h3_part": "4",
    "i1": "2", "i2": "2", "i3": "200",
}  # fmt: skip

SEED_METADATA = {"unit": "岳阳县人民政府", "scope": "本级政府", "year": "2017"}


def seed_document() -> ReportDocument:
    document = ReportDocument.new("national-2014", **SEED_METADATA)
    for row_id, text in SEED_VALUES.items():
        document.set_text(CellRef(row_id, "value"), text)
    return document


def consistent_document(table_id: str, seed: int = 1) -> ReportDocument:
    """Every cell filled with values that satisfy every hard rule (random parts, sums computed)."""
    rng = random.Random(seed)
    document = ReportDocument.new(table_id, unit="测试县人民政府", scope="本级政府", year="2022")
    table = document.table
    for cell in table.cells():
        kind = table.cell_kind(cell)
        if kind is ValueKind.MONEY:
            document.values[cell] = Decimal(rng.randint(0, 999999)) / 100
        else:
            document.values[cell] = Decimal(rng.randint(0, 9))
    _settle_sums(document)
    if "t3" in {part.id for part in table.parts}:
        _balance_table_three(document)
    return document


def _balance_table_three(document: ReportDocument) -> None:
    # T3-1: new + carried = total + next; choose "new" so that it holds, never below 0.
    for column in document.table.part("t3").columns:
        value = document.values
        total, carried = (
            value[CellRef("t3_total", column.id)],
            value[CellRef("t3_carried", column.id)],
        )
        new = total + value[CellRef("t3_next", column.id)] - carried
        if new < 0:
            value[CellRef("t3_carried", column.id)] = carried - new
            new = Decimal(0)
        value[CellRef("t3_new", column.id)] = new
    _settle_sums(document)


def _settle_sums(document: ReportDocument) -> None:
    # Recompute every "total = Σ parts" cell until the hard rules hold (nested sums settle in a few passes).
    validator = document.validator
    for _ in range(6):
        findings = validator.check(document.values)
        fixable = [i for i in findings.errors if len(validator.checks[i.check_index].left) == 1]
        if not fixable:
            break
        for issue in fixable:
            check = validator.checks[issue.check_index]
            if check.relation == "=":
                document.values[issue.target] = issue.expected
            elif check.relation == "<=":
                document.values[issue.target] = min(issue.actual, issue.expected)


def city_document(table_id: str, seed: int = 1, widest: bool = False) -> ReportDocument:
    """A large city's table: 5- to 8-digit values in every cell (all 8 digits with `widest`); money with
    two decimals. The sums do not hold: the point is the room the numbers take on paper."""
    rng = random.Random(seed)
    document = ReportDocument.new(table_id, unit="武汉市人民政府", scope="本级政府", year="2022")
    table = document.table
    for index, cell in enumerate(table.cells()):
        digits = 8 if widest else 5 + (index + seed) % 4
        number = Decimal(rng.randint(10 ** (digits - 1), 10**digits - 1))
        if table.cell_kind(cell) is ValueKind.MONEY:
            number += Decimal(rng.randint(1, 99)) / 100
        document.values[cell] = number
    return document


def fresh_python(code: str) -> list[str]:
    """The lines `code` prints in a new interpreter: for what a process loads, which a test's own cannot show."""
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    return result.stdout.splitlines()
