"""Every question the window asks, each behind a small `ask…()`/`show…()` function that tests replace.

Nothing else in the window opens a modal dialog, so no test can block on one.
"""

from __future__ import annotations

import datetime
import enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QWidget,
)

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import default_report_year
from govinfo_desktop.qt.i18n import file_dialog_options

FIRST_YEAR = 2014


class Unsaved(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class NewReportDialog(QDialog):
    """Year plus table format; the format follows the year until the clerk picks one."""

    def __init__(self, parent: QWidget | None, year: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Dialogs", "新建报表"))
        self.year = QSpinBox(minimum=FIRST_YEAR, maximum=2100, value=year)
        self.table = QComboBox()
        for table_id in catalog.table_ids():
            self.table.addItem(catalog.table(table_id).name, table_id)
        self.table.setMinimumContentsLength(30)
        self.year.valueChanged.connect(self._follow_year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("Dialogs", "报表年度："), self.year)
        form.addRow(QCoreApplication.translate("Dialogs", "表格格式："), self.table)
        hint = QLabel(
            QCoreApplication.translate("Dialogs", "表格格式按年度自动选择，必要时可以更改。")
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow(buttons)
        self._follow_year(year)

    def _follow_year(self, year: int) -> None:
        self.table.setCurrentIndex(self.table.findData(catalog.table_for_year(year)))

    def choice(self) -> tuple[int, str]:
        return self.year.value(), str(self.table.currentData())


def ask_new_report(parent: QWidget | None) -> tuple[int, str] | None:
    """(year, table id) for a new report, or None if the clerk cancels."""
    dialog = NewReportDialog(parent, default_report_year())
    return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _filters(kind: str) -> str:
    return {
        "open": QCoreApplication.translate("Dialogs", "报表文件 (*.govinfo *.xlsx *.xls)")
        + ";;"
        + QCoreApplication.translate("Dialogs", "年报文档 (*.govinfo)")
        + ";;"
        + QCoreApplication.translate("Dialogs", "Excel 表格 (*.xlsx *.xls)"),
        "excel": QCoreApplication.translate("Dialogs", "Excel 表格 (*.xlsx *.xls)"),
        ".govinfo": QCoreApplication.translate("Dialogs", "年报文档 (*.govinfo)"),
        ".xlsx": QCoreApplication.translate("Dialogs", "Excel 表格 (*.xlsx)"),
        ".pdf": QCoreApplication.translate("Dialogs", "PDF 文件 (*.pdf)"),
    }[kind]


def ask_open_path(parent: QWidget | None, directory: str = "", kind: str = "open") -> Path | None:
    title = (
        QCoreApplication.translate("Dialogs", "导入 Excel")
        if kind == "excel"
        else QCoreApplication.translate("Dialogs", "打开报表")
    )
    name, _ = QFileDialog.getOpenFileName(
        parent, title, directory, _filters(kind), options=file_dialog_options()
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget | None, suggested: Path, title: str) -> Path | None:
    """A file name to write, with `suggested`'s suffix added when the clerk leaves it out."""
    suffix = suggested.suffix.lower()
    name, _ = QFileDialog.getSaveFileName(
        parent, title, str(suggested), _filters(suffix), options=file_dialog_options()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def ask_unsaved_changes(parent: QWidget | None, document_name: str) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "尚未保存"))
    box.setText(
        QCoreApplication.translate("Dialogs", "“{0}”有尚未保存的修改。").format(document_name)
    )
    box.setInformativeText(QCoreApplication.translate("Dialogs", "要在继续之前保存吗？"))
    save = box.addButton(
        QCoreApplication.translate("Dialogs", "保存"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Dialogs", "不保存"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("Dialogs", "取消"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    return (
        Unsaved.SAVE
        if clicked is save
        else Unsaved.DISCARD
        if clicked is discard
        else Unsaved.CANCEL
    )


def ask_restore(parent: QWidget | None, description: str, written: datetime.datetime) -> bool:
    text = QCoreApplication.translate(
        "Dialogs",
        "程序上次没有正常退出。找到了未保存的报表：\n{0}\n（自动保存于 {1}）\n\n要恢复它吗？",
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "恢复未保存的报表"),
        text.format(description, written.strftime("%Y-%m-%d %H:%M:%S")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, message: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "出错了"), message)


def show_info(parent: QWidget | None, message: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "提示"), message)


def show_about(parent: QWidget | None, version: str) -> None:
    text = QCoreApplication.translate(
        "Dialogs",
        "<b>GovInfo 年报统计表</b> {0}<br><br>"
        "填写、检查、交换（Excel）和打印政府信息公开工作年度报告的统计表。",
    )
    QMessageBox.about(parent, QCoreApplication.translate("Dialogs", "关于"), text.format(version))
