"""Reading units' files for the collection window off the GUI thread: a worker in a QThread reads (in a
process pool when there are many files, 2 cores being the norm), reports each result and the progress,
and stops between files when cancelled. Results are taken into the collection on the GUI thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from govinfo_desktop.formats.collect_read import expand_inputs, read_unit_files


class ImportWorker(QObject):
    fileRead = Signal(object)  # noqa: N815 - a UnitFile or an Unreadable
    progress = Signal(int, int)
    done = Signal(bool)  # True when it ran to the end, False when cancelled

    def __init__(self, inputs: list[Path]) -> None:
        super().__init__()
        self.inputs = inputs
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        paths = expand_inputs(self.inputs)
        self.progress.emit(0, len(paths))
        # One process: forking the window's process (Qt, its threads) for workers is not worth the risk.
        workers = 1

        def keep_going(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self._cancel.is_set()

        count = 0
        for result in read_unit_files(paths, workers=workers, progress=keep_going):
            self.fileRead.emit(result)
            count += 1
        self.done.emit(count == len(paths) and not self._cancel.is_set())


class ImportJob(QObject):
    """A worker and its thread, cleaned up when it ends."""

    def __init__(self, inputs: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_thread = QThread(self)  # not `thread`: that is QObject.thread()
        self.worker = ImportWorker(inputs)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.run)
        self.worker.done.connect(self.worker_thread.quit)
        self.worker_thread.finished.connect(self.worker.deleteLater)

    def start(self) -> None:
        self.worker_thread.start()

    def cancel(self) -> None:
        self.worker.cancel()

    def wait(self, milliseconds: int = 30000) -> bool:
        return bool(self.worker_thread.wait(milliseconds))
