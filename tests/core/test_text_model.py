"""The report text's model: skeletons, storage in the .govinfo file, fields following edits, the draft."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_check import check_text
from govinfo_desktop.core.text_draft import apply_draft
from govinfo_desktop.core.text_fields import BLANK_MARK, FieldTracker, field_text
from govinfo_desktop.core.text_model import (
    FieldRef,
    Paragraph,
    ReportText,
    Run,
    Style,
    store_text,
    text_of,
)
from govinfo_desktop.core.text_plain import paragraphs
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.formats.govinfo_file import dumps, loads
from tests.core.text_helpers import document_2021
from tests.helpers import seed_document

NEW = CellRef("t3_new", "total")


def test_skeletons_are_the_formats_sections_in_order() -> None:
    headings = [spec.heading for spec in skeleton_for("national-2021").sections]
    assert headings[0] == "一、总体情况" and headings[-1] == "六、其他需要报告的事项"
    assert [spec.part for spec in skeleton_for("national-2021").sections][1:4] == ["t2", "t3", "t4"]
    assert len(skeleton_for("national-2014").sections) == 8
    assert skeleton_for("national-2014").section("appendix").heading == "八、附表"


def test_text_is_saved_in_the_file_and_read_back() -> None:
    document = document_2021()
    text = ReportText.blank("national-2021", "测试县2021年报告")
    text.section("problems").paragraphs = [
        Paragraph([Run("重点："), Run("加强培训", bold=True)]),
        Paragraph.of("一是……", Style.BULLET),
        Paragraph([Run("新收"), Run(field=FieldRef((NEW,), "本年新收申请")), Run("件")]),
    ]
    store_text(document, text)
    again = loads(dumps(document))
    assert text_of(again) == text
    assert list(text_of(again).sections) == list(skeleton_for("national-2021").keys())


def test_a_file_without_text_still_opens() -> None:
    document = loads(dumps(seed_document()))
    assert text_of(document) is None


def test_a_field_follows_every_edit_and_shows_a_blank() -> None:
    document = document_2021()
    session = ReportSession(document)
    field = FieldRef((NEW, CellRef("t3_carried", "total")), "收到申请（含结转）")
    seen: list[list[FieldRef]] = []
    tracker = FieldTracker(session, seen.append)
    tracker.track([field])
    assert tracker.text(field) == "45"
    session.set_values({NEW: Decimal(50)})
    assert seen == [[field]] and tracker.text(field) == "53"
    session.set_values({CellRef("t3_open", "total"): Decimal(1)})  # not in the field: no call
    assert len(seen) == 1
    session.set_values({NEW: None})
    assert tracker.text(field) == BLANK_MARK


def test_blank_field_is_a_finding_and_typed_numbers_beside_fields_are_checked() -> None:
    document = document_2021()
    document.set_value(NEW, None)
    text = ReportText.blank("national-2021")
    text.section("overview").paragraphs = [
        Paragraph(
            [Run("新收申请"), Run(field=FieldRef((NEW,), "本年新收申请")), Run("件，答复40件。")]
        )
    ]
    text.section("problems").paragraphs = [Paragraph.of("网站栏目更新慢。")]
    text.section("other").paragraphs = [Paragraph.of("未收取信息处理费。")]
    result = check_text(document, text)
    assert sorted(issue.code for issue in result.issues) == ["TXT-FIELD-BLANK", "TXT-NUMBER"]


def test_draft_numbers_are_fields_with_the_tables_values() -> None:
    document = document_2021()
    text = ReportText.blank("national-2021")
    assert apply_draft(text, "national-2021")
    overview = text.section("overview")
    assert overview.paragraphs[0].style is Style.SUBHEADING
    assert len(overview.fields()) >= 12
    plain = "\n".join(p.text for p in paragraphs(text, document.values))
    assert "新收政府信息公开申请42件，上年结转3件" in plain
    # the draft's own sentences read back through the checker tie every number to the right cell
    typed = ReportText.blank("national-2021")
    typed.section("overview").paragraphs = [Paragraph.of(line) for line in plain.splitlines()]
    result = check_text(document, typed)
    assert {m.rule for m in result.matches} >= {"new_strict", "carried", "answered", "review"}
    assert all(m.agrees for m in result.matches)
    assert field_text(overview.fields()[0], document.values) == "9"
