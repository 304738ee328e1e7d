"""The dialog that picks the cell a number field is bound to, from the table's own tree of rows (and
columns, for tables 三/四); several cells make a field of their sum. E.g. 三、… › 一、本年新收政府信息公开申请数量 › 总计 → 「本年新收政府信息公开申请数量（总计）」."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_model import FieldRef

CELL_ROLE = Qt.ItemDataRole.UserRole + 1


class FieldPicker(QDialog):
    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("插入数字：选择单元格"))
        self.resize(560, 520)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        # several cells (Ctrl/Shift+click) make one field showing their sum
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self._fill(document)

    def _fill(self, document: ReportDocument) -> None:
        table = document.table
        for part in table.parts:
            top = QTreeWidgetItem(self.tree, [part.heading or table.title])
            items: dict[str, QTreeWidgetItem] = {}
            for row in table.rows_in_order(part.id):
                parent = items.get(row.parent or "", top)
                item = items[row.id] = QTreeWidgetItem(parent, [row.title])
                if not row.has_values:
                    continue
                columns = table.columns_for(row.id)
                if len(columns) == 1:
                    item.setData(0, CELL_ROLE, (row.id, columns[0].id, row.label))
                    continue
                for column in columns:
                    child = QTreeWidgetItem(item, [column.header])
                    child.setData(
                        0, CELL_ROLE, (row.id, column.id, f"{row.label}（{column.label}）")
                    )
            top.setExpanded(True)

    def chosen(self) -> FieldRef | None:
        """The selected cell, or the sum of the selected cells, as a field."""
        picked = [data for item in self.tree.selectedItems() if (data := item.data(0, CELL_ROLE))]
        if not picked:
            return None
        cells = tuple(CellRef(row, column) for row, column, _label in picked)
        return FieldRef(cells, "＋".join(label for _row, _column, label in picked))
