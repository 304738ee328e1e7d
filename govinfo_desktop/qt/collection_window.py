"""The collection (汇总) window: the board of units, importing their files (thread, progress, cancel,
drag and drop), 通过 / 退回意见, the summed result per node with each cell's contributors, exports
(合计 .govinfo/.xlsx/PDF, 明细表 .xlsx) and the overview chart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.aggregate import Total
from govinfo_desktop.core.collect_intake import probable_copies, take_in
from govinfo_desktop.core.collection import Collection, Node, Unit, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.overview import figure_names
from govinfo_desktop.formats.collect_read import UnitFile, Unreadable
from govinfo_desktop.qt.board_model import FILTERS, BoardFilter, BoardModel
from govinfo_desktop.qt.collection_import import ImportJob
from govinfo_desktop.qt.collection_totals import TotalActions
from govinfo_desktop.qt.collection_units import UnitActions
from govinfo_desktop.qt.collection_words import filter_text, set_filter, status_text, unit_filter
from govinfo_desktop.qt.i18n import file_dialog_options
from govinfo_desktop.qt.overview_chart import OverviewChart
from govinfo_desktop.qt.total_view import TotalView


class CollectionWindow(UnitActions, TotalActions, QMainWindow):
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

    # --- building -----------------------------------------------------------------------------
    def _board_tab(self) -> QWidget:
        tab = QWidget(self)
        self.filter_buttons = QButtonGroup(tab)
        bar = QHBoxLayout()
        for number, name in enumerate(FILTERS):
            button = QToolButton(tab)
            button.setText(filter_text(name))
            button.setCheckable(True)
            button.setChecked(number == 0)
            button.setObjectName(f"filter_{name}")
            self.filter_buttons.addButton(button, number)
            bar.addWidget(button)
        self.filter_buttons.idClicked.connect(
            lambda number: self.proxy.set_filter(list(FILTERS)[number])
        )
        self.search = QLineEdit(tab)
        self.search.setPlaceholderText(self.tr("按单位名称筛选"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.search, 1)
        for text, slot in (
            (self.tr("导入文件…"), self.import_files_dialog),
            (self.tr("导入文件夹…"), self.import_folder_dialog),
            (self.tr("标签…"), self.tag_selected_dialog),
            (self.tr("通过"), self.accept_selected),
            (self.tr("退回意见…"), self.return_selected),
        ):
            action_button = QPushButton(text, tab)
            action_button.clicked.connect(slot)
            bar.addWidget(action_button)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.open_unit)
        self.log = QListWidget(tab)
        self.log.setObjectName("intake_log")
        self.log.setMaximumHeight(140)  # the board gets the room; the log scrolls
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.table)
        splitter.addWidget(self.log)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        return tab

    def _total_tab(self) -> QWidget:
        tab = QWidget(self)
        self.node_box = QComboBox(tab)
        self.node_box.currentIndexChanged.connect(lambda _i: self.refresh_total())
        self.include_all = QCheckBox(self.tr("也汇总已报未审核的单位"), tab)
        self.include_all.toggled.connect(lambda _on: self.refresh_total())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("汇总："), tab))
        bar.addWidget(self.node_box)
        bar.addWidget(self.include_all)
        bar.addStretch(1)
        for text, slot in (
            (self.tr("导出合计…"), self.export_total_dialog),
            (self.tr("导出明细表…"), self.export_detail_dialog),
        ):
            button = QPushButton(text, tab)
            button.clicked.connect(slot)
            bar.addWidget(button)
        self.total_view = TotalView(tab)
        self.total_view.countyFigureEdited.connect(self.set_county_figure)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.total_view, 1)
        self._fill_nodes()
        return tab

    def _overview_tab(self) -> QWidget:
        tab = QWidget(self)
        self.figure_box = QComboBox(tab)
        self.figure_box.addItems(figure_names(self.collection.table_id))
        self.figure_box.currentIndexChanged.connect(lambda _i: self.refresh_overview())
        last_button = QPushButton(self.tr("上年汇总…"), tab)
        last_button.setToolTip(self.tr("打开上年的汇总文件：各单位按名称（及更名对照）配上年数"))
        last_button.clicked.connect(self.last_year_dialog)
        self.chart = OverviewChart(tab)
        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        bar = QHBoxLayout()
        bar.addWidget(self.figure_box)
        bar.addWidget(last_button)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        return tab

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

    # --- import -------------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("导入各单位的报表"), "", unit_filter(), options=file_dialog_options()
        )
        if names:
            self.import_paths([Path(name) for name in names])

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("导入文件夹中的全部报表"), options=file_dialog_options()
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> None:
        if self.job is not None:
            return
        self.job = ImportJob(paths, self)
        self.job.worker.fileRead.connect(self._file_read)
        self.job.worker.progress.connect(self._progress)
        self.job.worker.done.connect(self._import_done)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.job.start()

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("已读 {0}/{1}").format(done, total))

    def _file_read(self, result: UnitFile | Unreadable) -> None:
        if isinstance(result, Unreadable):
            self.log.addItem(self.tr("无法读取：{0}").format(result.reason))
            return
        intake = take_in(self.collection, result.document, result.path.name, result.sha256)
        for notice in intake.notices:
            self.log.addItem(notice.message)
        if intake.taken:
            self.modified = True

    def _import_done(self, completed: bool) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.wait()
        self.progress.hide()
        self.cancel_button.hide()
        if not completed:
            self.log.addItem(self.tr("导入已取消，已读的文件已收入"))
        for notice in probable_copies(self.collection.units):
            self.log.addItem(notice.message)
        self.log.scrollToBottom()
        self.board.refresh()
        self._changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # --- files --------------------------------------------------------------------------------
    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开汇总"), "", set_filter(), options=file_dialog_options()
        )
        if name:
            open_collection_window(Path(name), self.parentWidget()).show()

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self) -> bool:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存汇总"), "", set_filter(), options=file_dialog_options()
        )
        if not name:
            return False
        path = Path(name)
        if not path.name.endswith(".govinfo-set"):
            path = path.with_name(path.name + ".govinfo-set")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        from govinfo_desktop.formats.collection_file import save_collection  # noqa: PLC0415

        try:
            save_collection(self.collection, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("保存汇总"), str(error))
            return False
        self.path, self.modified = path, False
        self._update_title()
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        if self.modified:
            answer = self.ask_save()
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()

    def ask_save(self) -> QMessageBox.StandardButton:
        return QMessageBox.question(
            self,
            self.tr("汇总"),
            self.tr("汇总已更改，是否保存？"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )


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
