"""The collection (汇总) window: the board of units, importing their files (thread, progress, cancel,
drag and drop), 通过 / 退回意见, the summed result per node with each cell's contributors, exports
(合计 .govinfo/.xlsx/PDF, 明细表 .xlsx) and the overview chart.

This module is the shell (state, status bar, menu, opening a window); the tabs are built in
collection_tabs, and the actions live in mixins: collection_import_actions (intake), collection_files
(open/save/close), collection_units (通过, tags, 退回意见) and collection_totals (sums, exports)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QWidget,
)

from govinfo_desktop.core.aggregate import Total
from govinfo_desktop.core.collection import Collection, Node, Unit, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.qt.board_model import BoardFilter, BoardModel
from govinfo_desktop.qt.collection_files import CollectionFileActions
from govinfo_desktop.qt.collection_import import ImportJob
from govinfo_desktop.qt.collection_import_actions import ImportActions
from govinfo_desktop.qt.collection_tabs import CollectionTabs
from govinfo_desktop.qt.collection_totals import TotalActions
from govinfo_desktop.qt.collection_units import UnitActions
from govinfo_desktop.qt.collection_words import set_filter, status_text
from govinfo_desktop.qt.i18n import file_dialog_options


class CollectionWindow(
    CollectionTabs, ImportActions, CollectionFileActions, UnitActions, TotalActions, QMainWindow
):
    def __init__(
        self, collection: Collection, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.collection = collection
        self.path = path
        self.modified = False
        self.job: ImportJob | None = None
        self.total: Total | None = None
        self.last_units: dict[str, ReportDocument] = {}
        self.board = BoardModel(collection, self)
        self.proxy = BoardFilter(self.board, self)
        self.setAcceptDrops(True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._board_tab(), self.tr("单位"))
        self.tabs.addTab(self._total_tab(), self.tr("汇总结果"))
        self.tabs.addTab(self._overview_tab(), self.tr("概览"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self._status_bar()
        self._menus()
        self._update_title()
        self.resize(1180, 720)

    def _status_bar(self) -> None:
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(260)
        self.cancel_button = QPushButton(self.tr("取消导入"), self)
        self.cancel_button.clicked.connect(self.cancel_import)
        self.summary_label = QLabel(self)
        self.statusBar().addWidget(self.summary_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()
        self._update_summary()

    def _menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("汇总"))
        for text, slot, shortcut in (
            (self.tr("打开汇总…"), self.open_dialog, QKeySequence.StandardKey.Open),
            (self.tr("保存"), self.save, QKeySequence.StandardKey.Save),
            (self.tr("另存为…"), self.save_as, QKeySequence.StandardKey.SaveAs),
            (None, None, None),
            (self.tr("导入文件…"), self.import_files_dialog, None),
            (self.tr("导入文件夹…"), self.import_folder_dialog, None),
            (None, None, None),
            (self.tr("导出合计…"), self.export_total_dialog, None),
            (self.tr("导出明细表…"), self.export_detail_dialog, None),
            (None, None, None),
            (self.tr("关闭"), self.close, QKeySequence.StandardKey.Close),
        ):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            if shortcut is not None:
                action.setShortcut(shortcut)

    # --- state --------------------------------------------------------------------------------
    def _fill_nodes(self) -> None:
        self.node_box.blockSignals(True)
        self.node_box.clear()
        for node in self.collection.nodes or [Node("全县")]:
            self.node_box.addItem(node.name)
        self.node_box.blockSignals(False)

    def _update_title(self) -> None:
        name = self.path.name if self.path else self.tr("未保存的汇总")
        star = "*" if self.modified else ""
        self.setWindowTitle(
            self.tr("{0}{1} — {2}年度汇总").format(name, star, self.collection.year)
        )

    def _update_summary(self) -> None:
        counts = {status: 0 for status in UnitStatus}
        for unit in self.collection.units:
            counts[unit.status] += 1
        separator = self.tr("，")
        parts = separator.join(f"{status_text(status)} {count}" for status, count in counts.items())
        self.summary_label.setText(
            self.tr("{0} 个单位：{1}").format(len(self.collection.units), parts)
        )

    def _changed(self) -> None:
        self.modified = True
        self._update_title()
        self._update_summary()

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.refresh_total()
        elif index == 2:
            self.refresh_overview()

    def selected_units(self) -> list[Unit]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.proxy.unit_at(index) for index in rows]

    def open_another(self, path: Path) -> None:
        """汇总 → 打开汇总…: the other collection gets a window of its own."""
        open_collection_window(path, self.parentWidget()).show()


def open_collection_window(path: Path, parent: QWidget | None = None) -> CollectionWindow:
    from govinfo_desktop.formats.collection_file import load_collection  # noqa: PLC0415

    return CollectionWindow(load_collection(path), path, parent)


def start(parent: QWidget, new: bool) -> CollectionWindow | None:
    """文件 → 新建汇总… / 打开汇总…: a collection window of its own beside the report window."""
    if new:
        from govinfo_desktop.core import catalog  # noqa: PLC0415
        from govinfo_desktop.core.document import default_report_year  # noqa: PLC0415

        year, ok = QInputDialog.getInt(
            parent,
            QCoreApplication.translate("CollectionWindow", "新建汇总"),
            QCoreApplication.translate("CollectionWindow", "汇总年度："),
            default_report_year(),
            2014,
            2100,
        )
        if not ok:
            return None
        window = CollectionWindow(
            Collection.county(year, catalog.table_for_year(year)), None, parent
        )
    else:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("CollectionWindow", "打开汇总"),
            "",
            set_filter(),
            options=file_dialog_options(),
        )
        if not name:
            return None
        from govinfo_desktop.formats.collection_file import CollectionFileError  # noqa: PLC0415

        try:
            window = open_collection_window(Path(name), parent)
        except CollectionFileError as error:
            QMessageBox.warning(
                parent, QCoreApplication.translate("CollectionWindow", "打开汇总"), str(error)
            )
            return None
    window.setWindowFlag(Qt.WindowType.Window)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window
