"""A unit's report, read-only, with its findings: what the county sees when it double-clicks a unit."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QLabel, QSplitter, QVBoxLayout, QWidget

from govinfo_desktop.core.collection import Unit
from govinfo_desktop.qt.collection_words import status_text
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.problems_panel import ProblemsPanel


def make_read_only(editor: ReportEditor) -> None:
    """No typing, pasting or clearing: the county reads what the unit sent."""
    for view in editor.views:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.pasteRequested.disconnect()
        view.clearRequested.disconnect()
    editor.undo_stack.setActive(False)


class UnitViewer(QDialog):
    def __init__(self, unit: Unit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        latest = unit.latest
        if latest is None:
            raise ValueError(f"{unit.name}还没有报送报表")
        self.setWindowTitle(self.tr("{0}（第 {1} 版，只读）").format(unit.name, latest.number))
        # A copy: whatever happens in this window, the collection keeps what the unit sent.
        self.editor = ReportEditor(copy.deepcopy(latest.document), self)
        make_read_only(self.editor)
        self.problems = ProblemsPanel(self.editor, self)
        self.problems.fix_button.hide()
        source = QLabel(
            self.tr("文件：{0}　收到：{1}　状态：{2}").format(
                latest.file_name, latest.received.replace("T", " "), status_text(unit.status)
            ),
            self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.problems)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(source)
        layout.addWidget(splitter, 1)
        self.resize(1000, 680)
