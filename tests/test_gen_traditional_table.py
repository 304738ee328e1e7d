"""The traditional→simplified table is generated from OpenCC's data, and the committed copy is current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from govinfo_desktop.core.simplified_chars import SIMPLIFIED
from govinfo_desktop.formats.traditional_chars import TRADITIONAL

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "gen_traditional_table.py"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_traditional_table", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_table_is_what_the_generator_writes() -> None:
    generator = _generator()
    assert generator.main(["--check"]) == 0, "run: python scripts/gen_traditional_table.py"


def test_the_table_covers_every_character_the_definitions_use() -> None:
    generator = _generator()
    words = generator.vocabulary()
    assert {"县", "报", "统", "复", "面", "制"} <= words
    assert all(simplified in words for simplified in TRADITIONAL.values())
    assert TRADITIONAL["縣"] == "县" and TRADITIONAL["綫"] == "线" and TRADITIONAL["麵"] == "面"


def test_the_full_map_is_generated_from_opencc_too() -> None:
    generator = _generator()
    pairs = generator.build_full_pairs(generator.opencc_data_dir())
    assert pairs == SIMPLIFIED  # --check above compares the committed module's text
    assert generator.FULL_TARGET.name == "simplified_chars.py"
    assert "嶽" in pairs and "乾" not in pairs  # one-to-one only: 乾 may stay (乾县)
