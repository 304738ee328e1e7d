"""The report tree's column headers: 项目 and 单位, then each value column by its table label (or 第n栏),
with the group and label parts the grouped header draws; the 上年 columns answer for themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from govinfo_desktop.qt import last_year_column
from govinfo_desktop.qt.grouped_header import HEADER_GROUP_ROLE, HEADER_LABEL_ROLE
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN, LABEL_COLUMN, UNIT_COLUMN

if TYPE_CHECKING:
    from govinfo_desktop.core.tabledef import CellRef
    from govinfo_desktop.core.values import Value
    from govinfo_desktop.qt.part_tree import PartTree

_R = Qt.ItemDataRole


class HeaderSource(Protocol):
    """What the headers read of qt.tree_model's model (named so, without importing it: no cycle)."""

    tree: PartTree
    value_count: int
    last_year: dict[CellRef, Value]

    def columnCount(self) -> int: ...

    def is_last_year_column(self, column: int) -> bool: ...

    def value_column(self, slot: int) -> int: ...

    def last_year_column(self, slot: int) -> int: ...


def header_data(model: HeaderSource, section: int, role: int) -> Any:  # noqa: PLR0911 - one return per role
    """The horizontal header's answer for `section` (the model answers None for vertical headers)."""
    if section >= model.columnCount():
        return None
    if model.is_last_year_column(section):
        slot = section - FIRST_VALUE_COLUMN - model.value_count
        return last_year_column.header_data(model, slot, role)
    if role == _R.DisplayRole:
        return header_text(model.tree, section)
    if role == _R.ToolTipRole and section >= FIRST_VALUE_COLUMN:
        column = model.tree.columns[section - FIRST_VALUE_COLUMN]
        parts = [model.tree.shared_group, column.header, model.tree.part.corner]
        return "\n".join(p for p in parts if p)
    if role == _R.TextAlignmentRole:
        return Qt.AlignmentFlag.AlignCenter
    if role in (HEADER_GROUP_ROLE, HEADER_LABEL_ROLE):
        return _header_part(model.tree, section, role)
    return None


def _header_part(tree: PartTree, section: int, role: int) -> str | None:
    """For the grouped header: the column's group (one level, spanning) and its own label."""
    slot = section - FIRST_VALUE_COLUMN
    if slot < 0 or not tree.part.columns or tree.transposed:
        return "" if role == HEADER_GROUP_ROLE else header_text(tree, section)
    if slot >= len(tree.columns):
        return None
    column = tree.columns[slot]
    if role == HEADER_GROUP_ROLE:
        return " · ".join(column.groups)
    return column.label


def header_text(tree: PartTree, section: int) -> str | None:
    if section == LABEL_COLUMN:
        shared = tree.shared_group
        return QCoreApplication.translate("ReportTreeModel", "项目") + (
            f" ／ {shared}" if shared else ""
        )
    if section == UNIT_COLUMN:
        return QCoreApplication.translate("ReportTreeModel", "单位")
    if section - FIRST_VALUE_COLUMN >= len(tree.columns):
        return None
    column = tree.columns[section - FIRST_VALUE_COLUMN]
    if tree.part.columns or tree.transposed:
        return (
            "\n".join((" · ".join(column.groups), column.label)) if column.groups else column.label
        )
    return QCoreApplication.translate("ReportTreeModel", "第%n栏", "", section - UNIT_COLUMN)
