"""The collection window's intake: files, a folder or a drop read in a thread (progress, cancel), each
taken into the collection with its notices in the log. Mixed into CollectionWindow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from govinfo_desktop.core.collect_intake import probable_copies, take_in
from govinfo_desktop.core.collection import Collection
from govinfo_desktop.formats.collect_read import UnitFile, Unreadable
from govinfo_desktop.qt.collection_import import ImportJob
from govinfo_desktop.qt.collection_part import CollectionWindowPart
from govinfo_desktop.qt.collection_words import unit_filter
from govinfo_desktop.qt.i18n import current_language, file_dialog_options


class ImportActions(CollectionWindowPart):
    collection: Collection
    job: ImportJob | None
    modified: bool
    board: Any
    log: Any
    progress: Any
    cancel_button: Any

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
            self.log.addItem(notice.render(current_language()))
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
            self.log.addItem(notice.render(current_language()))
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
