"""The collection window: the board model (model tester, filters), importing a folder in a thread with
progress and cancel, the read-only unit view, sums with contributors, 退回意见, exports."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, UnitStatus
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.collection_file import load_collection, save_collection
from govinfo_desktop.formats.detail_export import read_detail
from govinfo_desktop.qt.board_model import BoardFilter, BoardModel
from govinfo_desktop.qt.collection_window import CollectionWindow
from govinfo_desktop.qt.unit_viewer import UnitViewer
from tests.collect_files import unit_report, write_units

T21 = "national-2021"
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()


def collection_of(count: int, errors: int = 0) -> Collection:
    collection = Collection.county(2023, T21)
    for index in range(count):
        name = f"第{index:04d}镇" if index % 3 == 0 else f"县第{index:04d}局"
        document = unit_report(name, index % 20 + 1)
        if index < errors:
            document.values[CellRef("t3_new", "natural")] += 1
        take_in(collection, document, f"{name}.xlsx", f"h{index}")
    collection.add_unit("县未报局")
    return collection


def test_board_models_pass_the_model_tester(qtmodeltester) -> None:
    board = BoardModel(collection_of(5, errors=1))
    qtmodeltester.check(board, force_py=True)
    proxy = BoardFilter(board)
    proxy.set_filter("有错误")
    qtmodeltester.check(proxy, force_py=True)


def test_board_filters_and_search(qapp) -> None:
    collection = collection_of(9, errors=2)
    collection.units[3].set_status(UnitStatus.ACCEPTED)
    proxy = BoardFilter(BoardModel(collection))
    counts = {}
    for name in ("全部", "未报", "有错误", "已通过", "已报"):
        proxy.set_filter(name)
        counts[name] = proxy.rowCount()
    assert counts == {"全部": 10, "未报": 1, "有错误": 2, "已通过": 1, "已报": 8}
    proxy.set_filter("全部")
    proxy.set_text("镇")
    assert proxy.rowCount() == 3
    unit = proxy.unit_at(proxy.index(0, 0))
    assert "镇" in unit.name
    row = proxy.board.collection.units.index(unit)
    assert proxy.board.data(proxy.board.index(row, 3)) == "已报"


def test_board_with_1000_units_filters_within_50_ms(qapp) -> None:
    collection = collection_of(1000, errors=30)
    board = BoardModel(collection)
    proxy = BoardFilter(board)
    proxy.set_filter("有错误")  # the first pass checks every unit once (cached per version)
    timings = []
    for name in ("未报", "有错误", "已通过", "全部", "有错误"):
        start = time.perf_counter()
        proxy.set_filter(name)
        timings.append(time.perf_counter() - start)
    assert proxy.rowCount() == 30
    assert max(timings) < 0.05, timings


@pytest.fixture
def window(qtbot, tmp_path: Path) -> CollectionWindow:
    win = CollectionWindow(Collection.county(2023, T21), tmp_path / "县.govinfo-set")
    qtbot.addWidget(win, before_close_func=_forget_changes)
    return win


def _forget_changes(window: CollectionWindow) -> None:
    """Closing at the end of a test must not ask about saving (a real dialog would block)."""
    window.modified = False


def test_import_a_folder_in_a_thread_then_sum_and_export(window, qtbot, tmp_path: Path) -> None:
    units = write_units(tmp_path / "in", 6, errors=1, unreadable=1, duplicate=True)
    with qtbot.waitSignal(window.board.modelReset, timeout=20000):
        window.import_paths([units.folder])
    assert window.job is None and not window.progress.isVisible()
    assert len(window.collection.units) == 6
    log = [window.log.item(i).text() for i in range(window.log.count())]
    assert any("无法读取" in line for line in log)
    assert any("未重复收入" in line for line in log)
    for unit in window.collection.units[:4]:
        unit.set_status(UnitStatus.ACCEPTED)
    window.node_box.setCurrentIndex(2)  # 全县
    total = window.refresh_total()
    assert total.units == [u.name for u in window.collection.units[:4]]
    cell = CellRef("t3_new", "total")
    expected = sum(u.document.values[cell] for u in window.collection.units[:4])
    assert total.document.values[cell] == expected
    window.total_view.select_cell(cell)
    side = window.total_view.side
    assert side.topLevelItemCount() == 4
    shown = [int(side.topLevelItem(i).text(1).replace(",", "")) for i in range(4)]
    assert shown == sorted(shown, reverse=True)
    window.include_all.setChecked(True)
    assert len(window.total.units) == 6
    window.export_detail(tmp_path / "明细.xlsx")
    assert len(read_detail(tmp_path / "明细.xlsx").units) == 6
    window.export_total(tmp_path / "合计.pdf")
    assert (tmp_path / "合计.pdf").read_bytes().startswith(b"%PDF")
    assert window.save()
    assert load_collection(tmp_path / "县.govinfo-set").nodes[2].include == [
        UnitStatus.SUBMITTED,
        UnitStatus.ACCEPTED,
    ]


def test_cancel_stops_between_files(window, qtbot, tmp_path: Path) -> None:
    units = write_units(tmp_path / "in", 12, suffix=".govinfo")
    window.import_paths([units.folder])
    window.job.worker.progress.connect(
        lambda done, _total: window.cancel_import() if done >= 2 else None,
        Qt.ConnectionType.DirectConnection,
    )
    qtbot.waitUntil(lambda: window.job is None, timeout=20000)
    assert 2 <= len(window.collection.units) < 12
    assert window.log.item(window.log.count() - 1).text().startswith("导入已取消") or any(
        window.log.item(i).text().startswith("导入已取消") for i in range(window.log.count())
    )


def test_double_click_opens_the_unit_read_only_and_return_sets_status(
    window, qtbot, tmp_path: Path
) -> None:
    window.collection = collection = collection_of(3, errors=1)
    window.board.collection = collection
    window.board.refresh()
    index = window.proxy.index(0, 0)
    window.open_unit(index)
    viewer = window.findChild(UnitViewer)
    assert viewer is not None and "只读" in viewer.windowTitle()
    view = viewer.editor.views[0]
    assert view.editTriggers() == view.EditTrigger.NoEditTriggers
    assert viewer.editor.findings().errors  # the faulty unit's findings are shown
    unit = window.proxy.unit_at(index)
    (pdf,) = window.write_returns([unit], tmp_path)
    assert pdf.exists() and unit.status is UnitStatus.RETURNED
    assert pdf.with_suffix(".docx").exists()  # the same notice, to edit before sending
    window.proxy.set_filter("退回")
    assert window.proxy.rowCount() == 1


def test_overview_chart_paints_bars_and_marks_outliers(window, qtbot) -> None:
    window.collection = collection = collection_of(6)
    big = collection.units[0].document
    big.values[CellRef("t3_new", "total")] = Decimal(5000)
    window.tabs.setCurrentIndex(2)
    window.figure_box.setCurrentText("新收申请")
    window.refresh_overview()
    chart = window.chart
    assert collection.units[0].name in chart.marked
    chart.resize(700, chart.minimumHeight())
    image = chart.grab().toImage()
    assert image.height() >= 64 + 22 * 6
    red = image.pixelColor(220, 64 + 14)  # the first (largest) bar, drawn in the outlier colour
    assert red.red() > 150 and red.blue() < 100


def test_last_years_collection_gives_bars_and_cross_year_lines(window, tmp_path: Path) -> None:
    window.collection = this = collection_of(4)
    last = collection_of(4)
    last.year = 2022
    save_collection(last, tmp_path / "2022.govinfo-set")
    window.figure_box.setCurrentText("新收申请")
    window.attach_last_year(tmp_path / "2022.govinfo-set")
    assert set(window.chart.last_year) == {u.name for u in this.units if u.document is not None}
    lines = [window.log.item(i).text() for i in range(window.log.count())]
    assert any("X-" not in line and "上年" in line for line in lines)


def test_county_figures_give_the_difference(window) -> None:
    window.collection = collection = collection_of(3)
    for unit in collection.units:
        unit.set_status(UnitStatus.ACCEPTED)
    window.node_box.setCurrentIndex(2)
    total = window.refresh_total()
    cell = CellRef("t3_new", "total")
    summed = total.document.values[cell]
    assert window.total_view.set_county_text(cell, str(summed + 5))
    node = window.current_node()
    assert node.county_figures == {cell: summed + 5} and window.modified
    (difference,) = window.total.differences
    assert difference.amount == 5
    item = window.total_view.cells.currentItem()
    assert item.text(2) == f"{summed + 5:,}" and item.text(3) == "5"
    window.total_view.set_county_text(cell, "")
    assert node.county_figures == {}


def test_tags_decide_which_node_a_unit_is_summed_in(window) -> None:
    window.collection = collection = collection_of(3)
    window.board.collection = collection
    for unit in collection.units:
        unit.set_status(UnitStatus.ACCEPTED)
    street = collection.units[1]
    window.set_tags([street], "街道，乡镇")
    assert street.tags == ["街道", "乡镇"]
    window.node_box.setCurrentIndex(1)  # 乡镇合计
    assert street.name in window.refresh_total().units
    window.node_box.setCurrentIndex(0)  # 县本级
    assert street.name not in window.refresh_total().units


def test_a_nodes_pdf_can_end_with_the_overview_page(window, tmp_path: Path) -> None:
    from tests.formats.pdf_helpers import page_texts, squeeze  # noqa: PLC0415

    window.collection = this = collection_of(4)
    last = collection_of(4)
    last.year = 2022
    save_collection(last, tmp_path / "2022.govinfo-set")
    window.attach_last_year(tmp_path / "2022.govinfo-set")
    window.include_all.setChecked(True)
    window.export_total(tmp_path / "plain.pdf")
    window.export_total(tmp_path / "overview.pdf", overview=True)
    plain = page_texts((tmp_path / "plain.pdf").read_bytes())
    pages = page_texts((tmp_path / "overview.pdf").read_bytes())
    assert len(pages) == len(plain) + 1
    assert "汇总概览" in squeeze(pages[-1]) and this.units[1].name in squeeze(pages[-1])
