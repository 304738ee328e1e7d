"""ReportEditor: the report's table as live-checked editable trees, one tab per sub-table (二、三、四).

Edits are applied by the Qt-free `ReportSession` (core/session.py); this widget turns a clerk's action into
an undo command holding the session's `Edit`, and its models repaint the cells the session reports changed.
The main window builds on the public methods below; the rest is this widget's own business.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QUndoStack
from PySide6.QtWidgets import QMenu, QTabWidget, QVBoxLayout, QWidget

from govinfo_desktop.core.culprit import Fix
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef, Part
from govinfo_desktop.core.values import Value, format_value, normalise_text
from govinfo_desktop.qt.cell_view import CellTreeView
from govinfo_desktop.qt.commands import (
    ApplyFixCommand,
    ClearCellsCommand,
    OverrideCommand,
    PasteCommand,
    SetCellCommand,
    SetMetadataCommand,
    fix_label,
)
from govinfo_desktop.qt.row_help import LabelTips
from govinfo_desktop.qt.text_tab_title import TextTabPlaceholder
from govinfo_desktop.qt.tree_model import ReportTreeModel
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN, LABEL_COLUMN

if TYPE_CHECKING:
    from govinfo_desktop.core.text_issues import TextPlace
    from govinfo_desktop.core.text_live import LiveText
    from govinfo_desktop.qt import clipboard
    from govinfo_desktop.qt.find_bar import FindBar
    from govinfo_desktop.qt.notice_bar import NoticeBar


class ReportEditor(QWidget):
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

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the table (hidden until Ctrl+F)."""
        if self._find_bar is None:
            from govinfo_desktop.qt.find_bar import FindBar  # noqa: PLC0415 - built on first use

            bar = self._find_bar = FindBar(self)
            bar.hide()
            bar.findNext.connect(self.find_next)
            bar.closed.connect(self._focus_view)
            self._layout.insertWidget(0, bar)
        return self._find_bar

    @property
    def notice(self) -> NoticeBar:
        """The bar below the table that lists values not taken (hidden until one is rejected)."""
        if self._notice is None:
            from govinfo_desktop.qt.notice_bar import NoticeBar  # noqa: PLC0415 - built on first use

            self._notice = NoticeBar(self)
            self._layout.addWidget(self._notice)
        return self._notice

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

    def show_find(self) -> None:
        self.find_bar.open_bar()

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

    def copy_selection(self) -> str:
        from govinfo_desktop.qt import clipboard  # noqa: PLC0415 - only when copying/pasting

        view = self.current_view()
        text = clipboard.copy_block(view.report_model(), view.selectedIndexes())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste_from_clipboard(self) -> list[clipboard.Rejected]:
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> list[clipboard.Rejected]:
        """Paste TSV at the current cell as one undo step; returns (and lists) the rejected values."""
        from govinfo_desktop.qt import clipboard  # noqa: PLC0415 - only when copying/pasting

        view = self.current_view()
        plan = clipboard.plan_paste(view.report_model(), view.currentIndex(), text)
        edit = self.session.edit_for_pasted(plan.changes)
        if edit is not None:
            self.undo_stack.push(PasteCommand(self, edit))
        if plan.rejected:
            self.notice.show_rejected(
                [(self._where(r.cell), r.text, r.reason) for r in plan.rejected]
            )
        elif self._notice is not None:
            self._notice.hide()  # an earlier paste's notice is stale now
        return plan.rejected

    def clear_selection(self) -> None:
        view = self.current_view()
        model = view.report_model()
        cells = [c for i in view.selectedIndexes() if (c := model.cell_at(i)) is not None]
        edit = self.session.edit_for(dict.fromkeys(cells))
        if edit is None:
            return
        if len(edit.after) == 1:
            self.undo_stack.push(SetCellCommand(self, edit))
        else:
            self.undo_stack.push(ClearCellsCommand(self, edit))

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

    def _edit_rejected(self, cell: CellRef, text: str, reason: str) -> None:
        self.notice.show_rejected([(self._where(cell), text, reason)])

    def _edit_converted(self, cell: CellRef, text: str) -> None:
        """“251000元” in a 万元 cell was taken as 25.1: say so, the clerk may have meant 万元."""
        value = format_value(self.document.value(cell))
        self.notice.show_converted(self._where(cell), text, f"{value} 万元")

    def _context_menu(self, position: QPoint) -> None:
        view = self.current_view()
        cell = view.report_model().cell_at(view.indexAt(position))
        menu = QMenu(self)
        fix = self.fix_for(cell) if cell is not None else None
        if fix is not None and cell is not None:
            menu.addAction(self.fix_text(fix), lambda: self.fix_cell(cell))
            menu.addSeparator()
        if cell is not None and self.session.totals.is_total(cell):
            if self.session.is_overridden(cell):
                menu.addAction(self.tr("恢复自动合计"), lambda: self.override_total(cell, False))
            else:
                menu.addAction(self.tr("手工填写此合计"), lambda: self.override_total(cell, True))
            menu.addSeparator()
        menu.addAction(self.tr("复制"), self.copy_selection)
        menu.addAction(self.tr("粘贴"), self.paste_from_clipboard)
        menu.addAction(self.tr("清除"), self.clear_selection)
        menu.addSeparator()
        menu.addAction(self.tr("查找指标…"), self.show_find)
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _where(self, cell: CellRef | None) -> str:
        return self.describe_cell(cell) if cell is not None else ""

    def _focus_view(self) -> None:
        if self.tabs.currentIndex() >= len(self.views):
            page = self.show_text()
            self.setFocusProxy(page)
            page.setFocus()
            return
        view = self.current_view()
        self.setFocusProxy(view)
        view.setFocus()

    # --- find ------------------------------------------------------------------------------
    def find_next(self, text: str) -> bool:
        """Select the next indicator whose name contains `text` (after the current row, wrapping)."""
        needle = normalise_text(text)
        rows = [(t, p, n) for t, m in enumerate(self.models) for p, n in enumerate(m.tree.nodes())]
        matches = [(t, p, n) for t, p, n in rows if needle and needle in normalise_text(n.label)]
        if not matches:
            self.find_bar.show_result(0, 0)
            return False
        here = self._here(rows)
        position = next((i for i, (t, p, _n) in enumerate(matches) if (t, p) > here), 0)
        tab, _row, node = matches[position]
        self.tabs.setCurrentIndex(tab)
        first = next((s for s, c in enumerate(node.cells) if c is not None), None)
        column = LABEL_COLUMN if first is None else FIRST_VALUE_COLUMN + first
        self.views[tab].move_to(self.models[tab].index_for_node(node, column))
        self.find_bar.show_result(position + 1, len(matches))
        return True

    def _here(self, rows: Sequence[tuple[int, int, object]]) -> tuple[int, int]:
        """(tab, row position) of the current row; before the first row when there is none."""
        tab = min(max(self.tabs.currentIndex(), 0), len(self.models) - 1)
        node = self.models[tab].node_at(self.views[tab].currentIndex())
        for t, p, n in rows:
            if t == tab and n is node:
                return (t, p)
        return (tab, -1)

    def keyPressEvent(
        self, event: QKeyEvent
    ) -> None:  # Esc closes the find bar from anywhere inside
        if (
            event.key() == Qt.Key.Key_Escape
            and self._find_bar is not None
            and self._find_bar.isVisible()
        ):
            self.find_bar.close_bar()
            return
        super().keyPressEvent(event)


def _weak_call(
    method: weakref.WeakMethod[Callable[[dict[CellRef, Value]], None]],
) -> Callable[[dict[CellRef, Value]], None]:
    def call(changes: dict[CellRef, Value]) -> None:
        target = method()
        if target is not None:
            target(changes)

    return call
