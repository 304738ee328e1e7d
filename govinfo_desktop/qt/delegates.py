"""The cell editor: a right-aligned line edit whose text the core parses; a rejected value keeps it open.

On Enter/Tab the text is parsed before Qt commits; if the core rejects it, the key is swallowed, the
editor stays open with the reason shown under it, and the clerk corrects or presses Esc. When the editor
loses focus with a bad value (a click elsewhere), nothing is written and `rejected` tells the editor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import InvalidValue, is_yuan_for_wanyuan
from govinfo_desktop.qt.i18n import error_text
from govinfo_desktop.qt.tree_model import ReportTreeModel

AnyIndex = QModelIndex | QPersistentModelIndex
_COMMIT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}


class CellEditor(QLineEdit):
    """The line edit, plus the reason of the last rejection shown in a label just below it."""

    def __init__(self, parent: QWidget, cell: CellRef) -> None:
        super().__init__(parent)
        self.cell = cell
        self.reason = ""
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._label = QLabel(parent)
        self._label.setObjectName("cellEditorReason")
        self._label.setStyleSheet(
            "QLabel { background: #fff4f2; color: #a1150b; border: 1px solid #d9534f; padding: 2px 4px; }"
        )
        self._label.hide()
        self.destroyed.connect(self._label.deleteLater)
        self.textEdited.connect(self.clear_reason)

    def show_reason(self, reason: str) -> None:
        self.reason = reason
        self._label.setText(reason)
        self._label.adjustSize()
        area = self.parentWidget()
        if area is None:
            return
        x = max(0, min(self.x(), area.width() - self._label.width()))
        y = self.geometry().bottom() + 2
        if y + self._label.height() > area.height():  # no room under the last visible row
            y = max(0, self.y() - self._label.height() - 2)
        self._label.move(x, y)
        self._label.show()
        self._label.raise_()
        self.setStyleSheet("QLineEdit { border: 2px solid #d9534f; }")

    def clear_reason(self) -> None:
        if self.reason:
            self.reason = ""
            self._label.hide()
            self.setStyleSheet("")


class NumericDelegate(QStyledItemDelegate):
    """Edits value cells; also answers row heights cheaply (the tree asks for every column of a row
    each time one of its cells changes): value cells are one line high, labels wrap to the column."""

    rejected = Signal(object, str, str)  # cell, text, reason
    converted = Signal(
        object, str
    )  # cell, text: a value typed in 元 for a 万元 cell, taken ÷ 10,000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[tuple[int, int], int] = {}  # (node, label width) -> row height
        self._line: int | None = None
        # Answers a tooltip on a label cell (qt.row_help.LabelTips); True when it showed one. Asked
        # here, where the view hands its tooltips anyway, rather than by a filter on the viewport:
        # fetching viewport() at start-up costs ~70 lazy Qt enums (see CellTreeView.fit_label_column).
        self.label_tip: Callable[[QHelpEvent, AnyIndex], bool] | None = None

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if self.label_tip is not None and self.label_tip(event, index):
            return True
        return super().helpEvent(event, view, option, index)

    def forget_heights(self) -> None:
        """The font changed (zoom): rows are measured again."""
        self._heights.clear()
        self._line = None

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        if self._line is None:
            self._line = QFontMetrics(option.font).height() + 8
        if index.column() != 0:
            return QSize(60, self._line)
        node = index.internalPointer()
        width = self._label_width(index)
        key = (id(node), width)
        height = self._heights.get(key)
        if height is None:
            font = index.data(Qt.ItemDataRole.FontRole) or option.font
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            box = QFontMetrics(font).boundingRect(
                QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text
            )
            height = self._heights[key] = max(self._line, box.height() + 8)
        return QSize(width, height)

    def _label_width(self, index: AnyIndex) -> int:
        view = self.parent()
        node = index.internalPointer()
        if not isinstance(view, QTreeView) or not hasattr(node, "depth"):
            return 400
        depth: int = node.depth
        return max(40, view.columnWidth(0) - (depth + 1) * view.indentation() - 8)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        model = index.model()
        cell = model.data(index, Qt.ItemDataRole.UserRole + 1)
        editor = CellEditor(parent, cell)
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QLineEdit):
            editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if not isinstance(editor, CellEditor) or not isinstance(model, ReportTreeModel):
            return
        reason = self.rejection(model, editor.cell, editor.text())
        if reason:
            self.rejected.emit(editor.cell, editor.text(), reason)
            return
        text = editor.text()
        if model.setData(index, text, Qt.ItemDataRole.EditRole) and is_yuan_for_wanyuan(
            text, model.document.table.cell_unit(editor.cell)
        ):
            self.converted.emit(editor.cell, text)

    @staticmethod
    def rejection(model: ReportTreeModel, cell: CellRef, text: str) -> str:
        """Why the core rejects `text` for `cell`, or "" when it is fine."""
        try:
            model.document.parse_for(cell, text)
        except InvalidValue as error:
            return error_text(error)
        return ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, CellEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _COMMIT_KEYS
        ):
            model = self._model_of(watched)
            reason = self.rejection(model, watched.cell, watched.text()) if model else ""
            if reason:
                watched.show_reason(reason)
                return True  # keep the editor open: the clerk corrects the value or presses Esc
        return super().eventFilter(watched, event)

    def _model_of(self, editor: CellEditor) -> ReportTreeModel | None:
        view = self.parent()
        model = view.model() if view is not None and hasattr(view, "model") else None
        return model if isinstance(model, ReportTreeModel) else None
