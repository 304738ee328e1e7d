"""The 2014 form's 单位 column, decided once from the seed (岳阳县2017 附表): only the 万元 rows (七, 八（四）)
and the 人次 row (九（三）) print a unit. The workbook and the PDF show exactly that (the window: tests/qt)."""

from __future__ import annotations

from govinfo_desktop.formats.excel.layout import layout_workbook
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.formats.pdf_helpers import page_texts, squeeze
from tests.helpers import seed_document

SEED_UNITS = {"s7": "万元", "h4": "万元", "i3": "人次"}


def test_the_table_definition_carries_the_seeds_units() -> None:
    table = seed_document().table
    assert {row.id: row.unit for row in table.rows.values() if row.unit} == SEED_UNITS


def test_the_workbook_prints_the_same_units() -> None:
    document = seed_document()
    (sheet,) = layout_workbook(document)
    titles = {row.printed_title: row.id for row in document.table.rows.values()}
    units = {}
    for placed in sheet.cells:
        if placed.col == 1 and placed.value in titles:
            row_id = titles[str(placed.value)]
            unit = next(c.value for c in sheet.cells if c.row == placed.row and c.col == 2)
            if unit:
                units[row_id] = unit
    assert units == SEED_UNITS


def test_the_pdf_prints_the_same_units() -> None:
    data, _ = build_pdf(seed_document())
    text = squeeze("".join(page_texts(data)))
    assert text.count("万元") == 2 and text.count("人次") == 1
    for word in ("条", "件"):  # counting words are accepted when typed, never printed as a unit
        assert f"{word}0" not in text and f"{word}3" not in text
    assert "七、依申请公开信息收取的费用万元0" in text
    assert "（三）接受培训人员数人次200" in text
