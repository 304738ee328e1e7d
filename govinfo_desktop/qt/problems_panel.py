"""The problems panel: every finding of the open report, grouped 错误 / 警告 / 未填写 with counts.

Clicking or activating an entry selects its cell in the editor; for a sum rule the panel offers the
one-step fix “填入合计 X”. It rebuilds after the editor re-checks, coalesced on the next event-loop turn
so that typing stays fast however many findings there are.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.issues import Findings, Severity
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_issues import TextPlace
from govinfo_desktop.qt import style
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.i18n import current_language

CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # a CellRef, or a TextPlace for a finding of the text
GROUPS = ("error", "warning", "blank")


class ProblemsPanel(QWidget):
    def __init__(self, editor: ReportEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: ReportEditor | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(40)  # coalesces a burst of edits (a paste, fast typing)
        self._timer.timeout.connect(self.refresh)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.itemActivated.connect(self._activate_and_focus)
        self.tree.itemClicked.connect(self.activate)
        self.tree.currentItemChanged.connect(self._update_fix_button)
        self.fix_button = QPushButton(self.tr("填入合计"), self)
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.fix_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(self.tree, 1)
        self.groups = {key: self._group_item(key) for key in GROUPS}
        self._shown: dict[str, list[tuple[str, CellRef | TextPlace]]] = {}
        self._places: dict[CellRef, str] = {}
        self.set_editor(editor)

    def set_editor(self, editor: ReportEditor) -> None:
        if self.editor is not None:
            self.editor.findingsChanged.disconnect(self._timer.start)
        self.editor = editor
        self._shown.clear()
        self._places.clear()
        editor.findingsChanged.connect(self._timer.start)
        self.refresh()

    def _group_item(self, key: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        severity = {"error": Severity.ERROR, "warning": Severity.WARNING}.get(key)
        item.setForeground(0, style.brush(style.severity_colour(severity)))
        item.setExpanded(key != "blank")
        return item

    # --- contents --------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.editor is None:
            return
        findings = self.editor.findings()
        self.summary.setText(self._summary(findings))
        language = current_language()
        self._fill(
            "error", self.tr("错误"), [(i.render(language), _where(i)) for i in findings.errors]
        )
        self._fill(
            "warning", self.tr("警告"), [(i.render(language), _where(i)) for i in findings.warnings]
        )
        blank_text = self.tr("未填写")
        self._fill(
            "blank",
            blank_text,
            [(self._place(c), c) for c in findings.blanks],
        )
        self._update_fix_button()

    def _summary(self, findings: Findings) -> str:
        return (
            self.tr("%1 个错误，%2 个警告，%3 处未填写")
            .replace("%1", str(len(findings.errors)))
            .replace("%2", str(len(findings.warnings)))
            .replace("%3", str(len(findings.blanks)))
        )

    def _place(self, cell: CellRef | TextPlace) -> str:
        if isinstance(cell, TextPlace):
            return self.tr("正文")
        place = self._places.get(cell)
        if place is None and self.editor is not None:
            place = self._places[cell] = self.editor.describe_cell(cell)
        return place or ""

    def _fill(self, key: str, title: str, entries: list[tuple[str, CellRef | TextPlace]]) -> None:
        group = self.groups[key]
        group.setText(0, f"{title}（{len(entries)}）")
        group.setHidden(not entries)
        if self._shown.get(key) == entries:
            return  # unchanged: keep the items (and the clerk's current one)
        self._shown[key] = entries
        group.takeChildren()
        items = []
        for text, cell in entries:
            item = QTreeWidgetItem([text])
            item.setData(0, CELL_ROLE, cell)
            item.setToolTip(0, f"{self._place(cell)}\n{text}")
            items.append(item)
        group.addChildren(items)

    def counts(self) -> dict[str, int]:
        return {key: item.childCount() for key, item in self.groups.items()}

    # --- actions ---------------------------------------------------------------------------
    def activate(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        cell = item.data(0, CELL_ROLE)
        if isinstance(cell, TextPlace) and self.editor is not None:
            self.editor.select_text(cell)  # a finding of the report text: show its sentence
        elif cell is not None and self.editor is not None:
            self.editor.select_cell(CellRef(*cell))

    def _activate_and_focus(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        # Enter or double-click: go there to type the correction (a single click only shows it).
        self.activate(item)
        data = item.data(0, CELL_ROLE)
        if data is not None and not isinstance(data, TextPlace) and self.editor is not None:
            self.editor.current_view().setFocus()

    def current_cell(self) -> CellRef | None:
        item = self.tree.currentItem()
        cell = item.data(0, CELL_ROLE) if item is not None else None
        return CellRef(*cell) if cell is not None and not isinstance(cell, TextPlace) else None

    def fix_current(self) -> bool:
        cell = self.current_cell()
        return bool(cell and self.editor and self.editor.fix_cell(cell))

    def _update_fix_button(self, *_args: object) -> None:
        cell = self.current_cell()
        fix = self.editor.fix_for(cell) if cell and self.editor else None
        self.fix_button.setEnabled(fix is not None)
        text = self.editor.fix_text(fix) if fix is not None and self.editor else self.tr("填入合计")
        self.fix_button.setText(text)

    def _context_menu(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        cell = item.data(0, CELL_ROLE) if item is not None else None
        if item is None or cell is None or isinstance(cell, TextPlace) or self.editor is None:
            return
        cell = CellRef(*cell)
        menu = QMenu(self)
        menu.addAction(self.tr("定位到单元格"), partial(self.activate, item))
        fix = self.editor.fix_for(cell)
        if fix is not None:
            menu.addAction(
                self.editor.fix_text(fix), lambda: self.editor and self.editor.fix_cell(cell)
            )
        menu.exec(self.tree.viewport().mapToGlobal(position))
        menu.deleteLater()


def _where(issue: object) -> CellRef | TextPlace:
    """Where a finding points: its cell, or for a finding of the report text its place in the text."""
    place: CellRef | TextPlace = getattr(issue, "place", None) or issue.target  # type: ignore[attr-defined]
    return place
