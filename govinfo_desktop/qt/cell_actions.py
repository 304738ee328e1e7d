"""The report editor's actions on the selected cells: copy, paste and clear (each one undo step), the
right-click menu, and the notice below the table of values not taken. A mixin of qt.editor's
ReportEditor: for the type checker it is a QWidget with the editor's parts, at run time a plain class;
its words stay in the editor's translation context."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu

from govinfo_desktop.core.values import format_value
from govinfo_desktop.qt.commands import ClearCellsCommand, PasteCommand, SetCellCommand

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QVBoxLayout
    from PySide6.QtWidgets import QWidget as _Widget

    from govinfo_desktop.core.culprit import Fix
    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.session import ReportSession
    from govinfo_desktop.core.tabledef import CellRef
    from govinfo_desktop.qt import clipboard
    from govinfo_desktop.qt.cell_view import CellTreeView
    from govinfo_desktop.qt.notice_bar import NoticeBar
else:
    _Widget = object


class CellActions(_Widget):
    if TYPE_CHECKING:
        document: ReportDocument
        session: ReportSession
        undo_stack: QUndoStack
        _layout: QVBoxLayout
        _notice: NoticeBar | None

        def current_view(self) -> CellTreeView: ...

        def describe_cell(self, cell: CellRef) -> str: ...

        def select_cell(self, cell: CellRef) -> None: ...

        def fix_for(self, cell: CellRef) -> Fix | None: ...

        def fix_text(self, fix: Fix) -> str: ...

        def fix_cell(self, cell: CellRef) -> bool: ...

        def override_total(self, cell: CellRef, on: bool) -> bool: ...

        def show_find(self) -> None: ...

    @property
    def notice(self) -> NoticeBar:
        """The bar below the table that lists values not taken (hidden until one is rejected)."""
        if self._notice is None:
            from govinfo_desktop.qt.notice_bar import NoticeBar  # noqa: PLC0415 - built on first use

            self._notice = NoticeBar(self)
            self._layout.addWidget(self._notice)
        return self._notice

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

    def _edit_rejected(self, cell: CellRef, text: str, reason: str) -> None:
        self.notice.show_rejected([(self._where(cell), text, reason)])

    def _edit_converted(self, cell: CellRef, text: str) -> None:
        """“251000元” in a 万元 cell was taken as 25.1: say so, the clerk may have meant 万元."""
        value = format_value(self.document.value(cell))
        self.notice.show_converted(self._where(cell), text, f"{value} 万元")

    def _where(self, cell: CellRef | None) -> str:
        return self.describe_cell(cell) if cell is not None else ""

    def _context_menu(self, position: QPoint) -> None:
        view = self.current_view()
        cell = view.report_model().cell_at(view.indexAt(position))
        menu = QMenu(self)
        if cell is not None:
            self._add_cell_items(menu, cell)
        menu.addAction(QCoreApplication.translate("ReportEditor", "复制"), self.copy_selection)
        menu.addAction(
            QCoreApplication.translate("ReportEditor", "粘贴"), self.paste_from_clipboard
        )
        menu.addAction(QCoreApplication.translate("ReportEditor", "清除"), self.clear_selection)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("ReportEditor", "查找指标…"), self.show_find)
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _add_cell_items(self, menu: QMenu, cell: CellRef) -> None:
        """The fix offered for the cell, and 手工填写/恢复自动合计 on a total."""
        fix = self.fix_for(cell)
        if fix is not None:
            menu.addAction(self.fix_text(fix), lambda: self.fix_cell(cell))
            menu.addSeparator()
        if self.session.totals.is_total(cell):
            if self.session.is_overridden(cell):
                text = QCoreApplication.translate("ReportEditor", "恢复自动合计")
                menu.addAction(text, lambda: self.override_total(cell, False))
            else:
                text = QCoreApplication.translate("ReportEditor", "手工填写此合计")
                menu.addAction(text, lambda: self.override_total(cell, True))
            menu.addSeparator()
