"""The tree view of one part, with spreadsheet keys: type to edit, Enter down, Tab right, Delete clears.

Enter and Tab move between *input* cells only, skipping section and group rows, and expand a collapsed
branch when the next cell is inside it. Copy, paste, clear, find and undo are asked of the owner through
signals so that the editor keeps one place for them (and a window's menu actions can do the same).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QTreeView,
    QWidget,
)

from govinfo_desktop.qt import last_year_column, style
from govinfo_desktop.qt.delegates import NumericDelegate
from govinfo_desktop.qt.grouped_header import HEADER_LABEL_ROLE, GroupedHeader
from govinfo_desktop.qt.part_tree import Node
from govinfo_desktop.qt.tree_model import ReportTreeModel
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN, LABEL_COLUMN, UNIT_COLUMN

Hint = QAbstractItemDelegate.EndEditHint
_KEY_SIGNALS = {
    QKeySequence.StandardKey.Copy: "copyRequested",
    QKeySequence.StandardKey.Paste: "pasteRequested",
    QKeySequence.StandardKey.Find: "findRequested",
    QKeySequence.StandardKey.Undo: "undoRequested",
    QKeySequence.StandardKey.Redo: "redoRequested",
}


class CellTreeView(QTreeView):
    copyRequested = Signal()  # noqa: N815 - Qt signal names are camelCase
    pasteRequested = Signal()  # noqa: N815 - Qt signal names are camelCase
    clearRequested = Signal()  # noqa: N815 - Qt signal names are camelCase
    findRequested = Signal()  # noqa: N815 - Qt signal names are camelCase
    undoRequested = Signal()  # noqa: N815 - Qt signal names are camelCase
    redoRequested = Signal()  # noqa: N815 - Qt signal names are camelCase

    def __init__(self, model: ReportTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tab_start: int | None = (
            None  # column where a run of Tab presses began (Excel's Enter)
        )
        self._tabbing = False
        self.delegate = NumericDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHeader(GroupedHeader(self))
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setTabKeyNavigation(True)
        # Labels and numbers can be far apart on wide screens: a faint stripe keeps the eye on the row.
        self.setAlternatingRowColors(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.AlternateBase, style.ALTERNATE_ROW)
        self.setPalette(palette)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.setAllColumnsShowFocus(False)
        self._order: list[Node] = list(model.tree.nodes())
        self._position = {id(node): i for i, node in enumerate(self._order)}
        self._base_point_size = self.font().pointSizeF()
        self._size_columns()
        self.header().sectionResized.connect(self._relayout_rows)
        model.lastYearChanged.connect(self._last_year_changed)
        self.expandAll()
        # A clerk who opens a report and types a number means the first cell to fill, not the first
        # label (where typing searches the labels).
        self.setCurrentIndex(self._first_cell_to_fill())

    def report_model(self) -> ReportTreeModel:
        model = self.model()
        assert isinstance(model, ReportTreeModel)
        return model

    def _size_columns(self) -> None:
        header = self.header()
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setSectionResizeMode(LABEL_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(UNIT_COLUMN, QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        header.resizeSection(UNIT_COLUMN, metrics.horizontalAdvance("单位单") + 8)
        width = max(metrics.horizontalAdvance("999,999") + 16, 64)
        for column in range(FIRST_VALUE_COLUMN, self.report_model().columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            label = self.report_model().headerData(
                column, Qt.Orientation.Horizontal, HEADER_LABEL_ROLE
            )
            texts = [str(label or ""), *self._headings_in(column - FIRST_VALUE_COLUMN)]
            longest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            header.resizeSection(column, max(width, longest + 16))

    def _last_year_changed(self, shown: bool) -> None:
        """The 上年 columns came or went: each sits beside its value column, sized like it."""
        if shown:
            last_year_column.place_beside(self, self.report_model())
            self._size_columns()
        self.fit_label_column()

    def set_zoom(self, percent: int) -> None:
        """Text (and with it rows and columns) at `percent` of the normal size."""
        font = QFont(self.font())
        font.setPointSizeF(self._base_point_size * percent / 100)
        self.setFont(font)
        self.header().setFont(font)
        self.report_model().set_base_font(font)
        self.delegate.forget_heights()
        self._size_columns()
        self.fit_label_column()
        self.scheduleDelayedItemsLayout()

    def _headings_in(self, slot: int) -> list[str]:
        """Table 二's block column labels shown in this value column (on the blocks' group rows)."""
        return [n.headings[slot] for n in self._order if slot < len(n.headings)]

    def fit_label_column(self) -> None:
        """The label column takes the width the value columns leave, so the table fills the view.

        Value columns keep their compact widths (numbers stay readable); the label column stretches,
        and long labels wrap only when the window is narrower than the longest of them. Never below
        160 px: on a very narrow window the view scrolls sideways instead of squeezing labels away."""
        header = self.header()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        # The header spans the viewport exactly (QTreeView.updateGeometries). Asking it, not
        # viewport(), matters at start-up: PySide6 resolves a bare QWidget* by creating every lazy
        # QtWidgets class (~70 enums, ~25 ms) the first time one is returned.
        available = header.width() - others
        header.resizeSection(LABEL_COLUMN, max(160, available))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # headers and 未填 marks come from tr()
            model = self.report_model()
            model.forget_answers()
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
            self.viewport().update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_label_column()

    def _relayout_rows(self, column: int, _old: int, _new: int) -> None:
        # Wrapped labels change height when the label column changes width; a value column dragged
        # wider or narrower gives its width to / takes it from the label column.
        if column == LABEL_COLUMN:
            self.scheduleDelayedItemsLayout()
        else:
            self.fit_label_column()

    def dataChanged(
        self,
        topLeft: QModelIndex | QPersistentModelIndex,  # noqa: N803 - Qt names
        bottomRight: QModelIndex | QPersistentModelIndex,  # noqa: N803
        roles: Sequence[int] = (),
    ) -> None:
        # The model only announces value cells, whose changes never alter a row's height (labels are
        # fixed, values one line): skip QTreeView's per-row height re-measure, just repaint the cell.
        if topLeft.column() >= FIRST_VALUE_COLUMN:
            QAbstractItemView.dataChanged(self, topLeft, bottomRight, roles or [])
        else:
            super().dataChanged(topLeft, bottomRight, roles or [])

    # --- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        for sequence, signal in _KEY_SIGNALS.items():
            if event.matches(sequence):
                getattr(self, signal).emit()
                return
        key = event.key()
        if key == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.redoRequested.emit()  # Ctrl+Y as well as Ctrl+Shift+Z, on every system
            return
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_to(self._below_after_enter(self.currentIndex()))
            return
        if not editing and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clearRequested.emit()
            return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        current = self.currentIndex()
        super().closeEditor(editor, Hint.NoHint)
        if getattr(editor, "cell", None) != self.report_model().cell_at(current):
            return  # closed because the clerk clicked another cell: stay where they clicked
        if hint == Hint.SubmitModelCache:
            self.move_to(self._below_after_enter(current))
        elif hint == Hint.EditNextItem:
            self._tab_move(current, self.next_input_across(current, +1))
        elif hint == Hint.EditPreviousItem:
            self._tab_move(current, self.next_input_across(current, -1))

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        if action in (
            QAbstractItemView.CursorAction.MoveNext,
            QAbstractItemView.CursorAction.MovePrevious,
        ):
            step = +1 if action == QAbstractItemView.CursorAction.MoveNext else -1
            current = self.currentIndex()
            target = self.next_input_across(current, step)
            if not target.isValid():
                return QModelIndex(current)
            self._start_tab_run(current)
            self._tabbing = True  # the view moves there next: keep the run going
            return target
        return super().moveCursor(action, modifiers)

    # --- a run of Tab presses, then Enter: back to the column where the run began (as in Excel) ---
    def _start_tab_run(self, current: QModelIndex | QPersistentModelIndex) -> None:
        if self._tab_start is None and current.column() >= FIRST_VALUE_COLUMN:
            self._tab_start = current.column()

    def _tab_move(self, current: QModelIndex, target: QModelIndex) -> None:
        if target.isValid():
            self._start_tab_run(current)
            self._tabbing = True
            self.move_to(target)
            self._tabbing = False

    def _below_after_enter(self, current: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        start, self._tab_start = self._tab_start, None
        node = self.report_model().node_at(current)
        if start is None or node is None or start == current.column():
            return self.next_input_below(current)
        return self.next_input_below(self.report_model().index_for_node(node, start))

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self._tabbing:
            self._tab_start = None  # a click, an arrow key, a find: the run is over
        self._tabbing = False
        super().currentChanged(current, previous)

    # --- navigation between input cells ------------------------------------------------------
    def next_input_below(self, index: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        """The next input cell in the same column further down (section/group rows skipped)."""
        model = self.report_model()
        node = model.node_at(index)
        if node is None:
            return QModelIndex()
        slot = index.column() - FIRST_VALUE_COLUMN
        if slot < 0:
            return QModelIndex()
        for below in self._order[self._position[id(node)] + 1 :]:
            if slot < len(below.cells) and below.cells[slot] is not None:
                return model.index_for_node(below, index.column())
        return QModelIndex()

    def _first_cell_to_fill(self) -> QModelIndex:
        """The first cell the clerk can type in (a computed total is skipped)."""
        model = self.report_model()
        index = self.next_input_across(model.index(0, 0), +1)
        while index.isValid() and not model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            index = self.next_input_across(index, +1)
        return index

    def next_input_across(
        self, index: QModelIndex | QPersistentModelIndex, step: int
    ) -> QModelIndex:
        """The next input cell to the right (step +1) or left (-1), wrapping to the next row."""
        model = self.report_model()
        node = model.node_at(index)
        if node is None:
            return QModelIndex()
        slots = [
            (self._position[id(n)], s) for n in self._order for s, c in enumerate(n.cells) if c
        ]
        here = (self._position[id(node)], index.column() - FIRST_VALUE_COLUMN)
        ahead = [p for p in slots if (p > here if step > 0 else p < here)]
        if not ahead:
            return QModelIndex()
        position, slot = ahead[0] if step > 0 else ahead[-1]
        return model.index_for_node(self._order[position], FIRST_VALUE_COLUMN + slot)

    def move_to(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        self.setCurrentIndex(index)
        self.scrollTo(index)
