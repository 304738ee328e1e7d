"""A minimal stand-in for the editor widgets, so the window shell is tested on its own terms."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.qt.main_window import EditorParts, MainWindow


class _SetMetadata(QUndoCommand):
    def __init__(self, editor: FakeEditor, key: str, value: str) -> None:
        super().__init__(f"填写 {key}")
        self.editor, self.key, self.value = editor, key, value
        self.previous = editor.document.metadata.get(key, "")

    def redo(self) -> None:
        self.editor.document.metadata[self.key] = self.value
        self.editor.findingsChanged.emit()

    def undo(self) -> None:
        self.editor.document.metadata[self.key] = self.previous
        self.editor.findingsChanged.emit()


class FakeEditor(QWidget):
    findingsChanged = Signal()  # noqa: N815 - the editor's signal name

    def __init__(self, document: ReportDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.undo_stack = QUndoStack(self)
        self.find_shown = 0

    def findings(self) -> Findings:
        return self.document.validator.check(self.document.values)

    def set_metadata(self, key: str, value: str) -> None:
        self.undo_stack.push(_SetMetadata(self, key, value))

    def show_find(self) -> None:
        self.find_shown += 1


class FakePanel(QWidget):
    def __init__(self, editor: QWidget) -> None:
        super().__init__()
        self.editor = editor
        self.english = (
            QCoreApplication.translate("MainWindow", "问题") != "问题"
        )  # built in English?

    def set_editor(self, editor: QWidget) -> None:
        self.editor = editor


FAKE_PARTS = EditorParts(FakeEditor, FakePanel, FakePanel)


def make_window(qtbot, tmp_path: Path, parts: EditorParts = FAKE_PARTS) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=tmp_path / "recovery", parts=parts)
    qtbot.addWidget(window, before_close_func=_forget_changes)
    return window


def _forget_changes(window: MainWindow) -> None:
    """At the end of a test, closing must not ask about unsaved changes (a real dialog would block)."""
    if window.editor is not None:
        window.editor.undo_stack.setClean()
