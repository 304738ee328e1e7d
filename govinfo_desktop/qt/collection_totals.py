"""The collection window's totals: the node and statuses summed, the result with contributors, the
county's own figures, exports (合计 .govinfo/.xlsx/PDF, 明细表), the overview and last year's collection.
Mixed into CollectionWindow, whose widgets they fill."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox

from govinfo_desktop.core.aggregate import Total, sum_node
from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.lastyear import compare_collections, last_years_units
from govinfo_desktop.core.overview import figure
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt.collection_part import CollectionWindowPart
from govinfo_desktop.qt.collection_words import detail_filter, set_filter, total_filters
from govinfo_desktop.qt.i18n import current_language, file_dialog_options


class TotalActions(CollectionWindowPart):
    collection: Collection
    total: Total | None
    last_units: dict[str, ReportDocument]
    node_box: Any
    include_all: Any
    total_view: Any
    chart: Any
    figure_box: Any
    log: Any

    def current_node(self) -> Node:
        nodes = self.collection.nodes or [Node("全县")]
        node: Node = nodes[max(0, self.node_box.currentIndex())]
        wanted = (
            [UnitStatus.SUBMITTED, UnitStatus.ACCEPTED]
            if self.include_all.isChecked()
            else [UnitStatus.ACCEPTED]
        )
        if node.include != wanted:
            node.include = wanted  # the choice is recorded in the collection file
        return node

    def refresh_total(self) -> Total:
        node = self.current_node()
        self.total = sum_node(self.collection, node)
        self.total_view.show_total(self.total, node.county_figures)
        return self.total

    def set_county_figure(self, cell: CellRef, value: Decimal | None) -> None:
        """The county's own figure for the current node's cell (差额 = own − sum); None clears it."""
        node = self.current_node()
        if value is None:
            node.county_figures.pop(cell, None)
        else:
            node.county_figures[cell] = value
        self._changed()
        self.refresh_total()
        self.total_view.select_cell(cell)

    def refresh_overview(self) -> None:
        name = self.figure_box.currentData() or self.figure_box.currentText()
        before = {unit: figure(document, name) for unit, document in self.last_units.items()}
        self.chart.show_figure(self.collection, name, before, self.figure_box.currentText())

    def last_year_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("上年汇总"), "", set_filter(), options=file_dialog_options()
        )
        if name:
            self.attach_last_year(Path(name))

    def attach_last_year(self, path: Path) -> None:
        """Last year's collection: each unit's last-year figures (by name and renames) and the
        cross-year findings of every unit, listed in the log."""
        from govinfo_desktop.formats.collection_file import (  # noqa: PLC0415
            CollectionFileError,
            load_collection,
        )

        try:
            last = load_collection(path)
        except CollectionFileError as error:
            QMessageBox.warning(self, self.tr("上年汇总"), str(error))
            return
        self.last_units = last_years_units(self.collection, last)
        language = current_language()
        for unit, result in compare_collections(self.collection, last).items():
            texts = [i.render(language) for i in result.issues]
            texts += [n.render(language) for n in result.notices]
            for text in texts:
                self.log.addItem(self.tr("{0}：{1}").format(unit, text))
        self.refresh_overview()

    def export_total_dialog(self) -> None:
        with_overview = self.tr("PDF，表后加汇总概览页 (*.pdf)")
        filters = ";;".join([*total_filters(), with_overview])
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("导出合计"), "", filters, options=file_dialog_options()
        )
        if name:
            self.export_total(Path(name), overview=chosen == with_overview)

    def export_total(self, path: Path, overview: bool = False) -> None:
        """The node's total as .govinfo/.xlsx/PDF; a PDF with `overview` ends with the overview page."""
        total = self.refresh_total()
        try:
            if path.suffix.lower() == ".pdf":
                from govinfo_desktop.formats.pdf.document import write_pdf  # noqa: PLC0415

                appendix = self._overview_page() if overview else []
                write_pdf(total.document, path, findings=total.findings, appendix=appendix)
            else:
                from govinfo_desktop.formats.writing import write_output  # noqa: PLC0415

                write_output(total.document, path)
        except (OSError, ValueError) as error:
            QMessageBox.warning(self, self.tr("导出合计"), str(error))

    def _overview_page(self) -> list[Any]:
        from govinfo_desktop.core.overview import node_overview  # noqa: PLC0415
        from govinfo_desktop.formats.pdf.overview_page import overview_flowables  # noqa: PLC0415

        return overview_flowables(
            node_overview(self.collection, self.current_node(), self.last_units)
        )

    def export_detail_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出明细表"), "", detail_filter(), options=file_dialog_options()
        )
        if name:
            self.export_detail(Path(name))

    def export_detail(self, path: Path) -> None:
        from govinfo_desktop.formats.detail_export import write_detail  # noqa: PLC0415

        total = self.refresh_total()
        reports = [(name, doc) for name, doc in total.reports]
        try:
            write_detail(total, reports, path)
        except OSError as error:
            QMessageBox.warning(self, self.tr("导出明细表"), str(error))
