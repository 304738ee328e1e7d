"""Taking a unit's file into a collection: match it to the roster by 填报单位 (or add the unit), refuse a
file of another table format, make a second file the unit's next version with a cell-by-cell diff, and
flag units whose values are identical (a probable copy).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath

from govinfo_desktop.core import catalog
from govinfo_desktop.core.coded_findings import CodedFinding, finding_kind
from govinfo_desktop.core.collection import (
    Collection,
    ReportVersion,
    Unit,
    UnitStatus,
    now_text,
)
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Value, format_value

WRONG_FORMAT = finding_kind(
    "C-FORMAT",
    Severity.ERROR,
    "“{file}”是{found}，本汇总用{expected}，未收入（请让单位用{expected}重新填报）",
    "“{file}” uses {found}; this collection uses {expected}; not taken in",
)
SAME_FILE = finding_kind(
    "C-SAME-FILE",
    Severity.WARNING,
    "“{file}”与{unit}已收的第 {version} 版内容相同，未重复收入",
    "“{file}” is identical to version {version} already received from {unit}; not added again",
)
NEW_UNIT = finding_kind(
    "C-NEW-UNIT",
    Severity.WARNING,
    "“{unit}”不在单位名单中，已按“{file}”添加",
    "“{unit}” was not on the roster; added from “{file}”",
)
NO_UNIT_NAME = finding_kind(
    "C-NO-UNIT",
    Severity.WARNING,
    "“{file}”没有填写填报单位，按文件名记为“{unit}”",
    "“{file}” names no reporting unit; recorded as “{unit}” after the file name",
)
NEW_VERSION = finding_kind(
    "C-NEW-VERSION",
    Severity.WARNING,
    "{unit}第 {version} 版（“{file}”）：与上一版相比有 {count} 处不同",
    "{unit} version {version} (“{file}”): {count} cells differ from the previous version",
)
PROBABLE_COPY = finding_kind(
    "C-COPY",
    Severity.WARNING,
    "{unit}与{other}的全部数值完全相同（{count} 个有数的格），可能是复制的报表",
    "{unit} and {other} hold exactly the same values ({count} filled cells): probably a copied report",
)
WRONG_YEAR = finding_kind(
    "C-YEAR",
    Severity.WARNING,
    "“{file}”填的年度是 {found}，本汇总是 {expected} 年度",
    "“{file}” is for year {found}; this collection is for {expected}",
)


@dataclass(frozen=True)
class CellChange:
    cell: CellRef
    before: Value
    after: Value

    def describe(self) -> str:
        return (
            f"{self.cell}：{format_value(self.before) or '空'} → {format_value(self.after) or '空'}"
        )


@dataclass
class Intake:
    """What happened to one file: the unit it went to (None when refused), notices, the diff."""

    file_name: str
    unit: Unit | None = None
    version: ReportVersion | None = None
    notices: list[CodedFinding] = field(default_factory=list)
    changes: list[CellChange] = field(default_factory=list)

    @property
    def taken(self) -> bool:
        return self.version is not None


def diff_documents(before: ReportDocument, after: ReportDocument) -> list[CellChange]:
    cells = dict.fromkeys([*before.table.cells()])
    return [
        CellChange(cell, before.values.get(cell), after.values.get(cell))
        for cell in cells
        if before.values.get(cell) != after.values.get(cell)
    ]


def table_name(table_id: str) -> str:
    return catalog.table(table_id).name


def take_in(
    collection: Collection,
    document: ReportDocument,
    file_name: str,
    sha256: str,
    received: str | None = None,
) -> Intake:
    intake = Intake(file_name)
    if document.table_id != collection.table_id:
        found, expected = table_name(document.table_id), table_name(collection.table_id)
        intake.notices.append(WRONG_FORMAT(file=file_name, found=found, expected=expected))
        return intake
    if document.year is not None and document.year != collection.year:
        intake.notices.append(
            WRONG_YEAR(file=file_name, found=document.year, expected=collection.year)
        )
    unit = _unit_for(collection, document, file_name, intake)
    intake.unit = unit
    latest = unit.latest
    if latest is not None and latest.sha256 == sha256:
        intake.notices.append(SAME_FILE(file=file_name, unit=unit.name, version=latest.number))
        return intake
    version = ReportVersion(
        (latest.number + 1) if latest else 1, file_name, sha256, received or now_text(), document
    )
    if latest is not None:
        intake.changes = diff_documents(latest.document, document)
        intake.notices.append(
            NEW_VERSION(
                unit=unit.name, version=version.number, file=file_name, count=len(intake.changes)
            )
        )
    unit.versions.append(version)
    unit.set_status(UnitStatus.SUBMITTED, when=version.received)
    intake.version = version
    return intake


def _unit_for(
    collection: Collection, document: ReportDocument, file_name: str, intake: Intake
) -> Unit:
    name = document.metadata.get("unit", "").strip()
    if not name:
        name = PurePath(file_name).stem
        intake.notices.append(NO_UNIT_NAME(file=file_name, unit=name))
    unit = collection.unit(name)
    if unit is None:
        name = collection.current_name(
            name
        )  # an old name (机构改革) adds the unit under its new one
        unit = collection.add_unit(name)
        intake.notices.append(NEW_UNIT(unit=name, file=file_name))
    return unit


def probable_copies(units: list[Unit]) -> list[CodedFinding]:
    """Units whose latest reports hold exactly the same non-blank values (at least one non-zero)."""
    groups: dict[tuple[Value, ...], list[Unit]] = defaultdict(list)
    for unit in units:
        document = unit.document
        if document is None:
            continue
        # A tuple of the (shared) value objects in table order: cheap for a thousand units.
        key = tuple(document.values.get(cell) for cell in document.validator.input_cells)
        if any(isinstance(value, Decimal) and value != 0 for value in key):
            groups[key].append(unit)
    return copy_notices((key, [unit.name for unit in same]) for key, same in groups.items())


def copy_notices(groups: Iterable[tuple[tuple[Value, ...], list[str]]]) -> list[CodedFinding]:
    """C-COPY for each unit of a group of equal values after the first (the one it copies)."""
    notices: list[CodedFinding] = []
    for key, names in groups:
        filled = sum(value is not None for value in key)
        notices += [PROBABLE_COPY(unit=name, other=names[0], count=filled) for name in names[1:]]
    return notices
