"""The main window's docks — 问题, 报表信息, 填报说明 — and the panels in them, built after the first paint.

`DockedWindow` is the QMainWindow that qt.main_window.MainWindow builds on: it places the docks, keeps
the table most of the height, and at start-up fills the docks (and runs whatever else can wait) only once
the window has been painted, so that a clerk sees the table one panel-build sooner.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from govinfo_desktop.core.document import ReportDocument

PANEL_HEIGHT = 170  # the 问题 panel's height at first start, in pixels
MIN_PANEL_HEIGHT = 120


class EditorParts(NamedTuple):
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
# paint (see DockedWindow.defer_panels_until_shown), so their Qt classes cost nothing before it.
def _problems_panel(editor: Any) -> QWidget:
    from govinfo_desktop.qt.problems_panel import ProblemsPanel  # noqa: PLC0415

    return ProblemsPanel(editor)


def _metadata_panel(editor: Any) -> QWidget:
    from govinfo_desktop.qt.metadata_panel import MetadataPanel  # noqa: PLC0415

    return MetadataPanel(editor)


class DockedWindow(QMainWindow):
    """A main window with the editor's docks; `editor` is the open report's editor (None before one)."""

    def __init__(self, parts: EditorParts) -> None:
        super().__init__()
        self.parts = parts
        self.editor: Any = None
        self._panels_deferred = False
        self._after_paint: list[Callable[[], None]] = []
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks)
        self.problems_dock = self._dock("problems", Qt.DockWidgetArea.BottomDockWidgetArea)
        self.metadata_dock = self._dock("metadata", Qt.DockWidgetArea.RightDockWidgetArea)
        self.row_help_dock = self._dock("row_help", Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.metadata_dock, self.row_help_dock)
        self.row_help_dock.hide()  # 帮助 → 填报说明 shows it; its panel is built when first seen
        self.row_help_dock.visibilityChanged.connect(self._fill_row_help)
        self.metadata_dock.raise_()
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _dock(self, name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"{name}_dock")
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.addDockWidget(area, dock)
        return dock

    def retranslate_docks(self) -> None:
        # in the window's context, where these words were before the docks had a module of their own
        self.problems_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "问题"))
        self.metadata_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "报表信息"))
        self.row_help_dock.setWindowTitle(QCoreApplication.translate("MainWindow", "填报说明"))

    # -- room for the table ---------------------------------------------------------------------
    def keep_table_room(self) -> None:
        """The table keeps most of the height: the 问题 panel gets at most a quarter of the window
        (a new editor, a long problem list or a state saved earlier never squeeze it to two rows)."""
        dock = self.problems_dock
        if dock.isFloating() or dock.isHidden() or self.height() <= 0:
            return
        limit = max(MIN_PANEL_HEIGHT, self.height() // 4)
        if dock.height() > limit:
            self.resizeDocks([dock], [min(PANEL_HEIGHT, limit)], Qt.Orientation.Vertical)

    # -- the panels -----------------------------------------------------------------------------
    def follow_editor_in_panels(self, editor: Any) -> None:
        """A new editor: the panels follow it (at start-up, once the window has been painted)."""
        if not self._panels_deferred:
            self._attach_panels(editor)
        if self.row_help_dock.isVisible():
            self._fill_row_help()

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

    # -- after the first paint ------------------------------------------------------------------
    def defer_panels_until_shown(self, then: Callable[[], None] | None = None) -> None:
        """At start-up: fill the docks just after the window's first paint, not before it, then call
        `then` (the support log's start) and whatever `after_first_paint` was given meanwhile.

        The clerk sees the table (what they came for) one panel-build sooner; the docks, already in
        place with their titles, fill in on the next turn of the event loop (a few ms later)."""
        self._panels_deferred = True
        if then is not None:
            self._after_paint.append(then)
        self.installEventFilter(_AfterFirstPaint(self, self._attach_deferred_panels))
        # Should a platform never send the window a Paint event, the panels still come, a bit later.
        QTimer.singleShot(1000, self._attach_deferred_panels)

    def after_first_paint(self, callback: Callable[[], None]) -> None:
        """Run `callback` once the deferred panels are in (at once when nothing is deferred)."""
        if self._panels_deferred:
            self._after_paint.append(callback)
        else:
            callback()

    def _attach_deferred_panels(self) -> None:
        if not self._panels_deferred:
            return
        self._panels_deferred = False
        if self.editor is not None:
            self._attach_panels(self.editor)
        waiting, self._after_paint = self._after_paint, []
        for callback in waiting:
            callback()


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
