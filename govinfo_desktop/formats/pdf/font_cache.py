"""A cache of reportlab's parsed font tables, so that the first PDF of a session does not re-parse UMing.

reportlab reads a TrueType face's tables in pure Python (~130 ms for the 27 000 glyphs of AR PL UMing CN,
about half of the first PDF). The parsed tables are plain dicts and lists: they are stored with `marshal`
(no code is ever loaded from the cache) in the user's cache folder, keyed by the font file's size and
modification time and by reportlab's version, and the font bytes themselves are read from the bundled file.
Anything unexpected — no cache folder, a stale or broken entry — falls back to parsing the font.
"""

from __future__ import annotations

import contextlib
import marshal
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

_CACHE_FORMAT = 1
_SKIPPED = ("_pdfScale", "_ttf_data")  # a lambda, and the file's bytes (read from the font itself)


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
        face = TTFontFace.__new__(TTFontFace)
        pdfmetrics.TypeFace.__init__(face, None)
        for key, value in state.items():
            setattr(face, key, TTFNameBytes(value) if key in names else value)
        # reportlab's private fields, as its own constructor sets them (pinned reportlab; see the test)
        face._ttf_data = path.read_bytes()  # type: ignore[attr-defined]
        face._pdfScale = _scale(face.unitsPerEm)  # type: ignore[attr-defined]
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError, ZeroDivisionError):
        return None
    return _font_with_face(name, face)


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
    state = {k: v for k, v in vars(face).items() if k not in _SKIPPED}
    names = [k for k, v in state.items() if isinstance(v, TTFNameBytes)]
    for key in names:
        state[key] = bytes(state[key])
    state["_names"] = names
    with contextlib.suppress(OSError, SaveError, ValueError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(entry, marshal.dumps(state))
