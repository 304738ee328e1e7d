"""What a file really is (by its first bytes, never its name), and whether it is safe to open.

A spreadsheet is a zip (.xlsx, .ods) or an OLE compound file (.xls, or an .xlsx encrypted with a password).
Zip members are checked for size and compression ratio before any XML parser sees them, so a zip bomb is
refused in milliseconds; XML entity tricks are refused by defusedxml inside openpyxl.
"""

from __future__ import annotations

import enum
import logging
import zipfile
from pathlib import Path

from govinfo_desktop.core.notices import CodedError, Entry
from govinfo_desktop.formats.messages import files as file_msg

_log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_MEMBER_BYTES = 40 * 1024 * 1024  # uncompressed size of one part of an .xlsx
MAX_TOTAL_BYTES = 80 * 1024 * 1024
MAX_RATIO = 120  # real sheets compress 5–30×; a bomb compresses thousands of times
MAX_MEMBERS = 5000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ImportFailed(CodedError):
    """A file that cannot be imported: one catalogue notice; str() is its Chinese line naming the file."""


class _Unsafe(Exception):
    pass


class FileKind(enum.StrEnum):
    XLSX = "xlsx"
    XLS = "xls"
    ODS = "ods"


def sniff(path: Path) -> FileKind:
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            head = stream.read(4096)
    except FileNotFoundError as error:
        raise ImportFailed(file_msg.FILE_NOT_FOUND, path=path) from error
    except OSError as error:
        raise ImportFailed(
            file_msg.FILE_UNREADABLE, path=name, detail=error.strerror or error
        ) from error
    if size == 0:
        raise ImportFailed(file_msg.FILE_EMPTY, name=name)
    if size > MAX_FILE_BYTES:
        raise ImportFailed(file_msg.FILE_TOO_LARGE, name=name, size_mb=size // 1024 // 1024)
    if head.startswith(b"PK\x03\x04"):
        return _check_zip(path)
    if head.startswith(_OLE_MAGIC):
        return _check_ole(path)
    raise ImportFailed(_what_else(head), name=name)


def _what_else(head: bytes) -> Entry:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<html" in text:
        return file_msg.NOT_EXCEL_HTML
    if head.startswith(b"%PDF"):
        return file_msg.NOT_EXCEL_PDF
    if _looks_like_text(head):
        return file_msg.NOT_EXCEL_TEXT
    return file_msg.NOT_EXCEL


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8", "gb18030"):
        try:
            head.decode(encoding)
        except UnicodeDecodeError:
            continue
        return b"\x00" not in head
    return False


def _check_zip(path: Path) -> FileKind:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            kind = _zip_kind(archive, name)
            _check_members(archive.infolist(), name)
            for member in archive.infolist():
                _verify_member(archive, member)
    except _Unsafe as error:
        raise ImportFailed(file_msg.UNSAFE_XML, name=name) from error
    except zipfile.BadZipFile as error:
        raise ImportFailed(file_msg.ZIP_CHECKSUM, name=name) from error
    except ImportFailed:
        raise
    except Exception as error:  # a damaged deflate, LZMA or bzip2 member, a bad header: "damaged"
        _log.info("%s: damaged zip member", name, exc_info=True)  # the support log only
        raise ImportFailed(file_msg.ZIP_DAMAGED, name=name) from error
    return kind


def _verify_member(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Decompress in small steps: a member that holds more than its declared size fails the CRC check
    at the declared size (zipfile stops there), so a lying header never gets to expand in memory."""
    tail = b""
    with archive.open(member) as stream:
        while chunk := stream.read(1 << 16):
            if b"<!DOCTYPE" in tail + chunk or b"<!ENTITY" in tail + chunk:
                # OOXML never declares a DTD: one that does is an entity (billion laughs) attack.
                raise _Unsafe(member.filename)
            tail = chunk[-16:]


def _zip_kind(archive: zipfile.ZipFile, name: str) -> FileKind:
    names = set(archive.namelist())
    if "xl/workbook.xml" in names or any(n.endswith("workbook.xml") for n in names):
        return FileKind.XLSX
    if "content.xml" in names:
        # OpenDocument puts its kind in "mimetype"; a damaged file may lack it: calamine decides then.
        kind = archive.read("mimetype")[:100] if "mimetype" in names else b"spreadsheet"
        if b"spreadsheet" in kind:
            return FileKind.ODS
    if "word/document.xml" in names:
        raise ImportFailed(file_msg.WORD_DOCUMENT, name=name)
    if "ppt/presentation.xml" in names:
        raise ImportFailed(file_msg.POWERPOINT, name=name)
    raise ImportFailed(file_msg.ZIP_ARCHIVE, name=name)


def _check_members(members: list[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise ImportFailed(file_msg.TOO_MANY_PARTS, name=name)
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise ImportFailed(file_msg.PASSWORD, name=name)
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        big = member.file_size > 1024 * 1024
        if (
            member.file_size > MAX_MEMBER_BYTES
            or total > MAX_TOTAL_BYTES
            or (big and ratio > MAX_RATIO)
        ):
            raise ImportFailed(file_msg.ZIP_BOMB, name=name, part=member.filename)


def _check_ole(path: Path) -> FileKind:
    # An .xlsx saved with a password is an OLE container holding EncryptionInfo/EncryptedPackage.
    data = path.read_bytes()
    if (
        "EncryptedPackage".encode("utf-16-le") in data
        or "EncryptionInfo".encode("utf-16-le") in data
    ):
        raise ImportFailed(file_msg.ENCRYPTED, name=path.name)
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return FileKind.XLS
    if "WordDocument".encode("utf-16-le") in data:
        raise ImportFailed(file_msg.WORD_DOC, name=path.name)
    raise ImportFailed(file_msg.NOT_XLS, name=path.name)


def sheet_extent_ok(rows: int, cols: int) -> bool:
    """A sheet whose used range is this large is not a statistics table (and would exhaust memory)."""
    return rows * cols <= 2_000_000 and rows <= 100_000
