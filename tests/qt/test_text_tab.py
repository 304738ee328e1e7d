"""The 正文 tab: fixed headings, rich text saved with the report, fields that follow the table, live
findings in the problems panel, undo through the window's stack."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_fields import BLANK_MARK
from govinfo_desktop.core.text_model import FieldRef, Paragraph, ReportText, store_text, text_of
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.problems_panel import ProblemsPanel
from govinfo_desktop.qt.text_convert import BLANK_TINT, read
from tests.core.text_helpers import document_2021

NEW = CellRef("t3_new", "total")


def _editor(qtbot, document=None) -> ReportEditor:
    editor = ReportEditor(document or document_2021())
    qtbot.addWidget(editor)
    return editor


def test_tab_shows_the_formats_headings_and_keeps_text_in_the_document(qtbot) -> None:
    editor = _editor(qtbot)
    page = editor.show_text()
    assert editor.tabs.currentWidget() is page
    assert list(page.boxes) == ["overview", "problems", "other"]  # 二–四 are the tables
    page.boxes["problems"].setPlainText("网站栏目更新慢。")
    page.commit()
    assert (
        text_of(editor.document).section("problems").paragraphs[0].runs[0].text
        == "网站栏目更新慢。"
    )
    assert editor.undo_stack.count() == 1
    editor.undo_stack.undo()
    assert page.boxes["problems"].toPlainText() == ""
    editor.undo_stack.redo()
    assert page.boxes["problems"].toPlainText() == "网站栏目更新慢。"


def test_field_follows_table_edits_and_shows_blank(qtbot) -> None:
    editor = _editor(qtbot)
    page = editor.show_text()
    page.boxes["overview"].setPlainText("本年新收申请")
    page.boxes["overview"].moveCursor(page.boxes["overview"].textCursor().MoveOperation.End)
    page.insert_field(FieldRef((NEW,), "本年新收申请"), "overview")
    assert page.boxes["overview"].toPlainText() == "本年新收申请42"
    editor.session.set_values({NEW: Decimal(50)})
    assert page.boxes["overview"].toPlainText() == "本年新收申请50"
    editor.session.set_values({NEW: None})
    box = page.boxes["overview"]
    assert box.toPlainText() == "本年新收申请" + BLANK_MARK
    fragment = next(iter(box.document().begin()))
    runs = read(box.document())[0].runs
    assert runs[-1].field == FieldRef((NEW,), "本年新收申请")  # still a field, not typed text
    assert fragment is not None and BLANK_TINT.name() == "#fecaca"


def test_text_findings_join_the_problems_panel_and_lead_to_the_sentence(qtbot) -> None:
    document = document_2021()
    text = ReportText.blank("national-2021")
    text.section("overview").paragraphs = [Paragraph.of("本年度新收政府信息公开申请40件。")]
    text.section("problems").paragraphs = [Paragraph.of("网站栏目更新慢。")]
    store_text(document, text)
    editor = _editor(qtbot, document)
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    messages = [
        panel.groups["error"].child(i).text(0) for i in range(panel.groups["error"].childCount())
    ]
    assert any("新收政府信息公开申请40件" in m for m in messages)
    warnings = [
        panel.groups["warning"].child(i).text(0)
        for i in range(panel.groups["warning"].childCount())
    ]
    assert any("六、其他需要报告的事项" in m for m in warnings)
    item = next(
        panel.groups["error"].child(i)
        for i in range(panel.groups["error"].childCount())
        if "40件" in panel.groups["error"].child(i).text(0)
    )
    panel.activate(item)
    box = editor.text_page.boxes["overview"]
    assert box.textCursor().selectedText() == "40"
    editor.session.set_values({NEW: Decimal(40)})  # the table now agrees with the text
    panel.refresh()
    messages = [
        panel.groups["error"].child(i).text(0) for i in range(panel.groups["error"].childCount())
    ]
    assert not any("40件" in m for m in messages)


def test_draft_and_export(qtbot, tmp_path: Path) -> None:
    editor = _editor(qtbot)
    page = editor.show_text()
    page.write_draft()
    assert "新收政府信息公开申请42件" in page.boxes["overview"].toPlainText()
    assert len(text_of(editor.document).fields()) >= 12
    page.write(tmp_path / "r.docx", "docx")
    page.write(tmp_path / "r.html", "html")
    assert (tmp_path / "r.docx").stat().st_size > 10_000 and "42件" in (
        tmp_path / "r.html"
    ).read_text("utf-8")


def test_last_years_text_marks_repeats_and_warns(qtbot) -> None:
    editor = _editor(qtbot)
    page = editor.show_text()
    sentence = "一是公开内容不够全面，部分栏目更新不及时；二是政策解读形式单一，图解视频较少。"
    page.boxes["problems"].setPlainText(sentence + "下一步将加强培训。")
    page.commit()
    last = ReportText.blank("national-2021")
    last.section("problems").paragraphs = [Paragraph.of(sentence + "明年继续改进。")]
    page.set_last_year(last)
    label = page.similar_labels["problems"]
    assert label.isVisibleTo(page) and "%" in label.text()
    (selection,) = page.boxes["problems"].extraSelections()
    assert selection.cursor.selectedText() == sentence
    assert any(
        i.code == "TXT-SIMILAR" and i.place.section == "problems" for i in editor.findings().issues
    )


def test_picker_binds_one_cell_or_the_sum_of_several(qtbot) -> None:
    from govinfo_desktop.qt.field_picker import CELL_ROLE, FieldPicker  # noqa: PLC0415

    picker = FieldPicker(document_2021())
    qtbot.addWidget(picker)
    items = {}
    iterator = [picker.tree.topLevelItem(i) for i in range(picker.tree.topLevelItemCount())]
    while iterator:
        item = iterator.pop()
        iterator.extend(item.child(i) for i in range(item.childCount()))
        data = item.data(0, CELL_ROLE)
        if data:
            items[(data[0], data[1])] = item
    items[("t3_new", "total")].setSelected(True)
    field = picker.chosen()
    assert field is not None and field.cells == (NEW,) and "本年新收" in field.label
    items[("t3_carried", "total")].setSelected(True)
    both = picker.chosen()
    assert both is not None and set(both.cells) == {NEW, CellRef("t3_carried", "total")}


def test_print_preview_can_put_the_text_before_the_table(
    qtbot, tmp_path: Path, monkeypatch
) -> None:
    from govinfo_desktop.qt import print_preview  # noqa: PLC0415

    told: list[str] = []
    monkeypatch.setattr(
        print_preview, "show_report", lambda _parent, text, warning=False: told.append(text)
    )

    plain = print_preview.PreviewDialog(None, document_2021())
    qtbot.addWidget(plain)
    assert plain.with_text.isHidden()  # no text: nothing to offer
    document = document_2021()
    text = ReportText.blank("national-2021", "测试县2021年报告")
    text.section("problems").paragraphs = [Paragraph.of("网站栏目更新慢。" * 40)]
    store_text(document, text)
    dialog = print_preview.PreviewDialog(None, document)
    qtbot.addWidget(dialog)
    pages = dialog.pdf_result.pages
    dialog.with_text.setChecked(True)
    assert dialog.pdf_result.pages > pages and dialog.pdf.pageCount() == dialog.pdf_result.pages
    out = print_preview.export_pdf(dialog, document, tmp_path / "r.pdf", with_text=True)
    assert out is not None and out.stat().st_size > 0 and told


def test_import_a_text_file_into_the_tab(qtbot, monkeypatch) -> None:
    from govinfo_desktop.qt import text_actions  # noqa: PLC0415

    source = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "realistic-2021.txt"
    monkeypatch.setattr(
        text_actions.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), "")
    )
    editor = _editor(qtbot)
    page = editor.show_text()
    page.import_file()
    assert page.title.text() == "测试县人民政府2021年政府信息公开工作年度报告"
    assert "全年共收到政府信息公开申请42件" in page.boxes["overview"].toPlainText()
    assert page.boxes["other"].toPlainText().startswith("本年度未收取信息处理费")
    assert editor.undo_stack.count() == 1
