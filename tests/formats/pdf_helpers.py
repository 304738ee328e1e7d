"""Reading back the PDFs the tests write: text per page (pypdf), whitespace removed for CJK matching."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path
from typing import Any

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


# Geometry: where each word's glyphs are (poppler's pdftotext -bbox) and where the ruling lines run (the
# page's path operators, through the transformation in force). Points, origin at the page's lower left.

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Segment = tuple[float, float, float, float]


def word_boxes(data: bytes, tmp_path: Path) -> list[list[tuple[str, Box]]]:
    """Each page's words with their boxes."""
    source = tmp_path / "geometry.pdf"
    source.write_bytes(data)
    html = subprocess.run(
        ["pdftotext", "-bbox", str(source), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages: list[list[tuple[str, Box]]] = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S):
        height = float(page.group(2))
        words = []
        for word in _WORD.finditer(page.group(3)):
            x0, top, x1, bottom = (float(word.group(i)) for i in range(1, 5))
            words.append((word.group(5), (x0, height - bottom, x1, height - top)))
        pages.append(words)
    return pages


_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
)


def ruling_lines(data: bytes) -> list[list[Segment]]:
    """Each page's straight line segments (moveto/lineto pairs) in page coordinates."""
    return [_page_segments(page) for page in reader(data).pages]


def _page_segments(page: Any) -> list[Segment]:
    segments: list[Segment] = []
    start: list[tuple[float, float]] = []

    def visit(operator: bytes, operands: list[Any], cm: list[float], tm: list[float]) -> None:
        if operator not in (b"m", b"l"):
            return
        x, y = float(operands[0]), float(operands[1])
        point = (cm[0] * x + cm[2] * y + cm[4], cm[1] * x + cm[3] * y + cm[5])
        if operator == b"l" and start:
            segments.append((*start[-1], *point))
        start[:] = [point]

    page.extract_text(visitor_operand_before=visit)
    return segments


def crossings(words: list[tuple[str, Box]], segments: list[Segment]) -> list[str]:
    """Numbers whose glyphs a vertical ruling line runs through."""
    found = []
    for text, (x0, y0, x1, y1) in words:
        if not re.fullmatch(r"-?[\d,.]*\d", text):
            continue
        middle = (y0 + y1) / 2
        for sx0, sy0, sx1, sy1 in segments:
            vertical = abs(sx0 - sx1) < 0.01
            if vertical and min(sy0, sy1) <= middle <= max(sy0, sy1) and x0 + 0.2 < sx0 < x1 - 0.2:
                found.append(f"{text} at x {x0:.1f}–{x1:.1f} crosses the line at x {sx0:.1f}")
    return found
