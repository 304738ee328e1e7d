"""打印预览 / 打印… / 导出PDF… / 用系统阅读器打开: each shows or sends the very pages `formats.pdf.document`
builds, so what the clerk previews, prints, exports and files is one and the same PDF.

Every question goes through a small `ask…()`/`show…()` function that tests replace, so nothing blocks.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.text_model import ReportText, text_of
from govinfo_desktop.formats.pdf.document import PdfResult, build_pdf, write_pdf
from govinfo_desktop.qt.i18n import current_language, error_text, file_dialog_options

MAX_PRINT_DPI = 600  # an A4 page at 600 dpi is a 140 MB image already; finer adds nothing on paper
VIEWER_DIR_NAME = "govinfo-desktop-pdf"
VIEWER_KEEP_SECONDS = 24 * 3600


# -- the small questions (tests replace these) ------------------------------------------------------
def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintPreview", "导出 PDF"),
        str(suggested),
        QCoreApplication.translate("PrintPreview", "PDF 文件 (*.pdf)"),
        options=file_dialog_options(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def ask_print(parent: QWidget | None, printer: QPrinter) -> bool:
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPreview", "打印"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_report(parent: QWidget | None, text: str, warning: bool = False) -> None:
    if warning:
        QMessageBox.warning(parent, QCoreApplication.translate("PrintPreview", "PDF"), text)
    else:
        QMessageBox.information(parent, QCoreApplication.translate("PrintPreview", "PDF"), text)


# -- what the clerk is told about a PDF ------------------------------------------------------------
def describe(result: PdfResult) -> str:
    lines = [QCoreApplication.translate("PrintPreview", "共 {0} 页").format(result.pages)]
    if result.is_draft:
        lines.append(
            QCoreApplication.translate(
                "PrintPreview", "报表还有 {0} 处错误：每页印有“草稿”字样，改正后再打印正式版。"
            ).format(result.errors)
        )
    lines.extend(result.warnings_in(current_language()))
    return "\n".join(lines)


def _text(document: ReportDocument, with_text: bool) -> ReportText | None:
    """The report text to print before the table, when asked for and the report has one."""
    return text_of(document) if with_text else None


# -- 打印预览 -------------------------------------------------------------------------------------
class PreviewDialog(QDialog):
    """The PDF's own pages in a QPdfView, with the actions that act on exactly those pages."""

    def __init__(self, parent: QWidget | None, document: ReportDocument) -> None:
        super().__init__(parent)
        self.document = document
        self.with_text = QCheckBox(QCoreApplication.translate("PrintPreview", "表前印正文"), self)
        self.with_text.setVisible(text_of(document) is not None)
        self.with_text.toggled.connect(self._rebuild)
        # Published tables print 31535; some offices want 31,535 — the clerk's choice, off by default.
        self.thousands = QCheckBox(
            QCoreApplication.translate("PrintPreview", "千位分隔符（如 31,535）"), self
        )
        self.thousands.setObjectName("thousands")
        self.thousands.toggled.connect(self._rebuild)
        self.pdf_bytes, self.pdf_result = build_pdf(document)
        self.setWindowTitle(
            QCoreApplication.translate("PrintPreview", "打印预览 — {0}").format(document.title())
        )
        self.pdf = load_pdf(self.pdf_bytes, self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel(describe(self.pdf_result), self)
        self.status.setWordWrap(True)
        if self.pdf_result.is_draft or self.pdf_result.warnings:
            self.status.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.addLayout(self._buttons())
        options = QHBoxLayout()
        options.addWidget(self.with_text)
        options.addWidget(self.thousands)
        options.addStretch(1)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        self.resize(fitting_size(self, 900, 1000))

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in (
            (
                QCoreApplication.translate("PrintPreview", "打印…"),
                lambda: print_document(
                    self, self.document, with_text=self.text_wanted, thousands=self.thousands_wanted
                ),
            ),
            (
                QCoreApplication.translate("PrintPreview", "导出PDF…"),
                lambda: export_pdf(
                    self, self.document, with_text=self.text_wanted, thousands=self.thousands_wanted
                ),
            ),
            (
                QCoreApplication.translate("PrintPreview", "用系统阅读器打开"),
                lambda: open_in_system_viewer(
                    self, self.document, with_text=self.text_wanted, thousands=self.thousands_wanted
                ),
            ),
            (
                QCoreApplication.translate("PrintPreview", "适合宽度"),
                lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth),
            ),
            (
                QCoreApplication.translate("PrintPreview", "整页"),
                lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView),
            ),
            (QCoreApplication.translate("PrintPreview", "放大"), lambda: self._zoom(1.25)),
            (QCoreApplication.translate("PrintPreview", "缩小"), lambda: self._zoom(0.8)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    @property
    def text_wanted(self) -> bool:
        return self.with_text.isChecked()

    @property
    def thousands_wanted(self) -> bool:
        return self.thousands.isChecked()

    def _rebuild(self) -> None:
        """The report text or the thousands separators on or off: the pages are built again."""
        self.pdf_bytes, self.pdf_result = build_pdf(
            self.document,
            text=_text(self.document, self.text_wanted),
            thousands=self.thousands_wanted,
        )
        old = self.pdf
        self.pdf = load_pdf(self.pdf_bytes, self)
        self.view.setDocument(self.pdf)
        old.deleteLater()
        self.status.setText(describe(self.pdf_result))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)


def fitting_size(widget: QWidget, width: int, height: int) -> QSize:
    """`width`×`height`, or less: never wider or taller than the screen's free area (a 768-px-high
    screen must still show the buttons above and the status below the pages)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(width, height)
    free = screen.availableGeometry()
    frame = 40  # the window manager's title bar and borders
    return QSize(min(width, free.width() - 16), min(height, free.height() - frame))


def load_pdf(data: bytes, parent: QObject | None = None) -> QPdfDocument:
    """A QPdfDocument over `data`; the buffer is parented to it, so it lives exactly as long."""
    pdf = QPdfDocument(parent) if parent is not None else QPdfDocument()
    buffer = QBuffer(pdf)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf.load(buffer)
    return pdf


def show_preview(parent: QWidget | None, document: ReportDocument) -> PreviewDialog:
    dialog = PreviewDialog(parent, document)
    dialog.show()
    return dialog


# -- 打印… -----------------------------------------------------------------------------------------
def print_document(
    parent: QWidget | None,
    document: ReportDocument,
    printer: QPrinter | None = None,
    with_text: bool = False,
    thousands: bool = False,
) -> bool:
    """Ask for a printer, then print the PDF's pages at 100 % (never “fit to page”: margins stay true)."""
    data, result = build_pdf(document, text=_text(document, with_text), thousands=thousands)
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.title())
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    printer.setFromTo(1, result.pages)
    if not ask_print(parent, printer):
        return False
    pdf = load_pdf(data)
    render_to_printer(pdf, printer)
    if result.is_draft or result.warnings:
        show_report(parent, describe(result), warning=True)
    return True


def render_to_printer(pdf: QPdfDocument, printer: QPrinter) -> None:
    first, last = 0, pdf.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, (printer.toPage() or pdf.pageCount()) - 1
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    scale = printer.resolution() / 72.0
    painter = QPainter(printer)
    try:
        for index in range(first, min(last, pdf.pageCount() - 1) + 1):
            if index > first:
                printer.newPage()
            points = pdf.pagePointSize(index)
            image = pdf.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            painter.drawImage(target, image)
    finally:
        painter.end()


# -- 导出PDF… ---------------------------------------------------------------------------------------
def export_pdf(
    parent: QWidget | None,
    document: ReportDocument,
    path: Path | None = None,
    with_text: bool = False,
    thousands: bool = False,
) -> Path | None:
    """Write the PDF to `path` (asked for when not given); tell the clerk the result and any warnings."""
    if path is None:
        path = ask_pdf_path(parent, Path.home() / f"{_safe_name(document.title())}.pdf")
        if path is None:
            return None
    try:
        result = write_pdf(
            document, Path(path), text=_text(document, with_text), thousands=thousands
        )
    except OSError as error:  # SaveError says which file and why
        show_report(parent, error_text(error), warning=True)
        return None
    text = QCoreApplication.translate("PrintPreview", "已导出到“{0}”（{1}）。").format(
        path, describe(result).replace("\n", QCoreApplication.translate("PrintPreview", "；"))
    )
    show_report(parent, text, warning=result.is_draft or bool(result.warnings))
    return Path(path)


# -- 用系统阅读器打开 -------------------------------------------------------------------------------
def open_in_system_viewer(
    parent: QWidget | None,
    document: ReportDocument,
    with_text: bool = False,
    thousands: bool = False,
) -> Path | None:
    """Write the PDF to a fresh temporary file and hand it to the desktop's default PDF viewer."""
    folder = Path(tempfile.gettempdir()) / VIEWER_DIR_NAME
    try:
        folder.mkdir(exist_ok=True)
        _remove_old(folder)
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed at once; the viewer reads it
            dir=folder, prefix=f"{_safe_name(document.title())}-", suffix=".pdf", delete=False
        )
        handle.close()
        result = write_pdf(
            document, Path(handle.name), text=_text(document, with_text), thousands=thousands
        )
    except OSError as error:
        show_report(parent, error_text(error), warning=True)
        return None
    path = Path(handle.name)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        show_report(
            parent,
            QCoreApplication.translate(
                "PrintPreview", "没有找到可以打开 PDF 的程序。文件已保存在“{0}”。"
            ).format(path),
            True,
        )
    elif result.is_draft or result.warnings:
        show_report(parent, describe(result), warning=True)
    return path


def _remove_old(folder: Path) -> None:
    # PDFs handed to a viewer earlier; the viewer is long done with them after a day.
    limit = time.time() - VIEWER_KEEP_SECONDS
    for old in folder.glob("*.pdf"):
        try:
            if old.stat().st_mtime < limit:
                old.unlink()
        except OSError:
            continue


def _safe_name(text: str) -> str:
    return "".join("_" if char in '\\/:*?"<>|' else char for char in text)[:80]
