"""What the 文件 menu does: new, open, save, save as, Excel import/export, printing and PDF.

Every failure ends in one clear Chinese message and leaves the open report exactly as it was (still marked
modified when it was). Spreadsheets always open as a new, unsaved report and show their import report.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject

from govinfo_desktop.core.document import ReportDocument, blank_document
from govinfo_desktop.formats.atomic import SaveError
from govinfo_desktop.formats.govinfo_file import SUFFIX
from govinfo_desktop.formats.reading import SPREADSHEET_SUFFIXES, InputError, open_input
from govinfo_desktop.qt.i18n import error_text

if TYPE_CHECKING:
    from types import ModuleType

    from PySide6.QtWidgets import QWidget

    from govinfo_desktop.qt.recent_files import RecentFiles

OPENABLE_SUFFIXES = (SUFFIX, *SPREADSHEET_SUFFIXES)


def dialogs() -> ModuleType:
    """qt.dialogs, imported when a question is first asked: its widgets cost ~25 ms of start-up."""
    from govinfo_desktop.qt import dialogs as module  # noqa: PLC0415

    return module


class DocumentWindow(Protocol):
    """What the file actions need of the window (and no more): the report, its file, recent files.

    The window is also the parent widget of the dialogs these actions open."""

    file_path: Path | None
    recent: RecentFiles

    def document(self) -> ReportDocument: ...

    def is_modified(self) -> bool: ...

    def document_name(self) -> str: ...

    def suggested_stem(self) -> str: ...

    def set_document(
        self, document: ReportDocument, path: Path | None, modified: bool = False
    ) -> None: ...

    def mark_saved(self, path: Path) -> None: ...

    def after_first_paint(self, callback: Callable[[], None]) -> None: ...


def is_openable(path: Path) -> bool:
    return Path(path).suffix.lower() in OPENABLE_SUFFIXES


class FileActions(QObject):
    def __init__(self, window: DocumentWindow) -> None:
        super().__init__(cast("QWidget", window))  # the window is a QWidget
        self.window = window

    # -- replacing the open report -------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the open report may be replaced or closed (saved, or the clerk said 不保存)."""
        if not self.window.is_modified():
            return True
        answer = dialogs().ask_unsaved_changes(self.window, self.window.document_name())
        if answer is dialogs().Unsaved.SAVE:
            return self.save()
        return answer is dialogs().Unsaved.DISCARD

    def new_report(self) -> bool:
        choice = dialogs().ask_new_report(self.window)
        if choice is None or not self.maybe_save():
            return False
        year, table_id = choice
        self.window.set_document(blank_document(year, table_id), None)
        return True

    def open_dialog(self) -> bool:
        path = dialogs().ask_open_path(self.window, self._directory())
        return self.open_path(path) if path else False

    def import_excel(self) -> bool:
        path = dialogs().ask_open_path(self.window, self._directory(), kind="excel")
        return self.open_path(path) if path else False

    def open_path(self, path: Path) -> bool:
        """Open a .govinfo file, or import a spreadsheet into a new report. Read first, then ask."""
        path = Path(path)
        try:
            opened = open_input(path)
        except InputError as error:
            dialogs().show_error(self.window, error_text(error))
            if not path.exists():
                self.window.recent.remove(path)
            return False
        if not self.maybe_save():
            return False
        self._show(opened, path)
        return True

    def open_at_start(self, path: Path) -> str | None:
        """The file named on the command line; returns the message to show once the window is up."""
        try:
            opened = open_input(Path(path))
        except InputError as error:
            return error_text(error)
        self._show(opened, Path(path))
        return None

    def _show(self, opened: Any, path: Path) -> None:
        if path.suffix.lower() == SUFFIX or opened.import_report is None:
            self.window.set_document(opened.document, path)
            self.window.recent.add(path)
            if (
                "last_year" in opened.document.unknown_fields
            ):  # lastyear.LINK_KEY, without its imports
                self._call("last_year", "restore_later", path)
            return
        self.window.set_document(opened.document, None, modified=True)
        self.window.recent.add(path)
        # At start-up the report opens beside the window once the window (with the table) is painted.
        report = opened.import_report
        self.window.after_first_paint(
            partial(self._call, "import_report_dialog", "show_import_report", report)
        )

    # -- saving ---------------------------------------------------------------------------------
    def save(self) -> bool:
        path = self.window.file_path
        if path is None or path.suffix.lower() != SUFFIX:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        suggested = self._suggested(SUFFIX)
        path = dialogs().ask_save_path(
            self.window, suggested, QCoreApplication.translate("FileActions", "另存为")
        )
        return self.save_to(path) if path else False

    def save_to(self, path: Path) -> bool:
        from govinfo_desktop.formats.govinfo_file import save_document  # noqa: PLC0415

        try:
            save_document(self.window.document(), path)
        except (SaveError, OSError) as error:
            dialogs().show_error(self.window, _save_message(path, error))
            return False
        self.window.mark_saved(path)
        return True

    def export_excel(self) -> bool:
        path = dialogs().ask_save_path(
            self.window,
            self._suggested(".xlsx"),
            QCoreApplication.translate("FileActions", "导出 Excel"),
        )
        return self._write(self.window.document(), path, blank=False) if path else False

    def export_blank_template(self) -> bool:
        document = self.window.document()
        blank = ReportDocument.new(document.table_id, year=document.metadata.get("year", ""))
        suggested = self._directory_path() / QCoreApplication.translate(
            "FileActions", "空白模板-{0}.xlsx"
        ).format(document.table_id)
        path = dialogs().ask_save_path(
            self.window, suggested, QCoreApplication.translate("FileActions", "导出空白模板")
        )
        return self._write(blank, path, blank=True) if path else False

    def _write(self, document: ReportDocument, path: Path, blank: bool) -> bool:
        from govinfo_desktop.formats.writing import OutputError, write_output  # noqa: PLC0415

        try:
            write_output(document, path, blank_template=blank)
        except (OutputError, OSError, ValueError) as error:
            dialogs().show_error(self.window, _save_message(path, error))
            return False
        dialogs().show_info(
            self.window, QCoreApplication.translate("FileActions", "已导出到“{0}”。").format(path)
        )
        return True

    # -- printing (the PDF helper's module, loaded only when asked for) --------------------------
    def print_preview(self) -> None:
        self._call("print_preview", "show_preview", self.window.document())

    def print_document(self) -> None:
        self._call("print_preview", "print_document", self.window.document())

    def export_pdf(self) -> None:
        path = dialogs().ask_save_path(
            self.window,
            self._suggested(".pdf"),
            QCoreApplication.translate("FileActions", "导出 PDF"),
        )
        if path:
            self._call("print_preview", "export_pdf", self.window.document(), path)

    def open_in_viewer(self) -> None:
        self._call("print_preview", "open_in_system_viewer", self.window.document())

    def _call(self, module: str, function: str, *args: Any) -> Any:
        try:
            target = getattr(importlib.import_module(f"govinfo_desktop.qt.{module}"), function)
        except (ImportError, AttributeError):
            dialogs().show_error(
                self.window,
                QCoreApplication.translate("FileActions", "本版本尚未提供此功能（{0}）。").format(
                    function
                ),
            )
            return None
        return target(self.window, *args)

    # -- names ---------------------------------------------------------------------------------
    def _directory_path(self) -> Path:
        current = self.window.file_path
        if current is not None:
            return current.parent
        recent = self.window.recent.paths()
        return recent[0].parent if recent else Path.home()

    def _directory(self) -> str:
        return str(self._directory_path())

    def _suggested(self, suffix: str) -> Path:
        current = self.window.file_path
        stem = current.stem if current is not None else self.window.suggested_stem()
        return self._directory_path() / f"{stem}{suffix}"


def _save_message(path: Path, error: Exception) -> str:
    text = error_text(error)
    if isinstance(error, SaveError) or str(path) in str(error) or path.name in str(error):
        return text
    return QCoreApplication.translate("FileActions", "无法保存“{0}”：{1}").format(path, text)
