"""Builds workbooks the way other people lay them out, for the import tests: the seed's table typed in
traditional characters, hand-made sheets with odd numbering, notes, moved rows and text numbers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import openpyxl

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "excel"
_NUMBERED = re.compile(r"^\([一二三四五六七八九十]+\)")
_UNITS = {"萬元", "人次", "万元"}


def seed_rows(text: str) -> list[list[Any]]:
    """The seed appendix (one cell per line) back into rows: label, unit, value."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = lines.index("統計數") + 1
    rows: list[list[Any]] = []
    for line in lines[start:]:
        if re.fullmatch(r"\d+", line):
            rows[-1][2] = int(line)
        elif line in _UNITS:
            rows[-1][1] = line
        elif rows and _continues(rows[-1][0], line):
            rows[-1][0] += "\n" + line
        else:
            rows.append([line, "", None])
    return rows


def _continues(previous: str, line: str) -> bool:
    unbalanced = previous.count("(") > previous.count(")")
    return unbalanced or (line.startswith("(") and not _NUMBERED.match(line))


def seed_text() -> str:
    """The seed's appendix as published (traditional characters, one cell per line), copied verbatim."""
    return (FIXTURES / "seed_table_traditional.txt").read_text(encoding="utf-8")


def write_rows(path: Path, rows: Iterable[Iterable[Any]], title: str = "Sheet1", merges=()) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for values in rows:
        sheet.append(list(values))
    for merge in merges:
        sheet.merge_cells(merge)
    workbook.save(path)
    return path


def seed_workbook(path: Path, unit: str = "", mutate=None) -> Path:
    """The seed table as a clerk would type it into Excel, in the seed's traditional characters."""
    rows = [
        ["政府信息公開情況統計表(本級政府)", None, None],
        ["(2017年度)", None, None],
        [f"填報單位(蓋章):{unit}", None, None],
        ["統 計 指 標", "單位", "統計數"],
        *seed_rows(seed_text()),
    ]
    if mutate is not None:
        rows = mutate(rows)
    return write_rows(path, rows, merges=("A1:C1", "A2:C2", "A3:C3"))
