"""Crash recovery: the open report is copied to a recovery folder, never over the clerk's own file.

Each running session holds a QLockFile beside its recovery file. At the next start, a recovery file whose
lock can be taken belonged to a session that died (crash, kill, power cut): the window offers to restore it.
Writes happen a moment after edits stop (debounced) and at the latest MAX_DELAY_MS after the first unsaved
edit, so the clerk loses at most about 2 seconds, including text typed into a field or a cell editor that
has not been left yet (a snapshot takes it without committing it). A save or a clean close removes the
recovery file. A write that fails is reported through `failed` (never silent).
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from govinfo_desktop.core.document import METADATA_LABELS, ReportDocument
from govinfo_desktop.core.values import InvalidValue
from govinfo_desktop.formats.atomic import SaveError, atomic_write_bytes
from govinfo_desktop.formats.govinfo_file import DocumentFileError, encoded, load_document
from govinfo_desktop.qt.i18n import error_text

METADATA_KEY_PROPERTY = (
    "metadataKey"  # set on the metadata panel's fields: which key each one edits
)
IDLE_DELAY_MS = 700
MAX_DELAY_MS = 2_000
_SUFFIX = ".govinfo"


def default_recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "recovery"


@dataclass
class Orphan:
    """The recovery file of a session that did not end cleanly; we hold its lock until it is dealt with."""

    document_path: Path
    source: Path | None
    written: datetime
    lock: QLockFile

    def load(self) -> ReportDocument:
        return load_document(self.document_path)

    def describe(self, document: ReportDocument) -> str:
        """Whose report this is: unit, year and title, and the file it belongs to (a shared office login
        may hold another clerk's unsaved report)."""
        unit = document.metadata.get("unit", "").strip() or QCoreApplication.translate(
            "autosave", "（未填写填报单位）"
        )
        year = document.metadata.get("year", "").strip() or QCoreApplication.translate(
            "autosave", "（未填写年度）"
        )
        where = (
            str(self.source)
            if self.source
            else QCoreApplication.translate("autosave", "（未保存过的新报表）")
        )
        # The table's title stays as printed on the form: it names the report the clerk will find.
        return QCoreApplication.translate(
            "autosave", "填报单位：{0}\n年度：{1}\n{2}\n文件：{3}"
        ).format(unit, year, document.title(), where)

    def discard(self) -> None:
        for path in (self.document_path, self.document_path.with_suffix(".json")):
            path.unlink(missing_ok=True)
        self.lock.unlock()

    def release(self) -> None:
        """Leave the files for a later start (the lock of a dead session is simply let go)."""
        self.lock.unlock()


def find_orphans(directory: Path) -> list[Orphan]:
    """Recovery files of dead sessions, newest first. Files of sessions still running are left alone."""
    orphans: list[Orphan] = []
    for path in sorted(Path(directory).glob(f"*{_SUFFIX}")):
        lock = QLockFile(str(path.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
        if not lock.tryLock(0):
            continue
        source, written = _read_meta(path)
        orphans.append(Orphan(path, source, written, lock))
    return sorted(orphans, key=lambda orphan: orphan.written, reverse=True)


def _read_meta(path: Path) -> tuple[Path | None, datetime]:
    written = datetime.fromtimestamp(path.stat().st_mtime)
    try:
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    except (OSError, ValueError):
        return None, written
    source = meta.get("source") or None
    return (Path(source) if source else None), written


class RecoverySession(QObject):
    """This run's lock and recovery file, written on a debounce and a maximum-delay timer."""

    failed = Signal(str)  # a recovery write failed: the message names the folder and the reason

    def __init__(self, directory: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        stem = f"session-{os.urandom(6).hex()}"  # (uuid costs 12 ms of start-up)
        self.path = self.directory / f"{stem}{_SUFFIX}"
        self._lock = QLockFile(str(self.directory / f"{stem}.lock"))
        self._lock.setStaleLockTime(
            0
        )  # taken before the first write, not at start-up (costs ~10 ms)
        self._document: ReportDocument | None = None
        self._source: Path | None = None
        self._pending = False
        self.last_error = ""
        self._idle = self._timer(IDLE_DELAY_MS)
        self._deadline = self._timer(MAX_DELAY_MS)
        self._typing: QLineEdit | None = None  # the line edit last typed into, maybe not yet left
        self._app = QApplication.instance()
        if isinstance(self._app, QApplication):
            self._app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, QLineEdit) and not new.property("govinfoAutosave"):
            new.setProperty("govinfoAutosave", True)
            new.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        sender = self.sender()
        if not isinstance(sender, QLineEdit) or self._document is None:
            return
        if getattr(sender, "cell", None) is None and not sender.property(METADATA_KEY_PROPERTY):
            return  # the find bar, a dialog's field: not the report
        if sender is not self._typing:
            self._typing = sender
            sender.destroyed.connect(self._typing_gone)
        self.changed()

    def _typing_gone(self) -> None:
        self._typing = None

    def _timer(self, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.write_now)
        return timer

    def track(self, document: ReportDocument, source: Path | None) -> None:
        """Follow another document (new, opened or restored); the old recovery copy is dropped."""
        self.discard()
        self._document, self._source = document, source

    def set_source(self, source: Path | None) -> None:
        self._source = source

    def changed(self) -> None:
        """An unsaved edit: write soon after the clerk pauses, and within MAX_DELAY_MS regardless."""
        self._pending = True
        self._idle.start()
        if not self._deadline.isActive():
            self._deadline.start()

    def write_now(self) -> bool:
        self._idle.stop()
        self._deadline.stop()
        if not self._pending or self._document is None:
            return True
        document = self._snapshot(self._document)
        meta = {
            "source": str(self._source or ""),
            "title": document.title(),
            "unit": document.metadata.get("unit", ""),
            "year": document.metadata.get("year", ""),
        }
        if not self._lock.isLocked():
            self._lock.tryLock(0)
        try:
            atomic_write_bytes(self.path.with_suffix(".json"), json.dumps(meta).encode("utf-8"))
            atomic_write_bytes(self.path, encoded(document, self.path))
        except SaveError as error:  # a full disk must not stop editing, but the clerk must know
            if str(error) != self.last_error:
                self.failed.emit(error_text(error))
            self.last_error = str(error)
            return False
        self.last_error = ""
        self._pending = False
        return True

    def _snapshot(self, document: ReportDocument) -> ReportDocument:
        """The document plus the text of a field or cell editor typed into and not yet left."""
        edit = self._typing
        if edit is None:
            return document
        try:
            text = edit.text()
            cell = getattr(edit, "cell", None)
            key = edit.property(METADATA_KEY_PROPERTY)
        except RuntimeError:  # the C++ widget is gone
            return document
        copy = replace(document, metadata=dict(document.metadata), values=dict(document.values))
        if cell is not None:
            with contextlib.suppress(InvalidValue, KeyError):
                copy.set_text(cell, text)
        elif key in METADATA_LABELS:
            copy.metadata[key] = text.strip()
        return copy

    def discard(self) -> None:
        """The document is saved (or abandoned on purpose): its recovery copy is no longer needed."""
        self._idle.stop()
        self._deadline.stop()
        self._pending = False
        for path in (self.path, self.path.with_suffix(".json")):
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)

    def close(self) -> None:
        """A clean end of the session: nothing left behind."""
        self.discard()
        self._lock.unlock()
        self._stop_watching()

    def _stop_watching(self) -> None:
        if isinstance(self._app, QApplication):
            with contextlib.suppress(RuntimeError, TypeError):
                self._app.focusChanged.disconnect(self._focus_changed)
            self._app = None
        self._typing = None


def load_recovered(orphan: Orphan) -> ReportDocument | None:
    try:
        return orphan.load()
    except DocumentFileError:
        return None
