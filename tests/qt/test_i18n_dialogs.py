"""In English the print preview and the import report speak English (their strings reach the catalogue),
and the catalogue has no message left unfinished or empty."""

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton, QTableWidget

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel.importer import import_workbook
from govinfo_desktop.qt import i18n
from govinfo_desktop.qt.import_report_dialog import ImportReportDialog
from govinfo_desktop.qt.print_preview import PreviewDialog, describe
from govinfo_desktop.resources import resource_path
from tests.formats.excel_builders import seed_workbook
from tests.helpers import consistent_document, seed_document

TS_FILE = resource_path("translations", "govinfo_en.ts")
GONE = ("vanished", "obsolete")  # kept by lupdate for reuse, not compiled into the .qm


def _headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(col).text() for col in range(table.columnCount())]


def _column(table: QTableWidget, col: int) -> list[str]:
    return [table.item(row, col).text() for row in range(table.rowCount())]


def _odd_report(tmp_path: Path):
    def odd(rows):
        rows[6][2] = "三"  # not a number: not imported
        rows[7][2] = "1,234"  # converted
        rows.append(["其他主动公开文件", "条", 12])  # a row the table does not have
        return rows

    return import_workbook(seed_workbook(tmp_path / "odd.xlsx", mutate=odd)).report


def test_print_preview_speaks_english(qtbot, english) -> None:
    document = consistent_document("national-2021")
    document.values[CellRef("t3_total", "total")] += 5  # an error: the draft line shows too
    dialog = PreviewDialog(None, document)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == f"Print Preview — {document.title()}"
    buttons = [button.text() for button in dialog.findChildren(QPushButton)]
    assert buttons == [
        "Print…",
        "Export PDF…",
        "Open in System Viewer",
        "Fit Width",
        "Whole Page",
        "Zoom In",
        "Zoom Out",
    ]
    status = dialog.status.text()
    assert status.startswith(f"{dialog.pdf_result.pages} page(s)\nThe report still has ")
    assert "print the final version" in status


def test_print_preview_is_chinese_again_after_switching_back(qtbot, english) -> None:
    i18n.apply_language(i18n.CHINESE)
    dialog = PreviewDialog(None, seed_document())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("打印预览 — ")
    assert describe(dialog.pdf_result).startswith("共 ")
    assert [button.text() for button in dialog.findChildren(QPushButton)][:2] == [
        "打印…",
        "导出PDF…",
    ]


def test_import_report_speaks_english(qtbot, tmp_path: Path, english) -> None:
    report = _odd_report(tmp_path)
    dialog = ImportReportDialog(None, report)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Import Report — ")
    assert "odd.xlsx" in dialog.windowTitle()
    tabs = [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())]
    assert tabs == [
        f"Cells to Check ({dialog.cells.rowCount()})",
        f"Rows Not in This Table ({dialog.unknown.rowCount()})",
        f"Matched Rows ({dialog.matched.rowCount()})",
    ]
    assert dialog.cells.rowCount() >= 2 and dialog.unknown.rowCount() == 1
    assert dialog.copy_button.text() == "Copy Report"
    assert _headers(dialog.cells) == [
        "Location",
        "Row · Column",
        "Original content",
        "Action",
        "Reason",
    ]
    assert _headers(dialog.unknown) == ["Location", "Row in the file", "Values (kept)"]
    assert _headers(dialog.matched) == [
        "Location",
        "Label in the file",
        "Row in this table",
        "Match",
    ]
    assert _column(dialog.cells, 3)[:2] == ["Not imported", "Converted"]
    assert set(_column(dialog.matched, 3)) <= {
        "Exact",
        "Label with a note",
        "Approximate (please check)",
    }
    assert "Exact" in _column(dialog.matched, 3)
    # The report's own words come from the message catalogue, in the same language.
    assert dialog.summary.text().startswith("Imported ")
    assert _column(dialog.cells, 4)[1] == "text read as the number 1,234"
    assert "read as not filled in" in _column(dialog.cells, 4)[-1]
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == report.summary(i18n.ENGLISH)
    assert "Sheet1!C8: '1,234' text read as the number 1,234 (" in "\n".join(copied)


def _live_messages() -> list[tuple[str, ElementTree.Element]]:
    tree = ElementTree.parse(TS_FILE)
    return [
        (context.findtext("name"), message)
        for context in tree.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") not in GONE
    ]


def _texts(translation) -> list[str]:
    forms = translation.findall("numerusform")  # %n messages carry one text per plural form
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_no_message_is_unfinished_or_empty() -> None:
    messages = _live_messages()
    bad = [
        (context, message.findtext("source"))
        for context, message in messages
        if message.find("translation").get("type") == "unfinished"
        or not all(text.strip() for text in _texts(message.find("translation")))
    ]
    assert bad == []
    contexts = {context for context, _ in messages}
    assert {"PrintPreview", "ImportReportDialog"} <= contexts  # lupdate sees both dialogs


def test_compiled_catalogue_matches_the_ts_file(english) -> None:
    # A .qm built from an older .ts would leave the newest strings Chinese.
    stale = [
        (context, message.findtext("source"))
        for context, message in _live_messages()
        if message.get("numerus") != "yes"
        and QCoreApplication.translate(context, message.findtext("source"))
        != message.findtext("translation")
    ]
    assert stale == []


def test_file_dialogs_speak_the_chosen_language(qtbot, english, monkeypatch) -> None:
    """In English, Qt's own file dialog (not the system's, which follows the desktop's language)."""
    from PySide6.QtWidgets import QFileDialog, QLabel  # noqa: PLC0415

    from govinfo_desktop.qt import dialogs  # noqa: PLC0415

    asked: list[QFileDialog.Option] = []

    def fake_open(*args, options=None, **kwargs):
        asked.append(options if options is not None else QFileDialog.Option(0))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    assert dialogs.ask_open_path(None) is None
    assert asked[-1] & QFileDialog.Option.DontUseNativeDialog
    dialog = QFileDialog(None, "x")
    dialog.setOptions(i18n.file_dialog_options())
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "fileNameLabel").text() == "File &name:"
    i18n.apply_language(i18n.CHINESE)
    assert not i18n.file_dialog_options() & QFileDialog.Option.DontUseNativeDialog
    dialogs.ask_open_path(None)
    assert not asked[-1] & QFileDialog.Option.DontUseNativeDialog
    chinese = QFileDialog(None, "x")
    chinese.setOptions(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(chinese)
    assert chinese.findChild(QLabel, "fileNameLabel").text() == "文件名称(&N)："  # qtbase_zh_CN
