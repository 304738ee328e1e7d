"""What a cell of the report tree answers for each role: label and 单位 cells, headings inside the body,
value cells (number, colours, fonts, tooltip). The model keeps these answers until the cell changes.

Functions of the model's state rather than model methods, so the model keeps only structure, caching
and editing; their words stay in the model's translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt

from govinfo_desktop.core.values import format_value
from govinfo_desktop.qt import style
from govinfo_desktop.qt.i18n import current_language
from govinfo_desktop.qt.part_tree import Node, NodeKind
from govinfo_desktop.qt.tree_roles import (
    BLANK_ROLE,
    CELL_ROLE,
    KIND_ROLE,
    LABEL_COLUMN,
    UNIT_COLUMN,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.session import ReportSession
    from govinfo_desktop.core.tabledef import CellRef
    from govinfo_desktop.core.validation import LiveValidation
    from govinfo_desktop.core.values import Value

_R = Qt.ItemDataRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class CellSource(Protocol):
    """What the answers read of qt.tree_model's model (named so, without importing it: no cycle)."""

    session: ReportSession
    document: ReportDocument
    live: LiveValidation
    last_year: dict[CellRef, Value]
    bold_font: QFont
    italic_font: QFont


def label_data(model: CellSource, node: Node, column: int, role: int) -> Any:
    """The row's label (column 0) or its 单位."""
    if role == _R.DisplayRole:
        return node.label if column == LABEL_COLUMN else node.unit
    if role == _R.ToolTipRole and column == LABEL_COLUMN:
        return node.label
    if role == _R.TextAlignmentRole:
        return LEFT if column == LABEL_COLUMN else CENTER
    if role == _R.ForegroundRole and column == UNIT_COLUMN:
        return style.brush(style.QUIET_TEXT)
    return row_style(model, node, role)


def heading_data(model: CellSource, node: Node, slot: int, role: int) -> Any:
    """A value column of a row without a cell there: the row's heading for that column, if any."""
    if role == _R.DisplayRole:
        return node.headings[slot] if slot < len(node.headings) else None
    if role == _R.TextAlignmentRole:
        return CENTER
    return row_style(model, node, role)


def row_style(model: CellSource, node: Node, role: int) -> Any:
    if role == _R.FontRole and node.kind is NodeKind.SECTION:
        return model.bold_font
    if role == _R.BackgroundRole:
        if node.kind is NodeKind.SECTION:
            return style.brush(style.SECTION_BACKGROUND)
        if node.kind is NodeKind.GROUP:
            return style.brush(style.GROUP_BACKGROUND)
    if role == KIND_ROLE:
        return str(node.kind)
    return None


def cell_data(model: CellSource, node: Node, cell: CellRef, role: int) -> Any:  # noqa: PLR0911 - one return per role
    value = model.document.values.get(cell)
    if role == _R.DisplayRole:
        return (
            QCoreApplication.translate("ReportTreeModel", "未填")
            if value is None
            else format_value(value)
        )  # a quiet mark
    if role == _R.EditRole:
        return format_value(value, grouping=False)
    if role == _R.TextAlignmentRole:
        return CENTER if value is None else RIGHT
    if role == CELL_ROLE:
        return cell
    if role == BLANK_ROLE:
        return model.live.state(cell).blank
    computed = model.session.is_computed(cell)
    if role == _R.BackgroundRole:
        return style.cell_background(model.live.state(cell), computed)
    if role == _R.ForegroundRole:
        state = model.live.state(cell)
        if value is None and state.severity is None:
            return style.brush(style.BLANK_MARK)
        return style.cell_foreground(state, computed)
    if role == _R.FontRole:
        return _cell_font(model, node, cell, computed)
    if role == _R.ToolTipRole:
        return tooltip(model, cell, computed)
    if role == KIND_ROLE:
        return str(node.kind)
    return None


def _cell_font(model: CellSource, node: Node, cell: CellRef, computed: bool) -> QFont | None:
    if model.live.state(cell).culprit:
        return model.bold_font
    if computed:
        return model.italic_font
    return model.bold_font if node.kind is NodeKind.SECTION else None


def tooltip(model: CellSource, cell: CellRef, computed: bool) -> str:
    """The cell's findings in the current language, then what the cell is and holds."""
    state = model.live.state(cell)
    lines = list(state.messages(current_language()))
    if state.culprit:
        lines.insert(
            0,
            QCoreApplication.translate("ReportTreeModel", "这一格同时使几处合计对不上，最可能填错"),
        )
    if state.blank:
        lines.append(QCoreApplication.translate("ReportTreeModel", "未填写"))
    if computed:
        lines.append(
            QCoreApplication.translate(
                "ReportTreeModel", "合计：按其下各项自动计算（右键可改为手工填写）"
            )
        )
    elif model.session.is_overridden(cell):
        lines.append(
            QCoreApplication.translate("ReportTreeModel", "合计：手工填写（右键可恢复自动合计）")
        )
    note = model.document.notes.get(cell)
    if note:
        lines.append(QCoreApplication.translate("ReportTreeModel", "备注：") + note)
    if cell in model.last_year:
        lines.append(
            QCoreApplication.translate("ReportTreeModel", "上年：")
            + (
                format_value(model.last_year[cell])
                or QCoreApplication.translate("ReportTreeModel", "空")
            )
        )
    return "\n".join(lines)
