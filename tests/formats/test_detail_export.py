"""The 明细表 .xlsx: one column per unit beside the total, read back exactly."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from govinfo_desktop.core.aggregate import sum_reports
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from govinfo_desktop.formats.detail_export import SHEET, read_detail, write_detail
from tests.helpers import consistent_document


def test_detail_round_trip(tmp_path: Path) -> None:
    reports = [(f"单位{i}", consistent_document("national-2021", i)) for i in range(1, 5)]
    reports[0][1].values[CellRef("t2_regulations", "issued")] = NOT_APPLICABLE
    del reports[1][1].values[CellRef("t2_fees", "amount")]
    reports[2][1].values[CellRef("t2_fees", "amount")] = Decimal("12.3456")
    total = sum_reports("national-2021", reports, metadata={"year": "2023"})
    path = tmp_path / "明细.xlsx"
    write_detail(total, reports, path)
    detail = read_detail(path)
    assert detail.units == ["单位1", "单位2", "单位3", "单位4"]
    assert list(detail.totals) == list(total.document.validator.input_cells)
    for cell, values in detail.values.items():
        assert detail.totals[cell] == total.document.values.get(cell), cell
        assert values == [doc.values.get(cell) for _, doc in reports], cell


def test_detail_sheet_is_laid_out_for_people(tmp_path: Path) -> None:
    reports = [("=HYPERLINK(1)", consistent_document("national-2021", 1))]
    total = sum_reports("national-2021", reports, metadata={"year": "2023"})
    path = tmp_path / "明细.xlsx"
    write_detail(total, reports, path)
    sheet = load_workbook(path)[SHEET]
    assert "明细表" in sheet["A1"].value and "1 个单位" in sheet["A1"].value
    assert [c.value for c in sheet[2]][:6] == [
        "单元格",
        "部分",
        "项目",
        "列",
        "合计",
        "=HYPERLINK(1)",
    ]
    assert sheet["F2"].data_type == "s"
    assert sheet.column_dimensions["A"].hidden and sheet.freeze_panes == "F3"
    assert sheet["C3"].value == "规章" and sheet["D3"].value == "本年制发件数"
