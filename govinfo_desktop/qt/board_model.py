"""The collection board: one row per unit — status, errors, warnings, 未填 count, versions, last change —
and the filters a county uses most (未报, 有错误, 已通过, 退回).

Each unit's check is computed once per version and cached, so filtering and sorting a thousand units
only reads small summaries.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from govinfo_desktop.core.collection import Collection, Unit, UnitStatus
from govinfo_desktop.core.session import check_document
from govinfo_desktop.qt.collection_words import headers, kind_text, status_text

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 9  # 单位, 类别, 标签, 状态, 错误, 警告, 未填, 版本, 最后更改 (collection_words.headers)
NUMBER_COLUMNS = {4, 5, 6, 7}
STATUS_COLOURS = {
    UnitStatus.MISSING: QColor("#8a8a8a"),
    UnitStatus.SUBMITTED: QColor("#1f5fa8"),
    UnitStatus.RETURNED: QColor("#b85c00"),
    UnitStatus.ACCEPTED: QColor("#2e7d32"),
}
ERROR_BRUSH = QBrush(QColor("#c62828"), Qt.BrushStyle.SolidPattern)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class UnitSummary:
    errors: int = 0
    warnings: int = 0
    blanks: int = 0


class BoardModel(QAbstractTableModel):
    def __init__(self, collection: Collection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.collection = collection
        self._summaries: dict[tuple[int, int], UnitSummary] = {}

    # --- data ---------------------------------------------------------------------------------
    def unit(self, row: int) -> Unit:
        return self.collection.units[row]

    def summary(self, unit: Unit) -> UnitSummary:
        latest = unit.latest
        if latest is None:
            return UnitSummary()
        key = (id(latest.document), latest.number)
        found = self._summaries.get(key)
        if found is None:
            findings = check_document(latest.document)
            found = UnitSummary(len(findings.errors), len(findings.warnings), len(findings.blanks))
            self._summaries[key] = found
        return found

    def refresh(self) -> None:
        """After units were added, got a new version or changed status."""
        self.beginResetModel()
        self.endResetModel()

    def unit_changed(self, unit: Unit) -> None:
        row = self.collection.units.index(unit)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    # --- Qt model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.collection.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.collection.units):
            return None
        unit = self.unit(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._value(unit, column, role == SORT_ROLE)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(unit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and unit.latest is not None:
            return self.tr("文件：{0}（第 {1} 版）").format(
                unit.latest.file_name, unit.latest.number
            )
        return None

    def _foreground(self, unit: Unit, column: int) -> QBrush | None:
        if column == 3:
            return QBrush(STATUS_COLOURS[unit.status], Qt.BrushStyle.SolidPattern)
        if column == 4 and self.summary(unit).errors:
            return ERROR_BRUSH
        return None

    def _value(self, unit: Unit, column: int, for_sorting: bool) -> Any:
        summary = self.summary(unit)
        numbers = {4: summary.errors, 5: summary.warnings, 6: summary.blanks, 7: len(unit.versions)}
        if column in numbers:
            number = numbers[column]
            if for_sorting:
                return number
            return "" if unit.latest is None else str(number)
        texts = {
            0: unit.name,
            1: kind_text(unit.kind),
            2: "、".join(unit.tags),
            3: status_text(unit.status),
            8: unit.last_change.replace("T", " ")[:16],
        }
        return texts.get(column, "")


FILTERS: dict[str, Any] = {
    "全部": None,
    "未报": lambda model, unit: unit.status is UnitStatus.MISSING,
    "有错误": lambda model, unit: model.summary(unit).errors > 0,
    "已报": lambda model, unit: unit.status is UnitStatus.SUBMITTED,
    "退回": lambda model, unit: unit.status is UnitStatus.RETURNED,
    "已通过": lambda model, unit: unit.status is UnitStatus.ACCEPTED,
}


class BoardFilter(QSortFilterProxyModel):
    """Shows the units one filter keeps, and any whose name contains the typed text."""

    def __init__(self, board: BoardModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.setSourceModel(board)
        self.setSortRole(SORT_ROLE)
        self._test = None
        self._text = ""

    def set_filter(self, name: str) -> None:
        self.beginFilterChange()
        self._test = FILTERS[name]
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        unit = self.board.unit(source_row)
        if self._text and self._text not in unit.name:
            return False
        return self._test is None or bool(self._test(self.board, unit))

    def unit_at(self, index: QModelIndex) -> Unit:
        return self.board.unit(self.mapToSource(index).row())
