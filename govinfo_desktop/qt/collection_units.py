"""The collection window's actions on selected units: 通过, tags, 退回意见 (PDF, status 退回), and the
read-only view of a unit's report. Mixed into CollectionWindow, whose board, proxy and log they use."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from govinfo_desktop.core.collection import Unit, UnitStatus
from govinfo_desktop.qt.collection_part import CollectionWindowPart
from govinfo_desktop.qt.i18n import file_dialog_options


class UnitActions(CollectionWindowPart):
    board: Any
    proxy: Any
    log: Any

    def accept_selected(self) -> None:
        for unit in self.selected_units():
            if unit.latest is not None:
                unit.set_status(UnitStatus.ACCEPTED)
                self.board.unit_changed(unit)
        self._changed()

    def tag_selected_dialog(self) -> None:
        units = self.selected_units()
        if not units:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("标签"),
            self.tr("所选单位的标签（用“、”分开，如 县本级、街道）："),
            text="、".join(units[0].tags),
        )
        if ok:
            self.set_tags(units, text)

    def set_tags(self, units: list[Unit], text: str) -> None:
        """The tags that decide which totals (县本级, 乡镇合计 …) a unit belongs to."""
        tags = [tag.strip() for tag in text.replace(",", "、").replace("，", "、").split("、")]
        for unit in units:
            unit.tags = [tag for tag in tags if tag]
            self.board.unit_changed(unit)
        self._changed()

    def return_selected(self) -> None:
        units = [unit for unit in self.selected_units() if unit.latest is not None]
        if not units:
            return
        remark, ok = QInputDialog.getText(
            self, self.tr("退回意见"), self.tr("其他意见（可不填）：")
        )
        if not ok:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("退回意见 PDF 保存到"), options=file_dialog_options()
        )
        if folder:
            self.write_returns(units, Path(folder), remark)

    def write_returns(self, units: list[Unit], folder: Path, remark: str = "") -> list[Path]:
        from govinfo_desktop.formats.return_pdf import send_back  # noqa: PLC0415 - reportlab

        written = []
        for unit in units:
            path = folder / f"退回意见-{unit.name}.pdf"
            send_back(unit, path, remark, docx=True)  # the .docx beside it, to edit before sending
            self.board.unit_changed(unit)
            self.log.addItem(self.tr("已写退回意见：{0}（及 .docx）").format(path))
            written.append(path)
        self._changed()
        return written

    def open_unit(self, index: QModelIndex) -> None:
        unit = self.proxy.unit_at(index)
        if unit.latest is None:
            return
        from govinfo_desktop.qt.unit_viewer import UnitViewer  # noqa: PLC0415

        viewer = UnitViewer(unit, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.show()
