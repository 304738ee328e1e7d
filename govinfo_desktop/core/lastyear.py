"""Last year's report beside this year's (上年数): the 上年结转 pre-fill and the cross-year checks.

Cross-year findings are warnings (a 说明 can justify them: corrections, 机构改革, 清理失效), carry both
years' values in their parameters and name this year's cell. Across a format change only cells that
mean the same are compared (resources/crossyear/pairs.toml); rules that cannot apply say why.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from govinfo_desktop.core.coded_findings import CodedFinding, finding_kind
from govinfo_desktop.core.collection import Collection, unit_key
from govinfo_desktop.core.crossyear_map import RULE_NAMES, RULES, YearPair, pair_for
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Findings, Issue, Severity
from govinfo_desktop.core.messages import MessageTemplate
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE, Value, format_number, numeric

LINK_KEY = "last_year"  # top-level key of the .govinfo file (docs/govinfo-file-format.md)
RATIO_FLOOR = Decimal(20)
RATIO = Decimal(10)

CARRY = MessageTemplate(
    "{this_year}年{row}（{column}）为 {actual}，与{last_year}年报表的四、结转下年度继续办理 {expected} 不一致",
    "{this_year} {row} ({column}) is {actual}; {last_year}'s 结转下年度继续办理 was {expected}",
)
IN_FORCE = MessageTemplate(
    "{label}现行有效件数 {actual} ≠ 上年（{last_year}年）现行有效 {last_in_force} + 本年制发 {issued} − 本年废止 {repealed} = {expected}",
    "{label} in force {actual} ≠ last year's ({last_year}) {last_in_force} + issued {issued} − repealed {repealed} = {expected}",
)
RATIO_MESSAGE = MessageTemplate(
    "{row}{column}为 {actual}，上年（{last_year}年）为 {expected}，相差{times}倍，请核对",
    "{row} {column} is {actual}; last year ({last_year}) it was {expected}, {times} times apart",
)
SAME_TABLE = finding_kind(
    "X-SAME",
    Severity.WARNING,
    "整张表与上年（{last_year}年）的报表完全相同（{count} 个有数的格），请核对是否照抄了上年数据",
    "The whole table equals last year's ({last_year}) report ({count} filled cells): copied?",
)
NOT_APPLIED = finding_kind(
    "X-NOT-APPLIED",
    Severity.WARNING,
    "未核对“{name}”（{rule}）：{reason}",
    "Not checked: {name} ({rule}): {reason}",
)


@dataclass(frozen=True)
class CrossYear:
    """The cross-year findings of one report against last year's."""

    issues: tuple[Issue, ...]
    notices: tuple[CodedFinding, ...]  # table identical to last year's
    not_applied: tuple[CodedFinding, ...]

    def merged(self, findings: Findings) -> Findings:
        return Findings(findings.issues + self.issues, findings.blanks)


def carry_prefill(this: ReportDocument, last: ReportDocument) -> dict[CellRef, Value]:
    """Values for this year's blank 上年结转 cells from last year's 结转下年度, column by column. A cell
    the clerk has filled is never offered (a differing value stays theirs; X-CARRY flags it)."""
    pair = pair_for(last.table_id, this.table_id)
    if not pair.carry:
        return {}
    offered: dict[CellRef, Value] = {}
    for column in this.table.columns_for("t3_carried"):
        here = CellRef("t3_carried", column.id)
        there = last.values.get(CellRef("t3_next", column.id))
        if this.values.get(here) is None and there is not None:
            offered[here] = there
    return offered


def last_values(this: ReportDocument, last: ReportDocument) -> dict[CellRef, Value]:
    """Last year's value for each of this year's cells that means the same (the pair's mapping)."""
    pair = pair_for(last.table_id, this.table_id)
    return {here: last.values.get(there) for there, here in pair.cells}


def compare(this: ReportDocument, last: ReportDocument) -> CrossYear:
    pair = pair_for(last.table_id, this.table_id)
    years = {"this_year": _year(this), "last_year": _year(last)}
    issues: list[Issue] = []
    if pair.carry:
        issues += _carry(this, last, years)
    if pair.in_force:
        issues += _in_force(this, last, years)
    issues += _ratios(this, last, pair, years)
    notices = _same_table(this, last, pair, years) if pair.same_format else []
    not_applied = [
        NOT_APPLIED(rule=rule, name=RULE_NAMES[rule], reason=pair.reason(rule))
        for rule in RULES
        if not pair.applies(rule)
    ]
    return CrossYear(tuple(issues), tuple(notices), tuple(not_applied))


def _year(document: ReportDocument) -> str:
    return str(document.year) if document.year is not None else "?"


def _issue(
    code: str,
    template: MessageTemplate,
    cell: CellRef,
    *,
    actual: Decimal,
    expected: Decimal,
    context: dict[str, str],
) -> Issue:
    return Issue(
        code, Severity.WARNING, (cell,), expected, actual, template, tuple(sorted(context.items()))
    )


def _place(document: ReportDocument, cell: CellRef) -> dict[str, str]:
    row = document.table.row(cell.row)
    columns = document.table.columns_for(cell.row)
    column = document.table.column(cell).header if len(columns) > 1 else ""
    return {"label": row.label, "row": f"{row.number}{row.label}", "column": column}


def _carry(this: ReportDocument, last: ReportDocument, years: dict[str, str]) -> list[Issue]:
    found = []
    for column in this.table.columns_for("t3_carried"):
        here = CellRef("t3_carried", column.id)
        now, before = this.values.get(here), last.values.get(CellRef("t3_next", column.id))
        if now is None or before is None or numeric(now) == numeric(before):
            continue
        found.append(
            _issue(
                "X-CARRY",
                CARRY,
                here,
                actual=numeric(now),
                expected=numeric(before),
                context={**_place(this, here), **years},
            )
        )
    return found


def _in_force(this: ReportDocument, last: ReportDocument, years: dict[str, str]) -> list[Issue]:
    found = []
    for row_id in ("t2_regulations", "t2_normative"):
        cells = {c: CellRef(row_id, c) for c in ("issued", "repealed", "in_force")}
        now = {c: this.values.get(cell) for c, cell in cells.items()}
        before = last.values.get(cells["in_force"])
        values = [*now.values(), before]
        if any(v is None or v is NOT_APPLICABLE for v in values):
            continue  # blank or “/”: nothing to reckon with
        expected = numeric(before) + numeric(now["issued"]) - numeric(now["repealed"])
        if numeric(now["in_force"]) == expected:
            continue
        context = {
            **_place(this, cells["in_force"]),
            **years,
            "last_in_force": format_number(numeric(before)),
            "issued": format_number(numeric(now["issued"])),
            "repealed": format_number(numeric(now["repealed"])),
        }
        found.append(
            _issue(
                "X-INFORCE",
                IN_FORCE,
                cells["in_force"],
                actual=numeric(now["in_force"]),
                expected=expected,
                context=context,
            )
        )
    return found


def _ratios(
    this: ReportDocument, last: ReportDocument, pair: YearPair, years: dict[str, str]
) -> list[Issue]:
    found = []
    for there, here in pair.cells:
        now, before = this.values.get(here), last.values.get(there)
        if not isinstance(now, Decimal) or not isinstance(before, Decimal):
            continue
        if min(now, before) < RATIO_FLOOR:
            continue
        high, low = max(now, before), min(now, before)
        if high < low * RATIO:
            continue
        times = format_number((high / low).quantize(Decimal("0.1")))
        context = {**_place(this, here), **years, "times": times}
        found.append(
            _issue("X-RATIO", RATIO_MESSAGE, here, actual=now, expected=before, context=context)
        )
    return found


def _same_table(
    this: ReportDocument, last: ReportDocument, pair: YearPair, years: dict[str, str]
) -> list[CodedFinding]:
    filled = [(there, here) for there, here in pair.cells if this.values.get(here) is not None]
    if not filled or not any(numeric(this.values.get(here)) != 0 for _, here in filled):
        return []
    if all(this.values.get(here) == last.values.get(there) for there, here in pair.cells):
        return [SAME_TABLE(last_year=years["last_year"], count=len(filled))]
    return []


def link(document: ReportDocument) -> dict[str, Any] | None:
    """The remembered last-year report of a .govinfo file: {"file": path, "sha256": …}."""
    found = document.unknown_fields.get(LINK_KEY)
    return found if isinstance(found, dict) and found.get("file") else None


def set_link(document: ReportDocument, file: str, sha256: str = "") -> None:
    document.unknown_fields[LINK_KEY] = {"file": file, "sha256": sha256}


def last_years_units(this: Collection, last: Collection) -> dict[str, ReportDocument]:
    """Each unit's last-year report, found in last year's collection by name — through this year's
    rename map (old name → current name, for 机构改革 merges and renames)."""
    current = {unit_key(this.renames.get(unit.name, unit.name)): unit.name for unit in this.units}
    for old, new in this.renames.items():
        current.setdefault(unit_key(old), new)
    found: dict[str, ReportDocument] = {}
    for unit in last.units:
        name = current.get(unit_key(unit.name))
        if name is not None and unit.document is not None and name not in found:
            found[name] = unit.document
    return found


def compare_collections(this: Collection, last: Collection) -> dict[str, CrossYear]:
    """The cross-year findings of every unit that has a report this year and last year."""
    before = last_years_units(this, last)
    return {
        unit.name: compare(unit.document, before[unit.name])
        for unit in this.units
        if unit.document is not None and unit.name in before
    }
