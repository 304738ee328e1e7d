"""退回意见: each problem with its cell and expected value, in a PDF; the unit becomes 退回."""

from __future__ import annotations

from pathlib import Path

from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, UnitStatus
from govinfo_desktop.core.return_notice import build_notice
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.return_pdf import send_back
from tests.formats.pdf_helpers import assert_in_order, page_texts, squeeze
from tests.helpers import consistent_document


def faulty():
    document = consistent_document("national-2021", 3)
    document.metadata.update(unit="县交通运输局", year="2023")
    cell = CellRef("t3_total", "natural")
    document.values[cell] += 2
    del document.values[CellRef("t2_fees", "amount")]
    return document


def test_notice_lists_errors_first_with_expected_values_and_blanks() -> None:
    document = faulty()
    findings = document.validator.check(document.values)
    notice = build_notice("县交通运输局", document, findings)
    assert notice.items[0].severity is not None and notice.items[0].severity.label == "错误"
    sums = [item for item in notice.items if "总计" in item.cell and item.expected]
    assert sums and sums[0].value != sums[0].expected
    assert notice.items[-1].severity is None and "行政事业性收费" in notice.items[-1].cell
    assert "1 处未填写" in notice.summary


def test_send_back_writes_the_pdf_and_sets_the_status(tmp_path: Path) -> None:
    collection = Collection(2023, "national-2021")
    take_in(collection, faulty(), "交通局.xlsx", "h1")
    unit = collection.units[0]
    path = tmp_path / "退回意见.pdf"
    notice = send_back(unit, path, remark="请于1月25日前重报", when="2024-01-22T10:00:00")
    assert unit.status is UnitStatus.RETURNED and unit.history[-1].note == "请于1月25日前重报"
    text = squeeze("".join(page_texts(path.read_bytes())))
    assert_in_order(text, ["退回意见", "县交通运输局", "交通局.xlsx", "序号", "位置", "应为"])
    assert squeeze(notice.items[0].expected) in text and "2024-01-22" in text


def test_send_back_can_write_the_docx_beside_the_pdf(tmp_path: Path) -> None:
    from docx import Document  # noqa: PLC0415

    collection = Collection(2023, "national-2021")
    take_in(collection, faulty(), "交通局.xlsx", "h1")
    unit = collection.units[0]
    notice = send_back(unit, tmp_path / "退回意见.pdf", remark="请重报", docx=True)
    doc = Document(str(tmp_path / "退回意见.docx"))
    text = "".join(p.text for p in doc.paragraphs)
    assert_in_order(
        text, ["退回意见", "县交通运输局", "交通局.xlsx", "其他意见：请重报", "审核日期"]
    )
    (table,) = doc.tables
    assert [c.text for c in table.rows[0].cells] == ["序号", "位置", "现填", "应为", "问题"]
    assert len(table.rows) == len(notice.items) + 1
    first = notice.items[0]
    expected = first.expected or "—"
    assert [c.text for c in table.rows[1].cells][1:4] == [first.cell, first.value, expected]
    assert unit.status is UnitStatus.RETURNED
