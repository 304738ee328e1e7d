"""Imported report texts are bounded in time as well as size: web pages are read in linear time (html.parser
took minutes on 400 KB of “<a<a…”), Word XML is read as a stream, and both stop at a deadline."""

from __future__ import annotations

import html.parser
import time
import zipfile
from pathlib import Path

import pytest
from defusedxml import ElementTree

from govinfo_desktop.formats.report import reading
from govinfo_desktop.formats.report.html_text import BLOCK_TAGS, html_text
from govinfo_desktop.formats.report.reading import TextImportError, read_text_file
from tests.core.text_helpers import CORRECT_2021

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


class _Reference(html.parser.HTMLParser):
    """What the import did before (html.parser): the texts must not change for ordinary pages."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in {"script", "style"}:
            self.skip += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _reference(markup: str) -> str:
    parser = _Reference()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


PAGES = [
    "<html><head><title>年报</title><style>p{color:red}</style></head><body>"
    + "".join(f"<p class='x'>{line}</p>" for line in CORRECT_2021.splitlines())
    + "<script>var s='<p>答复1件</p>';</script></body></html>",
    '<div title="a>b">予以公开&nbsp;20件&lt;部分&gt;</div><br/><!-- 注释 <p> -->办结率&#49;00%',
    "<!DOCTYPE html><TABLE><TR><TD>行政复议</TD><TD>27</TD></TR></TABLE>3 < 5 &amp; 6",
    "<?xml version='1.0'?><section><h2>五、存在的主要问题</h2><ul><li>一是</li><li>二是</li></ul></section>",
]


@pytest.mark.parametrize("page", PAGES)
def test_ordinary_pages_read_as_before(page: str) -> None:
    assert html_text(page) == _reference(page)


@pytest.mark.parametrize(
    "markup",
    ["<a" * 200_000, "<!--" * 100_000, "</" * 200_000, "<!" * 200_000, "<a title='" * 50_000,
     "<script>" + "</scrip" * 50_000, "<p>" * 200_000],
)  # fmt: skip
def test_pathological_pages_are_read_in_linear_time(markup: str, tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text(markup, "utf-8")
    started = time.perf_counter()
    read_text_file(page)  # html.parser: about 250 s for the first one
    assert time.perf_counter() - started < 2.0


def _docx(path: Path, body: str) -> Path:
    xml = f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", xml)
    return path


def test_docx_paragraphs_read_as_before(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>新收</w:t></w:r><w:r><w:t>42件</w:t></w:r>"
        "<w:r><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:r>"
        "<w:r><w:t>。</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>表</w:t></w:r></w:p>"
        "</w:tc></w:tr></w:tbl><w:p/>"
    )
    path = _docx(tmp_path / "r.docx", body)
    root = ElementTree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    before = "\n".join(
        "".join(t.text or "" for t in p.iter(f"{{{W}}}t")) for p in root.iter(f"{{{W}}}p")
    )
    assert read_text_file(path) == before == "一、总体情况\n新收42件框内。\n框内\n表\n"


def test_a_slow_docx_is_stopped_at_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A small file (about 40 KB) that unpacks to 30 MB of empty paragraphs."""
    path = _docx(tmp_path / "slow.docx", "<w:p/>" * 5_000_000)
    assert path.stat().st_size < 200_000
    monkeypatch.setattr(reading, "MAX_PARSE_SECONDS", 0.3)
    started = time.perf_counter()
    with pytest.raises(TextImportError, match=r"slow\.docx.*超过 0\.3 秒"):
        read_text_file(path)
    assert time.perf_counter() - started < 1.5


def test_a_slow_page_is_stopped_at_the_deadline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "slow.html"
    page.write_text("<p>字</p>" * 100_000, "utf-8")
    monkeypatch.setattr(reading, "MAX_PARSE_SECONDS", 0.0)
    with pytest.raises(TextImportError, match=r"slow\.html.*已停止"):
        read_text_file(page)
