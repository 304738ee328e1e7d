"""The 填报说明 panel (帮助 → 填报说明): the current row's 填报提示, following the cursor across the tabs."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QTextBrowser, QWidget

from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.row_help import help_for, help_html, row_id_at


class RowHelpPanel(QTextBrowser):
    """The 填报说明 panel: the current row's 填报提示, following the cursor across the tabs."""

    def __init__(self, editor: ReportEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("row_help_panel")
        self.setOpenLinks(False)
        self.editor: ReportEditor | None = None
        self.row_id = ""
        self.set_editor(editor)

    def set_editor(self, editor: ReportEditor) -> None:
        self.editor = editor
        self.row_id = ""
        for view in editor.views:
            selection = view.selectionModel()
            assert selection is not None
            selection.currentChanged.connect(self._current_changed)
        editor.tabs.currentChanged.connect(self._tab_changed)
        self.show_current()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_current()

    def _tab_changed(self, _index: int) -> None:
        self.show_current()

    def show_current(self) -> None:
        editor = self.editor
        if editor is None:
            return
        view = editor.current_view()
        row_id = row_id_at(view, view.currentIndex()) or self.row_id
        self.show_row(row_id)

    def show_row(self, row_id: str) -> None:
        if self.editor is None or not row_id:
            hint = QCoreApplication.translate(
                "RowHelp", "选中表格中的一行，这里显示该行的填报提示。"
            )
            self.setHtml(f"<p>{html.escape(hint)}</p>")
            return
        self.row_id = row_id
        self.setHtml(help_html(help_for(self.editor.document, row_id)))
