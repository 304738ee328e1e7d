"""Zoom of the table (Ctrl++ / Ctrl+− / Ctrl+0 and the 视图 menu), remembered for the next start.

Clerks on 1024×768 screens zoom out to see more rows; those with weak eyes zoom in. Only the table
zooms: menus and panels follow the system's size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

STEPS = (70, 80, 90, 100, 110, 125, 150, 175, 200)
NORMAL = 100
_KEY = "view/zoom"


class Zoom:
    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        saved = settings.value(_KEY, NORMAL)
        try:
            value = int(str(saved))
        except ValueError:
            value = NORMAL
        self.percent = value if value in STEPS else NORMAL
        self.editor: Any = None

    def follow(self, editor: Any) -> None:
        """A new report's editor: shown at the current zoom."""
        self.editor = editor
        if self.percent != NORMAL:
            editor.set_zoom(self.percent)

    def zoom_in(self) -> None:
        self._set(next((s for s in STEPS if s > self.percent), STEPS[-1]))

    def zoom_out(self) -> None:
        self._set(next((s for s in reversed(STEPS) if s < self.percent), STEPS[0]))

    def reset(self) -> None:
        self._set(NORMAL)

    def _set(self, percent: int) -> None:
        if percent == self.percent:
            return
        self.percent = percent
        self.settings.setValue(_KEY, percent)
        if self.editor is not None and hasattr(self.editor, "set_zoom"):
            self.editor.set_zoom(percent)
