"""Rows a province added (Hubei's 其他主动公开文件) print as a small table under the column heads of the
block they belong to, one value per cell."""

from __future__ import annotations

from pathlib import Path

import pytest

from govinfo_desktop.core.document import ExtraRow
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.formats.pdf.document import build_pdf
from govinfo_desktop.formats.pdf.extra_rows import home_of, homes
from tests.formats.pdf_helpers import assert_in_order, page_texts, ruling_lines, squeeze, word_boxes
from tests.helpers import consistent_document, seed_document

HUBEI = ExtraRow("其他主动公开文件", ["186", "86", ""], "表二 主动公开!A9")


@pytest.mark.parametrize("table_id", ["national-2019", "national-2021"])
def test_hubei_row_prints_under_the_heads_of_its_block(table_id: str, tmp_path: Path) -> None:
    document = consistent_document(table_id, seed=4)
    document.extra_rows.append(HUBEI)
    block = document.table.row("t2_art20_1")
    data, _ = build_pdf(document, findings=Findings((), ()))
    text = squeeze("".join(page_texts(data)))
    heads = [column.printed_label for column in block.columns]
    assert_in_order(text, ["附：本地增设指标", "第二十条第（一）项", *heads, "其他主动公开文件"])
    # One value per cell: a ruling line runs between 186 and 86.
    for words, lines in zip(word_boxes(data, tmp_path), ruling_lines(data), strict=True):
        boxes = dict(words)
        if "其他主动公开文件" not in boxes:
            continue
        y = boxes["其他主动公开文件"][1]
        mine = [box for word, box in words if word in ("186", "86") and abs(box[1] - y) < 3]
        assert len(mine) == 2
        left, right = sorted(mine)
        assert any(
            abs(x0 - x1) < 0.01 and left[2] <= x0 <= right[0] and min(y0, y1) <= y <= max(y0, y1)
            for x0, y0, x1, y1 in lines
        )
        break
    else:
        raise AssertionError("the added row is not printed")


def test_an_added_row_finds_its_block_by_its_columns_and_labels() -> None:
    table = consistent_document("national-2021").table
    candidates = homes(table)
    assert home_of(HUBEI, candidates).title == "第二十条第（一）项"
    seven = ExtraRow("其中：网上申请", [str(i) for i in range(7)], "表三 依申请公开!A30")
    assert home_of(seven, candidates).title.startswith("三、")
    too_many = ExtraRow("某指标", [str(i) for i in range(20)])
    assert home_of(too_many, candidates).heads[-1] == "第20栏"


def test_the_2014_table_prints_added_rows_under_its_value_column() -> None:
    document = seed_document()
    document.extra_rows.append(ExtraRow("主动公开行政执法信息", ["1234"], "Sheet1!A12"))
    text = squeeze("".join(page_texts(build_pdf(document)[0])))
    assert_in_order(text, ["附：本地增设指标", "指标", "统计数", "主动公开行政执法信息", "1234"])
