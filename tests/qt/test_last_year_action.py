"""文件 → 上年报表…: remembered in the file, the 上年结转 pre-fill as one undo step, findings listed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from govinfo_desktop.core.lastyear import link
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from govinfo_desktop.qt import last_year
from govinfo_desktop.qt.editor import ReportEditor
from tests.helpers import consistent_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


class Host:
    """The two things the action needs of the window."""

    def __init__(self, editor: ReportEditor, path: Path) -> None:
        self.editor, self.file_path = editor, path


def test_attach_remembers_prefills_and_lists(qtbot, tmp_path: Path, monkeypatch) -> None:
    this, last = consistent_document("national-2021", 1), consistent_document("national-2021", 2)
    this.metadata["year"], last.metadata["year"] = "2023", "2022"
    for column in this.table.columns_for("t3_carried"):
        del this.values[CellRef("t3_carried", column.id)]
    save_document(last, tmp_path / "2022.govinfo")
    editor = ReportEditor(this)
    qtbot.addWidget(editor)
    shown: list = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(last_year, "show_findings", lambda w, r, p: shown.append(r))
    result = last_year.attach(Host(editor, tmp_path / "2023.govinfo"), tmp_path / "2022.govinfo")
    carried = CellRef("t3_carried", "total")
    assert this.values[carried] == last.values[CellRef("t3_next", "total")]
    assert editor.undo_stack.count() == 1 and "上年结转" in editor.undo_stack.undoText()
    assert not editor.undo_stack.isClean()
    assert result is not None and shown == [result]
    assert not [i for i in result.issues if i.code == "X-CARRY"]
    assert link(this)["file"] == str(tmp_path / "2022.govinfo")
    save_document(this, tmp_path / "2023.govinfo")
    assert link(load_document(tmp_path / "2023.govinfo")) == link(this)
    assert last_year.remembered(this, tmp_path / "2023.govinfo") == tmp_path / "2022.govinfo"
    model = editor.models[1]  # table 三
    index = model.index_for_cell(CellRef("t3_new", "total"))
    last_text = f"上年：{last.values[CellRef('t3_new', 'total')]:,}"
    assert last_text in model.data(index, Qt.ItemDataRole.ToolTipRole)
    editor.undo_stack.undo()
    assert this.values.get(carried) is None
