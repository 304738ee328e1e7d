"""The exported workbook looks like the printed form, holds real numbers, prints on A4, and the blank
template only lets units type valid values into value cells."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from govinfo_desktop.formats.atomic import SaveError
from govinfo_desktop.formats.excel.exporter import (
    workbook_bytes,
    write_blank_template,
    write_workbook,
)
from tests.helpers import consistent_document, seed_document


def _load(document: ReportDocument, template: bool = False) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(workbook_bytes(document, template)))


def _find(sheet, text: str):
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell
    raise AssertionError(f"{text!r} not on {sheet.title}")


def _merged(sheet, cell) -> str:
    for merged in sheet.merged_cells.ranges:
        if cell.coordinate in merged:
            return merged.coord
    return cell.coordinate


def test_seed_sheet_has_title_unit_line_headers_and_numbers() -> None:
    document = seed_document()
    document.metadata.update(head="张三", preparer="李四", phone="0730-1234567", date="2018-01-20")
    sheet = _load(document)["统计表"]
    assert sheet["A1"].value == "2017年度政府信息公开情况统计表(本级政府)"
    assert sheet["A2"].value == "填报单位（盖章）：岳阳县人民政府"
    assert [sheet.cell(3, c).value for c in (1, 2, 3)] == ["统 计 指 标", "单位", "统计数"]
    label = _find(
        sheet, "（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）"
    )  # full-width
    value = sheet.cell(label.row, 3)
    assert value.value == 31535 and value.data_type == "n" and value.number_format == "#,##0"
    assert sheet.cell(label.row, 2).value is None  # the seed's form prints no 条 (only 万元, 人次)
    assert sheet.cell(_find(sheet, "七、依申请公开信息收取的费用").row, 2).value == "万元"
    assert sheet.cell(_find(sheet, "一、主动公开情况").row, 3).value == "—"
    fee = sheet.cell(_find(sheet, "七、依申请公开信息收取的费用").row, 3)
    assert fee.value == 0 and fee.number_format == "#,##0.00##"
    texts = {cell.value for row in sheet.iter_rows() for cell in row}
    assert {
        "单位负责人：张三",
        "填表人：李四",
        "联系电话：0730-1234567",
        "填报日期：2018-01-20",
    } <= texts


def test_blank_cell_stays_empty_and_not_applicable_is_a_slash() -> None:
    document = consistent_document("national-2021")
    document.values.pop(CellRef("t2_normative", "issued"))
    document.values[CellRef("t2_regulations", "issued")] = NOT_APPLICABLE
    sheet = _load(document)["表二 主动公开"]
    row = _find(sheet, "行政规范性文件").row
    assert sheet.cell(row, 2).value is None
    assert sheet.cell(_find(sheet, "规章").row, 2).value == "/"


def test_table_three_headers_are_merged_as_on_the_form() -> None:
    sheet = _load(consistent_document("national-2021"))["表三 依申请公开"]
    assert _merged(sheet, _find(sheet, "申请人情况")) == "D4:J4"
    assert _merged(sheet, _find(sheet, "法人或其他组织")) == "E5:I5"
    assert _merged(sheet, _find(sheet, "自然人")) == "D5:D6"
    assert _merged(sheet, _find(sheet, "总计")) == "J5:J6"
    corner = _find(sheet, "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)")
    assert _merged(sheet, corner) == "A4:C6"
    results = _find(sheet, "三、本年度办理结果")
    assert results.column == 1 and _merged(sheet, results).startswith("A")
    assert sheet.print_title_rows == "$4:$6"
    assert sheet.freeze_panes == "D7"


def test_table_four_has_three_header_groups_and_one_row_of_numbers() -> None:
    document = consistent_document("national-2019")
    data = workbook_bytes(document, template=False)
    sheet = openpyxl.load_workbook(io.BytesIO(data), data_only=True)[
        "表四 复议诉讼"
    ]  # totals cached
    assert _merged(sheet, _find(sheet, "行政复议")) == "A4:E4"
    assert _merged(sheet, _find(sheet, "行政诉讼")) == "F4:O4"
    assert _merged(sheet, _find(sheet, "未经复议直接起诉")) == "F5:J5"
    values = [sheet.cell(7, c).value for c in range(1, 16)]
    expected = [
        document.values[CellRef("t4_cases", col.id)] for col in document.table.part("t4").columns
    ]
    assert values == expected


def test_print_setup_is_a4_fit_to_width_centred() -> None:
    for sheet in _load(consistent_document("national-2021")).worksheets:
        assert int(sheet.page_setup.paperSize) == 9  # A4
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_options.horizontalCentered
        assert sheet.print_title_rows
        assert sheet.column_dimensions["A"].width >= 5


def test_format_a_prints_over_several_pages_with_repeated_headers() -> None:
    sheet = _load(seed_document())["统计表"]
    assert sheet.page_setup.fitToHeight == 0 and sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "portrait"


def test_text_starting_with_formula_characters_is_written_as_text() -> None:
    document = seed_document()
    document.metadata.update(unit='=HYPERLINK("http://x")', head="+1", preparer="-2", phone="@x")
    data = workbook_bytes(document, template=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    formulas = re.findall(r"<f>([^<]*)</f>", xml)
    assert "<f " not in xml and len(formulas) == 7  # the totals' sums, nothing else
    assert all(f.startswith("IF(COUNT(") and "HYPERLINK" not in f for f in formulas)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["统计表"]
    assert sheet["A2"].data_type == "s"


def test_blank_template_locks_labels_and_validates_values() -> None:
    document = consistent_document("national-2019")
    workbook = _load(document, template=True)
    sheet = workbook["表二 主动公开"]
    assert sheet.protection.sheet and not sheet.protection.password
    label = _find(sheet, "行政许可")
    assert label.protection.locked
    value = sheet.cell(label.row, 2)
    assert value.value is None and not value.protection.locked
    kinds = {(dv.type, dv.operator, dv.formula1) for dv in sheet.data_validations.dataValidation}
    assert ("whole", "between", "0") in kinds
    assert any(t == "whole" and f.startswith("-") for t, _, f in kinds)  # 本年增/减
    assert ("decimal", "between", "0") in kinds  # 采购总金额 (万元)
    assert any(t == "custom" and '="/"' in f for t, _, f in kinds)  # 规章 may be “/”
    assert not sheet["A2"].protection.locked  # 填报单位 can be typed in


def test_template_has_no_values_even_from_a_filled_document() -> None:
    workbook = _load(seed_document(), template=True)
    numbers = [
        c
        for row in workbook["统计表"].iter_rows()
        for c in row
        if c.data_type == "n" and c.value is not None
    ]
    assert numbers == []


def test_write_is_atomic_and_names_the_file(tmp_path: Path) -> None:
    target = tmp_path / "报表.xlsx"
    write_workbook(seed_document(), target)
    write_blank_template(seed_document(), tmp_path / "空白.xlsx")
    assert target.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(SaveError, match="文件夹不存在"):
        write_workbook(seed_document(), tmp_path / "missing" / "x.xlsx")


def test_money_keeps_its_decimals() -> None:
    document = consistent_document("national-2021")
    document.values[CellRef("t2_fees", "amount")] = Decimal("1234.5678")
    sheet = _load(document)["表二 主动公开"]
    assert sheet.cell(_find(sheet, "行政事业性收费").row, 2).value == pytest.approx(1234.5678)
