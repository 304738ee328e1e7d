"""The committed English catalogue is what lupdate finds in the code today: a string moved to another
class (another translation context) or a new one without a translation shows Chinese in English mode."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "govinfo_en.ts"


def _without_locations(path: Path) -> list[str]:
    return [line for line in path.read_text("utf-8").splitlines() if "<location" not in line]


def test_lupdate_finds_nothing_new_and_nothing_gone(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.fail(f"{lupdate} is missing: PySide6-Essentials ships it")
    copy = tmp_path / "govinfo_en.ts"
    shutil.copy(CATALOGUE, copy)
    sources = sorted(str(path) for path in (ROOT / "govinfo_desktop" / "qt").glob("*.py"))
    done = subprocess.run(
        [str(lupdate), "-no-obsolete", *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    assert "(0 new and" in done.stdout, done.stdout
    assert "obsolete" not in done.stdout, done.stdout
    assert _without_locations(copy) == _without_locations(CATALOGUE)
