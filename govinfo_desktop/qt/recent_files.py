"""The 最近打开 list: at most eight paths, newest first, kept in the settings and pruned of missing files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

MAX_RECENT = 8
_KEY = "recent_files"


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """The remembered files that still exist, newest first (missing ones are forgotten)."""
        stored = self._stored()
        present = [path for path in stored if path.is_file()]
        if present != stored:
            self._store(present)
        return present

    def add(self, path: Path) -> None:
        path = Path(path).resolve()
        rest = [known for known in self._stored() if known != path]
        self._store([path, *rest][:MAX_RECENT])

    def remove(self, path: Path) -> None:
        path = Path(path).resolve()
        self._store([known for known in self._stored() if known != path])

    def clear(self) -> None:
        self._store([])

    def _stored(self) -> list[Path]:
        raw = self._settings.value(_KEY, [])
        if isinstance(raw, str):  # QSettings gives a lone string for a one-element list
            raw = [raw]
        items = raw if isinstance(raw, list) else []
        return [Path(str(item)) for item in items if str(item)]

    def _store(self, paths: list[Path]) -> None:
        # No sync(): it costs ~20 ms at start-up; QSettings writes the file itself once idle or on exit.
        self._settings.setValue(_KEY, [str(path) for path in paths])
