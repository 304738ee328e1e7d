"""The 上年 columns of the report tree: one beside each value column while last year is attached.

The model appends them after its value columns (logical order: values, then 上年 in the same order), so
every existing column computation stays as it was; the view moves each beside its value column and
drops them when last year is detached. They are read-only and never name a cell (CELL_ROLE is None),
so copy, paste, find and keyboard entry pass them by.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from govinfo_desktop.core.values import format_value
from govinfo_desktop.qt import style
from govinfo_desktop.qt.grouped_header import HEADER_GROUP_ROLE, HEADER_LABEL_ROLE

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTreeView

    from govinfo_desktop.core.tabledef import CellRef
    from govinfo_desktop.core.values import Value
    from govinfo_desktop.qt.part_tree import Node, PartTree

LAST_YEAR_BACKGROUND = QColor(
    "#f6f4ee"
)  # set apart from this year's cells: a reference, not an input
_R = Qt.ItemDataRole
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class ReportTreeModel(Protocol):
    """What these columns need of qt.tree_model's model (named so, without importing it: no cycle)."""

    last_year: dict[CellRef, Value]
    tree: PartTree
    value_count: int

    def value_column(self, slot: int) -> int: ...

    def last_year_column(self, slot: int) -> int: ...


def cell_data(model: ReportTreeModel, node: Node, slot: int, role: int) -> Any:  # noqa: PLR0911 - one return per role
    """What a 上年 cell answers: last year's value of the cell beside it (blank where unknown)."""
    cell = node.cells[slot] if slot < len(node.cells) else None
    if cell is None:
        return None
    value = model.last_year.get(cell)
    if role == _R.DisplayRole:
        return format_value(value) if value is not None else ""
    if role == _R.TextAlignmentRole:
        return _RIGHT
    if role == _R.ForegroundRole:
        return style.brush(style.QUIET_TEXT)
    if role == _R.BackgroundRole:
        return style.brush(LAST_YEAR_BACKGROUND)
    if role == _R.ToolTipRole:
        if cell not in model.last_year:
            return QCoreApplication.translate(
                "ReportTreeModel", "上年报表没有这一项（表格格式不同）"
            )
        return QCoreApplication.translate("ReportTreeModel", "上年：") + (
            format_value(value) or QCoreApplication.translate("ReportTreeModel", "空")
        )
    return None


def header_data(model: ReportTreeModel, slot: int, role: int) -> Any:
    column = model.tree.columns[slot]
    if role == _R.DisplayRole:
        return QCoreApplication.translate("ReportTreeModel", "上年")
    if role == _R.ToolTipRole:
        return QCoreApplication.translate("ReportTreeModel", "上年：") + (
            column.header or column.label
        )
    if role == _R.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    if role == HEADER_GROUP_ROLE:
        # The same group as the value column: a spanning group band is not cut by its 上年 column.
        grouped = model.tree.part.columns and not model.tree.transposed
        return " · ".join(column.groups) if grouped else ""
    if role == HEADER_LABEL_ROLE:
        return QCoreApplication.translate("ReportTreeModel", "上年")
    return None


def place_beside(view: QTreeView, model: ReportTreeModel) -> None:
    """Move each 上年 column right after its value column (visual order only)."""
    header = view.header()
    for slot in range(model.value_count):
        value_visual = header.visualIndex(model.value_column(slot))
        last = model.last_year_column(slot)
        if last < header.count() and header.visualIndex(last) != value_visual + 1:
            header.moveSection(header.visualIndex(last), value_visual + 1)
