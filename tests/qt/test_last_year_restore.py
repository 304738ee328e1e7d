"""Opening a report that remembers its last year loads it again, quietly; a lost file is a notice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from govinfo_desktop.core.lastyear import set_link
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.govinfo_file import save_document
from govinfo_desktop.qt import dialogs
from govinfo_desktop.qt.main_window import EditorParts
from tests.helpers import consistent_document
from tests.qt.shell_support import make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
NEW_TOTAL = CellRef("t3_new", "total")


def reports(folder: Path, last_name: str = "2022.govinfo") -> tuple[Path, object]:
    this, last = consistent_document("national-2021", 1), consistent_document("national-2021", 2)
    this.metadata["year"], last.metadata["year"] = "2023", "2022"
    save_document(last, folder / "2022.govinfo")
    set_link(this, last_name)  # relative: beside the report
    save_document(this, folder / "2023.govinfo")
    return folder / "2023.govinfo", last


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))
    for name in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: pytest.fail("a dialog was shown"))
    window = make_window(qtbot, tmp_path / "settings", EditorParts.real())
    window.start(None)
    window.errors = errors
    return window


def test_opening_loads_the_remembered_last_year(window, qtbot, tmp_path: Path) -> None:
    path, last = reports(tmp_path)
    assert window.files.open_path(path)
    model = window.editor.models[1]  # table 三
    qtbot.waitUntil(lambda: bool(model.last_year), timeout=3000)
    index = model.index_for_cell(NEW_TOTAL)
    shown = index.siblingAtColumn(model.last_year_column(index.column() - 2)).data()
    assert shown == f"{last.values[NEW_TOTAL]:,}"
    assert window.errors == [] and window.editor.undo_stack.isClean()


def test_a_missing_last_year_is_a_notice_not_an_error(window, qtbot, tmp_path: Path) -> None:
    path, _ = reports(tmp_path, last_name="已删除.govinfo")
    assert window.files.open_path(path)
    editor = window.editor
    qtbot.waitUntil(
        lambda: editor._notice is not None and not editor.notice.isHidden(), timeout=3000
    )
    assert "已删除.govinfo" in editor.notice.label.text()
    assert window.errors == [] and not editor.models[1].last_year
    assert editor.models[1].columnCount() == 2 + editor.models[1].value_count
