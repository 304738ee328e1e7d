"""Bounds on what an .xlsx declares, checked on the raw XML before calamine reads it in-process.

calamine allocates from what the file says: the bounding box of the cells that hold something (a single
`<c r="XFD99999999">` asks for ~10^12 cells and the allocation failure aborts the whole process) and the
shared-strings table's `uniqueCount` (reserved up front). Empty formatted cells cost calamine nothing, so
a sheet with 100,000 formatted empty rows is read as long as its content is small.
"""

from __future__ import annotations

import re

from govinfo_desktop.core.notices import CodedError
from govinfo_desktop.formats.messages import workbooks as book_msg

MAX_EXCEL_ROWS, MAX_EXCEL_COLS = 1_048_576, 16_384
MAX_SHARED_STRINGS = 1_000_000  # a statistics table has a few hundred

# Three passes over the raw XML, each in C: a Python loop over 600,000 cells takes seconds.
_BAD_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="(?![A-Z]{1,3}[1-9][0-9]{0,6}")([^"]*)"')
_BAD_ROW_R = re.compile(rb'<(?:\w+:)?row\s[^>]*?\br="(?![1-9][0-9]{0,6}")([^"]*)"')
# A cell that is not self-closing (<c …/> is an empty formatted cell, which calamine skips).
_CONTENT_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>/]*>')
_SST_COUNT = re.compile(rb'\buniqueCount="\s*([^"]*)"')


class DamagedSheet(CodedError):
    """What is wrong, without the file's name (the caller adds it)."""


def content_extent(data: bytes, sheet: str) -> tuple[int, int]:
    """Highest row and column of the cells that hold a value; refuses references Excel cannot have."""
    bad = _BAD_CELL_REF.search(data)
    if bad is not None:
        raise DamagedSheet(book_msg.BAD_CELL_ADDRESS, sheet=sheet, ref=_shown(bad.group(1)))
    bad = _BAD_ROW_R.search(data)
    if bad is not None:
        raise DamagedSheet(book_msg.BAD_ROW_NUMBER, sheet=sheet, ref=_shown(bad.group(1)))
    refs = _CONTENT_REF.findall(data)
    if not refs:
        return 0, 0
    letters, numbers = (set(part) for part in zip(*refs, strict=True))
    rows = int(max(numbers, key=_by_value))
    cols = _column(max(letters, key=_by_value))
    if rows > MAX_EXCEL_ROWS or cols > MAX_EXCEL_COLS:
        raise DamagedSheet(book_msg.CELLS_OUT_OF_RANGE, sheet=sheet, rows=rows, cols=cols)
    return rows, cols


def _by_value(text: bytes) -> tuple[int, bytes]:
    return len(text), text  # "AA" > "Z" and "10" > "9", without converting every reference


def check_shared_strings(head: bytes) -> None:
    """`head`: the start of the shared-strings part, where <sst count=… uniqueCount=…> is."""
    for match in _SST_COUNT.finditer(head[:4096]):
        number = match.group(1)
        if not number.isdigit() or len(number) > 9 or int(number) > MAX_SHARED_STRINGS:
            raise DamagedSheet(book_msg.SHARED_STRINGS, count=_shown(number))


def _column(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def _shown(raw: bytes) -> str:
    text = raw.decode("utf-8", "replace")
    return text if len(text) <= 20 else f"{text[:20]}…"
