"""Reading back the PDFs the tests write: text per page (pypdf), whitespace removed for CJK matching."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Every needle occurs in `haystack`, each after the previous one."""
    position = 0
    for needle in needles:
        found = haystack.find(squeeze(needle), position)
        assert found >= 0, (
            f"“{needle}” not found after position {position}: …{haystack[position : position + 80]}…"
        )
        position = found + len(squeeze(needle))
