"""The overview's figures, status counts and outliers."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, UnitStatus
from govinfo_desktop.core.overview import figure, figure_names, outliers, status_counts
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document


def test_figures_add_the_named_cells() -> None:
    document = consistent_document("national-2021", 2)
    cases = sum(
        document.values[CellRef("t4_cases", c)] for c in ("rv_total", "ld_total", "lr_total")
    )
    assert figure(document, "复议/诉讼") == cases
    assert figure(document, "新收申请") == document.values[CellRef("t3_new", "total")]
    assert figure_names("national-2014") == ["新收申请", "办结", "复议/诉讼"]


def test_outliers_are_far_above_the_median_and_at_least_20() -> None:
    values = {f"u{i}": Decimal(v) for i, v in enumerate([5, 6, 7, 8, 20, 200])}
    assert outliers(values) == {"u5"}
    assert outliers({"a": Decimal(1), "b": Decimal(1), "c": Decimal(9)}) == set()


def test_status_counts_cover_every_status() -> None:
    collection = Collection.county(2023, "national-2021")
    take_in(collection, consistent_document("national-2021", 1), "a.xlsx", "h")
    collection.add_unit("县未报局")
    counts = status_counts(collection)
    assert counts == {
        UnitStatus.MISSING: 1,
        UnitStatus.SUBMITTED: 1,
        UnitStatus.RETURNED: 0,
        UnitStatus.ACCEPTED: 0,
    }
