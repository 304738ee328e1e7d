"""Generated units' files for collection tests and the bench: random consistent reports of the 2021
format, some with a deliberate error, some unreadable, a duplicate file and a unit under its old name."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel.exporter import workbook_bytes
from govinfo_desktop.formats.govinfo_file import save_document
from tests.helpers import consistent_document

T21 = "national-2021"
BROKEN_CELL = CellRef("t3_new", "natural")


@dataclass
class UnitSet:
    folder: Path
    reports: dict[str, ReportDocument] = field(default_factory=dict)  # unit → what it sent
    with_errors: list[str] = field(default_factory=list)
    unreadable: list[Path] = field(default_factory=list)
    duplicate: Path | None = None
    renamed: tuple[str, str] | None = None  # (old name in the file, roster name)


def unit_report(name: str, seed: int, year: str = "2023") -> ReportDocument:
    document = consistent_document(T21, seed)
    rng = random.Random(seed * 7919)
    for cell in document.table.cells():  # spread the magnitudes so sums are not all single digits
        value = document.values.get(cell)
        if isinstance(value, Decimal) and cell.column == "decisions":
            document.values[cell] = value * rng.randint(1, 40)
    document.metadata.update(unit=name, year=year, scope="本部门")
    return document


def write_units(
    folder: Path,
    count: int,
    *,
    errors: int = 0,
    unreadable: int = 0,
    duplicate: bool = False,
    renamed: bool = False,
    suffix: str = ".xlsx",
) -> UnitSet:
    folder.mkdir(parents=True, exist_ok=True)
    units = UnitSet(folder)
    for index in range(count):
        name = f"测试县第{index:04d}局" if index % 3 else f"第{index:04d}镇"
        document = unit_report(name, index + 1)
        if index < errors:
            document.values[BROKEN_CELL] = document.values[BROKEN_CELL] + 1
            units.with_errors.append(name)
        if renamed and index == count - 1:
            units.renamed = (f"原{name}", name)
            document.metadata["unit"] = f"原{name}"
        path = folder / f"{index:04d}-{name}{suffix}"
        write_unit_file(document, path)
        units.reports[name] = document
    for index in range(unreadable):
        bad = folder / f"坏文件{index}.xlsx"
        bad.write_bytes(b"PK\x03\x04 this is not a workbook")
        units.unreadable.append(bad)
    if duplicate and count:
        first = sorted(folder.glob(f"*{suffix}"))[0]
        copy = folder / f"zz-再次发送-{first.name}"
        copy.write_bytes(first.read_bytes())
        units.duplicate = copy
    return units


def write_unit_file(document: ReportDocument, path: Path) -> None:
    if path.suffix == ".xlsx":
        path.write_bytes(workbook_bytes(document, template=False))
    else:
        save_document(document, path)
