"""The import report, shown beside the newly imported report: cells not imported or changed (with their
sheet!cell address and reason), rows the table does not know, and the rows and columns that matched.

Non-modal, so the clerk can compare it with the table while fixing values.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.formats.excel_report import CellIssue, ImportReport

_ISSUE_TEXT = {
    CellIssue.INVALID: "未导入",
    CellIssue.FORMULA: "未导入",
    CellIssue.MERGED: "未导入",
    CellIssue.DUPLICATE: "未导入",
    CellIssue.BLANK: "按未填写",
    CellIssue.NOT_APPLICABLE: "不适用",
    CellIssue.CONVERTED: "已转换",
}
MAX_COLUMN_WIDTH = 300
_HOW_TEXT = {"exact": "一致", "note": "标签后附说明", "approx": "近似（请核对）"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportReport", text)


class ImportReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(_tr("导入报告 — {0}").format(report.source))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(report.summary())
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.cells = self._cells_table()
        self.unknown = self._unknown_table()
        self.matched = self._matched_table()
        self.tabs.addTab(self.cells, _tr("需要核对的单元格（{0}）").format(self.cells.rowCount()))
        self.tabs.addTab(self.unknown, _tr("本表没有的行（{0}）").format(self.unknown.rowCount()))
        self.tabs.addTab(self.matched, _tr("已匹配的行（{0}）").format(self.matched.rowCount()))
        self.notes = QLabel("\n".join(self._notes()))
        self.notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(_tr("复制报告"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.notes)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.notes.setVisible(bool(self.notes.text()))
        self.resize(900, 520)

    def _notes(self) -> list[str]:
        lines = list(self.report.messages)
        lines += [_tr("文件中没有找到行：{0}").format(label) for label in self.report.missing_rows]
        lines += [
            _tr("文件中没有找到列：{0}").format(header) for header in self.report.missing_columns
        ]
        return lines

    def _cells_table(self) -> QTableWidget:
        # Problems first (not imported), then changes, then blanks: the order a clerk works through.
        order = {CellIssue.BLANK: 2, CellIssue.CONVERTED: 1, CellIssue.NOT_APPLICABLE: 1}
        cells = sorted(self.report.cells, key=lambda c: order.get(c.issue, 0))
        rows = [[c.address, c.where, c.raw, _tr(_ISSUE_TEXT[c.issue]), c.reason] for c in cells]
        return _table([_tr("位置"), _tr("行 · 列"), _tr("原内容"), _tr("处理"), _tr("原因")], rows)

    def _unknown_table(self) -> QTableWidget:
        rows = [
            [r.address, r.label, "、".join(v for v in r.values if v)]
            for r in self.report.unknown_rows
        ]
        return _table([_tr("位置"), _tr("文件中的行"), _tr("数值（已保留）")], rows)

    def _matched_table(self) -> QTableWidget:
        rows = [
            [r.address, r.text, r.label, _tr(_HOW_TEXT.get(r.how, r.how))] for r in self.report.rows
        ]
        return _table([_tr("位置"), _tr("文件中的标签"), _tr("本表的行"), _tr("匹配")], rows)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.report.lines()))


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    for row, values in enumerate(rows):
        for col, text in enumerate(values):
            item = QTableWidgetItem(" ".join(text.split()) if col < len(values) - 1 else text)
            item.setToolTip(text)
            table.setItem(row, col, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for col in range(len(headers) - 1):
        # Long labels would push the last columns off screen; the full text is in the tooltip.
        table.setColumnWidth(col, min(table.columnWidth(col), MAX_COLUMN_WIDTH))
    header.setStretchLastSection(True)
    return table


_WITHOUT_PARENT: list[ImportReportDialog] = []  # keeps a parentless dialog alive while it is open


def show_import_report(parent: QWidget | None, report: ImportReport) -> None:
    """Open the report beside the window, non-modal (find it with parent.findChildren)."""
    dialog = ImportReportDialog(parent, report)
    dialog.setModal(False)
    if parent is None:
        _WITHOUT_PARENT.append(dialog)
        dialog.destroyed.connect(lambda *_: _WITHOUT_PARENT.remove(dialog))
    dialog.show()
    dialog.raise_()
