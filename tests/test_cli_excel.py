"""`convert`, `new -o blank.xlsx` and `check FILE.xlsx` through the Excel exporter and importer."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from tests.formats.excel_builders import FIXTURES, seed_workbook
from tests.helpers import SEED_VALUES, seed_document


def _seed_values(document) -> dict[str, str]:
    return {cell.row: str(value) for cell, value in document.values.items()}


def test_convert_govinfo_to_xlsx_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_document(seed_document(), tmp_path / "seed.govinfo")
    assert main(["convert", str(tmp_path / "seed.govinfo"), "-o", str(tmp_path / "seed.xlsx")]) == 0
    assert openpyxl.load_workbook(tmp_path / "seed.xlsx")["统计表"]["A1"].value.startswith(
        "2017年度"
    )
    capsys.readouterr()
    assert main(["convert", str(tmp_path / "seed.xlsx"), "-o", str(tmp_path / "back.govinfo")]) == 0
    back = load_document(tmp_path / "back.govinfo")
    assert _seed_values(back) == SEED_VALUES
    assert back.metadata == seed_document().metadata
    assert "导入" in capsys.readouterr().out


def test_convert_json_prints_the_import_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def odd(rows):
        rows[6][2] = "三"  # 制发规范性文件总数
        rows.append(["其他主动公开文件", "条", 12])
        return rows

    source = seed_workbook(tmp_path / "odd.xlsx", mutate=odd)
    code = main(["convert", str(source), "-o", str(tmp_path / "odd.govinfo"), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0  # findings are warnings only; the unreadable cell is in the report
    assert data["table"] == "national-2014" and len(data["rows_matched"]) > 60
    assert data["unknown_rows"] == [
        {"label": "其他主动公开文件", "values": ["12"], "address": "Sheet1!A70"}
    ]
    (bad,) = [cell for cell in data["cells"] if cell["issue"] == "invalid"]
    assert bad["address"] == "Sheet1!C7" and bad["raw"] == "三"
    kept = load_document(tmp_path / "odd.govinfo")
    assert [row.label for row in kept.extra_rows] == ["其他主动公开文件"]


def test_new_writes_a_blank_template(tmp_path: Path) -> None:
    out = tmp_path / "blank.xlsx"
    assert main(["new", "--template", "national-2021", "--year", "2023", "-o", str(out)]) == 0
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames == ["表二 主动公开", "表三 依申请公开", "表四 复议诉讼"]
    assert all(sheet.protection.sheet for sheet in workbook.worksheets)
    assert workbook.worksheets[0]["A1"].value == "2023年度政府信息公开情况统计表"


def test_check_reads_xlsx_and_xls(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(FIXTURES / "seed-traditional-formulas.libreoffice.xls")]) == 0
    out = capsys.readouterr().out
    assert "2017年度政府信息公开情况统计表(本级政府)" in out and "0 个错误" in out
    document = seed_document()
    document.set_text(document.table.cells().__next__(), "1")  # (一) < its 其中 row → error
    save_document(document, tmp_path / "bad.govinfo")
    main(["convert", str(tmp_path / "bad.govinfo"), "-o", str(tmp_path / "bad.xlsx")])
    capsys.readouterr()
    assert main(["check", str(tmp_path / "bad.xlsx"), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)


def test_bad_spreadsheet_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "fake.xlsx").write_text("hello", encoding="utf-8")
    assert main(["check", str(tmp_path / "fake.xlsx")]) == 2
    err = capsys.readouterr().err.strip()
    assert "fake.xlsx" in err and len(err.splitlines()) == 1


def test_convert_refuses_xls_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    save_document(seed_document(), tmp_path / "seed.govinfo")
    assert main(["convert", str(tmp_path / "seed.govinfo"), "-o", str(tmp_path / "x.xls")]) == 2
    assert ".xlsx" in capsys.readouterr().err
