"""The Qt item model over one part of a report: rows as a tree, a 单位 column, one column per table column.

Only an adapter over a `ReportSession`: values come from its document, colours and tooltips from its live
check state. An invalid index is the root; only column 0 has children. Edits are handed to `commit`
(the editor pushes an undo command there; without one they go straight to the session); the model
listens to the session and repaints only the cells it reports changed.
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
from govinfo_desktop.core.values import InvalidValue, Value, format_value
from govinfo_desktop.qt import last_year_column, style
from govinfo_desktop.qt.grouped_header import HEADER_GROUP_ROLE, HEADER_LABEL_ROLE
from govinfo_desktop.qt.i18n import current_language
from govinfo_desktop.qt.part_tree import Node, NodeKind, PartTree, build_part_tree

LABEL_COLUMN = 0
UNIT_COLUMN = 1
FIRST_VALUE_COLUMN = 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the CellRef of a value cell (None elsewhere)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # NodeKind of the row
BLANK_ROLE = (
    Qt.ItemDataRole.UserRole + 3
)  # True for an input cell still 未填写 (the delegate marks it)

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
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


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
        self._bold = style.section_font(QFont())
        self._italic = style.computed_font(QFont())

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
        self._bold = style.section_font(font)
        self._italic = style.computed_font(font)
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
            return self._row_style(node, role)
        if column >= FIRST_VALUE_COLUMN:
            cell = node.cells[column - FIRST_VALUE_COLUMN] if node.cells else None
            if cell is not None:
                return self._cell_data(node, cell, role)
            return self._heading_data(node, column - FIRST_VALUE_COLUMN, role)
        return self._label_data(node, column, role)

    def _label_data(self, node: Node, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label if column == LABEL_COLUMN else node.unit
        if role == Qt.ItemDataRole.ToolTipRole and column == LABEL_COLUMN:
            return node.label
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == LABEL_COLUMN else _CENTER
        if role == Qt.ItemDataRole.ForegroundRole and column == UNIT_COLUMN:
            return style.brush(style.QUIET_TEXT)
        return self._row_style(node, role)

    def _heading_data(self, node: Node, slot: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return node.headings[slot] if slot < len(node.headings) else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        return self._row_style(node, role)

    def _row_style(self, node: Node, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and node.kind is NodeKind.SECTION:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole:
            if node.kind is NodeKind.SECTION:
                return style.brush(style.SECTION_BACKGROUND)
            if node.kind is NodeKind.GROUP:
                return style.brush(style.GROUP_BACKGROUND)
        if role == KIND_ROLE:
            return str(node.kind)
        return None

    def _cell_data(self, node: Node, cell: CellRef, role: int) -> Any:  # noqa: PLR0911 - one return per role
        value = self.document.values.get(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("未填") if value is None else format_value(value)  # a quiet mark
        if role == Qt.ItemDataRole.EditRole:
            return format_value(value, grouping=False)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER if value is None else _RIGHT
        if role == CELL_ROLE:
            return cell
        if role == BLANK_ROLE:
            return self.live.state(cell).blank
        computed = self.session.is_computed(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return style.cell_background(self.live.state(cell), computed)
        if role == Qt.ItemDataRole.ForegroundRole:
            state = self.live.state(cell)
            if value is None and state.severity is None:
                return style.brush(style.BLANK_MARK)
            return style.cell_foreground(state, computed)
        if role == Qt.ItemDataRole.FontRole:
            if self.live.state(cell).culprit:
                return self._bold
            return (
                self._italic
                if computed
                else (self._bold if node.kind is NodeKind.SECTION else None)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell, computed, self.session.is_overridden(cell))
        if role == KIND_ROLE:
            return str(node.kind)
        return None

    def _tooltip(self, cell: CellRef, computed: bool, overridden: bool) -> str:
        state = self.live.state(cell)
        lines = list(state.messages(current_language()))
        if state.culprit:
            lines.insert(0, self.tr("这一格同时使几处合计对不上，最可能填错"))
        if state.blank:
            lines.append(self.tr("未填写"))
        if computed:
            lines.append(self.tr("合计：按其下各项自动计算（右键可改为手工填写）"))
        elif overridden:
            lines.append(self.tr("合计：手工填写（右键可恢复自动合计）"))
        note = self.document.notes.get(cell)
        if note:
            lines.append(self.tr("备注：") + note)
        if cell in self.last_year:
            lines.append(self.tr("上年：") + (format_value(self.last_year[cell]) or self.tr("空")))
        return "\n".join(lines)

    def headerData(  # noqa: PLR0911 - one return per role
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= self._column_count:
            return None
        if self.is_last_year_column(section):
            slot = section - FIRST_VALUE_COLUMN - self.value_count
            return last_year_column.header_data(self, slot, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(section)
        if role == Qt.ItemDataRole.ToolTipRole and section >= FIRST_VALUE_COLUMN:
            column = self.tree.columns[section - FIRST_VALUE_COLUMN]
            parts = [self.tree.shared_group, column.header, self.tree.part.corner]
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _CENTER
        if role in (HEADER_GROUP_ROLE, HEADER_LABEL_ROLE):
            return self._header_part(section, role)
        return None

    def _header_part(self, section: int, role: int) -> str | None:
        """For the grouped header: the column's group (one level, spanning) and its own label."""
        slot = section - FIRST_VALUE_COLUMN
        if slot < 0 or not self.tree.part.columns or self.tree.transposed:
            return "" if role == HEADER_GROUP_ROLE else self._header_text(section)
        if slot >= len(self.tree.columns):
            return None
        column = self.tree.columns[slot]
        if role == HEADER_GROUP_ROLE:
            return " · ".join(column.groups)
        return column.label

    def _header_text(self, section: int) -> str | None:
        if section == LABEL_COLUMN:
            shared = self.tree.shared_group
            return self.tr("项目") + (f" ／ {shared}" if shared else "")
        if section == UNIT_COLUMN:
            return self.tr("单位")
        if section - FIRST_VALUE_COLUMN >= len(self.tree.columns):
            return None
        column = self.tree.columns[section - FIRST_VALUE_COLUMN]
        if self.tree.part.columns or self.tree.transposed:
            return (
                "\n".join((" · ".join(column.groups), column.label))
                if column.groups
                else column.label
            )
        return self.tr("第%n栏", "", section - UNIT_COLUMN)

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
