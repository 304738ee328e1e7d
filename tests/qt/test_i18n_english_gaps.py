"""In English, the places that used to stay Chinese speak English: the 汇总 window's file filters, board
headers, statuses, kinds, filter buttons and status bar; the recovery prompt; a refused value's reason
(editor and import report); the PDF's font warnings. Stored values and the CLI's words stay Chinese."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget, QToolButton

from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, UnitKind
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.values import InvalidValue, ValueKind, parse_value
from govinfo_desktop.formats.collect_read import UnitFile
from govinfo_desktop.formats.collection_file import save_collection
from govinfo_desktop.formats.excel.importer import import_workbook
from govinfo_desktop.formats.pdf.document import build_pdf
from govinfo_desktop.qt import autosave, i18n, last_year
from govinfo_desktop.qt.collection_window import CollectionWindow
from govinfo_desktop.qt.import_report_dialog import ImportReportDialog
from govinfo_desktop.qt.print_preview import describe
from tests.collect_files import unit_report
from tests.formats.excel_builders import seed_workbook
from tests.helpers import seed_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
DIALOGS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName")


@pytest.fixture
def filters(monkeypatch) -> list[str]:
    """The file-type filter of every file dialog opened; each answers 'cancelled'."""
    seen: list[str] = []

    def fake(*args, **_kwargs):
        seen.append(args[3])  # parent, caption, folder, filter
        return "", ""

    for name in DIALOGS:
        monkeypatch.setattr(QFileDialog, name, fake)
    return seen


def _window(qtbot) -> CollectionWindow:
    collection = Collection.county(2023, "national-2021")
    take_in(collection, unit_report("县教育局", 3), "县教育局.xlsx", "h1")
    collection.add_unit("某某镇", UnitKind.TOWNSHIP)
    window = CollectionWindow(collection)
    # Closed without the save question (a modal box would wait for a click).
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "modified", False))
    return window


def _board_column(window: CollectionWindow, column: int) -> list[str]:
    model = window.table.model()
    return sorted(str(model.index(row, column).data()) for row in range(model.rowCount()))


def test_board_speaks_english_and_the_file_keeps_chinese_statuses(qtbot, english) -> None:
    window = _window(qtbot)
    model = window.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Unit",
        "Type",
        "Tags",
        "Status",
        "Errors",
        "Warnings",
        "Blank",
        "Versions",
        "Last change",
    ]
    assert _board_column(window, 3) == ["Not submitted", "Submitted"]
    assert _board_column(window, 1) == ["Department", "Township"]
    buttons = [
        b.text() for b in window.findChildren(QToolButton) if b.objectName().startswith("filter_")
    ]
    assert buttons == ["All", "Not submitted", "With errors", "Submitted", "Returned", "Accepted"]
    assert window.summary_label.text() == (
        "2 units: Not submitted 1, Submitted 1, Returned 0, Accepted 0"
    )
    # Only the display is translated: the collection still holds the stored (Chinese) values.
    assert {unit.status for unit in window.collection.units} == {"未报", "已报"}
    window.proxy.set_filter("未报")  # filters are still keyed by the stored names
    assert _board_column(window, 0) == ["某某镇"]


def test_board_is_chinese_in_chinese(qtbot) -> None:
    window = _window(qtbot)
    assert window.table.model().headerData(0, Qt.Orientation.Horizontal) == "单位"
    assert _board_column(window, 3) == ["已报", "未报"]
    assert window.summary_label.text() == "2 个单位：未报 1，已报 1，退回 0，已通过 0"


def test_collection_file_filters_are_english(qtbot, english, filters) -> None:
    window = _window(qtbot)
    for open_one in (
        window.import_files_dialog,
        window.open_dialog,
        window.save_as,
        window.last_year_dialog,
        window.export_total_dialog,
        window.export_detail_dialog,
    ):
        open_one()
    assert filters[:4] == [
        "Report files (*.govinfo *.xlsx *.xls *.xlsm)",
        "Collection files (*.govinfo-set)",
        "Collection files (*.govinfo-set)",
        "Collection files (*.govinfo-set)",
    ]
    assert filters[4].split(";;")[:3] == [
        "Reports (*.govinfo)",
        "Excel workbooks (*.xlsx)",
        "PDF files (*.pdf)",
    ]
    assert filters[5] == "Excel workbooks (*.xlsx)"
    assert last_year.file_filter() == "Reports (*.govinfo *.xlsx *.xls *.xlsm)"
    assert not any(ch >= "\u4e00" for text in filters for ch in text)


def test_recovery_prompt_speaks_english(tmp_path: Path, english) -> None:
    orphan = autosave.Orphan(tmp_path / "x.govinfo", None, "", None)  # type: ignore[arg-type]
    blank = ReportDocument.new("national-2021")
    text = orphan.describe(blank)
    assert text.splitlines()[0] == "Reporting unit: (reporting unit not filled in)"
    assert text.splitlines()[1] == "Year: (year not filled in)"
    assert text.splitlines()[-1] == "File: (new report, never saved)"
    i18n.apply_language(i18n.CHINESE)
    assert orphan.describe(blank).splitlines()[0] == "填报单位：（未填写填报单位）"


def test_refused_value_reason_in_both_languages() -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_value("-3", ValueKind.COUNT)
    error = caught.value
    assert str(error) == "“-3”：不能为负数"  # the Chinese line, as before (CLI, logs)
    assert error.reason == "：不能为负数"
    assert error.render(i18n.ENGLISH) == "“-3”: cannot be negative"
    with pytest.raises(InvalidValue) as caught:
        parse_value("abc", ValueKind.COUNT)
    assert str(caught.value) == "“abc”不是数字"
    assert caught.value.render(i18n.ENGLISH) == "“abc” is not a number"


def test_import_report_gives_the_refusal_reason_in_english(qtbot, tmp_path, english) -> None:
    def odd(rows):
        rows[6][2] = "三"  # a Chinese numeral: refused
        return rows

    report = import_workbook(seed_workbook(tmp_path / "odd.xlsx", mutate=odd)).report
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    table: QTableWidget = dialog.cells
    reasons = [table.item(row, 4).text() for row in range(table.rowCount())]
    assert "use digits (0–9), not Chinese numerals, not imported" in reasons
    chinese = [entry.render(i18n.CHINESE) for entry in report.cells]
    assert "请用阿拉伯数字填写，不要用汉字数字，未导入" in chinese


def test_pdf_font_warning_is_english_in_the_english_window(english) -> None:
    document = seed_document()
    document.metadata["unit"] = "𠀀家镇人民政府"
    _data, result = build_pdf(document)
    text = describe(result)
    assert "“𠀀”(U+20000) in “填报单位” cannot be printed with the bundled fonts" in text
    assert "没有可用的字体" not in text
    assert "没有可用的字体" in result.warnings[0]  # the CLI's words stay Chinese


def test_totals_caption_speaks_english_and_the_pdf_scope_stays_chinese(qtbot, english) -> None:
    window = _window(qtbot)
    window.include_all.setChecked(True)
    total = window.refresh_total()
    caption = window.total_view.caption.text()
    assert caption.startswith(f"{total.name} (summed: 1 units (Submitted, Accepted)): Errors: ")
    assert "汇总" not in caption and "个错误" not in caption
    assert total.document.metadata["scope"] == "汇总：已报、已通过单位 1 个"  # printed on the PDF
    i18n.apply_language(i18n.CHINESE)
    window.refresh_total()
    assert window.total_view.caption.text().startswith(
        f"{total.name}（汇总：已报、已通过单位 1 个）："
    )


def test_overview_figure_names_are_english_and_keyed_by_the_core_name(qtbot, english) -> None:
    window = _window(qtbot)
    box = window.figure_box
    assert [box.itemText(i) for i in range(box.count())][:2] == ["New requests", "Requests closed"]
    box.setCurrentIndex(0)
    window.refresh_overview()
    assert window.chart.name == "新收申请" and window.chart.title == "New requests"
    assert window.chart.values["县教育局"] > 0  # the figure was found by its core name


def test_cross_year_lines_in_the_log_are_english(qtbot, tmp_path, english) -> None:
    window = _window(qtbot)
    last = Collection.county(2022, "national-2021")
    take_in(last, unit_report("县教育局", 3), "县教育局.xlsx", "h0")  # the same table as this year
    save_collection(last, tmp_path / "2022.govinfo-set")
    window.attach_last_year(tmp_path / "2022.govinfo-set")
    lines = [window.log.item(i).text() for i in range(window.log.count())]
    assert lines and all(line.startswith("县教育局: ") for line in lines)
    assert any(line.startswith("县教育局: The whole table equals last year's") for line in lines)
    assert any(" in force " in line for line in lines)  # the 规章 rule, in English words


def test_intake_notices_in_the_log_are_english(qtbot, english) -> None:
    window = _window(qtbot)
    again = unit_report("县教育局", 3)  # 县教育局 sends its report a second time
    window._file_read(UnitFile(Path("县教育局-2.xlsx"), "h2", again))
    copy = unit_report("县教育局", 3)
    copy.metadata["unit"] = "县财政局"  # another unit sends the very same figures
    window._file_read(UnitFile(Path("县财政局.xlsx"), "h3", copy))
    window._import_done(True)
    lines = [window.log.item(i).text() for i in range(window.log.count())]
    assert (
        lines[0]
        == "县教育局 version 2 (“县教育局-2.xlsx”): 0 cells differ from the previous version"
    )
    assert lines[1] == "“县财政局” was not on the roster; added from “县财政局.xlsx”"
    assert lines[-1].endswith(
        "hold exactly the same values (200 filled cells): probably a copied report"
    )
