"""The report's .docx (公文 layout, real tables) and one-file .html exports."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

from govinfo_desktop.core.text_draft import apply_draft
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.formats.report.reading import import_text
from govinfo_desktop.formats.report.web import build_html
from govinfo_desktop.formats.report.word import write_docx
from tests.core.text_helpers import SEED_TEXT, document_2021
from tests.helpers import seed_document


def _text_2021() -> ReportText:
    text = ReportText.blank("national-2021", "测试县人民政府2021年政府信息公开工作年度报告")
    apply_draft(text, "national-2021")
    return text


def test_docx_has_the_headings_tables_and_field_values(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    write_docx(document_2021(), _text_2021(), path, status="检查结果：0 个错误")
    out = docx.Document(str(path))
    texts = [p.text for p in out.paragraphs]
    assert texts[0] == "测试县人民政府2021年政府信息公开工作年度报告"
    assert "一、总体情况" in texts and "六、其他需要报告的事项" in texts
    assert any("新收政府信息公开申请42件" in t for t in texts)
    assert len(out.tables) == 3  # 二、三、四 as real tables
    heads = out.tables[2].rows[0].cells
    assert heads[0].text == "行政复议" and heads[4].text == "行政复议"  # merged over its 5 columns
    section = out.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert "PAGE" in section.footer._element.xml and "—" in section.footer.paragraphs[0].text
    body = out.styles["Normal"]
    assert body.font.size.pt == 16 and "仿宋" in body.element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia"
    )


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is installed by scripts/system-deps.sh"
)
def test_libreoffice_converts_the_docx_and_its_text_matches(tmp_path: Path) -> None:
    document = seed_document()
    text = import_text(SEED_TEXT, "national-2014")
    path = tmp_path / "seed.docx"
    write_docx(document, text, path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    reader = PdfReader(tmp_path / "seed.pdf")
    words = re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))
    for expected in ("一、概述", "八、附表", "主動公開政府信息31535條", "31481", "—1—"):
        assert expected in words
    assert len(reader.pages) >= 3


def test_html_is_one_file_with_merged_heads() -> None:
    page = build_html(document_2021(), _text_2021())
    assert "<link" not in page and "<style" not in page and "class=" not in page
    assert 'colspan="5" style="border:1px solid #000' in page  # 行政复议 over 5 columns
    assert 'rowspan="3"' in page  # 总计 of table 三 down the head rows
    assert "新收政府信息公开申请42件" in page and "二、主动公开政府信息情况" in page
    assert page.count("<table") == 3


def test_seal_ready_pdf_can_carry_the_text_before_the_table(tmp_path: Path) -> None:
    from govinfo_desktop.formats.pdf.document import build_pdf  # noqa: PLC0415

    document = seed_document()
    text = import_text(SEED_TEXT, "national-2014")
    plain_pdf, plain_result = build_pdf(document)
    with_text, result = build_pdf(document, text=text)
    assert result.pages > plain_result.pages
    path = tmp_path / "r.pdf"
    path.write_bytes(with_text)
    pages = [re.sub(r"\s+", "", page.extract_text()) for page in PdfReader(path).pages]
    assert "一、概述" in pages[0] and "31535" in "".join(pages[:2])
    assert (
        result.seal_area is not None and result.seal_area[0] == result.pages
    )  # seal still on the table's last page
    assert plain_pdf == build_pdf(document)[0]  # without text: unchanged bytes


def test_docx_turns_tables_three_and_four_across_the_page(tmp_path: Path) -> None:
    path = tmp_path / "r.docx"
    write_docx(document_2021(), _text_2021(), path)
    sections = docx.Document(str(path)).sections
    widths = [round(section.page_width.mm) for section in sections]
    assert widths[0] == 210 and 297 in widths and widths[-1] == 210
    grid = sections[0]._sectPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}docGrid"
    )
    assert (
        grid.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}linePitch") == "579"
    )
