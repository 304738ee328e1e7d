"""Damaged and hostile variants of the test fixtures, for the regression and fuzz tests (issue 10)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "excel"
LIBREOFFICE_XLSX = FIXTURES / "national-2021-export.libreoffice.xlsx"
LIBREOFFICE_XLS = FIXTURES / "national-2021-export.libreoffice.xls"
SHEET = "xl/worksheets/sheet1.xml"


def with_member(
    source: bytes, member: str, change: Callable[[bytes], bytes], method: int = zipfile.ZIP_DEFLATED
) -> bytes:
    """`source` (a zip) with one member's bytes changed; other members copied as they are."""
    original = zipfile.ZipFile(io.BytesIO(source))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as target:
        for info in original.infolist():
            data = original.read(info.filename)
            target.writestr(info.filename, change(data) if info.filename == member else data)
    return out.getvalue()


def without_member(source: bytes, member: str) -> bytes:
    original = zipfile.ZipFile(io.BytesIO(source))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in original.infolist():
            if info.filename != member:
                target.writestr(info.filename, original.read(info.filename))
    return out.getvalue()


def first_cell_ref_set(data: bytes, new_row: bytes) -> bytes:
    """The first row-1 cell of a sheet moved to row `new_row` (e.g. b"99999999")."""
    return re.sub(rb'<c r="([A-Z]+)1"', rb'<c r="\g<1>' + new_row + b'"', data, count=1)


def huge_unique_count(data: bytes) -> bytes:
    return re.sub(rb'uniqueCount="\d+"', b'uniqueCount="4000000000"', data, count=1)


def xls_with_dimensions(source: bytes, rows: int, cols: int) -> bytes:
    """Every DIMENSIONS record (BIFF8: type 0x0200, 14 bytes) of an .xls declaring rows × cols."""
    data = bytearray(source)
    offset = 0
    while (offset := data.find(b"\x00\x02\x0e\x00", offset)) >= 0:
        struct.pack_into("<IIHH", data, offset + 4, 0, rows, 0, cols)
        offset += 4
    return bytes(data)


def xls_with_bad_sheet_offsets(source: bytes) -> bytes:
    """Every BOUNDSHEET record (type 0x0085) pointing far past the end of the stream."""
    data = bytearray(source)
    offset = 0
    while (offset := data.find(b"\x85\x00", offset)) >= 0:
        length = struct.unpack_from("<H", data, offset + 2)[0]
        if 8 <= length < 80:
            struct.pack_into("<I", data, offset + 4, 0x7FFFFFF0)
        offset += 1
    return bytes(data)
