"""The main window: the editor in the middle, problems and report-information docks, menus, status bar.

It only composes: the editor widgets come from qt.editor (through `EditorParts`, which tests replace), file
work from qt.file_actions, questions from qt.dialogs, crash recovery from qt.autosave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QIcon,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop import __version__
from govinfo_desktop.core.document import ReportDocument, blank_document, default_report_year
from govinfo_desktop.core.issues import Severity
from govinfo_desktop.qt import autosave
from govinfo_desktop.qt.file_actions import FileActions, dialogs, is_openable
from govinfo_desktop.qt.menus import WindowMenus
from govinfo_desktop.qt.recent_files import RecentFiles
from govinfo_desktop.qt.settings import app_settings, log_directory
from govinfo_desktop.qt.zoom import Zoom
from govinfo_desktop.resources import resource_path


@dataclass
class EditorParts:
    """Builds the editor and its two panels; the real ones are imported only when a window is made."""

    # The editor is duck-typed (tests give a light stand-in): what the window needs of it is listed in
    # tests/qt/shell_support.FakeEditor.
    editor: Callable[[ReportDocument], Any]
    problems: Callable[[Any], QWidget]
    metadata: Callable[[Any], QWidget]

    @classmethod
    def real(cls) -> EditorParts:
        from govinfo_desktop.qt.editor import ReportEditor  # noqa: PLC0415

        return cls(ReportEditor, _problems_panel, _metadata_panel)


# The panels' modules are imported when a panel is first built: at start-up that is after the first
# paint (see MainWindow.defer_panels_until_shown), so their Qt classes cost nothing before it.
def _problems_panel(editor: Any) -> QWidget:
    from govinfo_desktop.qt.problems_panel import ProblemsPanel  # noqa: PLC0415

    return ProblemsPanel(editor)


def _metadata_panel(editor: Any) -> QWidget:
    from govinfo_desktop.qt.metadata_panel import MetadataPanel  # noqa: PLC0415

    return MetadataPanel(editor)


PANEL_HEIGHT = 170  # the 问题 panel's height at first start, in pixels
MIN_PANEL_HEIGHT = 120


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        recovery_dir: Path | None = None,
        parts: EditorParts | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings if settings is not None else app_settings()
        self.parts = parts or EditorParts.real()
        self.recent = RecentFiles(self.settings)
        self.recovery = autosave.RecoverySession(
            recovery_dir or autosave.default_recovery_dir(), self
        )
        self.recovery.failed.connect(self._recovery_failed)
        self.files = FileActions(self)
        self.editor: Any = None
        self.file_path: Path | None = None
        self._panels_deferred = False
        self._after_panels: Callable[[], None] | None = None
        self.setWindowIcon(QIcon(str(resource_path("icons", "govinfo-desktop.svg"))))
        self.setAcceptDrops(True)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        self.problems_dock = self._dock("problems", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.metadata_dock = self._dock("metadata", Qt.DockWidgetArea.RightDockWidgetArea)
        self.row_help_dock = self._dock("row_help", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.metadata_dock, self.row_help_dock)
        self.row_help_dock.hide()  # 帮助 → 填报说明 shows it; its panel is built when first seen
        self.row_help_dock.visibilityChanged.connect(self._fill_row_help)
        self.metadata_dock.raise_()
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
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

    def _dock(self, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}_dock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

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
        if not self._panels_deferred:
            self._attach_panels(editor)
        stack.cleanChanged.connect(self._update_title)
        stack.indexChanged.connect(self._stack_changed)
        editor.findingsChanged.connect(self._update_status)
        self.menus.follow_editor(editor)
        if self.row_help_dock.isVisible():
            self._fill_row_help()
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

    def _panel_height(self) -> int:
        """The 问题 panel's height to keep: its current one, within a quarter of the window."""
        limit = max(MIN_PANEL_HEIGHT, self.height() // 4)
        current = self.problems_dock.height() if self.problems_dock.isVisible() else PANEL_HEIGHT
        return min(max(current, MIN_PANEL_HEIGHT), limit)

    def keep_table_room(self) -> None:
        """The table keeps most of the height: the 问题 panel gets at most a quarter of the window
        (a new editor, a long problem list or a state saved earlier never squeeze it to two rows)."""
        dock = self.problems_dock
        if dock.isFloating() or dock.isHidden() or self.height() <= 0:
            return
        limit = max(MIN_PANEL_HEIGHT, self.height() // 4)
        if dock.height() > limit:
            self.resizeDocks([dock], [min(PANEL_HEIGHT, limit)], Qt.Orientation.Vertical)

    def _attach_panels(self, editor: Any) -> None:
        for dock, factory in (
            (self.problems_dock, self.parts.problems),
            (self.metadata_dock, self.parts.metadata),
        ):
            panel: Any = dock.widget()  # a panel built by the factory: has set_editor()
            if panel is None:
                dock.setWidget(factory(editor))
            else:
                panel.set_editor(editor)

    def show_row_help(self) -> None:
        """帮助 → 填报说明: the panel that explains the current row."""
        self.row_help_dock.show()
        self.row_help_dock.raise_()
        self._fill_row_help()

    def _fill_row_help(self, visible: bool = True) -> None:
        if not visible or self.editor is None:
            return
        from govinfo_desktop.qt.row_help_panel import RowHelpPanel  # noqa: PLC0415 - built when first seen

        panel = self.row_help_dock.widget()
        if not isinstance(panel, RowHelpPanel):
            self.row_help_dock.setWidget(RowHelpPanel(self.editor))
        elif panel.editor is not self.editor:
            panel.set_editor(self.editor)
        else:
            panel.show_current()  # the language may have changed while it was hidden

    def defer_panels_until_shown(self, then: Callable[[], None] | None = None) -> None:
        """At start-up: fill the docks just after the window's first paint, not before it, then call
        `then` (the support log's start).

        The clerk sees the table (what they came for) one panel-build sooner; the docks, already in
        place with their titles, fill in on the next turn of the event loop (a few ms later)."""
        self._panels_deferred = True
        self._after_panels = then
        self.installEventFilter(_AfterFirstPaint(self, self._attach_deferred_panels))
        # Should a platform never send the window a Paint event, the panels still come, a bit later.
        QTimer.singleShot(1000, self._attach_deferred_panels)

    def _attach_deferred_panels(self) -> None:
        if not self._panels_deferred:
            return
        self._panels_deferred = False
        if self.editor is not None:
            self._attach_panels(self.editor)
        if self._after_panels is not None:
            self._after_panels()

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
        self.problems_dock.setWindowTitle(self.tr("问题"))
        self.metadata_dock.setWindowTitle(self.tr("报表信息"))
        self.row_help_dock.setWindowTitle(self.tr("填报说明"))
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

    def _rebuild_panels(self) -> None:
        """The panels take their texts when built: build them anew in the new language."""
        if self.editor is None or self._panels_deferred:
            return
        for dock, factory in (
            (self.problems_dock, self.parts.problems),
            (self.metadata_dock, self.parts.metadata),
        ):
            old = dock.widget()
            dock.setWidget(factory(self.editor))
            if old is not None:
                old.deleteLater()
        if self.row_help_dock.isVisible():
            self._fill_row_help()

    def show_about(self) -> None:
        dialogs().show_about(self, __version__)

    def open_log_folder(self) -> None:
        """帮助 → 打开日志文件夹: the folder a clerk attaches to a support request."""
        folder = log_directory()
        folder.mkdir(parents=True, exist_ok=True)
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


class _AfterFirstPaint(QObject):
    """Calls `callback` on the event loop's next turn after the watched window's first paint."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def start_support_log() -> None:
    """The support log starts just after the first paint: logging.handlers costs ~5–15 ms of imports."""
    from govinfo_desktop import applog  # noqa: PLC0415

    applog.install_file_log(log_directory())


def run(args: list[str]) -> int:
    """Show the window (opening args[0] if given), offer crash recovery, and run until it closes."""
    from govinfo_desktop.qt import startup_hooks  # noqa: PLC0415

    app = QApplication.instance() or QApplication(["govinfo-desktop"])
    window = MainWindow()
    window.defer_panels_until_shown(then=start_support_log)
    error = window.start(Path(args[0]) if args else None)
    window.show()
    if error:
        dialogs().show_error(window, error)
    window.offer_recovery()
    startup_hooks.install(window)
    code = app.exec()
    if not window.is_modified():  # quit without closing the window: leave no lock file behind
        window.recovery.close()
    return code
