"""The parsed-font cache gives exactly what parsing the font gives, and falls back when it cannot help."""

from __future__ import annotations

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


def _face_state(font: object) -> dict[str, object]:
    face = font.face  # type: ignore[attr-defined]
    return {k: v for k, v in vars(face).items() if k != "_pdfScale"}


def test_cached_face_equals_the_parsed_face(cache_home: Path) -> None:
    parsed = pdf_font_cache.load_font("CacheTestA", UMING, 0)  # parses, then stores
    entries = list((cache_home / "govinfo-desktop" / "fonts").iterdir())
    assert len(entries) == 1
    cached = pdf_font_cache.load_font("CacheTestB", UMING, 0)  # from the cache
    assert _face_state(cached) == _face_state(parsed)
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
