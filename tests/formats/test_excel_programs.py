"""Files other programs wrote (LibreOffice .xlsx and legacy .xls, committed fixtures), and our export
opened by another program: LibreOffice converts it to PDF and back to .xlsx."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from govinfo_desktop.formats.excel.exporter import write_blank_template, write_workbook
from govinfo_desktop.formats.excel.import_findings import CellIssue
from govinfo_desktop.formats.excel.importer import import_workbook
from tests.formats.excel_builders import FIXTURES
from tests.helpers import SEED_VALUES, consistent_document, seed_document

EXPORT_METADATA = {
    "unit": "测试县人民政府",
    "scope": "本级政府",
    "year": "2022",
    "head": "张三",
    "preparer": "李四",
    "phone": "0730-1234567",
    "date": "2022年1月20日",
}


@pytest.mark.parametrize("suffix", ["xlsx", "xls"])
def test_seed_saved_by_libreoffice_with_formulas(suffix: str) -> None:
    result = import_workbook(FIXTURES / f"seed-traditional-formulas.libreoffice.{suffix}")
    assert result.report.file_type == suffix
    assert {cell.row: str(value) for cell, value in result.document.values.items()} == SEED_VALUES
    assert result.document.metadata == {
        "unit": "嶽陽縣人民政府",
        "scope": "本级政府",
        "year": "2017",
    }
    assert not [c for c in result.report.cells if c.issue is CellIssue.FORMULA]


@pytest.mark.parametrize("suffix", ["xlsx", "xls"])
def test_our_export_resaved_by_libreoffice(suffix: str) -> None:
    result = import_workbook(FIXTURES / f"national-2021-export.libreoffice.{suffix}")
    assert result.document.values == consistent_document("national-2021").values
    assert result.document.metadata == EXPORT_METADATA


def test_xls_named_xlsx_is_sniffed_by_content(tmp_path: Path) -> None:
    renamed = tmp_path / "看起来是新格式.xlsx"
    shutil.copy(FIXTURES / "seed-traditional-formulas.libreoffice.xls", renamed)
    assert import_workbook(renamed).report.file_type == "xls"


def _soffice() -> str:
    path = shutil.which("soffice") or shutil.which("libreoffice")
    if path is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return path


def _convert(source: Path, target_format: str, outdir: Path) -> Path:
    profile = outdir / "profile"
    subprocess.run(
        [_soffice(), f"-env:UserInstallation=file://{profile}", "--headless",
         "--convert-to", target_format, "--outdir", str(outdir), str(source)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return outdir / f"{source.stem}.{target_format.split(':', maxsplit=1)[0]}"


@pytest.mark.slow
def test_libreoffice_prints_our_export(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    source = tmp_path / "report.xlsx"
    write_workbook(document, source)
    pdf = _convert(source, "pdf", tmp_path)
    reader = PdfReader(pdf)
    assert len(reader.pages) >= 3  # one or more pages per sub-table
    text = "".join(page.extract_text() for page in reader.pages)
    assert "收到和处理政府信息公开申请情况" in text and "测试县人民政府" in text
    first = reader.pages[0].mediabox
    assert round(float(min(first.width, first.height))) == 595  # A4


@pytest.mark.slow
def test_libreoffice_reads_our_files_back_unchanged(tmp_path: Path) -> None:
    write_workbook(seed_document(), tmp_path / "seed.xlsx")
    write_blank_template(seed_document(), tmp_path / "blank.xlsx")
    out = tmp_path / "out"
    out.mkdir()
    resaved = _convert(tmp_path / "seed.xlsx", "xlsx", out)
    assert {
        c.row: str(v) for c, v in import_workbook(resaved).document.values.items()
    } == SEED_VALUES
    blank = _convert(tmp_path / "blank.xlsx", "xlsx", out)
    assert import_workbook(blank).document.values == {}  # totals of blank parts stay blank
    old = _convert(tmp_path / "blank.xlsx", "xls", out)
    # calamine reads an .xls formula's empty-text result as 0: only the totals, never a part.
    values = import_workbook(old).document.values
    assert set(values) <= seed_document().validator.computed_cells
    assert set(values.values()) <= {0}


@pytest.mark.slow
def test_opendocument_spreadsheet_is_read_too(tmp_path: Path) -> None:
    write_workbook(seed_document(), tmp_path / "seed.xlsx")
    ods = _convert(tmp_path / "seed.xlsx", "ods", tmp_path)
    result = import_workbook(ods)
    assert result.report.file_type == "ods"
    assert {c.row: str(v) for c, v in result.document.values.items()} == SEED_VALUES
