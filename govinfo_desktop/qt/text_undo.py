"""The 正文 tab's undo step: the text before and after as JSON snapshots, on the window's undo stack (so
保存 knows the report changed); typing in a row merges into one step."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

_MERGE_ID = 7301


class SnapshotPage(Protocol):
    """What the step needs of the tab (qt.text_tab; named so, without importing it: no cycle)."""

    def restore(self, snapshot: str) -> None: ...


class TextEditCommand(QUndoCommand):
    """One undo step of the text: typing in a row merges into one step."""

    def __init__(self, tab: SnapshotPage, before: str, after: str) -> None:
        super().__init__(QCoreApplication.translate("ReportTextTab", "编辑正文"))
        self.tab, self.before, self.after = tab, before, after
        self._first = True

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextEditCommand) or other.tab is not self.tab:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:  # pushed after the edit was made: nothing to do the first time
            self._first = False
            return
        self.tab.restore(self.after)

    def undo(self) -> None:
        self.tab.restore(self.before)
