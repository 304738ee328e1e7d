"""The collection window's file actions: open another collection, save (atomically, as .govinfo-set),
save as, and the question on close. Mixed into CollectionWindow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from govinfo_desktop.core.collection import Collection
from govinfo_desktop.qt.collection_part import CollectionWindowPart
from govinfo_desktop.qt.collection_words import set_filter
from govinfo_desktop.qt.i18n import file_dialog_options


class CollectionFileActions(CollectionWindowPart):
    collection: Collection
    path: Path | None
    modified: bool
    job: Any

    def open_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("打开汇总"), "", set_filter(), options=file_dialog_options()
        )
        if name:
            self.open_another(Path(name))

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
        # The title has its own context: the window's "汇总" is the menu's ("&Collection").
        title = QCoreApplication.translate("CollectionFileActions", "汇总")
        return QMessageBox.question(
            self,
            title,
            self.tr("汇总已更改，是否保存？"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
