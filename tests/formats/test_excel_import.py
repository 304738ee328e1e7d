"""Import from sheets laid out by other people: the seed typed in traditional characters, numbering and
width variants, province notes, moved and extra rows, text numbers, placeholders, formulas, merges."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from govinfo_desktop.core.document import ExtraRow
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.exporter import write_workbook
from govinfo_desktop.formats.excel.import_findings import CellIssue
from govinfo_desktop.formats.excel.importer import import_workbook
from govinfo_desktop.formats.messages import workbooks as book_msg
from tests.formats.excel_builders import seed_workbook, write_rows
from tests.helpers import SEED_VALUES, consistent_document, fresh_python, seed_document


def _values(result) -> dict[str, str]:
    return {cell.row: str(value) for cell, value in result.document.values.items()}


def test_seed_typed_in_traditional_characters_gives_exactly_the_seed(tmp_path: Path) -> None:
    result = import_workbook(seed_workbook(tmp_path / "岳陽縣2017.xlsx"))
    assert result.document.table_id == "national-2014"
    assert _values(result) == SEED_VALUES
    assert result.document.metadata == {"year": "2017", "scope": "本级政府"}
    approx = [row for row in result.report.rows if row.how == "approx"]
    assert [row.row_id for row in approx] == ["c3_not_gov_info"]  # the seed's slip 《條列》
    assert any("C" in cell.address for cell in result.report.cells if cell.issue is CellIssue.BLANK)


def test_seed_with_unit_name_and_rows_moved(tmp_path: Path) -> None:
    def move(rows):
        body = rows[4:]
        return rows[:4] + body[10:] + body[:10]  # 一、 moved to the end

    result = import_workbook(seed_workbook(tmp_path / "x.xlsx", unit="岳陽縣人民政府", mutate=move))
    assert _values(result) == SEED_VALUES
    assert result.document.metadata["unit"] == "岳陽縣人民政府"


@pytest.mark.parametrize(
    "label",
    [
        "（一）收到申请数",
        "(一) 收到申请数",
        "一、收到申请数",
        "1．收到申请数",
        "1、收到申请数",
        "(1)收到申请数",
        "收到\n申请数",
    ],
)
def test_numbering_and_width_variants_match(tmp_path: Path, label: str) -> None:
    rows = [["统计指标", "单位", "统计数"], ["一、主动公开情况", "", ""], [label, "件", "７"],
            ["(二)申请办结数", "件", 3], ["(三)申请答复数", "件", 3]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "v.xlsx", rows))
    assert result.document.values[CellRef("c1", "value")] == 7
    (converted,) = [c for c in result.report.cells if c.issue is CellIssue.CONVERTED]
    assert converted.address == "Sheet1!C3" and converted.raw == "７"


def test_text_numbers_units_placeholders_and_invalid_cells(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"],
            ["(一)主动公开政府信息数", "条", "31,535"], ["其中：主动公开规范性文件数", "条", "27条"],
            ["制发规范性文件总数", "件", "—"], ["1、政府公报公开政府信息数", "条", "无"],
            ["2、政府网站公开政府信息数", "条", "三"], ["3、政府微博公开政府信息数", "条", -4],
            ["七、依申请公开信息收取的费用", "万元", "1.25"]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "t.xlsx", rows))
    values = result.document.values
    assert values[CellRef("a1", "value")] == 31535
    assert values[CellRef("a1_norms", "value")] == 27
    assert values[CellRef("s7", "value")] == Decimal("1.25")
    assert (
        CellRef("a1_made", "value") not in values and CellRef("a2_website", "value") not in values
    )
    lines = result.report.lines()  # the words a clerk reads, exactly
    assert any(line.startswith("Sheet1!C6：'三' 请用阿拉伯数字填写") for line in lines), lines
    assert any(line.startswith("Sheet1!C7：'-4' 不能为负数") for line in lines), lines
    blanks = {c.address: c.raw for c in result.report.cells if c.issue is CellIssue.BLANK}
    assert blanks == {"Sheet1!C4": "—", "Sheet1!C5": "无"}


def _exported_2019(path: Path):  # type: ignore[no-untyped-def]
    """A 2019 report exported to `path`, opened again to be edited as a clerk's sheet would be."""
    document = consistent_document("national-2019")
    write_workbook(document, path)
    workbook = openpyxl.load_workbook(path)
    return document, workbook, workbook["表二 主动公开"]


def test_province_note_extra_row_and_slash(tmp_path: Path) -> None:
    path = tmp_path / "hubei.xlsx"
    document, workbook, sheet = _exported_2019(path)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value == "规章":
                cell.value = "规章(设区的市、自治州人民政府应提供相关数据)"
                sheet.cell(cell.row, 2).value = "/"
            if cell.value == "规范性文件":
                extra = cell.row + 1
    sheet.insert_rows(extra)
    sheet.cell(extra, 1).value = "其他主动公开文件(含以本单位名义正式签发的…)"
    sheet.cell(extra, 2).value = 186
    sheet.cell(extra, 3).value = 86
    workbook.save(path)
    result = import_workbook(path)
    assert result.document.values[CellRef("t2_regulations", "made")] is NOT_APPLICABLE
    assert [(r.label, r.values[:2]) for r in result.document.extra_rows] == [
        ("其他主动公开文件(含以本单位名义正式签发的…)", ["186", "86"])
    ]
    assert result.report.unknown_rows[0].address.startswith("表二 主动公开!A")
    assert any(row.how == "note" and row.row_id == "t2_regulations" for row in result.report.rows)
    expected = {c: v for c, v in document.values.items() if c.row != "t2_regulations"}
    assert {
        c: v for c, v in result.document.values.items() if c.row != "t2_regulations"
    } == expected


def test_formula_with_cached_value_missing_is_named_not_blank(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", "=SUM(C3:C4)"],
            ["1、当面申请数", "件", 1], ["2、传真申请数", "件", 2], ["3、网络申请数", "件", 0]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "f.xlsx", rows))
    # A total: computed from the parts the file has, and said so at its address.
    assert result.document.values[CellRef("c1", "value")] == 3
    (formula,) = [c for c in result.report.cells if c.address == "Sheet1!C2"]
    assert (formula.code, formula.params) == (say.CELL_TOTAL_FORMULA_FILLED.code, {"sum": "3"})
    assert formula.reason == "公式没有保存计算结果，已按明细计算为 3"
    assert formula.issue is CellIssue.CONVERTED


def test_a_blank_total_is_filled_and_reported_a_filled_one_kept(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", None],
            ["1、当面申请数", "件", 1], ["2、传真申请数", "件", 2], ["3、网络申请数", "件", 0],
            ["（二）申请办结数", "件", 9], ["1、按时办结数", "件", 1]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "t.xlsx", rows))
    assert result.document.values[CellRef("c1", "value")] == 3
    (filled,) = [c for c in result.report.cells if c.address == "Sheet1!C2"]
    assert filled.code == say.CELL_TOTAL_FILLED.code and filled.issue is CellIssue.CONVERTED
    assert filled.reason == "合计为空，已按明细计算为 3"
    assert filled.line() in result.report.lines()
    assert result.document.values[CellRef("c2", "value")] == 9  # kept as the file says
    assert CellRef("c2", "value") in result.document.overrides  # and checked as typed


def test_all_sub_tables_on_one_sheet(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    source = tmp_path / "three.xlsx"
    write_workbook(document, source)
    workbook = openpyxl.load_workbook(source)
    merged = openpyxl.Workbook()
    target = merged.active
    offset = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    target.cell(cell.row + offset, cell.column).value = cell.value
        for rng in sheet.merged_cells.ranges:
            r1, c1, r2, c2 = rng.min_row, rng.min_col, rng.max_row, rng.max_col
            target.merge_cells(
                start_row=r1 + offset, start_column=c1, end_row=r2 + offset, end_column=c2
            )
        offset += sheet.max_row + 2
    merged.save(tmp_path / "one.xlsx")
    result = import_workbook(tmp_path / "one.xlsx")
    assert result.document.table_id == "national-2021"
    assert result.document.values == document.values


def test_hidden_rows_are_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "h.xlsx"
    write_workbook(seed_document(), path)
    workbook = openpyxl.load_workbook(path)
    workbook.active.row_dimensions[6].hidden = True
    workbook.save(path)
    result = import_workbook(path)
    assert _values(result) == SEED_VALUES
    hidden = (say.HIDDEN_ROW.code, "", (("row", "6"), ("sheet", "统计表")))
    assert hidden in result.report.coded()


def test_vertically_merged_value_cells_are_not_imported(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", 3], ["1、当面申请数", "件", None],
            ["2、传真申请数", "件", 1]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "m.xlsx", rows, merges=("C2:C3",)))
    assert result.document.values[CellRef("c1", "value")] == 3
    assert CellRef("c1_person", "value") not in result.document.values
    (merged,) = [c for c in result.report.cells if c.issue is CellIssue.MERGED]
    assert (merged.code, merged.address, merged.params) == (
        say.CELL_MERGED.code,
        "Sheet1!C3",
        {"anchor": "C2"},
    )


def test_duplicate_row_is_kept_as_extra_row(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", 3], ["(二)申请办结数", "件", 3],
            ["(三)申请答复数", "件", 3], ["(一)收到申请数", "件", 4]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "d.xlsx", rows))
    assert result.document.values[CellRef("c1", "value")] == 3
    assert [r.label for r in result.document.extra_rows] == ["(一)收到申请数"]
    assert any(c.issue is CellIssue.DUPLICATE for c in result.report.cells)


def test_extra_rows_survive_export_and_import(tmp_path: Path) -> None:
    document = seed_document()
    document.extra_rows = [ExtraRow("=其他主动公开文件", ["186", ""], "x")]
    write_workbook(document, tmp_path / "e.xlsx")
    result = import_workbook(tmp_path / "e.xlsx")
    assert [(r.label, r.values) for r in result.document.extra_rows] == [
        ("=其他主动公开文件", ["186"])
    ]
    assert _values(result) == SEED_VALUES


def test_notes_travel_as_comments(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    document.set_note(CellRef("t3_new", "natural"), "含电话申请 2 件")
    write_workbook(document, tmp_path / "n.xlsx")
    result = import_workbook(tmp_path / "n.xlsx")
    assert result.document.notes == {CellRef("t3_new", "natural"): "含电话申请 2 件"}


def test_report_json_has_rows_columns_and_cells(tmp_path: Path) -> None:
    result = import_workbook(seed_workbook(tmp_path / "s.xlsx"))
    data = result.report.to_json()
    assert data["table"] == "national-2014" and data["file_type"] == "xlsx"
    assert len(data["rows_matched"]) == len(list(result.document.table.rows_in_order()))
    assert data["columns_matched"][0]["header"] == "统计数"
    assert list(data["cells"][0]) == [
        "address",
        "where",
        "raw",
        "issue",
        "reason",
        "code",
        "params",
    ]
    blank = next(cell for cell in data["cells"] if cell["issue"] == "blank")
    assert (blank["code"], blank["params"], blank["reason"]) == (
        "cell.blank",
        {},
        "空白，按未填写处理",
    )
    assert data["messages"] == [n["message"] for n in data["notices"]]


def test_hidden_value_column_is_read_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "hc.xlsx"
    write_workbook(seed_document(), path)
    workbook = openpyxl.load_workbook(path)
    workbook.active.column_dimensions["C"].hidden = True
    workbook.save(path)
    result = import_workbook(path)
    assert _values(result) == SEED_VALUES
    hidden = (say.HIDDEN_COLUMNS.code, "", (("columns", "C"), ("sheet", "统计表")))
    assert hidden in result.report.coded()


def test_date_and_boolean_in_value_cells_are_not_imported(tmp_path: Path) -> None:
    import datetime  # noqa: PLC0415

    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", datetime.datetime(2024, 1, 2)],
            ["(二)申请办结数", "件", True], ["(三)申请答复数", "件", 3]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "dt.xlsx", rows))
    assert set(result.document.values) == {CellRef("c3", "value")}
    refused = [entry for entry in result.report.coded() if entry[1] in {"Sheet1!C2", "Sheet1!C3"}]
    assert refused == [
        (say.CELL_DATE.code, "Sheet1!C2", ()),
        (say.CELL_INVALID.code, "Sheet1!C3", (("reason", "不是数字"),)),
    ]


def test_unexpected_failure_inside_import_is_one_line(tmp_path: Path, monkeypatch) -> None:
    from govinfo_desktop.formats.excel import importer as excel_import  # noqa: PLC0415

    def broken(*_args):
        raise IndexError("boom")

    monkeypatch.setattr(excel_import, "read_grids", broken)
    write_workbook(seed_document(), tmp_path / "s.xlsx")
    with pytest.raises(excel_import.ImportFailed) as caught:
        import_workbook(tmp_path / "s.xlsx")
    assert (caught.value.code, caught.value.params) == (
        book_msg.UNRECOGNISED.code,
        {"name": "s.xlsx", "kind": "IndexError"},
    )


def test_note_line_under_the_table_is_not_an_extra_row(tmp_path: Path) -> None:
    rows = [["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", 3], ["(二)申请办结数", "件", 3],
            ["(三)申请答复数", "件", 3], ["注：本表数据截至12月31日", None, None],
            ["其他主动公开文件", "条", 5]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "note.xlsx", rows))
    assert [row.label for row in result.document.extra_rows] == ["其他主动公开文件"]


@pytest.mark.parametrize(
    ("title", "unit", "year"),
    [
        ("2020年武汉市生态环境局政府信息公开工作年度报告（统计表）", "武汉市生态环境局", "2020"),
        ("某县自然资源局2025年政府信息公开工作年度报告", "某县自然资源局", "2025"),
        ("嶽陽縣人民政府2017年度政府信息公開工作年度報告", "嶽陽縣人民政府", "2017"),
    ],
)
def test_unit_and_year_come_from_the_report_title(
    tmp_path: Path, title: str, unit: str, year: str
) -> None:
    rows = [[title], ["统计指标", "单位", "统计数"], ["(一)收到申请数", "件", 3],
            ["1、当面申请数", "件", 1], ["2、传真申请数", "件", 2]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "t.xlsx", rows))
    assert result.document.metadata["unit"] == unit
    assert result.document.metadata["year"] == year


def test_procurement_in_yuan_is_converted_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "yuan.xlsx"
    _document, workbook, sheet = _exported_2019(path)
    found = [c for row in sheet.iter_rows() for c in row if c.value == "政府集中采购"]
    sheet.cell(found[0].row, found[0].column + 2).value = "251000元"
    workbook.save(path)
    result = import_workbook(path)
    assert result.document.values[CellRef("t2_procurement", "amount")] == Decimal("25.1")
    (entry,) = [c for c in result.report.cells if c.code == say.CELL_YUAN_TO_WANYUAN.code]
    assert entry.reason == "按“元”填写，已换算为 25.1 万元"


def test_telling_the_table_apart_compiles_the_rules_of_its_own_only(tmp_path: Path) -> None:
    # Scoring a workbook against every format needs their rows, not their rules (most of a table's load).
    workbook = seed_workbook(tmp_path / "岳陽縣2017.xlsx")
    code = (
        "from pathlib import Path\n"
        "from govinfo_desktop.core import catalog\n"
        "from govinfo_desktop.core.session import ReportSession\n"
        "from govinfo_desktop.formats.excel.importer import import_workbook\n"
        f"result = import_workbook(Path({str(workbook)!r}))\n"
        "ReportSession(result.document).findings()\n"
        "print(catalog._definition.cache_info().currsize, catalog._load.cache_info().currsize)\n"
    )
    assert fresh_python(code) == ["3 1"]
