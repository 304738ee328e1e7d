"""Page breaks: the 2019/2021 tables on two pages where the content allows (表二 not alone on a half page),
a heading never at the foot of a page without its table, a cut table's next page with its column heads
and the labels of the groups it continues."""

from __future__ import annotations

import pytest

from govinfo_desktop.core.tabledef import RowRole
from govinfo_desktop.formats.pdf.document import build_pdf
from govinfo_desktop.formats.pdf.pieces import MIN_ROWS
from tests.formats.pdf_helpers import page_texts, squeeze
from tests.helpers import city_document, consistent_document


@pytest.mark.parametrize("table_id", ["national-2019", "national-2021"])
def test_a_county_table_prints_on_two_pages(table_id: str) -> None:
    data, result = build_pdf(consistent_document(table_id, seed=7))
    assert result.pages == 2
    first, second = (squeeze(text) for text in page_texts(data))
    assert "三、" in first and "四、" in second  # 表三 starts under 表二 and goes on overleaf
    # The part of 表三 on page 2 comes with its column heads and its group's label.
    assert "申请人情况" in second and "三、本年度办理结果" in second.replace("\n", "")


@pytest.mark.parametrize("table_id", ["national-2019", "national-2021"])
@pytest.mark.parametrize("city", [False, True])
def test_every_heading_has_its_first_rows_on_its_page(table_id: str, city: bool) -> None:
    document = city_document(table_id, widest=True) if city else consistent_document(table_id)
    data, _ = build_pdf(document)
    pages = [squeeze(text) for text in page_texts(data)]
    table = document.table
    for part in table.parts:
        page = next(p for p in pages if squeeze(part.heading) in p)
        rows = [r for r in table.rows_in_order(part.id) if r.has_values]
        labelled = [r for r in rows[:MIN_ROWS] if r.role is not RowRole.GROUP]
        after = page[page.index(squeeze(part.heading)) :]
        for row in labelled if len(part.rows) > 1 else []:  # 表四's one row has no label
            assert squeeze(row.printed_title) in after, (part.heading, row.printed_title)
        if part.columns:  # and the column heads
            assert squeeze(part.columns[0].label) in after, part.heading
