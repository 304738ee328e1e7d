"""Reading a report's text from .txt, .docx or .html — files from anywhere, so treated as hostile: size
and expansion bounded, XML parsed with defusedxml (no entities, no DTD) as a stream, pages read in linear
time, and both stopped at a deadline (MAX_PARSE_SECONDS); only text kept. A refused file gives one clear
Chinese line (TextImportError)."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path
from typing import IO

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify
from govinfo_desktop.formats.report.html_text import html_text

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_XML_BYTES = 40 * 1024 * 1024  # word/document.xml unpacked (a zip bomb unpacks to gigabytes)
MAX_TEXT_CHARS = 2_000_000
MAX_PARSE_SECONDS = 5.0  # a real report reads in milliseconds; a crafted file is stopped here
SUFFIXES = (".txt", ".docx", ".html", ".htm")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T = f"{_W}p", f"{_W}t"
CHECK_EVERY = 512  # XML events between two looks at the clock


class _Deadline:
    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.end = time.monotonic() + MAX_PARSE_SECONDS

    def check(self) -> None:
        if time.monotonic() > self.end:
            raise TextImportError(
                f"“{self.name}”的内容过于复杂，读取超过 {MAX_PARSE_SECONDS:g} 秒，已停止"
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
    deadline = _Deadline(path)
    if suffix == ".docx":
        text = _docx_text(path, deadline)
    elif suffix == ".txt":
        text = _decode(data)
    else:
        text = html_text(_decode(data), deadline.check)
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


def _docx_text(path: Path, deadline: _Deadline) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise TextImportError(f"“{path.name}”解压后过大，已拒绝读取")
            with archive.open(info) as stream:
                return _paragraph_lines(stream, deadline)
    except TextImportError:
        raise
    except (zipfile.BadZipFile, KeyError, OSError) as error:
        raise TextImportError(f"“{path.name}”不是有效的 Word（.docx）文件") from error
    except (DefusedXmlException, ElementTree.ParseError) as error:
        raise TextImportError(f"“{path.name}”的内容不安全或已损坏，已拒绝读取") from error


def _paragraph_lines(stream: IO[bytes], deadline: _Deadline) -> str:
    """One line per w:p in document order, each with all the w:t text inside it (a paragraph inside
    a text box also gives its own line after), read as a stream so the clock is looked at throughout."""
    lines: list[str] = []
    open_paragraphs: list[tuple[int, list[str]]] = []  # (its line, its texts so far)
    events = ElementTree.iterparse(stream, events=("start", "end"))
    for count, (event, element) in enumerate(events):
        if count % CHECK_EVERY == 0:
            deadline.check()
        if element.tag == _P and event == "start":
            open_paragraphs.append((len(lines), []))
            lines.append("")
        elif element.tag == _P:
            line, texts = open_paragraphs.pop()
            lines[line] = "".join(texts)
            if open_paragraphs:
                open_paragraphs[-1][1].append(lines[line])
            element.clear()  # keeps memory flat on a long document
        elif element.tag == _T and event == "end" and open_paragraphs:
            open_paragraphs[-1][1].append(element.text or "")
    return "\n".join(lines)
