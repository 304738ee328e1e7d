"""A cache of reportlab's parsed font tables, so that the first PDF of a session does not re-parse UMing.

reportlab reads a TrueType face's tables in pure Python (~130 ms for the 27 000 glyphs of AR PL UMing CN,
about half of the first PDF). The parsed tables are plain dicts and lists: they are stored with `marshal`
(no code is ever loaded from the cache) in the user's cache folder, keyed by the font file's size and
modification time and by reportlab's version, and the font bytes themselves come from the bundled file.
Anything unexpected — no cache folder, a stale or broken entry — falls back to parsing the font.

A cached face maps its font file instead of reading it (UMing is 21 MB: ~15 ms to read), and its subsetting
copies only the glyphs it embeds instead of the whole 18 MB glyf table for every 256 characters (~15 ms
each). The glyph-to-character map, which reportlab needs only while parsing, is not stored, and repeated
numbers (widths, metrics) are stored once: the entry loads in half the time.
"""

from __future__ import annotations

import contextlib
import marshal
import mmap
import os
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import (  # type: ignore[attr-defined]  # not in the stubs
    TTEncoding,
    TTFNameBytes,
    TTFont,
    TTFontFace,
    unShapedFontGlob,
)

from govinfo_desktop.formats.atomic import SaveError, atomic_write_bytes

_CACHE_FORMAT = 2
# a lambda, the file's bytes (mapped from the font itself), and what only parsing uses
_SKIPPED = ("_pdfScale", "_ttf_data", "glyphToChar")


def cache_dir() -> Path | None:
    if os.environ.get("GOVINFO_DESKTOP_NO_FONT_CACHE"):
        return None
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = Path(os.environ["LOCALAPPDATA"])
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "govinfo-desktop" / "fonts"


def load_font(name: str, path: Path, index: int) -> TTFont:
    """`TTFont(name, path, subfontIndex=index)`, from the cache when it holds this very file."""
    entry = _entry(path, index)
    font = _from_cache(name, path, entry) if entry else None
    if font is None:
        font = TTFont(name, str(path), subfontIndex=index)
        if entry:
            _store(font.face, entry)
    return font


def _entry(path: Path, index: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    stat = path.stat()
    key = f"{path.stem}-{index}-{stat.st_size}-{stat.st_mtime_ns}-rl{reportlab.Version}-v{_CACHE_FORMAT}"
    return folder / f"{key}.marshal"


def _from_cache(name: str, path: Path, entry: Path) -> TTFont | None:
    try:
        # marshal builds plain data and runs nothing; a code object in the cache would only be stored.
        state: dict[str, Any] = marshal.loads(entry.read_bytes())  # noqa: S302
        if not isinstance(state, dict):
            return None
        names = set(state.pop("_names"))
        face = MappedFace.__new__(MappedFace)
        pdfmetrics.TypeFace.__init__(face, None)
        for key, value in state.items():
            setattr(face, key, TTFNameBytes(value) if key in names else value)
        # reportlab's private fields, as its own constructor sets them (pinned reportlab; see the test)
        face._ttf_data = _mapped(path)  # type: ignore[attr-defined]
        face._pdfScale = _scale(face.unitsPerEm)  # type: ignore[attr-defined]
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError, ZeroDivisionError):
        return None
    return _font_with_face(name, face)


def _mapped(path: Path) -> mmap.mmap | bytes:
    """The font file's bytes, mapped: slices read only the pages they cover."""
    with path.open("rb") as file:
        try:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # a file system that cannot map: read it
            return file.read()


class MappedFace(TTFontFace):
    """A face from the cache: subsetting takes each glyph it embeds from the font file, where reportlab
    would first copy the whole glyf table (18 MB for UMing, once per subset of 256 characters)."""

    def get_table(self, tag: str) -> Any:
        if tag == "glyf":
            return _TableView(self._ttf_data, *self.get_table_pos(tag))  # type: ignore[attr-defined]
        return super().get_table(tag)  # type: ignore[no-untyped-call]


class _TableView:
    """table[a:b] as bytes from the font's data, without copying the table first."""

    def __init__(self, data: mmap.mmap | bytes, offset: int, length: int) -> None:
        self._data, self._offset, self._length = data, offset, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: slice) -> bytes:
        part = range(self._length)[key]
        if part.step != 1:
            raise ValueError("font tables are sliced in order")
        return self._data[self._offset + part.start : self._offset + part.stop]


def _scale(units_per_em: int) -> Any:
    # As TTFontFile.extractInfo does: identity at 1000 units per em, else a factor (same numbers, same bytes).
    if units_per_em == 1000:
        return lambda value: value
    factor = 1000 / units_per_em
    return lambda value: value * factor


def _font_with_face(name: str, face: TTFontFace) -> TTFont:
    """What TTFont.__init__ does once its face is parsed."""
    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable  # type: ignore[attr-defined]
    font.shapable = not any(fnmatch(name, pattern) for pattern in unShapedFontGlob)
    return font


def _store(face: TTFontFace, entry: Path) -> None:
    state = {k: _shared(v) for k, v in vars(face).items() if k not in _SKIPPED}
    names = [k for k, v in state.items() if isinstance(v, TTFNameBytes)]
    for key in names:
        state[key] = bytes(state[key])
    state["_names"] = names
    with contextlib.suppress(OSError, SaveError, ValueError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(entry, marshal.dumps(state))


def _shared(value: Any) -> Any:
    """`value` with equal widths and metrics as one object each: marshal stores a repeated object once
    and loads it as one (UMing's 28 000 widths take 14 values, its 49 000 metrics 584 pairs)."""
    pool: dict[Any, Any] = {}

    def one(item: Any) -> Any:
        if isinstance(item, tuple):
            item = tuple(one(part) for part in item)
        if isinstance(item, float | tuple):
            return pool.setdefault(repr(item), item)  # repr: 512 and 512.0 stay apart
        return item

    if isinstance(value, dict):
        return {key: one(item) for key, item in value.items()}
    if isinstance(value, list):
        return [one(item) for item in value]
    return value
