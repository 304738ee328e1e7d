"""Hooks for tests and the start-up benchmark, switched on by environment variables only.

GOVINFO_DESKTOP_EXIT_WHEN_SHOWN=1   once the window is painted, print one JSON line (time since process
                                    start, CPU time, resident memory, whether openpyxl/reportlab were imported,
                                    our modules loaded by the first paint), quit.
GOVINFO_DESKTOP_TEST_EDITS=<json>   after start, apply [[metadata key, value], …] through the editor
                                    (undoable, like a clerk typing), then print "edited". Used to test
                                    crash recovery by killing a real process. Harmless: it only fills fields.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

EXIT_WHEN_SHOWN = "GOVINFO_DESKTOP_EXIT_WHEN_SHOWN"
TEST_EDITS = "GOVINFO_DESKTOP_TEST_EDITS"


def install(window: Any) -> None:
    if os.environ.get(TEST_EDITS):
        edits = json.loads(os.environ[TEST_EDITS])
        QTimer.singleShot(0, lambda: _apply_edits(window, edits))
    if os.environ.get(EXIT_WHEN_SHOWN):
        watcher = _FirstPaint(window)
        window.installEventFilter(watcher)


def _apply_edits(window: Any, edits: list[list[str]]) -> None:
    for key, value in edits:
        window.editor.set_metadata(key, value)
    print("edited", flush=True)


class _FirstPaint(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Queued before what the window defers past its first paint (this filter, installed
            # last, sees the Paint first), so the report's module list is the first paint's.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        report = {
            "seconds_since_start": round(_process_age(), 4),
            "title": self.window.windowTitle(),
            "table": self.window.document().table_id,
            "cpu_seconds": round(time.process_time(), 4),  # less disturbed by a busy machine
            "rss_mb": round(_rss_mb(), 1),
            "openpyxl": "openpyxl" in sys.modules,
            "reportlab": "reportlab" in sys.modules,
            "modules": sorted(name for name in sys.modules if _watched(name)),
        }
        print(json.dumps(report), flush=True)
        QApplication.exit(0)  # not quit(): that asks a modified report "save changes?" first


# Ours, and the few standard modules the start path keeps away from the first paint.
_STANDARD_WATCHED = frozenset(
    {"html", "logging.handlers", "openpyxl", "reportlab", "subprocess", "tomllib"}
)


def _watched(name: str) -> bool:
    return name.startswith("govinfo_desktop") or name in _STANDARD_WATCHED


def _process_age() -> float:
    """Seconds since the kernel started this process (Linux); else since this module was imported."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        start_ticks = int(fields[19])
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.perf_counter() - _IMPORTED


def _rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


_IMPORTED = time.perf_counter()
