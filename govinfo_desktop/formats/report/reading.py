"""Reading a report's text from .txt, .docx or .html — files from anywhere, so treated as hostile: size
and expansion bounded, XML parsed with defusedxml (no entities, no DTD), only text kept. A refused file
gives one clear Chinese line (TextImportError)."""

from __future__ import annotations

import html.parser
import zipfile
from pathlib import Path

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 40 * 1024 * 1024  # word/document.xml unpacked (a zip bomb unpacks to gigabytes)
MAX_TEXT_CHARS = 2_000_000
SUFFIXES = (".txt", ".docx", ".html", ".htm")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "article",
        "td",
        "th",
        "title",
    ]
)


class TextImportError(ValueError):
    """A text file that cannot be read; the message is one line of plain Chinese naming the file."""


def read_text_file(path: Path) -> str:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise TextImportError(f"“{path.name}”不是 .txt、.docx 或 .html 文件，无法读取正文")
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise TextImportError(f"“{path.name}”太大（超过 20 MB），不像年报正文")
        data = path.read_bytes()
    except FileNotFoundError as error:
        raise TextImportError(f"找不到文件“{path}”") from error
    except OSError as error:
        raise TextImportError(f"无法读取“{path}”：{error.strerror or error}") from error
    if suffix == ".docx":
        text = _docx_text(path)
    elif suffix == ".txt":
        text = _decode(data)
    else:
        text = _html_text(_decode(data))
    if len(text) > MAX_TEXT_CHARS:
        raise TextImportError(f"“{path.name}”的文字太多（超过 200 万字），不像年报正文")
    return text


def import_text(path: Path, table_id: str) -> ReportText:
    """The file's text as a ReportText, headings assigned to the format's sections."""
    return parse_text(read_text_file(path), table_id, simplify)


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _docx_text(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise TextImportError(f"“{path.name}”解压后过大，已拒绝读取")
            xml = archive.read(info)
        root = ElementTree.fromstring(xml)
    except TextImportError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise TextImportError(f"“{path.name}”不是有效的 Word（.docx）文件") from error
    except (DefusedXmlException, ElementTree.ParseError) as error:
        raise TextImportError(f"“{path.name}”的内容不安全或已损坏，已拒绝读取") from error
    lines = []
    for paragraph in root.iter(f"{_W}p"):
        lines.append("".join(node.text or "" for node in paragraph.iter(f"{_W}t")))
    return "\n".join(lines)


class _TextCollector(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _html_text(markup: str) -> str:
    collector = _TextCollector()
    collector.feed(markup)
    collector.close()
    return "".join(collector.parts)
