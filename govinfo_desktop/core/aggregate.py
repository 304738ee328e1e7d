"""Summing units' reports into a node's total (A18: every row is additive across units), checked by the
same rules as any report, with each summed cell traceable to the units it came from and, where the
county entered its own figures, the 差额 per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.running_sum import ZERO, RunningSum
from govinfo_desktop.core.session import check_document, settle_totals
from govinfo_desktop.core.tabledef import CellRef


@dataclass(frozen=True)
class Contribution:
    unit: str
    value: Decimal
    share: Decimal  # of the cell's total, 0..1 (0 when the total is 0)


@dataclass(frozen=True)
class Difference:
    cell: CellRef
    summed: Decimal
    county: Decimal

    @property
    def amount(self) -> Decimal:
        return self.county - self.summed


@dataclass
class Total:
    """A node's sum: the summed report, its findings, per-cell contributions and 差额."""

    name: str
    document: ReportDocument
    findings: Findings
    units: list[str]
    include: tuple[UnitStatus, ...] = ()
    reports: Sequence[tuple[str, ReportDocument]] = ()
    differences: list[Difference] = field(default_factory=list)

    def contributors(self, cell: CellRef) -> list[Contribution]:
        """The units behind a summed cell, largest first, with their share — computed when asked
        (a hover, a side panel), so a thousand units' sums do not hold a million small objects."""
        parts = [
            (unit, value)
            for unit, document in self.reports
            if isinstance(value := document.values.get(cell), Decimal)
        ]
        return _shares(parts, sum((value for _, value in parts), ZERO))

    @property
    def include_text(self) -> str:
        """Which statuses were summed, as shown on the result and in its PDF."""
        if not self.include or set(self.include) == set(UnitStatus):
            return "全部"
        return "、".join(str(status) for status in self.include)


def sum_reports(
    table_id: str,
    reports: Sequence[tuple[str, ReportDocument]],
    name: str = "合计",
    metadata: dict[str, str] | None = None,
) -> Total:
    """Cell by cell: a Decimal sum when any unit has a number; "/" when every unit wrote "/"; blank when
    every unit left it blank (so 未填写 still shows on the total)."""
    total_doc = ReportDocument.new(table_id, **(metadata or {}))
    for _, document in reports:
        settle_totals(
            document
        )  # a unit's blank total counts as the window shows it: its parts' sum
    running = RunningSum(total_doc.validator.input_cells)
    for _, document in reports:
        running.add(document.values)
    return checked_total(total_doc, running, name, [unit for unit, _ in reports], reports)


def checked_total(
    document: ReportDocument,
    running: RunningSum,
    name: str,
    units: list[str],
    reports: Sequence[tuple[str, ReportDocument]] = (),
) -> Total:
    """The summed report (`document`: empty but for its metadata) checked like any report."""
    document.values.update(running.result())
    return Total(name, document, check_document(document), units, (), reports)


def _shares(parts: list[tuple[str, Decimal]], amount: Decimal) -> list[Contribution]:
    ordered = sorted(parts, key=lambda part: (-part[1], part[0]))
    return [
        Contribution(unit, value, (value / amount) if amount else ZERO) for unit, value in ordered
    ]


def sum_node(collection: Collection, node: Node) -> Total:
    units = node.units(collection)
    reports = [(unit.name, unit.document) for unit in units if unit.document is not None]
    metadata = {"unit": node.name, "year": str(collection.year)}
    total = sum_reports(collection.table_id, reports, node.name, metadata)
    set_scope(total, tuple(node.include), len(reports))
    total.differences = differences(total.document, node.county_figures)
    return total


def set_scope(total: Total, include: tuple[UnitStatus, ...], count: int) -> None:
    # The choice of statuses travels with the result: window, workbook and PDF all show the scope.
    total.include = include
    total.document.metadata["scope"] = f"汇总：{total.include_text}单位 {count} 个"


def differences(summed: ReportDocument, county: dict[CellRef, Decimal]) -> list[Difference]:
    found = []
    for cell, figure in county.items():
        value = summed.values.get(cell)
        amount = value if isinstance(value, Decimal) else ZERO
        if amount != figure:
            found.append(Difference(cell, amount, figure))
    return found
