"""The collection window's three tabs — 单位 (the board), 汇总结果 (the summed table) and 概览 (the
chart) — built onto the window, whose actions their buttons call. Mixed into CollectionWindow; the
words keep the window's translation context."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.collection import Collection
from govinfo_desktop.core.overview import figure_names
from govinfo_desktop.qt.board_model import FILTERS
from govinfo_desktop.qt.collection_part import CollectionWindowPart
from govinfo_desktop.qt.collection_words import figure_text, filter_text
from govinfo_desktop.qt.overview_chart import OverviewChart
from govinfo_desktop.qt.total_view import TotalView


class CollectionTabs(CollectionWindowPart):
    collection: Collection
    proxy: Any

    def _board_tab(self) -> QWidget:
        """单位: the filters, the search, the unit actions, the board and the intake log."""
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
        self.search.setPlaceholderText(
            QCoreApplication.translate("CollectionWindow", "按单位名称筛选")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.search, 1)
        for text, slot in (
            (QCoreApplication.translate("CollectionWindow", "导入文件…"), self.import_files_dialog),
            (
                QCoreApplication.translate("CollectionWindow", "导入文件夹…"),
                self.import_folder_dialog,
            ),
            (QCoreApplication.translate("CollectionWindow", "标签…"), self.tag_selected_dialog),
            (QCoreApplication.translate("CollectionWindow", "通过"), self.accept_selected),
            (QCoreApplication.translate("CollectionWindow", "退回意见…"), self.return_selected),
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
        """汇总结果: the node, whether 已报 units are summed too, exports, and the summed table."""
        tab = QWidget(self)
        self.node_box = QComboBox(tab)
        self.node_box.currentIndexChanged.connect(lambda _i: self.refresh_total())
        self.include_all = QCheckBox(
            QCoreApplication.translate("CollectionWindow", "也汇总已报未审核的单位"), tab
        )
        self.include_all.toggled.connect(lambda _on: self.refresh_total())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("CollectionWindow", "汇总："), tab))
        bar.addWidget(self.node_box)
        bar.addWidget(self.include_all)
        bar.addStretch(1)
        for text, slot in (
            (QCoreApplication.translate("CollectionWindow", "导出合计…"), self.export_total_dialog),
            (
                QCoreApplication.translate("CollectionWindow", "导出明细表…"),
                self.export_detail_dialog,
            ),
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
        """概览: the chart of one main figure per unit, with last year's collection beside it."""
        tab = QWidget(self)
        self.figure_box = QComboBox(tab)
        for name in figure_names(self.collection.table_id):
            self.figure_box.addItem(figure_text(name), name)  # shown in the clerk's language
        self.figure_box.currentIndexChanged.connect(lambda _i: self.refresh_overview())
        last_button = QPushButton(QCoreApplication.translate("CollectionWindow", "上年汇总…"), tab)
        last_button.setToolTip(
            QCoreApplication.translate(
                "CollectionWindow", "打开上年的汇总文件：各单位按名称（及更名对照）配上年数"
            )
        )
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
