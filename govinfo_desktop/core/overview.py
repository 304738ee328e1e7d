"""The few figures a county head looks at per unit (新收申请, 办结, 结转, 复议/诉讼), counts by status,
and which units stand out — Qt-free, drawn by qt/overview_chart.py."""

from __future__ import annotations

import statistics
from collections import Counter
from decimal import Decimal

from govinfo_desktop.core.collection import Collection, UnitStatus
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
