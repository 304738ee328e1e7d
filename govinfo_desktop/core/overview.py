"""The few figures a county head looks at per unit (新收申请, 办结, 结转, 复议/诉讼), counts by status,
and which units stand out — Qt-free, drawn by qt/overview_chart.py (QPainter, in the window) and by
formats/pdf/overview_page.py (reportlab, a page of a node's PDF) from the same `FigureBars`/`Overview`."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal

from govinfo_desktop.core.collection import Collection, Node, Unit, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import numeric

_T3 = {
    "新收申请": ("t3_new.total",),
    "办结": ("t3_total.total",),
    "结转": ("t3_next.total",),
    "复议/诉讼": ("t4_cases.rv_total", "t4_cases.ld_total", "t4_cases.lr_total"),
}
FIGURES: dict[str, dict[str, tuple[str, ...]]] = {
    "national-2021": _T3,
    "national-2019": _T3,
    "national-2014": {
        "新收申请": ("c1.value",),
        "办结": ("c2.value",),
        "复议/诉讼": ("s4.value", "s5.value"),
    },
}
OUTLIER_FACTOR = 3


def figure_names(table_id: str) -> list[str]:
    return list(FIGURES.get(table_id, {}))


def figure(document: ReportDocument, name: str) -> Decimal:
    cells = FIGURES.get(document.table_id, {}).get(name, ())
    total = Decimal(0)
    for text in cells:
        row, _, column = text.partition(".")
        total += numeric(document.values.get(CellRef(row, column)))
    return total


def status_counts(collection: Collection) -> dict[UnitStatus, int]:
    counts = Counter(unit.status for unit in collection.units)
    return {status: counts.get(status, 0) for status in UnitStatus}


def outliers(values: dict[str, Decimal]) -> set[str]:
    """Units more than 3× the median of the units that have any (and at least 20): worth a look."""
    present = [value for value in values.values() if value > 0]
    if len(present) < 3:
        return set()
    median = Decimal(statistics.median(present))
    limit = max(median * OUTLIER_FACTOR, Decimal(20))
    return {unit for unit, value in values.items() if value > limit}


@dataclass
class FigureBars:
    """One figure across units: this year's value per unit, last year's where known, the outliers."""

    name: str
    values: dict[str, Decimal]
    last_year: dict[str, Decimal] = field(default_factory=dict)
    marked: set[str] = field(default_factory=set)

    @property
    def top(self) -> Decimal:
        """The scale: the largest value of either year (at least 1, so empty charts draw)."""
        return max([*self.values.values(), *self.last_year.values(), Decimal(1)])

    def ordered(self) -> list[tuple[str, Decimal]]:
        """Largest first, then by name: the order the chart lists units in."""
        return sorted(self.values.items(), key=lambda item: (-item[1], item[0]))


def figure_bars(
    units: list[Unit], name: str, last_year: Mapping[str, ReportDocument] | None = None
) -> FigureBars:
    values = {unit.name: figure(unit.document, name) for unit in units if unit.document is not None}
    before = {
        unit: figure(document, name)
        for unit, document in (last_year or {}).items()
        if unit in values
    }
    return FigureBars(name, values, before, outliers(values))


@dataclass
class Overview:
    """What a node's overview page shows: the status counts of its units and each main figure."""

    title: str
    counts: dict[UnitStatus, int]
    figures: list[FigureBars]

    @property
    def units(self) -> list[str]:
        """The units of the bars, in the order of the first figure (largest first)."""
        return [unit for unit, _ in self.figures[0].ordered()] if self.figures else []


def node_overview(
    collection: Collection, node: Node, last_year: Mapping[str, ReportDocument] | None = None
) -> Overview:
    """The node's overview: counts over the units it selects, bars over the units it sums."""
    selected = [unit for unit in collection.units if node.selects(unit)]
    counts = Counter(unit.status for unit in selected)
    summed = node.units(collection)
    figures = [figure_bars(summed, name, last_year) for name in figure_names(collection.table_id)]
    return Overview(
        f"{node.name}：汇总概览",
        {status: counts.get(status, 0) for status in UnitStatus},
        figures,
    )
