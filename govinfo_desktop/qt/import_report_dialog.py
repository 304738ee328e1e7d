"""The import report, shown beside the newly imported report: cells not imported or changed (with their
sheet!cell address and reason), rows the table does not know, and the rows and columns that matched.

Non-modal, so the clerk can compare it with the table while fixing values.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
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

from govinfo_desktop.core.notices import notice
from govinfo_desktop.core.simplified import simplified_offer
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.import_findings import CellIssue, ImportReport
from govinfo_desktop.qt.i18n import current_language

MAX_COLUMN_WIDTH = 300


# Built when a dialog opens, not at import, so the texts follow the language chosen at run time;
# every string is a literal translate() call so pyside6-lupdate extracts it.
def _issue_texts() -> dict[CellIssue, str]:
    not_imported = QCoreApplication.translate("ImportReportDialog", "未导入")
    return {
        CellIssue.INVALID: not_imported,
        CellIssue.FORMULA: not_imported,
        CellIssue.MERGED: not_imported,
        CellIssue.DUPLICATE: not_imported,
        CellIssue.BLANK: QCoreApplication.translate("ImportReportDialog", "按未填写"),
        CellIssue.NOT_APPLICABLE: QCoreApplication.translate("ImportReportDialog", "不适用"),
        CellIssue.CONVERTED: QCoreApplication.translate("ImportReportDialog", "已转换"),
    }


def _how_texts() -> dict[str, str]:
    return {
        "exact": QCoreApplication.translate("ImportReportDialog", "一致"),
        "note": QCoreApplication.translate("ImportReportDialog", "标签后附说明"),
        "approx": QCoreApplication.translate("ImportReportDialog", "近似（请核对）"),
    }


class ImportReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, report: ImportReport) -> None:
        super().__init__(parent)
        self.report = report
        self.language = current_language()  # the report's own words (reasons, notices) follow it
        self.setWindowTitle(
            QCoreApplication.translate("ImportReportDialog", "导入报告 — {0}").format(report.source)
        )
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary = QLabel(report.summary(self.language))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        self.cells = self._cells_table()
        self.unknown = self._unknown_table()
        self.matched = self._matched_table()
        self.tabs.addTab(
            self.cells,
            QCoreApplication.translate("ImportReportDialog", "需要核对的单元格（{0}）").format(
                self.cells.rowCount()
            ),
        )
        self.tabs.addTab(
            self.unknown,
            QCoreApplication.translate("ImportReportDialog", "本表没有的行（{0}）").format(
                self.unknown.rowCount()
            ),
        )
        self.tabs.addTab(
            self.matched,
            QCoreApplication.translate("ImportReportDialog", "已匹配的行（{0}）").format(
                self.matched.rowCount()
            ),
        )
        self.notes = QLabel("\n".join(self._notes()))
        self.notes.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(QCoreApplication.translate("ImportReportDialog", "复制报告"))
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
        notices = list(self.report.notices)
        notices += [notice(say.ROW_MISSING, label=label) for label in self.report.missing_rows]
        notices += [notice(say.COLUMN_MISSING, header=h) for h in self.report.missing_columns]
        return [item.render(self.language) for item in notices] + self._simplified_offers()

    def _simplified_offers(self) -> list[str]:
        """Metadata read in traditional characters: the simplified form is one click away in 报表信息."""
        offers = []
        for value in self.report.metadata.values():
            converted = simplified_offer(value)
            if converted is not None:
                text = QCoreApplication.translate(
                    "ImportReportDialog",
                    "“{0}”是繁体字：可在“报表信息”中点击改用简体“{1}”，也可保留原文",
                )
                offers.append(text.format(value, converted))
        return offers

    def _cells_table(self) -> QTableWidget:
        # Problems first (not imported), then changes, then blanks: the order a clerk works through.
        order = {CellIssue.BLANK: 2, CellIssue.CONVERTED: 1, CellIssue.NOT_APPLICABLE: 1}
        cells = sorted(self.report.cells, key=lambda c: order.get(c.issue, 0))
        issue_texts = _issue_texts()
        rows = [
            [c.address, c.where, c.raw, issue_texts[c.issue], c.notice.render(self.language)]
            for c in cells
        ]
        return _table(
            [
                QCoreApplication.translate("ImportReportDialog", "位置"),
                QCoreApplication.translate("ImportReportDialog", "行 · 列"),
                QCoreApplication.translate("ImportReportDialog", "原内容"),
                QCoreApplication.translate("ImportReportDialog", "处理"),
                QCoreApplication.translate("ImportReportDialog", "原因"),
            ],
            rows,
        )

    def _unknown_table(self) -> QTableWidget:
        rows = [
            [r.address, r.label, "、".join(v for v in r.values if v)]
            for r in self.report.unknown_rows
        ]
        return _table(
            [
                QCoreApplication.translate("ImportReportDialog", "位置"),
                QCoreApplication.translate("ImportReportDialog", "文件中的行"),
                QCoreApplication.translate("ImportReportDialog", "数值（已保留）"),
            ],
            rows,
        )

    def _matched_table(self) -> QTableWidget:
        how_texts = _how_texts()
        rows = [[r.address, r.text, r.label, how_texts.get(r.how, r.how)] for r in self.report.rows]
        return _table(
            [
                QCoreApplication.translate("ImportReportDialog", "位置"),
                QCoreApplication.translate("ImportReportDialog", "文件中的标签"),
                QCoreApplication.translate("ImportReportDialog", "本表的行"),
                QCoreApplication.translate("ImportReportDialog", "匹配"),
            ],
            rows,
        )

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.report.lines(self.language)))


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
    # Opened from the command line or a double-click, the main window shows after this dialog and
    # would cover it: bring the report to the front again once the window is up.
    QTimer.singleShot(0, dialog, partial(_to_front, dialog))


def _to_front(dialog: QDialog) -> None:
    dialog.raise_()
    dialog.activateWindow()
