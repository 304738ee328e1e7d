"""The collection window's three tabs — 单位 (the board), 汇总结果 (the summed table) and 概览 (the
chart) — built onto the window, whose actions their buttons call. Words keep the window's context."""

from __future__ import annotations

from typing import TYPE_CHECKING

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

from govinfo_desktop.core.overview import figure_names
from govinfo_desktop.qt.board_model import FILTERS
from govinfo_desktop.qt.collection_words import figure_text, filter_text
from govinfo_desktop.qt.overview_chart import OverviewChart
from govinfo_desktop.qt.total_view import TotalView

if TYPE_CHECKING:
    from govinfo_desktop.qt.collection_window import CollectionWindow


def board_tab(window: CollectionWindow) -> QWidget:
    """单位: the filters, the search, the unit actions, the board and the intake log."""
    tab = QWidget(window)
    window.filter_buttons = QButtonGroup(tab)
    bar = QHBoxLayout()
    for number, name in enumerate(FILTERS):
        button = QToolButton(tab)
        button.setText(filter_text(name))
        button.setCheckable(True)
        button.setChecked(number == 0)
        button.setObjectName(f"filter_{name}")
        window.filter_buttons.addButton(button, number)
        bar.addWidget(button)
    window.filter_buttons.idClicked.connect(
        lambda number: window.proxy.set_filter(list(FILTERS)[number])
    )
    window.search = QLineEdit(tab)
    window.search.setPlaceholderText(
        QCoreApplication.translate("CollectionWindow", "按单位名称筛选")
    )
    window.search.setClearButtonEnabled(True)
    window.search.textChanged.connect(window.proxy.set_text)
    bar.addWidget(window.search, 1)
    for text, slot in (
        (QCoreApplication.translate("CollectionWindow", "导入文件…"), window.import_files_dialog),
        (
            QCoreApplication.translate("CollectionWindow", "导入文件夹…"),
            window.import_folder_dialog,
        ),
        (QCoreApplication.translate("CollectionWindow", "标签…"), window.tag_selected_dialog),
        (QCoreApplication.translate("CollectionWindow", "通过"), window.accept_selected),
        (QCoreApplication.translate("CollectionWindow", "退回意见…"), window.return_selected),
    ):
        action_button = QPushButton(text, tab)
        action_button.clicked.connect(slot)
        bar.addWidget(action_button)
    window.table = QTableView(tab)
    window.table.setModel(window.proxy)
    window.table.setSortingEnabled(True)
    window.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    window.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    window.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    window.table.verticalHeader().setDefaultSectionSize(24)
    window.table.verticalHeader().hide()
    header = window.table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    window.table.doubleClicked.connect(window.open_unit)
    window.log = QListWidget(tab)
    window.log.setObjectName("intake_log")
    window.log.setMaximumHeight(140)  # the board gets the room; the log scrolls
    splitter = QSplitter(Qt.Orientation.Vertical, tab)
    splitter.addWidget(window.table)
    splitter.addWidget(window.log)
    splitter.setStretchFactor(0, 4)
    splitter.setStretchFactor(1, 1)
    layout = QVBoxLayout(tab)
    layout.addLayout(bar)
    layout.addWidget(splitter, 1)
    return tab


def total_tab(window: CollectionWindow) -> QWidget:
    """汇总结果: the node, whether 已报 units are summed too, exports, and the summed table."""
    tab = QWidget(window)
    window.node_box = QComboBox(tab)
    window.node_box.currentIndexChanged.connect(lambda _i: window.refresh_total())
    window.include_all = QCheckBox(
        QCoreApplication.translate("CollectionWindow", "也汇总已报未审核的单位"), tab
    )
    window.include_all.toggled.connect(lambda _on: window.refresh_total())
    bar = QHBoxLayout()
    bar.addWidget(QLabel(QCoreApplication.translate("CollectionWindow", "汇总："), tab))
    bar.addWidget(window.node_box)
    bar.addWidget(window.include_all)
    bar.addStretch(1)
    for text, slot in (
        (QCoreApplication.translate("CollectionWindow", "导出合计…"), window.export_total_dialog),
        (
            QCoreApplication.translate("CollectionWindow", "导出明细表…"),
            window.export_detail_dialog,
        ),
    ):
        button = QPushButton(text, tab)
        button.clicked.connect(slot)
        bar.addWidget(button)
    window.total_view = TotalView(tab)
    window.total_view.countyFigureEdited.connect(window.set_county_figure)
    layout = QVBoxLayout(tab)
    layout.addLayout(bar)
    layout.addWidget(window.total_view, 1)
    window._fill_nodes()
    return tab


def overview_tab(window: CollectionWindow) -> QWidget:
    """概览: the chart of one main figure per unit, with last year's collection beside it."""
    tab = QWidget(window)
    window.figure_box = QComboBox(tab)
    for name in figure_names(window.collection.table_id):
        window.figure_box.addItem(figure_text(name), name)  # shown in the clerk's language
    window.figure_box.currentIndexChanged.connect(lambda _i: window.refresh_overview())
    last_button = QPushButton(QCoreApplication.translate("CollectionWindow", "上年汇总…"), tab)
    last_button.setToolTip(
        QCoreApplication.translate(
            "CollectionWindow", "打开上年的汇总文件：各单位按名称（及更名对照）配上年数"
        )
    )
    last_button.clicked.connect(window.last_year_dialog)
    window.chart = OverviewChart(tab)
    scroll = QScrollArea(tab)
    scroll.setWidgetResizable(True)
    scroll.setWidget(window.chart)
    bar = QHBoxLayout()
    bar.addWidget(window.figure_box)
    bar.addWidget(last_button)
    bar.addStretch(1)
    layout = QVBoxLayout(tab)
    layout.addLayout(bar)
    layout.addWidget(scroll, 1)
    return tab
