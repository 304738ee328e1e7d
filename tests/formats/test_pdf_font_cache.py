"""The parsed-font cache gives exactly what parsing the font gives, and falls back when it cannot help."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_desktop.formats.pdf import font_cache as pdf_font_cache
from govinfo_desktop.resources import resource_path

UMING = resource_path("fonts", "uming.ttc")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    monkeypatch.delenv("GOVINFO_DESKTOP_NO_FONT_CACHE", raising=False)
    return tmp_path


# a function; the font's bytes (mapped when cached, compared below); what reportlab needs only to parse
_NOT_COMPARED = ("_pdfScale", "_ttf_data", "glyphToChar")


def _face_state(font: object) -> dict[str, object]:
    face = font.face  # type: ignore[attr-defined]
    return {k: v for k, v in vars(face).items() if k not in _NOT_COMPARED}


def test_cached_face_equals_the_parsed_face(cache_home: Path) -> None:
    parsed = pdf_font_cache.load_font("CacheTestA", UMING, 0)  # parses, then stores
    entries = list((cache_home / "govinfo-desktop" / "fonts").iterdir())
    assert len(entries) == 1
    cached = pdf_font_cache.load_font("CacheTestB", UMING, 0)  # from the cache
    assert isinstance(cached.face, pdf_font_cache.MappedFace)
    assert _face_state(cached) == _face_state(parsed)
    types = {k: type(v) for k, v in _face_state(parsed).items()}
    assert {k: type(v) for k, v in _face_state(cached).items()} == types
    assert cached.face._ttf_data[:] == parsed.face._ttf_data
    for tag in ("glyf", "head", "cmap"):
        table, expected = cached.face.get_table(tag), parsed.face.get_table(tag)
        assert len(table) == len(expected)
        assert table[5000:5100] == expected[5000:5100] and table[-7:] == expected[-7:]
    assert cached.face._pdfScale(517) == parsed.face._pdfScale(517)
    assert cached.stringWidth("岳阳县人民政府 31,535", 10) == parsed.stringWidth(
        "岳阳县人民政府 31,535", 10
    )
    assert cached.fontName == "CacheTestB" and cached.shapable == parsed.shapable


def test_a_broken_cache_entry_falls_back_to_parsing(cache_home: Path) -> None:
    pdf_font_cache.load_font("CacheTestC", UMING, 0)
    (entry,) = (cache_home / "govinfo-desktop" / "fonts").iterdir()
    entry.write_bytes(b"\x00not marshal data")
    font = pdf_font_cache.load_font("CacheTestD", UMING, 0)
    assert len(font.face.charToGlyph) > 20000


def test_the_cache_can_be_switched_off(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVINFO_DESKTOP_NO_FONT_CACHE", "1")
    pdf_font_cache.load_font("CacheTestE", UMING, 0)
    assert not (cache_home / "govinfo-desktop").exists()


# The same report printed by a process that parses the fonts and by one that reads them from the cache.
PRINT = """
import sys
from tests.helpers import city_document, seed_document
from govinfo_desktop.formats.pdf.document import build_pdf
seed = seed_document()
seed.metadata["unit"] = "汨罗市濛溪镇䢺镇人民政府"  # the fallback face too
data = build_pdf(seed)[0] + build_pdf(city_document("national-2021", widest=True), thousands=True)[0]
sys.stdout.buffer.write(data)
"""


def test_a_pdf_from_cached_fonts_has_the_same_bytes_as_from_parsed_ones(cache_home: Path) -> None:
    def printed(**env: str) -> bytes:
        done = subprocess.run(
            [sys.executable, "-c", PRINT],
            env={**os.environ, "XDG_CACHE_HOME": str(cache_home), **env},
            capture_output=True,
            timeout=120,
            check=True,
        )
        return done.stdout

    parsed = printed(GOVINFO_DESKTOP_NO_FONT_CACHE="1")
    assert not (cache_home / "govinfo-desktop").exists()
    printed()  # parses and stores both faces
    assert len(list((cache_home / "govinfo-desktop" / "fonts").iterdir())) == 2
    assert printed() == parsed  # both faces from the cache, mapped
