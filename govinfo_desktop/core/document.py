"""A report: which table (id and version), metadata, cell values and notes — plus whatever a file held that
this version does not know, so that saving never drops it."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

from govinfo_desktop.core import catalog
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.core.validation import Validator
from govinfo_desktop.core.values import Value, parse_value

# (key in files, label as printed on the form)
METADATA_FIELDS: tuple[tuple[str, str], ...] = (
    ("unit", "填报单位"),
    ("scope", "统计范围"),
    ("year", "年度"),
    ("head", "单位负责人"),
    ("preparer", "填表人"),
    ("phone", "联系电话"),
    ("date", "填报日期"),
)
METADATA_LABELS = dict(METADATA_FIELDS)
SCOPE_CHOICES = ("本级政府", "本部门", "本单位", "全县汇总", "全市汇总", "全区汇总")


@dataclass
class ExtraRow:
    """A row found in an imported file that the table does not know (a province's extra row)."""

    label: str
    values: list[str] = field(default_factory=list)
    source: str = ""  # where it came from, e.g. "Sheet1!A12"
    extras: dict[str, Any] = field(default_factory=dict)  # keys this version does not know, kept

    def to_json(self) -> dict[str, Any]:
        return {**self.extras, "label": self.label, "values": self.values, "source": self.source}


@dataclass
class ReportDocument:
    """A unit's report: the table it fills, its metadata, values, notes and overrides, and what a
    newer program wrote that this one keeps without knowing."""

    table_id: str
    table_version: int = 1
    metadata: dict[str, str] = field(default_factory=dict)
    values: dict[CellRef, Value] = field(default_factory=dict)
    notes: dict[CellRef, str] = field(default_factory=dict)
    overrides: set[CellRef] = field(
        default_factory=set
    )  # totals the clerk typed over (运算公式 off)
    extra_rows: list[ExtraRow] = field(default_factory=list)
    unknown_fields: dict[str, Any] = field(default_factory=dict)  # kept verbatim on save
    unknown_cells: list[dict[str, Any]] = field(default_factory=list)
    table_extras: dict[str, Any] = field(default_factory=dict)  # unknown keys of the "table" entry
    cell_extras: dict[CellRef, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def new(cls, table_id: str, **metadata: str) -> ReportDocument:
        loaded = catalog.load_table(table_id)
        return cls(table_id, loaded.table.version, dict(metadata))

    @property
    def table(self) -> TableDefinition:
        return catalog.table(self.table_id)

    @property
    def validator(self) -> Validator:
        return catalog.validator_for(self.table_id)

    def value(self, cell: CellRef) -> Value:
        return self.values.get(cell)

    def set_value(self, cell: CellRef, value: Value) -> Value:
        """Store `value` (already parsed); return the previous one."""
        if not self.table.has_cell(cell):
            raise KeyError(f"表格 {self.table_id} 没有单元格 {cell}")
        previous = self.values.get(cell)
        if value is None:
            self.values.pop(cell, None)
        else:
            self.values[cell] = value
        return previous

    def parse_for(self, cell: CellRef, text: str | int | float | None) -> Value:
        """Parse what a clerk typed for `cell`; raises `InvalidValue` with the reason."""
        table = self.table
        return parse_value(
            text,
            table.cell_kind(cell),
            table.cell_unit(cell),
            table.row(cell.row).may_not_apply,
        )

    def set_text(self, cell: CellRef, text: str) -> Value:
        return self.set_value(cell, self.parse_for(cell, text))

    def set_note(self, cell: CellRef, note: str) -> None:
        if note:
            self.notes[cell] = note
        else:
            self.notes.pop(cell, None)

    @property
    def year(self) -> int | None:
        text = self.metadata.get("year", "").strip().rstrip("年度")
        return int(text) if text.isdigit() else None

    def title(self) -> str:
        """“××××年度政府信息公开情况统计表(本级政府)” with what the metadata has."""
        year = self.metadata.get("year", "").strip()
        prefix = f"{year}年度" if year and not year.endswith("年度") else year
        scope = self.metadata.get("scope", "").strip()
        suffix = f"({scope})" if scope else ""
        return f"{prefix}{self.table.title}{suffix}"


def default_report_year(today: datetime.date | None = None) -> int:
    """The year a clerk is most likely reporting on: reports are filed by 1月31日 (条例 第49条) and
    drafted from December, so in December the report is for this year, otherwise for last year."""
    today = today or datetime.date.today()
    return today.year if today.month == 12 else today.year - 1


def blank_document(year: int, table_id: str | None = None) -> ReportDocument:
    return ReportDocument.new(table_id or catalog.table_for_year(year), year=str(year))
