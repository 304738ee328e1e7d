"""`govinfo-desktop pdf IN -o OUT.pdf [--no-seam-guide]`: exit codes as for `check`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govinfo_desktop import cli
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.govinfo_file import save_document
from tests.formats.pdf_helpers import page_texts, squeeze
from tests.helpers import consistent_document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "岳阳县2017-本级政府.govinfo"


def _text(path: Path) -> str:
    return squeeze("".join(page_texts(path.read_bytes())))


def test_seed_example_prints_and_exits_0(tmp_path: Path) -> None:
    output = tmp_path / "岳阳县.pdf"
    assert cli.main(["pdf", str(EXAMPLE), "-o", str(output)]) == cli.EXIT_OK
    text = _text(output)
    assert "2017年度政府信息公开情况统计表(本级政府)" in text
    assert "31535" in text and "骑缝章" in text and "草稿" not in text
    grouped = tmp_path / "分隔.pdf"
    assert cli.main(["pdf", str(EXAMPLE), "-o", str(grouped), "--thousands"]) == cli.EXIT_OK
    assert "31,535" in _text(grouped)


def test_no_seam_guide_option(tmp_path: Path) -> None:
    output = tmp_path / "out.pdf"
    assert cli.main(["pdf", str(EXAMPLE), "-o", str(output), "--no-seam-guide"]) == cli.EXIT_OK
    assert "骑缝章" not in _text(output)


def test_report_with_errors_still_prints_as_draft_and_exits_1(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    document.values[CellRef("t4_cases", "rv_total")] += 1
    source = tmp_path / "有错.govinfo"
    save_document(document, source)
    output = tmp_path / "有错.pdf"
    assert cli.main(["pdf", str(source), "-o", str(output)]) == cli.EXIT_ERRORS
    assert "草稿：存在1处错误" in _text(output)


def test_font_warning_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = consistent_document("national-2019")
    document.metadata["unit"] = "𠀀村委会"
    source = tmp_path / "生僻字.govinfo"
    save_document(document, source)
    assert cli.main(["pdf", str(source), "-o", str(tmp_path / "o.pdf")]) == cli.EXIT_OK
    err = capsys.readouterr().err
    assert "警告" in err and "填报单位" in err and "𠀀" in err


def test_missing_input_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "x.pdf"
    assert (
        cli.main(["pdf", str(tmp_path / "没有.govinfo"), "-o", str(output)]) == cli.EXIT_UNREADABLE
    )
    assert "找不到文件" in capsys.readouterr().err and not output.exists()


def test_unwritable_output_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "in.govinfo"
    shutil.copy(EXAMPLE, source)
    output = tmp_path / "不存在的文件夹" / "x.pdf"
    assert cli.main(["pdf", str(source), "-o", str(output)]) == cli.EXIT_UNREADABLE
    assert "无法保存" in capsys.readouterr().err


def test_excel_input_prints_the_same_table(tmp_path: Path) -> None:
    from govinfo_desktop.formats.excel import exporter as excel_export  # noqa: PLC0415

    source = tmp_path / "报表.xlsx"
    excel_export.write_workbook(consistent_document("national-2021"), source)
    output = tmp_path / "报表.pdf"
    assert cli.main(["pdf", str(source), "-o", str(output)]) == cli.EXIT_OK
    text = _text(output)
    assert (
        "三、收到和处理政府信息公开申请情况" in text
        and "四、政府信息公开行政复议、行政诉讼情况" in text
    )
