"""The import report dialog lists every cell that was not imported or changed, with sheet!cell and reason,
the rows the table does not know and the matched rows; it opens without blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from govinfo_desktop.formats.excel.importer import import_workbook
from govinfo_desktop.qt.import_report_dialog import ImportReportDialog, show_import_report
from tests.formats.excel_builders import seed_workbook

pytestmark = pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise)")  # offscreen


def _odd_report(tmp_path: Path):
    def odd(rows):
        rows[6][2] = "三"
        rows[7][2] = "1,234"
        rows.append(["其他主动公开文件", "条", 12])
        return rows

    return import_workbook(seed_workbook(tmp_path / "odd.xlsx", mutate=odd)).report


def _column(table, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


def test_dialog_shows_cells_unknown_rows_and_matches(qtbot, tmp_path: Path) -> None:
    report = _odd_report(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    show_import_report(parent, report)
    (dialog,) = parent.findChildren(ImportReportDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert "odd.xlsx" in dialog.windowTitle()
    cells = dialog.cells
    assert _column(cells, 0)[:2] == ["Sheet1!C7", "Sheet1!C8"]  # not imported first, then converted
    assert _column(cells, 2)[:2] == ["三", "1,234"]
    assert _column(cells, 3)[:2] == ["未导入", "已转换"]
    assert "阿拉伯数字" in cells.item(0, 4).text()
    assert "Sheet1!C65" in _column(cells, 0)  # the blank 专项经费 is listed too
    assert _column(dialog.unknown, 1) == ["其他主动公开文件"]
    assert _column(dialog.unknown, 2) == ["12"]
    assert dialog.matched.rowCount() == len(report.rows)
    assert "近似（请核对）" in _column(dialog.matched, 3)
    assert "本表没有的行（1）" in [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_copy_puts_the_report_lines_on_the_clipboard(qtbot, tmp_path: Path) -> None:
    report = _odd_report(tmp_path)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.splitlines()[0] == report.summary()
    assert "Sheet1!C7：'三' 请用阿拉伯数字填写" in text


def test_parentless_dialog_stays_alive_until_closed(qtbot, tmp_path: Path) -> None:
    from govinfo_desktop.qt import import_report_dialog  # noqa: PLC0415

    show_import_report(None, _odd_report(tmp_path))
    (dialog,) = import_report_dialog._WITHOUT_PARENT
    assert dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: import_report_dialog._WITHOUT_PARENT == [])


def test_traditional_metadata_is_pointed_to_its_simplified_form(qtbot, tmp_path: Path) -> None:
    report = import_workbook(seed_workbook(tmp_path / "繁体.xlsx", unit="嶽陽縣人民政府")).report
    assert report.metadata.get("unit") == "嶽陽縣人民政府"  # kept as the file says
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert not dialog.notes.isHidden()
    assert (
        "“嶽陽縣人民政府”是繁体字" in dialog.notes.text()
        and "岳阳县人民政府" in dialog.notes.text()
    )
