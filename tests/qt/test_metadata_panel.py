"""The metadata panel: fields show the report's metadata, edits are undoable and flow back on undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from govinfo_desktop.core.document import SCOPE_CHOICES
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.metadata_panel import MetadataPanel
from tests.helpers import seed_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def panel(qtbot) -> MetadataPanel:
    editor = ReportEditor(seed_document())
    qtbot.addWidget(editor)
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    return panel


def test_fields_show_metadata(panel: MetadataPanel) -> None:
    assert list(panel.fields) == ["unit", "scope", "year", "head", "preparer", "phone", "date"]
    assert panel.fields["unit"].text() == "岳阳县人民政府"
    assert panel.fields["scope"].text() == "本级政府"
    assert panel.fields["year"].text() == "2017"
    assert [panel.scope.itemText(i) for i in range(panel.scope.count())] == list(SCOPE_CHOICES)


def test_typing_a_field_is_one_undo_step(qtbot, panel: MetadataPanel) -> None:
    editor = panel.editor
    assert editor is not None
    field = panel.fields["preparer"]
    field.insert("张三")  # QTest.keyClicks aborts on non-Latin-1 text
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert editor.document.metadata["preparer"] == "张三"
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "修改填表人"
    editor.undo_stack.undo()
    assert "preparer" not in editor.document.metadata
    assert field.text() == ""
    editor.undo_stack.redo()
    assert field.text() == "张三"


def test_picking_a_scope_sets_it(panel: MetadataPanel) -> None:
    editor = panel.editor
    assert editor is not None
    panel.scope.setCurrentIndex(SCOPE_CHOICES.index("全县汇总"))
    panel.scope.textActivated.emit("全县汇总")
    assert editor.document.metadata["scope"] == "全县汇总"
    editor.undo_stack.undo()
    assert editor.document.metadata["scope"] == "本级政府"
    assert panel.fields["scope"].text() == "本级政府"


def test_set_editor_shows_the_other_report(qtbot, panel: MetadataPanel) -> None:
    document = seed_document()
    document.metadata["unit"] = "华容县人民政府"
    other = ReportEditor(document)
    qtbot.addWidget(other)
    panel.set_editor(other)
    assert panel.fields["unit"].text() == "华容县人民政府"


def test_a_year_of_another_format_is_marked_with_the_right_one(panel: MetadataPanel) -> None:
    assert panel.year_notice is None  # 2017 on the 2014 form
    editor = panel.editor
    assert editor is not None
    editor.set_metadata("year", "2022")
    assert panel.year_notice is not None and panel.year_notice.code == "notice.year_other_format"
    assert "2021年版" in panel.fields["year"].toolTip()
    editor.set_metadata("year", "3017")
    assert panel.year_notice is not None and panel.year_notice.code == "notice.year_invalid"
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert panel.year_notice is None and panel.fields["year"].toolTip() == ""


def test_traditional_metadata_is_offered_in_simplified_form(qtbot) -> None:
    document = seed_document()
    document.metadata["unit"] = "嶽陽縣人民政府"
    editor = ReportEditor(document)
    qtbot.addWidget(editor)
    panel = MetadataPanel(editor)
    qtbot.addWidget(panel)
    offer = panel.offers["unit"]
    assert not offer.isHidden() and "岳阳县人民政府" in offer.text()
    assert panel.offers["scope"].isHidden()  # 本级政府 needs nothing
    assert (
        panel.fields["unit"].text() == "嶽陽縣人民政府"
    )  # the original stays until the clerk acts
    offer.linkActivated.emit("岳阳县人民政府")
    assert document.metadata["unit"] == "岳阳县人民政府"
    assert offer.isHidden()
    editor.undo_stack.undo()  # the clerk may keep the original after all
    assert document.metadata["unit"] == "嶽陽縣人民政府" and not offer.isHidden()
