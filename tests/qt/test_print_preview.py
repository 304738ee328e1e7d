"""Preview, print, export and the system viewer all use the one PDF; no dialog ever blocks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.pdf.document import build_pdf
from govinfo_desktop.qt import print_preview
from tests.formats.pdf_helpers import page_texts, reader, squeeze
from tests.helpers import consistent_document, seed_document


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(
        print_preview,
        "show_report",
        lambda parent, text, warning=False: shown.append((text, warning)),
    )
    return shown


def _broken():
    document = consistent_document("national-2021")
    document.values[CellRef("t3_total", "total")] += 5
    return document


# The offscreen platform cannot pass a shown top-level window's size hints on; harmless, and only there.
OFFSCREEN_SHOW = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@OFFSCREEN_SHOW
def test_preview_shows_exactly_the_pdf_pages(qtbot, messages) -> None:
    document = seed_document()
    dialog = print_preview.show_preview(None, document)
    qtbot.addWidget(dialog)
    data, result = build_pdf(document)
    assert dialog.pdf_bytes == data  # the same bytes that print and export
    assert dialog.pdf.pageCount() == result.pages == len(reader(data).pages)
    assert dialog.view.document() is dialog.pdf
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert f"共 {result.pages} 页" in dialog.status.text()
    assert "草稿" not in dialog.status.text()


@OFFSCREEN_SHOW
def test_preview_of_a_report_with_errors_says_draft(qtbot, messages) -> None:
    dialog = print_preview.show_preview(None, _broken())
    qtbot.addWidget(dialog)
    assert "草稿" in dialog.status.text() and "错误" in dialog.status.text()
    dialog._zoom(1.25)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom


def test_print_sends_every_pdf_page_at_full_size(
    qtbot, tmp_path: Path, monkeypatch, messages
) -> None:
    asked: list[QPrinter] = []
    monkeypatch.setattr(
        print_preview, "ask_print", lambda parent, printer: asked.append(printer) or True
    )
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    output = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(output))
    document = seed_document()
    assert print_preview.print_document(None, document, printer) is True
    assert asked == [printer]
    printed = reader(output.read_bytes())
    _, result = build_pdf(document)
    assert len(printed.pages) == result.pages
    for page in printed.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (width, height) == pytest.approx((595.3, 841.9), abs=1.5)
    assert messages == []  # a clean report prints without a word


def test_print_cancelled_prints_nothing(qtbot, tmp_path: Path, monkeypatch, messages) -> None:
    monkeypatch.setattr(print_preview, "ask_print", lambda parent, printer: False)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no.pdf"))
    assert print_preview.print_document(None, seed_document(), printer) is False
    assert not (tmp_path / "no.pdf").exists()


def test_export_asks_for_a_path_writes_and_reports(tmp_path: Path, monkeypatch, messages) -> None:
    target = tmp_path / "导出.pdf"
    monkeypatch.setattr(print_preview, "ask_pdf_path", lambda parent, suggested: target)
    assert print_preview.export_pdf(None, _broken()) == target
    assert "草稿：存在" in squeeze("".join(page_texts(target.read_bytes())))
    ((text, warning),) = messages
    assert str(target) in text and "草稿" in text and warning


def test_export_to_a_given_path_does_not_ask(tmp_path: Path, monkeypatch, messages) -> None:
    monkeypatch.setattr(print_preview, "ask_pdf_path", lambda *a: pytest.fail("asked"))
    document = seed_document()
    document.metadata["unit"] = "𠀀乡人民政府"
    target = tmp_path / "a.pdf"
    assert print_preview.export_pdf(None, document, target) == target
    ((text, warning),) = messages
    assert "填报单位" in text and "𠀀" in text and warning


def test_export_cancelled_or_unwritable(tmp_path: Path, monkeypatch, messages) -> None:
    monkeypatch.setattr(print_preview, "ask_pdf_path", lambda parent, suggested: None)
    assert print_preview.export_pdf(None, seed_document()) is None
    assert messages == []
    assert print_preview.export_pdf(None, seed_document(), tmp_path / "无" / "x.pdf") is None
    ((text, warning),) = messages
    assert "无法保存" in text and warning


def test_open_in_system_viewer_hands_over_a_temporary_pdf(monkeypatch, messages) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    path = print_preview.open_in_system_viewer(None, seed_document())
    assert path is not None and path.read_bytes() == build_pdf(seed_document())[0]
    assert [url.toLocalFile() for url in opened] == [str(path)]
    assert messages == []
    path.unlink()


def test_no_viewer_tells_where_the_file_is(monkeypatch, messages) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    path = print_preview.open_in_system_viewer(None, seed_document())
    assert path is not None and str(path) in messages[0][0]
    path.unlink()


@OFFSCREEN_SHOW
def test_thousands_separators_are_a_choice_in_the_preview(qtbot, tmp_path: Path, messages) -> None:
    document = seed_document()
    dialog = print_preview.show_preview(None, document)
    qtbot.addWidget(dialog)
    assert not dialog.thousands.isChecked()
    assert "31535" in squeeze("".join(page_texts(dialog.pdf_bytes)))
    dialog.thousands.setChecked(True)
    shown = squeeze("".join(page_texts(dialog.pdf_bytes)))
    assert "31,535" in shown and "31535" not in shown
    assert dialog.pdf.pageCount() == len(reader(dialog.pdf_bytes).pages)
    target = tmp_path / "千位.pdf"
    print_preview.export_pdf(dialog, document, target, thousands=dialog.thousands_wanted)
    assert "31,535" in squeeze("".join(page_texts(target.read_bytes())))
