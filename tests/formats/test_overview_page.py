"""A node's overview page in its PDF (reportlab): counts, one chart per figure, last year, outliers."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.graphics.shapes import Rect, String

from govinfo_desktop.cli import main
from govinfo_desktop.core.aggregate import sum_node
from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.overview import node_overview
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.pdf import overview_page
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.collect_files import T21, unit_report, write_units
from tests.formats.pdf_helpers import page_texts, squeeze

NEW = CellRef("t3_new", "total")


def county(count: int) -> tuple[Collection, Node]:
    collection = Collection.county(2023, T21)
    for index in range(count):
        report = unit_report(f"县第{index:03d}局", index + 1)
        take_in(collection, report, f"{index}.govinfo", f"h{index}")
    collection.units[0].set_status(UnitStatus.ACCEPTED)
    collection.add_unit("县未报局")
    node = collection.node("全县")
    node.include = [UnitStatus.SUBMITTED, UnitStatus.ACCEPTED]
    return collection, node


def test_node_overview_counts_bars_and_last_year() -> None:
    collection, node = county(5)
    big = collection.units[4].document
    assert big is not None
    big.values[NEW] = Decimal(100000)  # far above the others: marked
    last = {"县第001局": unit_report("县第001局", 40), "别的单位": unit_report("别的单位", 41)}
    overview = node_overview(collection, node, last)
    assert overview.counts[UnitStatus.MISSING] == 1 and overview.counts[UnitStatus.ACCEPTED] == 1
    assert [bars.name for bars in overview.figures] == ["新收申请", "办结", "结转", "复议/诉讼"]
    new = overview.figures[0]
    assert new.values["县第004局"] == Decimal(100000) and new.marked == {"县第004局"}
    assert set(new.last_year) == {"县第001局"}  # a unit not summed this year has no bar
    assert new.last_year["县第001局"] == last["县第001局"].values[NEW]
    assert overview.units[0] == "县第004局" and len(overview.units) == 5


def test_chart_draws_a_bar_per_unit_and_figure_in_red_for_outliers() -> None:
    collection, node = county(4)
    collection.units[3].document.values[NEW] = Decimal(100000)
    overview = node_overview(collection, node, {"县第000局": unit_report("县第000局", 9)})
    drawing = overview_page.chart(overview.figures, overview.units)
    boxes = [shape for shape in drawing.contents if isinstance(shape, Rect)]
    # 4 units × 4 figures of this year, 4 figures of last year for the one unit that has it
    assert len(boxes) == 4 * 4 + 4
    assert sum(box.fillColor == overview_page.OUTLIER for box in boxes) == 1
    labels = {shape.text for shape in drawing.contents if isinstance(shape, String)}
    assert {"新收申请", "复议/诉讼", "县第003局", "100,000"} <= labels


def test_pdf_has_the_overview_page_after_the_table() -> None:
    collection, node = county(6)
    total = sum_node(collection, node)
    plain, result = build_pdf(total.document, findings=total.findings)
    overview = overview_page.overview_flowables(node_overview(collection, node))
    data, with_page = build_pdf(total.document, findings=total.findings, appendix=overview)
    assert with_page.pages == result.pages + 1
    last = squeeze(page_texts(data)[-1])
    for text in ("全县：汇总概览", "未报1", "已通过1", "新收申请", "办结", "结转", "复议/诉讼", "县第005局"):
        assert text in last, text
    assert "汇总概览" not in "".join(page_texts(plain))


def test_many_units_continue_on_further_pages() -> None:
    collection, node = county(150)
    overview = overview_page.overview_flowables(node_overview(collection, node))
    charts = [f for f in overview if f.__class__.__name__ == "Drawing" and len(f.contents) > 20]
    assert len(charts) >= 2
    assert all(chart.height <= overview_page.CHART_ROOM + 1 for chart in charts)


def test_cli_overview_option_adds_the_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 3, suffix=".govinfo")
    plain, paged = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["aggregate", str(units.folder), "-o", str(plain)]) == 0
    assert main(["aggregate", str(units.folder), "-o", str(paged), "--overview"]) == 0
    capsys.readouterr()
    before, after = page_texts(plain.read_bytes()), page_texts(paged.read_bytes())
    assert len(after) == len(before) + 1
    assert "合计：汇总概览" in squeeze(after[-1])
