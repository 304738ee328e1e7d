"""`govinfo-desktop check TABLE --text REPORT [--json]`: text findings join the table's problems."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.text_model import Paragraph, ReportText, store_text
from govinfo_desktop.formats.govinfo_file import save_document
from govinfo_desktop.formats.report.reading import read_text_file
from tests.core.text_helpers import CORRECT_2021, SEED_TEXT, document_2021
from tests.helpers import seed_document


@pytest.fixture
def seed_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.govinfo"
    save_document(seed_document(), path)
    return path


def _docx(path: Path, lines: list[str], body: str | None = None) -> Path:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraphs = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)
    xml = (
        body
        or f'<?xml version="1.0"?><w:document xmlns:w="{w}"><w:body>{paragraphs}</w:body></w:document>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", xml)
    return path


def test_seed_text_json_joins_the_problems(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(seed_file), "--text", str(SEED_TEXT), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    text_problems = [p for p in data["problems"] if p["code"].startswith("TXT-")]
    assert [p["code"] for p in text_problems] == ["TXT-NUMBER"]
    (problem,) = text_problems
    assert "回應解讀的情況5條" in problem["message"]
    assert [c["row"] for c in problem["cells"]] == [
        "b2_press",
        "b2_online",
        "b2_articles",
        "b2_weibo",
        "b2_other",
    ]
    assert data["errors"] == 1 and data["text_numbers"] >= 15
    assert {p["code"] for p in data["problems"]} >= {
        "A3",
        "A5",
        "A13",
    }  # the table's own findings stay


def test_docx_and_html_are_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "r.govinfo"
    save_document(document_2021(), table)
    docx = _docx(tmp_path / "r.docx", CORRECT_2021.replace("答复41件", "答复40件").splitlines())
    assert main(["check", str(table), "--text", str(docx), "--json"]) == 1
    codes = [
        p["code"]
        for p in json.loads(capsys.readouterr().out)["problems"]
        if p["code"].startswith("TXT")
    ]
    assert codes == ["TXT-NUMBER"]
    page = tmp_path / "r.html"
    body = "".join(f"<p>{line}</p>" for line in CORRECT_2021.splitlines())
    page.write_text(f"<html><script>var x='答复1件';</script><body>{body}</body></html>", "utf-8")
    main(["check", str(table), "--text", str(page), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert [p for p in data["problems"] if p["code"].startswith("TXT")] == []  # script text skipped
    assert data["text_numbers"] >= 15


def test_text_inside_the_govinfo_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = document_2021()
    text = ReportText.blank("national-2021")
    text.section("overview").paragraphs = [Paragraph.of("2021年新收政府信息公开申请41件。")]
    text.section("problems").paragraphs = [Paragraph.of("栏目更新慢。")]
    text.section("other").paragraphs = [Paragraph.of("未收取信息处理费。")]
    store_text(document, text)
    table = tmp_path / "r.govinfo"
    save_document(document, table)
    assert main(["check", str(table), "--text"]) == 1
    assert "TXT-NUMBER" in capsys.readouterr().out


def test_hostile_files_are_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "r.govinfo"
    save_document(document_2021(), table)
    bomb = '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><d>&b;</d>'
    for path in (
        _docx(tmp_path / "entities.docx", [], body=bomb),
        tmp_path / "broken.docx",
        tmp_path / "report.pdf",
    ):
        if not path.exists():
            path.write_bytes(b"PK\x03\x04 not really")
        assert main(["check", str(table), "--text", str(path)]) == 2
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and path.name in err


def test_big_unpacked_docx_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from govinfo_desktop.formats.report import reading as text_import  # noqa: PLC0415

    monkeypatch.setattr(text_import, "MAX_XML_BYTES", 1000)
    path = _docx(tmp_path / "big.docx", ["字" * 2000])
    with pytest.raises(text_import.TextImportError, match="解压后过大"):
        read_text_file(path)


def test_pdf_with_the_text_before_the_table(seed_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert main(["pdf", str(seed_file), "-o", str(out), "--text", str(SEED_TEXT)]) == 0
    from pypdf import PdfReader  # noqa: PLC0415

    assert "概述" in PdfReader(out).pages[0].extract_text()
