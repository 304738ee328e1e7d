"""The collection window's Qt event handlers, which live in its mixins (collection_files,
collection_import_actions): closing a changed collection asks first, a drop of files imports them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

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


def test_open_collection_gets_a_window_of_its_own(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    from govinfo_desktop.formats.collection_file import save_collection  # noqa: PLC0415

    other = Collection.county(2022, "national-2021")
    save_collection(other, tmp_path / "2022.govinfo-set")
    window = _window(qtbot)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "2022.govinfo-set"), "")
    )
    window.open_dialog()
    opened = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, CollectionWindow) and w is not window and w.collection.year == 2022
    ]
    assert len(opened) == 1 and opened[0].path == tmp_path / "2022.govinfo-set"
    qtbot.addWidget(opened[0])
