"""Taking units' reports in one at a time and letting each go (the CLI's `aggregate`, issue 12): what
`collect_intake.take_in` + `aggregate.sum_node` + `probable_copies` give for a whole Collection, with only
a compact text of each unit's values kept, so memory does not grow with the count of units.

The table format and the year are the most common among the files (as `cli_aggregate` decides them), so
each format met is taken in on its own and the losing formats' files are refused at the end; notices
keep the order of the files. A unit's later file is its next version: the running sum is then redone
from the kept texts, in unit order, so the total is exactly `sum_reports`' (same additions, same order).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

from govinfo_desktop.core.aggregate import Total, checked_total, set_scope
from govinfo_desktop.core.coded_findings import CodedFinding
from govinfo_desktop.core.collect_intake import (
    NEW_VERSION,
    NO_UNIT_NAME,
    SAME_FILE,
    WRONG_FORMAT,
    WRONG_YEAR,
    copy_notices,
    table_name,
)
from govinfo_desktop.core.collection import Collection, UnitStatus, unit_key
from govinfo_desktop.core.document import ReportDocument, default_report_year
from govinfo_desktop.core.running_sum import RunningSum, copy_key, pack_row, unpack_row
from govinfo_desktop.core.session import check_document
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import Value

NODE_NAME = "合计"


@dataclass(slots=True)
class UnitSummary:
    """What is kept of a unit: its latest file's name, hash, findings counts and settled values."""

    name: str
    file: str
    sha256: bytes | str  # bytes when it is a hex digest (half the memory)
    versions: int
    errors: int  # of the latest version, as are the next two
    warnings: int
    blanks: int
    values: bytes  # pack_row of the settled values, in the table state's cell order
    blank_as_read: tuple[int, ...]  # cells filled only by settling (blank in the file)
    copy: bytes | None

    @property
    def counts(self) -> tuple[int, int, int]:
        return self.errors, self.warnings, self.blanks


@dataclass
class _Table:
    """Everything taken in for one table format."""

    table_id: str
    cells: tuple[CellRef, ...]
    sum_cells: tuple[int, ...]  # positions of the validator's input cells in `cells`
    running: RunningSum
    units: list[UnitSummary] = field(default_factory=list)
    by_key: dict[str, int] = field(default_factory=dict)
    years: Counter[int] = field(default_factory=Counter)
    files: int = 0
    redo: bool = False  # a unit replaced its values: recompute the sum from the texts

    @classmethod
    def new(cls, table_id: str) -> _Table:
        document = ReportDocument.new(table_id)
        inputs = document.validator.input_cells
        cells = tuple(dict.fromkeys([*document.table.cells(), *inputs]))
        position = {cell: index for index, cell in enumerate(cells)}
        return cls(table_id, cells, tuple(position[c] for c in inputs), RunningSum(inputs))

    def row(self, values: dict[CellRef, Value]) -> list[Value]:
        return [values.get(cell) for cell in self.cells]

    def summed(self, row: list[Value]) -> list[Value]:
        """The validator's input cells of a row (what is summed and compared for copies)."""
        return [row[index] for index in self.sum_cells]


@dataclass(frozen=True, slots=True)
class _File:
    name: str
    table_id: str
    year: int | None
    notices: tuple[CodedFinding, ...]


@dataclass
class StreamedTotal:
    """The outcome, shaped as the CLI reports it."""

    table_id: str
    year: int
    units: list[UnitSummary]
    notices: list[CodedFinding]
    refused: list[tuple[str, CodedFinding]]  # (file, its C-FORMAT notice)
    total: Total
    cells: tuple[CellRef, ...]  # the order of each unit's packed values

    def unit_values(self) -> list[tuple[str, UnitValues]]:
        """Each unit's settled values, for the 明细表: a row per unit over one shared cell index, and
        equal values one object (a thousand units cost ~2 MB, not their reports' ~14 MB)."""
        shared: dict[str, Value] = {}
        where = {cell: index for index, cell in enumerate(self.cells)}
        return [
            (unit.name, UnitValues(_Row(unpack_row(unit.values, shared), where)))
            for unit in self.units
        ]


@dataclass(frozen=True, slots=True)
class UnitValues:
    values: Mapping[CellRef, Value]


class _Row(Mapping[CellRef, Value]):
    __slots__ = ("_row", "_where")

    def __init__(self, row: list[Value], where: dict[CellRef, int]) -> None:
        self._row, self._where = row, where

    def __getitem__(self, cell: CellRef) -> Value:
        return self._row[self._where[cell]]

    def __iter__(self) -> Iterator[CellRef]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)


class StreamCollector:
    def __init__(self, renames: dict[str, str], template: str | None = None) -> None:
        self._names = Collection(0, "", renames=dict(renames))  # only for current_name
        self._template = template
        self._tables: dict[str, _Table] = {}
        self._files: list[_File] = []
        self._years: dict[int, int] = {}

    def add(self, document: ReportDocument, file_name: str, sha256: str) -> None:
        """Take one report in, as `take_in` would (C-NEW-UNIT notices are not kept), and let it go."""
        table = self._tables.get(document.table_id)
        if table is None:
            table = self._tables[document.table_id] = _Table.new(document.table_id)
        table.files += 1
        year = document.year
        if year is not None:
            year = self._years.setdefault(year, year)  # one int object, not one per file
        if year:
            table.years[year] += 1
        notices: list[CodedFinding] = []
        name = self._unit_name(document, file_name, notices)
        key = unit_key(name)
        index = table.by_key.get(key)
        digest = _digest(sha256)
        if index is not None and table.units[index].sha256 == digest:
            unit = table.units[index]
            notices.append(SAME_FILE(file=file_name, unit=unit.name, version=unit.versions))
        else:
            raw = table.row(document.values)  # a next version is compared as read, before settling
            summary, settled = _summary(table, document, raw, name, file_name)
            summary.sha256 = digest
            if index is None:
                table.by_key[name if key == name else key] = len(table.units)
                table.units.append(summary)
                table.running.add_row(table.summed(settled))
            else:
                before = table.units[index]
                changed = sum(a != b for a, b in zip(_as_read(before), raw, strict=True))
                summary.name, summary.versions = before.name, before.versions + 1
                notices.append(
                    NEW_VERSION(
                        unit=before.name, version=summary.versions, file=file_name, count=changed
                    )
                )
                table.units[index] = summary
                table.redo = True
        self._files.append(_File(file_name, table.table_id, year, tuple(notices)))

    def _unit_name(
        self, document: ReportDocument, file_name: str, notices: list[CodedFinding]
    ) -> str:
        """The unit as the collection names it: 填报单位 (or the file name), through the renames."""
        name = document.metadata.get("unit", "").strip()
        if not name:
            name = PurePath(file_name).stem
            notices.append(NO_UNIT_NAME(file=file_name, unit=name))
        return self._names.current_name(name)

    def finish(self) -> StreamedTotal:
        counts = Counter({table_id: table.files for table_id, table in self._tables.items()})
        table_id = self._template or (counts.most_common(1)[0][0] if counts else "national-2021")
        table = self._tables.get(table_id) or _Table.new(table_id)
        year = table.years.most_common(1)[0][0] if table.years else default_report_year()
        notices: list[CodedFinding] = []
        refused: list[tuple[str, CodedFinding]] = []
        for item in self._files:
            if item.table_id != table_id:
                found, expected = table_name(item.table_id), table_name(table_id)
                refused.append(
                    (item.name, WRONG_FORMAT(file=item.name, found=found, expected=expected))
                )
                continue
            if item.year is not None and item.year != year:
                notices.append(WRONG_YEAR(file=item.name, found=item.year, expected=year))
            notices.extend(item.notices)
        notices += _copies(table)
        total = _total(table, year)
        return StreamedTotal(table_id, year, table.units, notices, refused, total, table.cells)


def _summary(
    table: _Table, document: ReportDocument, raw: list[Value], name: str, file_name: str
) -> tuple[UnitSummary, list[Value]]:
    """What is kept of the report (its hash still to set), and its settled values."""
    findings = check_document(document)  # settles the blank totals, as the window shows them
    settled = table.row(document.values)
    filled = tuple(i for i, (a, b) in enumerate(zip(raw, settled, strict=True)) if a != b)
    counts = len(findings.errors), len(findings.warnings), len(findings.blanks)
    summary = UnitSummary(
        name, file_name, "", 1, *counts, pack_row(settled), filled, copy_key(table.summed(settled))
    )
    return summary, settled


def _digest(sha256: str) -> bytes | str:
    try:
        return bytes.fromhex(sha256)
    except ValueError:
        return sha256


def _as_read(unit: UnitSummary) -> list[Value]:
    row = unpack_row(unit.values)
    for index in unit.blank_as_read:
        row[index] = None
    return row


def _copies(table: _Table) -> list[CodedFinding]:
    """As `probable_copies`: units whose summed cells hold the same values (one non-zero at least)."""
    groups: dict[bytes, list[UnitSummary]] = {}
    for unit in table.units:
        if unit.copy is not None:
            groups.setdefault(unit.copy, []).append(unit)
    same: dict[tuple[Value, ...], list[str]] = {}
    for same_digest in groups.values():
        if len(same_digest) > 1:
            for unit in same_digest:  # the digest found them; the values themselves decide
                same.setdefault(tuple(table.summed(unpack_row(unit.values))), []).append(unit.name)
    return copy_notices(same.items())


def _total(table: _Table, year: int) -> Total:
    running = table.running
    if table.redo:  # a unit's next version replaced its values: add the latest ones, in unit order
        running = RunningSum(running.cells)
        for unit in table.units:
            running.add_row(table.summed(unpack_row(unit.values)))
    document = ReportDocument.new(table.table_id, unit=NODE_NAME, year=str(year))
    total = checked_total(document, running, NODE_NAME, [unit.name for unit in table.units])
    set_scope(total, tuple(UnitStatus), len(table.units))
    return total
