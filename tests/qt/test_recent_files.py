"""最近打开: newest first, no duplicates, at most eight, missing files forgotten, kept in an INI file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from govinfo_desktop.qt.recent_files import MAX_RECENT, RecentFiles


def _files(tmp_path: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = tmp_path / f"报表{number}.govinfo"
        path.write_text("{}", encoding="utf-8")
        paths.append(path.resolve())
    return paths


def _recent(tmp_path: Path) -> RecentFiles:
    return RecentFiles(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_newest_first_without_duplicates(tmp_path: Path) -> None:
    first, second = _files(tmp_path, 2)
    recent = _recent(tmp_path)
    recent.add(first)
    recent.add(second)
    recent.add(first)
    assert recent.paths() == [first, second]


def test_keeps_at_most_eight(tmp_path: Path) -> None:
    paths = _files(tmp_path, MAX_RECENT + 3)
    recent = _recent(tmp_path)
    for path in paths:
        recent.add(path)
    assert MAX_RECENT == 8
    assert recent.paths() == list(reversed(paths))[:MAX_RECENT]


def test_missing_files_are_pruned_and_forgotten(tmp_path: Path) -> None:
    kept, gone = _files(tmp_path, 2)
    recent = _recent(tmp_path)
    recent.add(kept)
    recent.add(gone)
    gone.unlink()
    assert recent.paths() == [kept]
    gone.write_text("{}", encoding="utf-8")  # even if it comes back, it was forgotten
    assert recent.paths() == [kept]


def test_survives_a_restart_through_the_ini_file(tmp_path: Path) -> None:
    (only,) = _files(tmp_path, 1)
    _recent(tmp_path).add(only)  # a one-element list reads back from INI as a plain string
    assert _recent(tmp_path).paths() == [only]
    assert "recent_files" in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_remove_and_clear(tmp_path: Path) -> None:
    first, second = _files(tmp_path, 2)
    recent = _recent(tmp_path)
    recent.add(first)
    recent.add(second)
    recent.remove(second)
    assert recent.paths() == [first]
    recent.clear()
    assert recent.paths() == []
