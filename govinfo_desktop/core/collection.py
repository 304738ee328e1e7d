"""A collection (汇总): the units a county collects, the reports they sent, their status, and the nodes
(县本级, 乡镇合计, 全县 …) to sum. Qt-free data; the file is formats/collection_file.py.
"""

from __future__ import annotations

import datetime
import enum
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef


class UnitStatus(enum.StrEnum):
    MISSING = "未报"
    SUBMITTED = "已报"
    RETURNED = "退回"
    ACCEPTED = "已通过"


class UnitKind(enum.StrEnum):
    DEPARTMENT = "部门"
    TOWNSHIP = "乡镇"
    OTHER = "其他"


DEFAULT_INCLUDE = (UnitStatus.ACCEPTED,)
COUNTY_TAG, TOWNSHIP_TAG = "县本级", "乡镇"
_TOWNSHIP_ENDINGS = (
    "乡",
    "镇",
    "街道",
    "乡人民政府",
    "镇人民政府",
    "街道办事处",
    "乡政府",
    "镇政府",
)


def now_text() -> str:
    return datetime.datetime.now().replace(microsecond=0).isoformat()


def unit_key(name: str) -> str:
    """How names are compared: full-width folded, spaces and the usual brackets dropped."""
    folded = unicodedata.normalize("NFKC", name)
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "()（）【】[]")


def guess_kind(name: str) -> UnitKind:
    return UnitKind.TOWNSHIP if unit_key(name).endswith(_TOWNSHIP_ENDINGS) else UnitKind.DEPARTMENT


@dataclass
class ReportVersion:
    """One file a unit sent: the report as read, where it came from, and when."""

    number: int
    file_name: str
    sha256: str
    received: str
    document: ReportDocument
    unknown: dict[str, Any] = field(default_factory=dict)


@dataclass
class StatusChange:
    when: str
    status: UnitStatus
    note: str = ""
    version: int | None = None
    unknown: dict[str, Any] = field(default_factory=dict)


@dataclass
class Unit:
    name: str
    kind: UnitKind = UnitKind.OTHER
    tags: list[str] = field(default_factory=list)
    versions: list[ReportVersion] = field(default_factory=list)
    history: list[StatusChange] = field(default_factory=list)
    unknown: dict[str, Any] = field(default_factory=dict)

    @property
    def status(self) -> UnitStatus:
        if self.history:
            return self.history[-1].status
        return UnitStatus.SUBMITTED if self.versions else UnitStatus.MISSING

    @property
    def latest(self) -> ReportVersion | None:
        return self.versions[-1] if self.versions else None

    @property
    def document(self) -> ReportDocument | None:
        return self.versions[-1].document if self.versions else None

    @property
    def last_change(self) -> str:
        times = [change.when for change in self.history] + [v.received for v in self.versions]
        return max(times, default="")

    def set_status(self, status: UnitStatus, note: str = "", when: str | None = None) -> None:
        version = self.latest.number if self.latest else None
        self.history.append(StatusChange(when or now_text(), status, note, version))


@dataclass
class Node:
    """A total to compute: the units whose tags meet `tags` (any of them; empty = every unit)."""

    name: str
    tags: list[str] = field(default_factory=list)
    include: list[UnitStatus] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    county_figures: dict[CellRef, Decimal] = field(default_factory=dict)
    unknown: dict[str, Any] = field(default_factory=dict)

    def selects(self, unit: Unit) -> bool:
        return not self.tags or any(tag in unit.tags for tag in self.tags)

    def units(self, collection: Collection) -> list[Unit]:
        return [
            unit
            for unit in collection.units
            if self.selects(unit) and unit.status in self.include and unit.document is not None
        ]


@dataclass
class Collection:
    year: int
    table_id: str
    units: list[Unit] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    renames: dict[str, str] = field(default_factory=dict)  # old unit name → current (机构改革)
    unknown: dict[str, Any] = field(default_factory=dict)

    def current_name(self, name: str) -> str:
        """`name` as the collection knows it now: through the renames (names compared loosely)."""
        key = unit_key(name)
        for old, new in self.renames.items():
            if unit_key(old) == key:
                return new
        return name

    def unit(self, name: str) -> Unit | None:
        key = unit_key(self.current_name(name))
        for unit in self.units:
            if unit_key(unit.name) == key:
                return unit
        return None

    @classmethod
    def county(cls, year: int, table_id: str) -> Collection:
        """A new county collection with the usual totals: 县本级, 乡镇合计 and 全县."""
        nodes = [Node("县本级", [COUNTY_TAG]), Node("乡镇合计", [TOWNSHIP_TAG]), Node("全县", [])]
        return cls(year, table_id, nodes=nodes)

    def add_unit(
        self, name: str, kind: UnitKind | None = None, tags: list[str] | None = None
    ) -> Unit:
        kind = kind or guess_kind(name)
        if tags is None:
            tags = [TOWNSHIP_TAG if kind is UnitKind.TOWNSHIP else COUNTY_TAG]
        unit = Unit(name, kind, list(tags))
        self.units.append(unit)
        return unit

    def node(self, name: str) -> Node:
        for node in self.nodes:
            if node.name == name:
                return node
        raise KeyError(name)
