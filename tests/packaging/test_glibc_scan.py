"""The .deb's glibc gate: the scanner reads symbol versions as binutils does and fails above the limit."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "linux" / "glibc_scan.py"
_spec = importlib.util.spec_from_file_location("glibc_scan", SCRIPT)
assert _spec and _spec.loader
glibc_scan = importlib.util.module_from_spec(_spec)
sys.modules["glibc_scan"] = glibc_scan  # dataclasses look their module up there
_spec.loader.exec_module(glibc_scan)

TRUE = Path(shutil.which("true") or "/bin/true").resolve()


def _objdump_versions(path: Path) -> set[str]:
    text = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    part = text.split("Version References:", 1)[1]
    return {line.split()[-1] for line in part.splitlines() if line.strip().startswith("0x")}


def test_needed_versions_of_a_real_program_match_objdump() -> None:
    if not shutil.which("objdump"):
        pytest.skip("binutils not installed")
    found = glibc_scan.needed_versions(TRUE.read_bytes())
    assert found and any(name.startswith("GLIBC_2.") for name in found)
    assert found == _objdump_versions(TRUE)


def test_highest_compares_versions_numerically_per_family() -> None:
    names = {
        "GLIBC_2.9",
        "GLIBC_2.28",
        "GLIBC_2.2.5",
        "GLIBCXX_3.4.9",
        "GLIBCXX_3.4.21",
        "CXXABI_1.3.9",
        "GLIBC_PRIVATE",
    }
    assert glibc_scan.highest(names) == {"GLIBC": "2.28", "GLIBCXX": "3.4.21"}


def test_files_that_are_not_elf_need_nothing() -> None:
    assert glibc_scan.needed_versions(b"#!/bin/sh\necho hi\n" * 8) == set()
    assert glibc_scan.needed_versions(b"\x7fELF") == set()


def test_the_gate_fails_above_the_limit_and_passes_at_it(tmp_path: Path, capsys) -> None:
    (tmp_path / "bin").mkdir()
    shutil.copy(TRUE, tmp_path / "bin" / "true")
    (tmp_path / "readme.txt").write_text("not an ELF", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "bin" / "true")
    need = glibc_scan.highest(glibc_scan.needed_versions(TRUE.read_bytes()))["GLIBC"]
    assert glibc_scan.main([str(tmp_path), "--max-glibc", need]) == 0
    out = capsys.readouterr().out
    assert f"GLIBC_{need}" in out and "bin/true" in out and "1 ELF files" in out
    lower = need.rsplit(".", 1)[0] + "." + str(int(need.rsplit(".", 1)[1]) - 1)
    assert glibc_scan.main([str(tmp_path), "--max-glibc", lower]) == 1
    assert f"bin/true: GLIBC_{need}" in capsys.readouterr().out


def test_runs_as_a_script_without_the_project(tmp_path: Path) -> None:
    shutil.copy(TRUE, tmp_path / "true")
    done = subprocess.run(
        [sys.executable, "-I", str(SCRIPT), str(tmp_path), "--max-glibc", "2.0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1 and "highest needed: GLIBC_2." in done.stdout
