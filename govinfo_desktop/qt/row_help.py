"""帮助 → 填报说明: each row's 填报提示, as rich text and as the label cell's tooltip (the panel that
follows the current row is qt.row_help_panel).

The text comes from core.row_help (printed notes, 勾稽 note, rules, hints data) and is labelled as what
it is — compiled from the format and review practice, not an official 指标解释 (none was published).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QToolTip

from govinfo_desktop.core.row_help import RowHelp, load_hints, row_help
from govinfo_desktop.qt.i18n import current_language
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN

if TYPE_CHECKING:
    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.qt.cell_view import CellTreeView


def help_for(document: ReportDocument, row_id: str) -> RowHelp:
    validator = document.validator
    return row_help(
        document.table, validator.checks, row_id, load_hints(document.table_id), current_language()
    )


def help_html(help_: RowHelp) -> str:
    """The help as rich text, headed by what it is (never presented as an official explanation)."""
    what = QCoreApplication.translate("RowHelp", "填报提示（据格式文件与审核实践整理，非官方解释）")
    parts = [
        f"<p><b>{html.escape(help_.title)}</b></p>",
        f"<p style='color:#666'>{html.escape(what)}</p>",
    ]
    sections = (
        (QCoreApplication.translate("RowHelp", "表上注明"), (help_.note,) if help_.note else ()),
        (QCoreApplication.translate("RowHelp", "提示"), help_.hints),
        (
            QCoreApplication.translate("RowHelp", "表上勾稽关系"),
            (help_.corner,) if help_.corner else (),
        ),
        (QCoreApplication.translate("RowHelp", "程序检查"), help_.rules),
    )
    for heading, lines in sections:
        if lines:
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            parts.append(f"<p><b>{html.escape(heading)}</b></p><ul>{items}</ul>")
    if help_.is_empty:
        nothing = QCoreApplication.translate("RowHelp", "本行没有另外的说明。")
        parts.append(f"<p>{html.escape(nothing)}</p>")
    return "".join(parts)


def row_id_at(view: CellTreeView, index: QModelIndex | QPersistentModelIndex) -> str:
    node = view.report_model().node_at(index)
    return node.row_id if node is not None else ""


class LabelTips(QObject):
    """Shows a row's 填报提示 when the pointer rests on its label (or unit) cell."""

    def __init__(self, view: CellTreeView, document: ReportDocument) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        viewport = view.viewport()
        assert viewport is not None
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        index = self.view.indexAt(event.pos())
        if not index.isValid() or index.column() >= FIRST_VALUE_COLUMN:
            return False  # value cells keep their own tooltips (findings)
        row_id = row_id_at(self.view, index)
        if not row_id:
            return False
        QToolTip.showText(event.globalPos(), help_html(help_for(self.document, row_id)), self.view)
        return True
