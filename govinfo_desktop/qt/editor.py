"""ReportEditor: the report's table as live-checked editable trees, one tab per sub-table (二、三、四).

Edits are applied by the Qt-free `ReportSession` (core/session.py); this widget turns a clerk's action into
an undo command holding the session's `Edit`, and its models repaint the cells the session reports changed.
The main window builds on the public methods below; the rest is this widget's own business. Its actions
on the selected cells are qt.cell_actions, finding a row by name qt.table_find (both mixins).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from govinfo_desktop.core.culprit import Fix
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef, Part
from govinfo_desktop.core.values import Value
from govinfo_desktop.qt.cell_actions import CellActions
from govinfo_desktop.qt.cell_view import CellTreeView
from govinfo_desktop.qt.commands import (
    ApplyFixCommand,
    OverrideCommand,
    SetCellCommand,
    SetMetadataCommand,
    fix_label,
)
from govinfo_desktop.qt.row_help import LabelTips
from govinfo_desktop.qt.table_find import TableFind
from govinfo_desktop.qt.text_tab_title import TextTabPlaceholder
from govinfo_desktop.qt.tree_model import ReportTreeModel

if TYPE_CHECKING:
    from govinfo_desktop.core.text_issues import TextPlace
    from govinfo_desktop.core.text_live import LiveText
    from govinfo_desktop.qt.find_bar import FindBar
    from govinfo_desktop.qt.notice_bar import NoticeBar


class ReportEditor(CellActions, TableFind, QWidget):
    findingsChanged = Signal()  # noqa: N815 - after every re-check
    metadataChanged = Signal(str)  # noqa: N815 - the key of the metadata field that changed (also on undo)

    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.session = ReportSession(document)
        self.undo_stack = QUndoStack(self)
        self.models: list[ReportTreeModel] = []
        self.views: list[CellTreeView] = []
        # The find bar and the notice bar are built when first needed (see their properties):
        # neither shows when a report opens, and not building them keeps start-up shorter.
        self._find_bar: FindBar | None = None
        self._notice: NoticeBar | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setTabBarAutoHide(True)
        self.tabs.setDocumentMode(True)
        for part in document.table.parts:
            self._add_part(part)
        # The report text (正文): its tab is built when first opened; its findings join the table's
        # from the start when the file holds a text.
        self.text_page: QWidget | None = None
        self.live_text: LiveText | None = None
        self.tabs.addTab(TextTabPlaceholder(self.tabs), self.tr("正文"))
        if "report_text" in document.unknown_fields:
            self.live_text = self._new_live_text()
        self.session.subscribe(self._session_changed)  # after the models: they repaint first
        self.tabs.currentChanged.connect(self._focus_view)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(0)
        self._layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.views[0])

    def _add_part(self, part: Part) -> None:
        # A weak link back: a model -> editor reference cycle would leave teardown to the garbage
        # collector, which may clear the model's attributes while its view still paints it.
        commit = _weak_call(weakref.WeakMethod(self._commit_from_view))
        model = ReportTreeModel(self.session, part, self, commit=commit)
        view = CellTreeView(model, self.tabs)
        view.copyRequested.connect(self.copy_selection)
        view.pasteRequested.connect(self.paste_from_clipboard)
        view.clearRequested.connect(self.clear_selection)
        view.findRequested.connect(self.show_find)
        view.undoRequested.connect(self.undo_stack.undo)
        view.redoRequested.connect(self.undo_stack.redo)
        view.delegate.rejected.connect(self._edit_rejected)
        view.delegate.converted.connect(self._edit_converted)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        LabelTips(view, self.document)  # a row's 填报提示 on its label cell
        view.customContextMenuRequested.connect(self._context_menu)
        self.models.append(model)
        self.views.append(view)
        # the 2014 form has one untitled part: beside 正文 its tab says what it is
        self.tabs.addTab(view, model.tree.part.heading or self.tr("统计表"))

    # --- the interface the main window relies on ---------------------------------------------
    def findings(self) -> Findings:
        findings = self.session.findings()
        extra = self.live_text.issues() if self.live_text is not None else ()
        return Findings((*findings.issues, *extra), findings.blanks) if extra else findings  # type: ignore[arg-type]

    def _new_live_text(self) -> LiveText:
        from govinfo_desktop.core.text_live import LiveText  # noqa: PLC0415 - only with a text
        from govinfo_desktop.formats.excel.labels import simplify  # noqa: PLC0415

        return LiveText(self.session, simplify=simplify)

    def show_text(self) -> QWidget:
        """Open the 正文 tab (building it the first time) and return its page."""
        if self.text_page is None:
            from govinfo_desktop.qt.text_tab import ReportTextTab  # noqa: PLC0415 - on first use

            if self.live_text is None:
                self.live_text = self._new_live_text()
            index = len(self.models)
            self.text_page = ReportTextTab(self, self.live_text, self.tabs)
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, self.text_page, self.tr("正文"))
            self.tabs.blockSignals(False)
        self.tabs.setCurrentWidget(self.text_page)
        return self.text_page

    def select_text(self, place: TextPlace) -> None:
        page = self.show_text()
        page.select(place)  # type: ignore[attr-defined]

    def text_changed(self) -> None:
        """The text tab changed the text: re-check and tell the panels."""
        self.findingsChanged.emit()

    def select_cell(self, cell: CellRef) -> None:
        for number, model in enumerate(self.models):
            if model.holds(cell):
                self.tabs.setCurrentIndex(number)
                self.views[number].move_to(model.index_for_cell(cell))
                return

    def current_cell(self) -> CellRef | None:
        view = self.current_view()
        return view.report_model().cell_at(view.currentIndex())

    def set_metadata(self, key: str, value: str) -> None:
        if self.document.metadata.get(key, "") != value:
            self.undo_stack.push(SetMetadataCommand(self.session, key, value))

    def fix_cell(self, cell: CellRef) -> bool:
        """Apply the fix, then give the keyboard back to the table at that cell (Ctrl+Z undoes it)."""
        fix = self.session.fix_edit(cell)
        if fix is None:
            return False
        self.undo_stack.push(ApplyFixCommand(self, *fix))
        self.select_cell(fix[0].cell)
        self.current_view().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def override_total(self, cell: CellRef, on: bool) -> bool:
        """手工填写此合计 (`on`) or 恢复自动合计, as one undo step."""
        edit = self.session.override_edit(cell, on)
        if edit is None:
            return False
        self.undo_stack.push(OverrideCommand(self, edit))
        self.select_cell(cell)
        return True

    def set_zoom(self, percent: int) -> None:
        for view in self.views:
            view.set_zoom(percent)

    # --- more for panels and menus -----------------------------------------------------------
    def fix_for(self, cell: CellRef) -> Fix | None:
        """The one-step fix offered for the errors on `cell` (the culprit first), if one helps."""
        return self.session.fix_for(cell)

    def fix_text(self, fix: Fix) -> str:
        return fix_label(fix, self.describe_cell(fix.cell))

    def describe_cell(self, cell: CellRef) -> str:
        return describe_cell(self.document, cell)

    def current_view(self) -> CellTreeView:
        """The current table's view (the last one seen while the 正文 tab is open)."""
        return self.views[min(max(self.tabs.currentIndex(), 0), len(self.views) - 1)]

    # --- what the session reports -------------------------------------------------------------
    def _session_changed(self, change: SessionChange) -> None:
        if change.metadata_key is not None:
            self.metadataChanged.emit(change.metadata_key)
        else:
            self.findingsChanged.emit()

    def _commit_from_view(self, changes: dict[CellRef, Value]) -> None:
        for cell, value in changes.items():
            edit = self.session.edit_for({cell: value})
            if edit is not None:
                self.undo_stack.push(SetCellCommand(self, edit))

    def _focus_view(self) -> None:
        if self.tabs.currentIndex() >= len(self.views):
            page = self.show_text()
            self.setFocusProxy(page)
            page.setFocus()
            return
        view = self.current_view()
        self.setFocusProxy(view)
        view.setFocus()


def _weak_call(
    method: weakref.WeakMethod[Callable[[dict[CellRef, Value]], None]],
) -> Callable[[dict[CellRef, Value]], None]:
    def call(changes: dict[CellRef, Value]) -> None:
        target = method()
        if target is not None:
            target(changes)

    return call
