"""The bundled TrueType fonts for PDFs: registration with reportlab, per-character coverage and fallback runs.

reportlab has no font fallback and silently prints a blank for a character its font lacks, so every text
is split into runs, each drawn with the first bundled font that has all of its characters. A character no
font has is drawn as “□” (never a silent blank) and reported to the clerk by the caller.
Run `python -m govinfo_desktop.formats.pdf.fonts` to print the coverage numbers in resources/fonts/README.md.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

from govinfo_desktop.resources import resource_path

SONG = (
    "GovInfoSong"  # AR PL UMing CN: a Ming/Song face, as official forms use; has ASCII and digits
)
HEI = "GovInfoHei"  # Droid Sans Fallback Full: sans (黑体-like); all of URO and Ext-A, but no ASCII
FONT_FILES: dict[str, tuple[str, int]] = {
    SONG: ("uming.ttc", 0),  # subfont 0 = "AR PL UMing CN"
    HEI: ("DroidSansFallbackFull.ttf", 0),
}
MISSING_MARK = "□"
_ALWAYS_OK = frozenset("\n\r\t ")


class Fonts:
    """The bundled fonts, registered with reportlab on first use, with each one's covered code points.

    The fallback face is only read when a character the Song face lacks turns up, which keeps the usual
    PDF (all GB 2312) to one font file read.
    """

    def __init__(self, order: tuple[str, ...] = tuple(FONT_FILES)) -> None:
        self.order = order
        self.coverage: dict[str, frozenset[int]] = {}
        self.load(order[0])

    def load(self, name: str) -> frozenset[int]:
        if name not in self.coverage:
            self.coverage[name] = _register(name)
        return self.coverage[name]

    def font_for(self, char: str, preferred: str = SONG) -> str | None:
        if char in _ALWAYS_OK:
            return preferred
        code = ord(char)
        for name in (preferred, *(n for n in self.order if n != preferred)):
            if code in self.load(name):
                return name
        return None

    def missing(self, text: str) -> list[str]:
        """Characters of `text` no bundled font can print, each once, in order of appearance."""
        seen: dict[str, None] = {}
        for char in text:
            if self.font_for(char) is None:
                seen.setdefault(char, None)
        return list(seen)

    def runs(self, text: str, preferred: str = SONG) -> Iterator[tuple[str, str]]:
        """(font name, text) runs; an uncovered character becomes MISSING_MARK in the preferred font."""
        font, chunk = preferred, list[str]()
        for char in text:
            chosen = self.font_for(char, preferred)
            if chosen is None:
                chosen, char = preferred, MISSING_MARK  # noqa: PLW2901 - shown as a box, never blank
            if chosen != font and chunk:
                yield font, "".join(chunk)
                chunk = []
            font = chosen
            chunk.append(char)
        if chunk:
            yield font, "".join(chunk)

    def markup(self, text: str, preferred: str = SONG) -> str:
        """Paragraph markup: escaped text with a <font> tag around every run not in `preferred`."""
        parts = []
        for font, chunk in self.runs(text, preferred):
            escaped = _escape(chunk).replace("\n", "<br/>")
            parts.append(escaped if font == preferred else f'<font face="{font}">{escaped}</font>')
        return "".join(parts)


def _escape(text: str) -> str:
    # As xml.sax.saxutils.escape, whose import pulls in urllib.request, http, email and ssl (~20 ms).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_LOCK = threading.Lock()


def fonts() -> Fonts:
    """The process-wide font set (the Song face registered; the fallback on demand)."""
    with _LOCK:  # a preload thread and the first print may ask at the same moment
        return _fonts()


@functools.cache
def _fonts() -> Fonts:
    return Fonts()


def preload_in_background() -> threading.Thread:
    """Register the fonts on a daemon thread (0.1–0.2 s of parsing), e.g. once the window is up, so that
    the clerk's first preview or print does not wait for it."""
    thread = threading.Thread(target=fonts, name="govinfo-pdf-fonts", daemon=True)
    thread.start()
    return thread


def _register(name: str) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics  # noqa: PLC0415 - reportlab only when printing

    from govinfo_desktop.formats.pdf.font_cache import load_font  # noqa: PLC0415

    filename, index = FONT_FILES[name]
    font = load_font(name, resource_path("fonts", filename), index)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


def gb2312_hanzi() -> list[str]:
    """The 6763 hanzi of GB 2312 (rows 16–87), decoded from their code points."""
    chars = []
    for high in range(0xB0, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.append(bytes((high, low)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def big5_hanzi() -> list[str]:
    """The 13 051 traditional hanzi of Big5 (levels 1 and 2)."""
    chars = []
    for high in range(0xA4, 0xFA):
        for low in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                char = bytes((high, low)).decode("big5")
            except UnicodeDecodeError:
                continue
            if 0x3400 <= ord(char) <= 0x9FFF:
                chars.append(char)
    return chars


RARE_PLACE_CHARS = "嶽埇氹濛堌崀浉垚漷䢺"


def coverage_report() -> list[str]:
    """Lines: for each character set, how many characters the Song face, the fallback, and both miss."""
    found = fonts()
    sets = {
        "GB 2312 汉字": gb2312_hanzi(),
        "Big5 繁体字": big5_hanzi(),
        "地名生僻字": list(RARE_PLACE_CHARS),
        "URO U+4E00–9FA5": [chr(c) for c in range(0x4E00, 0x9FA6)],
        "Ext-A U+3400–4DB5": [chr(c) for c in range(0x3400, 0x4DB6)],
        "ASCII": [chr(c) for c in range(0x21, 0x7F)],
    }
    lines = []
    for label, chars in sets.items():
        song = sum(ord(c) not in found.load(SONG) for c in chars)
        hei = sum(ord(c) not in found.load(HEI) for c in chars)
        both = len(found.missing("".join(chars)))
        lines.append(f"{label}: {len(chars)} 字; 宋体缺 {song}, 黑体缺 {hei}, 合计缺 {both}")
    return lines


if __name__ == "__main__":
    print("\n".join(coverage_report()))
