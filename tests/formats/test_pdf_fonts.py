"""The bundled fonts cover what clerks type, and text is split into runs drawn with a font that has it."""

from __future__ import annotations

from govinfo_desktop.core import catalog
from govinfo_desktop.formats.pdf.fonts import (
    HEI,
    MISSING_MARK,
    RARE_PLACE_CHARS,
    SONG,
    big5_hanzi,
    fonts,
    gb2312_hanzi,
    preload_in_background,
)


def test_all_6763_gb2312_hanzi_are_in_the_song_face() -> None:
    chars = gb2312_hanzi()
    assert len(chars) == 6763
    assert [c for c in chars if fonts().font_for(c) != SONG] == []


def test_rare_place_names_and_traditional_forms_are_covered() -> None:
    assert fonts().missing(RARE_PLACE_CHARS + "".join(big5_hanzi())) == []
    assert fonts().font_for("䢺") == HEI  # UMing lacks it: drawn with the fallback


def test_digits_and_ascii_use_the_song_face() -> None:
    ascii_text = "".join(chr(c) for c in range(0x21, 0x7F))
    assert list(fonts().runs(ascii_text)) == [(SONG, ascii_text)]


def test_every_label_of_every_table_prints_in_the_song_face() -> None:
    for table_id in catalog.table_ids():
        table = catalog.load_table(table_id).table
        texts = [
            table.title,
            *(r.printed_title for r in table.rows_in_order()),
            *(p.heading for p in table.parts),
        ]
        for part in table.parts:
            texts.extend(c.header for c in part.columns)
            texts.append(part.corner)
        for text in texts:
            assert {font for font, _ in fonts().runs(text)} <= {SONG}, text


def test_runs_switch_font_per_character_and_mark_the_uncovered() -> None:
    runs = list(fonts().runs("A䢺镇𠀀1"))
    assert runs == [(SONG, "A"), (HEI, "䢺"), (SONG, "镇" + MISSING_MARK + "1")]
    assert fonts().missing("A䢺镇𠀀1𠀀") == ["𠀀"]


def test_markup_escapes_text_and_keeps_line_breaks() -> None:
    assert fonts().markup("<b>&") == "&lt;b&gt;&amp;"
    assert fonts().markup("a\nb") == "a<br/>b"


def test_markup_tags_fallback_runs_only() -> None:
    assert fonts().markup("䢺镇") == f'<font face="{HEI}">䢺</font>镇'


def test_preload_in_background_registers_the_same_font_set() -> None:
    thread = preload_in_background()
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert fonts() is fonts() and SONG in fonts().coverage
