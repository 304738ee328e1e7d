"""Parsed table definitions kept between starts: the same content as parsing, refreshed on any change."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from govinfo_desktop.core import catalog, toml_cache
from govinfo_desktop.core.toml_cache import TomlCache


@pytest.mark.parametrize("table_id", catalog.table_ids())
def test_a_cached_definition_reads_back_exactly_as_parsed(tmp_path: Path, table_id: str) -> None:
    source = catalog.tables_dir() / f"{table_id}.toml"
    parsed = tomllib.loads(source.read_text(encoding="utf-8"))
    cache = TomlCache(tmp_path)
    assert cache.load(source) == parsed  # a miss: parsed and written
    assert len(list(tmp_path.glob("*.json"))) == 1
    assert TomlCache(tmp_path).load(source) == parsed  # a hit, in a "later start"


def test_an_edited_source_is_parsed_again(tmp_path: Path) -> None:
    source = tmp_path / "t.toml"
    source.write_text('title = "一"\n', encoding="utf-8")
    cache = TomlCache(tmp_path / "cache")
    assert cache.load(source) == {"title": "一"}
    source.write_text('title = "二"\n', encoding="utf-8")  # same length, other bytes
    assert cache.load(source) == {"title": "二"}


def test_a_damaged_or_foreign_cache_file_is_ignored(tmp_path: Path) -> None:
    source = tmp_path / "t.toml"
    source.write_text("n = 1\n", encoding="utf-8")
    cache = TomlCache(tmp_path / "cache")
    cache.load(source)
    (stored,) = (tmp_path / "cache").glob("*.json")
    for junk in ("{not json", '["a list"]', '{"key": "other", "data": {"n": 2}}'):
        stored.write_text(junk, encoding="utf-8")
        assert cache.load(source) == {"n": 1}


def test_an_unwritable_cache_folder_only_means_parsing(tmp_path: Path) -> None:
    source = tmp_path / "t.toml"
    source.write_text("n = 1\n", encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert TomlCache(blocker / "cache").load(source) == {"n": 1}  # its parent is a file


def test_a_broken_source_still_raises_as_parsing_does(tmp_path: Path) -> None:
    source = tmp_path / "t.toml"
    source.write_text("n = = 1\n", encoding="utf-8")
    with pytest.raises(tomllib.TOMLDecodeError):
        TomlCache(tmp_path / "cache").load(source)
    assert not list((tmp_path / "cache").glob("*"))


def test_without_a_folder_nothing_is_written(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "t.toml"
    source.write_text("n = 1\n", encoding="utf-8")
    assert toml_cache.TomlCache(None).load(source) == {"n": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["t.toml"]
