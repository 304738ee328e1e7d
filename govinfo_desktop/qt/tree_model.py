"""The Qt item model over one part of a report: rows as a tree, a 单位 column, one column per table column.

Only an adapter over a `ReportSession`: values come from its document, colours and tooltips from its live
check state. An invalid index is the root; only column 0 has children. Edits are handed to `commit`
(the editor pushes an undo command there; without one they go straight to the session); the model
listens to the session and repaints only the cells it reports changed.

The model holds structure, the kept answers and editing; what a cell answers per role is in
qt.tree_cells, the headers in qt.tree_header, the 上年 columns in qt.last_year_column.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.tabledef import CellRef, Part
from govinfo_desktop.core.values import InvalidValue, Value
from govinfo_desktop.qt import last_year_column, style, tree_cells, tree_header
from govinfo_desktop.qt.part_tree import Node, PartTree, build_part_tree
from govinfo_desktop.qt.tree_roles import (
    BLANK_ROLE,
    CELL_ROLE,
    FIRST_VALUE_COLUMN,
    KIND_ROLE,
    LABEL_COLUMN,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_R = Qt.ItemDataRole
_TOOLTIP = int(_R.ToolTipRole.value)  # a plain int: compared on every data() call
_SERVED_ROLES = frozenset(
    {
        _R.DisplayRole,
        _R.EditRole,
        _R.ToolTipRole,
        _R.TextAlignmentRole,
        _R.FontRole,
        _R.BackgroundRole,
        _R.ForegroundRole,
        CELL_ROLE,
        KIND_ROLE,
        BLANK_ROLE,
    }
)


class ReportTreeModel(QAbstractItemModel):
    lastYearChanged = Signal(bool)  # noqa: N815 - Qt signal names are camelCase; True: 上年 shown

    def __init__(
        self,
        session: ReportSession,
        part: Part,
        parent: QObject | None = None,
        commit: Callable[[dict[CellRef, Value]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.document = session.document
        self.live = session.live
        self.tree: PartTree = build_part_tree(self.document.table, part)
        self.value_count = len(self.tree.columns)
        self._column_count = FIRST_VALUE_COLUMN + self.value_count  # + value_count 上年 columns
        self._commit = commit
        self.last_year: dict[CellRef, Value] = {}  # 上年数 per cell: the 上年 columns and tooltips
        session.subscribe(self._session_changed)
        self._where: dict[CellRef, tuple[Node, int]] = {}
        for node in self.tree.nodes():
            for slot, cell in enumerate(node.cells):
                if cell is not None:
                    self._where[cell] = (node, FIRST_VALUE_COLUMN + slot)
        self._answers: dict[tuple[int, int], dict[int, Any]] = {}
        self.bold_font = style.section_font(QFont())  # section rows, the likely culprit
        self.italic_font = style.computed_font(QFont())  # computed totals

    # --- structure -------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Checked here rather than with hasIndex(), which would call rowCount/columnCount back through
        # Qt: the view asks for every column of a row each time one of its cells changes.
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        children = self._node(parent).children
        if 0 <= row < len(children) and 0 <= column < self._column_count:
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self.tree.root:
            return QModelIndex()
        return self.createIndex(up.index_in_parent(), 0, up)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return self._column_count

    def _node(self, index: AnyIndex) -> Node:
        return index.internalPointer() if index.isValid() else self.tree.root

    # --- data ------------------------------------------------------------------------------
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        column = index.column()
        if column < FIRST_VALUE_COLUMN:
            return _READ_ONLY
        cells = index.internalPointer().cells
        slot = column - FIRST_VALUE_COLUMN
        if slot >= len(cells) or cells[slot] is None:
            return _READ_ONLY
        # A computed total follows its parts; the clerk types over it only through 手工填写此合计.
        return _READ_ONLY if self.session.is_computed(cells[slot]) else _EDITABLE

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED_ROLES or not index.isValid():  # painting asks for many roles
            return None
        node = index.internalPointer()
        column = index.column()
        # Qt repaints whole rows and asks ~10 roles per cell: answers are kept until the cell changes
        # (refresh_cells) or the language does (forget_answers), so a repaint costs dictionary look-ups.
        key = (id(node), column)
        answers = self._answers.get(key)
        if answers is None:
            answers = self._answers[key] = {}
        elif role in answers:
            return answers[role]
        answer = self._compute(node, column, role)
        if role != _TOOLTIP:  # tooltips name findings in the current language: never kept
            answers[role] = answer
        return answer

    def set_base_font(self, font: QFont) -> None:
        """The view's font (zoom): bold and italic cells follow its size."""
        self.bold_font = style.section_font(font)
        self.italic_font = style.computed_font(font)
        self.forget_answers()

    # --- 上年 columns (appended after the value columns while last year is attached) ----------
    def value_column(self, slot: int) -> int:
        return FIRST_VALUE_COLUMN + slot

    def last_year_column(self, slot: int) -> int:
        return FIRST_VALUE_COLUMN + self.value_count + slot

    def is_last_year_column(self, column: int) -> bool:
        return column >= FIRST_VALUE_COLUMN + self.value_count

    def set_last_year(self, values: dict[CellRef, Value]) -> None:
        """Attach (or, with {}, detach) last year's values: the 上年 columns appear or go."""
        shown = self._column_count > FIRST_VALUE_COLUMN + self.value_count
        first = FIRST_VALUE_COLUMN + self.value_count
        if shown and not values:
            self.beginRemoveColumns(QModelIndex(), first, first + self.value_count - 1)
            self.last_year, self._column_count = {}, first
            self.endRemoveColumns()
        elif values and not shown and self.value_count:
            self.beginInsertColumns(QModelIndex(), first, first + self.value_count - 1)
            self.last_year, self._column_count = dict(values), first + self.value_count
            self.endInsertColumns()
        else:
            self.last_year = dict(values)
        self.forget_answers()  # tooltips of this year's cells name 上年 too
        if shown and values:  # another last year in place of the first: repaint its columns
            last = first + self.value_count - 1
            for node in self.tree.nodes():
                if node.cells:
                    row = node.index_in_parent()
                    self.dataChanged.emit(
                        self.createIndex(row, first, node), self.createIndex(row, last, node)
                    )
        self.lastYearChanged.emit(self._column_count > first)

    def forget_answers(self) -> None:
        """Drop every kept answer (a language switch changes 未填 and the tooltips)."""
        self._answers.clear()

    def _compute(self, node: Node, column: int, role: int) -> Any:
        if self.is_last_year_column(column):
            slot = column - FIRST_VALUE_COLUMN - self.value_count
            if node.cells:
                return last_year_column.cell_data(self, node, slot, role)
            return tree_cells.row_style(self, node, role)
        if column >= FIRST_VALUE_COLUMN:
            cell = node.cells[column - FIRST_VALUE_COLUMN] if node.cells else None
            if cell is not None:
                return tree_cells.cell_data(self, node, cell, role)
            return tree_cells.heading_data(self, node, column - FIRST_VALUE_COLUMN, role)
        return tree_cells.label_data(self, node, column, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        return tree_header.header_data(self, section, role)

    # --- editing ---------------------------------------------------------------------------
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.cell_at(index)
        if cell is None or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            parsed = self.document.parse_for(cell, value)
        except InvalidValue:
            return False
        if parsed != self.document.values.get(cell):
            self._commit_values({cell: parsed})
        return True

    def _commit_values(self, changes: dict[CellRef, Value]) -> None:
        if self._commit is not None:
            self._commit(changes)
        else:
            self.session.set_values(changes)

    def _session_changed(self, change: SessionChange) -> None:
        self.refresh_cells(change.repaint)

    def refresh_cells(self, cells: Iterable[CellRef]) -> None:
        """Repaint these cells (those of other parts are ignored)."""
        for cell in cells:
            found = self._where.get(cell)
            if found is not None:
                self._answers.pop((id(found[0]), found[1]), None)
                index = self.createIndex(found[0].index_in_parent(), found[1], found[0])
                self.dataChanged.emit(index, index)

    # --- lookups ---------------------------------------------------------------------------
    def cell_at(self, index: AnyIndex) -> CellRef | None:
        if not index.isValid() or index.column() < FIRST_VALUE_COLUMN:
            return None
        if self.is_last_year_column(index.column()):
            return None
        cells = self._node(index).cells
        slot = index.column() - FIRST_VALUE_COLUMN
        return cells[slot] if slot < len(cells) else None

    def node_at(self, index: AnyIndex) -> Node | None:
        return self._node(index) if index.isValid() else None

    def holds(self, cell: CellRef) -> bool:
        return cell in self._where

    def index_for_cell(self, cell: CellRef) -> QModelIndex:
        found = self._where.get(cell)
        if found is None:
            return QModelIndex()
        node, column = found
        return self.createIndex(node.index_in_parent(), column, node)

    def index_for_node(self, node: Node, column: int = LABEL_COLUMN) -> QModelIndex:
        if node is self.tree.root:
            return QModelIndex()
        return self.createIndex(node.index_in_parent(), column, node)

    def cells(self) -> list[CellRef]:
        return list(self._where)
