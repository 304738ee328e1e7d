"""The main window: the editor in the middle, problems and report-information docks, menus, status bar.

It only composes: the editor widgets come from qt.editor (through `EditorParts`, which tests replace), the
docks and what waits for the first paint from qt.window_docks, file work from qt.file_actions, questions
from qt.dialogs, crash recovery from qt.autosave; qt.window_start runs it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from govinfo_desktop import __version__
from govinfo_desktop.core.document import ReportDocument, blank_document, default_report_year
from govinfo_desktop.core.issues import Severity
from govinfo_desktop.qt import autosave
from govinfo_desktop.qt.file_actions import FileActions, dialogs, is_openable
from govinfo_desktop.qt.menus import WindowMenus
from govinfo_desktop.qt.recent_files import RecentFiles
from govinfo_desktop.qt.settings import app_settings, log_directory
from govinfo_desktop.qt.window_docks import PANEL_HEIGHT, DockedWindow, EditorParts
from govinfo_desktop.qt.zoom import Zoom
from govinfo_desktop.resources import resource_path

__all__ = ["EditorParts", "MainWindow"]


class MainWindow(DockedWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        recovery_dir: Path | None = None,
        parts: EditorParts | None = None,
    ) -> None:
        super().__init__(parts or EditorParts.real())
        self.settings = settings if settings is not None else app_settings()
        self.recent = RecentFiles(self.settings)
        self.recovery = autosave.RecoverySession(
            recovery_dir or autosave.default_recovery_dir(), self
        )
        self.recovery.failed.connect(self._recovery_failed)
        self.files = FileActions(self)
        self.file_path: Path | None = None
        self.setWindowIcon(QIcon(str(resource_path("icons", "govinfo-desktop.svg"))))
        self.setAcceptDrops(True)
        self.summary_label = QLabel()
        self.statusBar().addPermanentWidget(self.summary_label)
        self.zoom = Zoom(self.settings)
        self.menus = WindowMenus(self)
        # The editor's place, kept for every report (see _put_editor). Made after the menus, so that
        # when the window goes the menus go before the editor and never hear its undo stack clear.
        self._holder = QWidget(self)
        holder_layout = QVBoxLayout(self._holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(self._holder)
        self.retranslate_ui()
        self._restore_geometry()

    # -- the open report ----------------------------------------------------------------------
    def document(self) -> ReportDocument:
        document: ReportDocument = self.editor.document
        return document

    def is_modified(self) -> bool:
        return self.editor is not None and not self.editor.undo_stack.isClean()

    def set_document(
        self, document: ReportDocument, path: Path | None, modified: bool = False
    ) -> None:
        """Show `document` in a fresh editor; `modified` for reports never saved as they are (imports)."""
        editor = self.parts.editor(document)
        stack = editor.undo_stack
        if modified:
            stack.resetClean()  # no state of this stack matches a file on disk
        old, self.editor, self.file_path = self.editor, editor, path
        self._put_editor(editor, old)
        self.follow_editor_in_panels(editor)
        stack.cleanChanged.connect(self._update_title)
        stack.indexChanged.connect(self._stack_changed)
        editor.findingsChanged.connect(self._update_status)
        self.menus.follow_editor(editor)
        self.zoom.follow(editor)
        self.recovery.track(document, path)
        if modified:
            self.recovery.changed()
        self._update_title()
        self._update_status()
        editor.setFocus()
        QTimer.singleShot(0, self.keep_table_room)  # once the new editor and panels are laid out

    def _put_editor(self, editor: QWidget, old: QWidget | None) -> None:
        """The editor goes into a central holder that stays: replacing QMainWindow's central widget
        makes its layout share the height out anew by size hints, and the 问题 panel could take three
        quarters of it (the table left with two rows)."""
        layout = self._holder.layout()
        assert layout is not None
        layout.addWidget(editor)
        if old is not None:
            layout.removeWidget(old)
            old.hide()
            old.deleteLater()

    def mark_saved(self, path: Path) -> None:
        self.file_path = path
        self.editor.undo_stack.setClean()
        self.recovery.discard()
        self.recovery.set_source(path)
        self.recent.add(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("已保存到“{0}”").format(path), 5000)

    def start(self, path: Path | None) -> str | None:
        """The first report: `path` if given (returns an error message to show), else a blank one."""
        if path is not None:
            error = self.files.open_at_start(path)
            if error is None:
                return None
        else:
            error = None
        year = default_report_year()
        self.set_document(blank_document(year), None)
        return error

    def offer_recovery(self) -> bool:
        """After a crash: offer each unsaved report of a dead session, newest first; restore one."""
        for orphan in autosave.find_orphans(self.recovery.directory):
            document = autosave.load_recovered(orphan)
            if document is None:
                orphan.discard()
                continue
            if dialogs().ask_restore(self, orphan.describe(document), orphan.written):
                self.set_document(document, orphan.source, modified=True)
                orphan.discard()
                self.recovery.write_now()
                return True
            orphan.discard()
        return False

    def _recovery_failed(self, message: str) -> None:
        text = self.tr("自动保存（崩溃恢复）失败，请尽快手动保存：{0}").format(message)
        self.statusBar().showMessage(text)

    def document_name(self) -> str:
        if self.file_path is not None:
            return self.file_path.name
        return self.tr("未命名报表")

    def suggested_stem(self) -> str:
        document = self.document()
        unit = document.metadata.get("unit", "").strip()
        scope = document.metadata.get("scope", "").strip()
        parts = [unit + (document.metadata.get("year", "").strip()), scope]
        return "-".join(part for part in parts if part) or self.tr("年报统计表")

    # -- keeping title and status current -------------------------------------------------------
    def _stack_changed(self) -> None:
        if self.is_modified():
            self.recovery.changed()
        else:
            self.recovery.discard()

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("{0}[*] — GovInfo 年报统计表").format(self.document_name()))
        self.setWindowModified(self.is_modified())

    def _update_status(self) -> None:
        if self.editor is None:
            self.summary_label.clear()
            return
        findings = self.editor.findings()
        errors = sum(1 for issue in findings.issues if issue.severity is Severity.ERROR)
        warnings = len(findings.issues) - errors
        text = self.tr("{0} 个错误，{1} 个警告，{2} 处未填写")
        self.summary_label.setText(text.format(errors, warnings, len(findings.blanks)))

    def retranslate_ui(self) -> None:
        self.retranslate_docks()
        self.menus.retranslate()
        if self.editor is not None:
            self._update_title()
            self._update_status()
        else:
            self.setWindowTitle(self.tr("GovInfo 年报统计表"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self._rebuild_panels()
        super().changeEvent(event)

    def show_about(self) -> None:
        dialogs().show_about(self, __version__)

    def open_log_folder(self) -> None:
        """帮助 → 打开日志文件夹: the folder a clerk attaches to a support request."""
        folder = log_directory()
        folder.mkdir(parents=True, exist_ok=True)
        from PySide6.QtCore import QUrl  # noqa: PLC0415 - Qt's enums are costly before the first paint
        from PySide6.QtGui import QDesktopServices  # noqa: PLC0415

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- drops, closing ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(is_openable(Path(url.toLocalFile())) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        openable = [path for path in paths if is_openable(path)]
        if openable:
            event.acceptProposedAction()
            self.files.open_path(openable[0])

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.maybe_save():
            event.ignore()
            return
        self.recovery.close()
        self.keep_table_room()  # never remember a squeezed table for the next start
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        event.accept()

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            state = self.settings.value("window/state")
            if isinstance(state, QByteArray):
                self.restoreState(state)
                self.keep_table_room()
        else:
            self.resize(_first_size(self))
            # The table gets the room; the panels start small (the clerk can drag them larger).
            self.resizeDocks([self.problems_dock], [PANEL_HEIGHT], Qt.Orientation.Vertical)
            self.resizeDocks([self.metadata_dock], [235], Qt.Orientation.Horizontal)


def _first_size(window: QWidget) -> QSize:
    """1280×720, or the screen's free area on a smaller screen (1024×768 is still common)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return QSize(1280, 720)
    free = screen.availableGeometry()
    frame = 40  # the window manager's title bar and borders
    return QSize(min(1280, free.width() - 8), min(720, free.height() - frame))
