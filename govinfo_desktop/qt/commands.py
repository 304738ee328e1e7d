"""Undo commands: every change to a report goes through one of these, pushed on the editor's QUndoStack.

A command holds the session's `Edit` (the values before and after, recorded when it is made) and asks
the session to apply one side, so undo restores exactly what was there; a paste or a fix is one command
however many cells it touches (one undo step, one re-check). Commands know their editor only through
the small `EditTarget` interface.
"""

from __future__ import annotations

import weakref
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from govinfo_desktop.core.culprit import Fix
from govinfo_desktop.core.session import Edit, ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import format_number, format_value


class EditTarget(Protocol):
    """What a command needs of the editor: the session, and a way to show the cell it changed."""

    session: ReportSession

    def select_cell(self, cell: CellRef) -> None: ...

    def describe_cell(self, cell: CellRef) -> str: ...


_translate = (
    QCoreApplication.translate
)  # called with literal texts so that pyside6-lupdate finds them


class CellsCommand(QUndoCommand):
    """Set several cells at once; the base of the cell commands below."""

    def __init__(self, editor: EditTarget, edit: Edit, text: str) -> None:
        super().__init__(text)
        self.editor = weakref.proxy(editor)  # the stack lives inside the editor: no cycle
        self.session = editor.session
        self.edit = edit
        self._first = True

    def redo(self) -> None:
        self.session.apply(self.edit)
        if not self._first:  # an undone change coming back: show where
            self.editor.select_cell(self.edit.first_cell)
        self._first = False

    def undo(self) -> None:
        self.session.revert(self.edit)
        self.editor.select_cell(self.edit.first_cell)


class SetCellCommand(CellsCommand):
    def __init__(self, editor: EditTarget, edit: Edit) -> None:
        cell, value = next(iter(edit.after.items()))
        label = editor.describe_cell(cell)
        if value is None:
            text = QCoreApplication.translate("commands", "清除“%1”").replace("%1", label)
        else:
            text = (
                QCoreApplication.translate("commands", "“%1”填入 %2")
                .replace("%1", label)
                .replace("%2", format_value(value))
            )
        super().__init__(editor, edit, text)


class PasteCommand(CellsCommand):
    def __init__(self, editor: EditTarget, edit: Edit) -> None:
        text = QCoreApplication.translate("commands", "粘贴 %1 个单元格").replace(
            "%1", str(len(edit.after))
        )
        super().__init__(editor, edit, text)


class ClearCellsCommand(CellsCommand):
    def __init__(self, editor: EditTarget, edit: Edit) -> None:
        text = QCoreApplication.translate("commands", "清除 %1 个单元格").replace(
            "%1", str(len(edit.after))
        )
        super().__init__(editor, edit, text)


class ApplyFixCommand(CellsCommand):
    """“填入合计 X” (a total gets the sum of its parts) or “改为 X” (the culprit cell of several
    failing relations gets the value that makes them hold)."""

    def __init__(self, editor: EditTarget, fix: Fix, edit: Edit) -> None:
        super().__init__(editor, edit, fix_label(fix, editor.describe_cell(fix.cell)))


class OverrideCommand(CellsCommand):
    """Type over a computed total (运算公式 off), or give it back to the sum of its parts."""

    def __init__(self, editor: EditTarget, edit: Edit) -> None:
        cell, on = next(iter(edit.override_after.items()))
        label = editor.describe_cell(cell)
        if on:
            text = QCoreApplication.translate("commands", "改为手工填写“%1”").replace("%1", label)
        else:
            text = QCoreApplication.translate("commands", "“%1”恢复自动合计").replace("%1", label)
        super().__init__(editor, edit, text)


def metadata_label(key: str) -> str:
    """The field's label in the UI language (literal calls so that lupdate finds them)."""
    labels = {
        "unit": QCoreApplication.translate("metadata", "填报单位"),
        "scope": QCoreApplication.translate("metadata", "统计范围"),
        "year": QCoreApplication.translate("metadata", "年度"),
        "head": QCoreApplication.translate("metadata", "单位负责人"),
        "preparer": QCoreApplication.translate("metadata", "填表人"),
        "phone": QCoreApplication.translate("metadata", "联系电话"),
        "date": QCoreApplication.translate("metadata", "填报日期"),
    }
    return labels.get(key, key)


def fix_label(fix: Fix, place: str = "") -> str:
    if fix.culprit:
        return (
            QCoreApplication.translate("commands", "改为 %1（%2）")
            .replace("%1", format_number(fix.value))
            .replace("%2", place or str(fix.cell))
        )
    return QCoreApplication.translate("commands", "填入合计 %1").replace(
        "%1", format_number(fix.value)
    )


class SetMetadataCommand(QUndoCommand):
    def __init__(self, session: ReportSession, key: str, value: str) -> None:
        label = metadata_label(key)
        super().__init__(QCoreApplication.translate("commands", "修改%1").replace("%1", label))
        self.session = session
        self.key = key
        self.after = value
        self.before = session.document.metadata.get(key, "")

    def redo(self) -> None:
        self.session.set_metadata(self.key, self.after)

    def undo(self) -> None:
        self.session.set_metadata(self.key, self.before)
