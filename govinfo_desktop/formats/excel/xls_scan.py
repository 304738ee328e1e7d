"""The sizes an .xls declares, read before any reader trusts them: each sheet's DIMENSIONS record and
each BOUNDSHEET record's stream offset, from the Workbook stream of the OLE compound file.

calamine reserves memory from DIMENSIONS (2^31 rows × 65,535 columns aborts the process) and slices at
BOUNDSHEET offsets (a bad one panics). A damaged value here is refused with a clear message; anything this
small parser cannot follow is left to the reader, which runs in a limited child process anyway.
"""

from __future__ import annotations

import struct

from govinfo_desktop.formats.excel.sniff import ImportFailed
from govinfo_desktop.formats.messages import files as file_msg

MAX_XLS_ROWS, MAX_XLS_COLS = 65_536, 256  # BIFF8's own limits
_END = 0xFFFFFFFE
_DIMENSIONS, _BOUNDSHEET = 0x0200, 0x0085


class _Unreadable(Exception):
    pass


def check_xls(data: bytes, name: str) -> None:
    """Refuses declared sizes an .xls cannot have; silent when the structure cannot be followed."""
    try:
        stream = _workbook_stream(data)
    except (_Unreadable, struct.error, IndexError):
        return
    if stream is None:
        return
    offset = 0
    while offset + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, offset)
        body = stream[offset + 4 : offset + 4 + length]
        if kind == _DIMENSIONS and length == 14:
            first_row, last_row, _first_col, last_col = struct.unpack_from("<IIHH", body)
            if last_row > MAX_XLS_ROWS or last_col > MAX_XLS_COLS or first_row > last_row:
                raise ImportFailed(file_msg.XLS_RANGE, name=name, rows=last_row, cols=last_col)
        elif kind == _BOUNDSHEET and length >= 8:
            (position,) = struct.unpack_from("<I", body)
            if position >= len(stream):
                raise ImportFailed(file_msg.XLS_SHEET_OFFSET, name=name)
        offset += 4 + length


def _workbook_stream(data: bytes) -> bytes | None:
    if len(data) < 512:
        raise _Unreadable
    sector = 1 << struct.unpack_from("<H", data, 0x1E)[0]
    if sector not in (512, 4096):
        raise _Unreadable
    fat = _fat(data, sector)
    directory = _chain(data, fat, struct.unpack_from("<I", data, 0x30)[0], sector)
    cutoff = struct.unpack_from("<I", data, 0x38)[0]
    for at in range(0, len(directory) - 127, 128):
        entry = directory[at : at + 128]
        length = struct.unpack_from("<H", entry, 64)[0]
        entry_name = entry[: max(length - 2, 0)].decode("utf-16-le", "replace")
        if entry[66] == 2 and entry_name in {"Workbook", "Book"}:
            start, size = struct.unpack_from("<II", entry, 116)
            if size < cutoff:
                return None  # in the mini stream: too small to matter here
            return _chain(data, fat, start, sector)[:size]
    return None


def _fat(data: bytes, sector: int) -> list[int]:
    count = struct.unpack_from("<I", data, 0x2C)[0]
    difat = list(struct.unpack_from("<109I", data, 0x4C))[: min(count, 109)]
    table: list[int] = []
    for number in difat:
        start = (number + 1) * sector
        if start + sector > len(data):
            raise _Unreadable
        table.extend(struct.unpack_from(f"<{sector // 4}I", data, start))
    return table


def _chain(data: bytes, fat: list[int], start: int, sector: int) -> bytes:
    parts: list[bytes] = []
    seen: set[int] = set()
    number = start
    while number != _END:
        if number in seen or number >= len(fat) or (number + 2) * sector > len(data) + sector:
            raise _Unreadable  # a loop or a pointer outside the file
        seen.add(number)
        parts.append(data[(number + 1) * sector : (number + 2) * sector])
        number = fat[number]
    return b"".join(parts)
