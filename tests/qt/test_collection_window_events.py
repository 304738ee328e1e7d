"""The collection window's Qt event handlers, which live in its mixins (collection_files,
collection_import_actions): closing a changed collection asks first, a drop of files imports them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from govinfo_desktop.core.collection import Collection
from govinfo_desktop.qt import i18n
from govinfo_desktop.qt.collection_window import CollectionWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot) -> CollectionWindow:
    window = CollectionWindow(Collection.county(2023, "national-2021"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_closing_a_changed_collection_asks_and_cancel_keeps_it_open(qtbot, monkeypatch) -> None:
    window = _window(qtbot)
    window.modified = True
    asked: list[str] = []

    def question(_parent, title, _text, _buttons):
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not window.close()
    assert asked == ["汇总"] and window.isVisible()
    i18n.apply_language(i18n.ENGLISH)
    try:
        assert not window.close()
    finally:
        i18n.apply_language(i18n.CHINESE)
    assert asked[-1] == "Collection"  # a dialog title, not the menu's "&Collection"
    window.modified = False
    assert window.close()


def test_dropped_files_are_imported(qtbot, monkeypatch, tmp_path: Path) -> None:
    window = _window(qtbot)
    imported: list[list[Path]] = []
    monkeypatch.setattr(window, "import_paths", imported.append)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "县教育局.xlsx"))])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)  # (Qt delivers a Drop only inside a real drag; close() shows dispatch)
    assert event.isAccepted()
    assert imported == [[tmp_path / "县教育局.xlsx"]]
