"""A node's summed result: every cell with its total (and the county's own figure and the 差额 where
entered), the total's findings, and — on hover or in the side panel — the units behind the selected
cell, largest first, with their share."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.aggregate import Total
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import InvalidValue, format_number, format_value
from govinfo_desktop.qt.collection_words import findings_text, summed_text
from govinfo_desktop.qt.i18n import error_text

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
TOOLTIP_UNITS = 8


def share_text(share: Decimal) -> str:
    return f"{share * 100:.1f}%"


class TotalView(QWidget):
    countyFigureEdited = Signal(object, object)  # noqa: N815 - (CellRef, Decimal | None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total: Total | None = None
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.cells = QTreeWidget(self)
        self.cells.setColumnCount(4)
        self.cells.setHeaderLabels(
            [self.tr("指标"), self.tr("合计"), self.tr("本级自填"), self.tr("差额")]
        )
        self.cells.setRootIsDecorated(False)
        self.cells.setUniformRowHeights(True)
        self.cells.setMouseTracking(True)
        header = self.cells.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.cells.currentItemChanged.connect(self._show_contributors)
        self.cells.itemDoubleClicked.connect(self._edit_county_figure)
        self.side_title = QLabel(self.tr("选中一格，查看各单位的数"), self)
        self.side_title.setWordWrap(True)
        self.side = QTreeWidget(self)
        self.side.setColumnCount(3)
        self.side.setHeaderLabels([self.tr("单位"), self.tr("数值"), self.tr("占比")])
        self.side.setRootIsDecorated(False)
        self.side.header().setStretchLastSection(False)
        self.side.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        side_box = QWidget(self)
        side_layout = QVBoxLayout(side_box)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.side_title)
        side_layout.addWidget(self.side, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.cells)
        splitter.addWidget(side_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(splitter, 1)

    def show_total(self, total: Total, county: dict[CellRef, Decimal] | None = None) -> None:
        self.total = total
        document = total.document
        findings = total.findings
        self.caption.setText(
            self.tr("{0}（{1}）：{2}").format(
                total.name,
                summed_text(total.include, len(total.reports)),
                findings_text(len(findings.errors), len(findings.warnings), len(findings.blanks)),
            )
        )
        differences = {difference.cell: difference for difference in total.differences}
        county = county or {}
        flagged = {issue.target for issue in findings.issues}
        self.cells.clear()
        items = []
        for cell in document.validator.input_cells:
            figure = county.get(cell)
            difference = differences.get(cell)
            item = QTreeWidgetItem(
                [
                    describe_cell(document, cell),
                    format_value(document.values.get(cell)),
                    format_number(figure) if figure is not None else "",
                    format_number(difference.amount) if difference else "",
                ]
            )
            item.setData(0, CELL_ROLE, cell)
            for column in (1, 2, 3):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            item.setToolTip(1, self._tooltip(cell))
            if cell in flagged:
                item.setForeground(1, Qt.GlobalColor.red)
            if difference:
                item.setForeground(3, Qt.GlobalColor.darkYellow)
            items.append(item)
        self.cells.addTopLevelItems(items)

    def _tooltip(self, cell: CellRef) -> str:
        if self.total is None:
            return ""
        parts = self.total.contributors(cell)
        lines = [
            f"{part.unit}　{format_number(part.value)}（{share_text(part.share)}）"
            for part in parts[:TOOLTIP_UNITS]
        ]
        if len(parts) > TOOLTIP_UNITS:
            lines.append(self.tr("……共 {0} 个单位").format(len(parts)))
        return "\n".join(lines)

    def select_cell(self, cell: CellRef) -> None:
        for row in range(self.cells.topLevelItemCount()):
            item = self.cells.topLevelItem(row)
            if item is not None and item.data(0, CELL_ROLE) == cell:
                self.cells.setCurrentItem(item)
                return

    def _edit_county_figure(self, item: QTreeWidgetItem, column: int) -> None:
        """Double-click on 本级自填: the county types its own figure for the cell (empty clears it)."""
        if column != 2 or self.total is None:
            return
        cell = item.data(0, CELL_ROLE)
        text, ok = QInputDialog.getText(
            self, self.tr("本级自填"), describe_cell(self.total.document, cell), text=item.text(2)
        )
        if ok:
            self.set_county_text(cell, text)

    def set_county_text(self, cell: CellRef, text: str) -> bool:
        if self.total is None:
            return False
        try:
            value = self.total.document.parse_for(cell, text)
        except InvalidValue as error:
            QMessageBox.warning(self, self.tr("本级自填"), error_text(error))
            return False
        self.countyFigureEdited.emit(cell, value if isinstance(value, Decimal) else None)
        return True

    def _show_contributors(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        self.side.clear()
        if current is None or self.total is None:
            return
        cell = current.data(0, CELL_ROLE)
        self.side_title.setText(describe_cell(self.total.document, cell))
        for part in self.total.contributors(cell):
            item = QTreeWidgetItem([part.unit, format_number(part.value), share_text(part.share)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.side.addTopLevelItem(item)
