"""Where the table sits: shifted on the sheet, one sub-table only, hidden sheets, a second table (全县汇总)
on another sheet, annotated headers."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.exporter import write_workbook
from govinfo_desktop.formats.excel.importer import import_workbook
from tests.formats.excel_builders import write_rows
from tests.helpers import SEED_VALUES, consistent_document, seed_document


def _seed_values(result) -> dict[str, str]:
    return {cell.row: str(value) for cell, value in result.document.values.items()}


def _shift(source: Path, target: Path, rows: int, cols: int) -> Path:
    """Copy every sheet `rows` down and `cols` right, with a note above, as a hand-made file might."""
    workbook = openpyxl.load_workbook(source)
    out = openpyxl.Workbook()
    out.remove(out.active)
    for sheet in workbook.worksheets:
        copy = out.create_sheet(sheet.title)
        copy["A1"] = "附件2"
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    copy.cell(cell.row + rows, cell.column + cols).value = cell.value
        for rng in sheet.merged_cells.ranges:
            copy.merge_cells(
                start_row=rng.min_row + rows, start_column=rng.min_col + cols,
                end_row=rng.max_row + rows, end_column=rng.max_col + cols,
            )  # fmt: skip
    out.save(target)
    return target


def test_table_found_wherever_it_sits(tmp_path: Path) -> None:
    for table_id in ("national-2014", "national-2021"):
        document = seed_document() if table_id == "national-2014" else consistent_document(table_id)
        write_workbook(document, tmp_path / "a.xlsx")
        result = import_workbook(_shift(tmp_path / "a.xlsx", tmp_path / "b.xlsx", rows=4, cols=3))
        assert result.document.values == document.values
        assert result.document.metadata == document.metadata


def test_table_three_alone_takes_the_format_from_the_year(tmp_path: Path) -> None:
    document = consistent_document("national-2019")
    write_workbook(document, tmp_path / "all.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "all.xlsx")
    for name in ("表二 主动公开", "表四 复议诉讼"):
        del workbook[name]
    sheet = workbook["表三 依申请公开"]
    sheet["A1"] = "2020年度政府信息公开情况统计表"
    workbook.save(tmp_path / "t3.xlsx")
    result = import_workbook(tmp_path / "t3.xlsx")
    assert result.document.table_id == "national-2019"
    expected = {c: v for c, v in document.values.items() if c.row.startswith("t3")}
    assert result.document.values == expected
    assert "四、结转下年度继续办理" not in result.report.missing_rows
    assert any(label.startswith("政府集中采购") for label in result.report.missing_rows)


def test_hidden_copy_is_not_read_and_second_table_is_left_out(tmp_path: Path) -> None:
    this_year, county = seed_document(), seed_document()
    county.values[CellRef("a1", "value")] = county.values[CellRef("a1", "value")] + 1000
    write_workbook(this_year, tmp_path / "a.xlsx")
    write_workbook(county, tmp_path / "b.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "a.xlsx")
    second = openpyxl.load_workbook(tmp_path / "b.xlsx")["统计表"]
    for title, state in (("全县汇总", "visible"), ("去年", "hidden")):
        sheet = workbook.create_sheet(title)
        for row in second.iter_rows(values_only=True):
            sheet.append(row)
        sheet.sheet_state = state
    workbook.save(tmp_path / "two.xlsx")
    result = import_workbook(tmp_path / "two.xlsx")
    assert _seed_values(result) == SEED_VALUES
    assert result.document.extra_rows == []
    notices = [(code, params) for code, where, params in result.report.coded() if not where]
    assert notices == [
        (say.SECOND_TABLE.code, (("sheet", "全县汇总"),)),
        (say.HIDDEN_SHEET_SKIPPED.code, (("sheet", "去年"),)),
    ]
    # …and in the words a clerk reads:
    assert result.report.messages == [
        "工作表“全县汇总”是另一张统计表（与前面的表重复），未导入；如需导入，请把它单独另存为一个文件",
        "隐藏的工作表“去年”未读取（其中也有统计表的行）",
    ]


def test_only_hidden_sheet_holds_the_table(tmp_path: Path) -> None:
    write_workbook(seed_document(), tmp_path / "a.xlsx")
    workbook = openpyxl.load_workbook(tmp_path / "a.xlsx")
    workbook["统计表"].sheet_state = "hidden"
    workbook.create_sheet("说明")["A1"] = "请填写隐藏的表"
    workbook.active = 1
    workbook.save(tmp_path / "hidden.xlsx")
    assert _seed_values(import_workbook(tmp_path / "hidden.xlsx")) == SEED_VALUES


def test_annotated_headers_and_labels_of_a_province(tmp_path: Path) -> None:
    rows = [
        ["第二十条第（五）项", None, None, None],
        ["信息内容", "上一年项目数量(指2019年事项数)", "本年增/减(指2020年增加或减少的事项数，减用负值表示，如-8)", "处理决定数量(指2020年办件量)"],
        ["行政许可", 12, "－8", 300],
        ["其他对外管理服务事项(指行政许可证以外的政务服务事项，含行政确认…)", 5, 0, 40],
        ["第二十条第（九）项", None, None, None],
        ["信息内容", "采购项目数量", "采购总金额", None],
        ["政府集中采购", 3, "25.1万元", None],
    ]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "hubei.xlsx", rows))
    values = result.document.values
    assert result.document.table_id == "national-2019"
    assert values[CellRef("t2_licensing", "change")] == -8
    assert values[CellRef("t2_other_services", "decisions")] == 40
    assert str(values[CellRef("t2_procurement", "amount")]) == "25.1"
    headers = [header for header, _ in result.report.columns]
    assert "第二十条第(五)项 · 本年增/减" not in headers  # headers are reported by their own names
    assert any(header.endswith("本年增/减") for header in headers)


def test_blocks_sharing_one_header_row(tmp_path: Path) -> None:
    rows = [
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["第二十条第(五)项", None, None, None],
        ["行政许可", 1, 2, 3],
        ["其他对外管理服务事项", 4, 5, 6],
        ["第二十条第(六)项", None, None, None],
        ["行政处罚", 7, -8, 9],
        ["行政强制", 10, 11, 12],
    ]
    result = import_workbook(write_rows(tmp_path / "shared.xlsx", rows))
    values = result.document.values
    assert values[CellRef("t2_penalty", "change")] == -8
    assert values[CellRef("t2_coercion", "decisions")] == 12
    codes = {code for code, _, _ in result.report.coded()}
    assert say.NO_COLUMN_HEADERS.code not in codes


def test_numbering_in_its_own_column(tmp_path: Path) -> None:
    rows = [["序号", "统 计 指 标", "单位", "统计数"], ["一", "主动公开情况", "—", "—"],
            ["（一）", "主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条", 120],
            [None, "其中：主动公开规范性文件数", "条", 4], ["1", "政府公报公开政府信息数", "条", 7],
            ["2", "政府网站公开政府信息数", "条", 100]]  # fmt: skip
    result = import_workbook(write_rows(tmp_path / "seq.xlsx", rows))
    assert {c.row: str(v) for c, v in result.document.values.items()} == {
        "a1": "120", "a1_norms": "4", "a2_gazette": "7", "a2_website": "100",
    }  # fmt: skip
    assert result.document.extra_rows == []
