"""Table definitions: parts (sub-tables), rows as a tree, and the columns each row's cells live in.

A cell is addressed by `CellRef(row_id, column_id)`. Row ids are unique in a table; column ids are
unique among the columns a row uses (a part's columns, or a block's own columns in table 二).
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from govinfo_desktop.core.messages import MessageTemplate
from govinfo_desktop.core.values import ValueKind


class CellRef(NamedTuple):
    row: str
    column: str

    def __str__(self) -> str:
        return f"{self.row}.{self.column}"


class RowRole(enum.StrEnum):
    SECTION = "section"  # 一、二、…: bold heading, may carry values (四、行政复议数量)
    GROUP = "group"  # a heading inside a part: (三)不予公开, 第二十条第(一)项
    ITEM = "item"


FULL_WIDTH_BRACKETS = str.maketrans("()", "（）")


# Column, Row and PartLayout are NamedTuples, not frozen dataclasses: the same immutable records, made
# ~5× faster at import (a frozen dataclass compiles six methods), which the window's start-up pays for.
class Column(NamedTuple):
    id: str
    label: str
    groups: tuple[str, ...] = ()  # header cells above this column, outermost first
    kind: ValueKind | None = None  # overrides the row's kind (本年增/减 is signed)
    unit: str = ""

    @property
    def header(self) -> str:
        return " · ".join((*self.groups, self.label))

    @property
    def printed_label(self) -> str:
        """The label with its money unit when the form leaves it out (2019 采购总金额 → “（万元）”)."""
        if self.unit == "万元" and "万元" not in self.label:
            return f"{self.label}（万元）"
        return self.label


class Row(NamedTuple):
    id: str
    label: str
    number: str = ""
    note: str = ""
    unit: str = ""  # the printed 单位 (万元, 人次), shown alike in the window, workbook and PDF
    measure: str = ""  # counting word accepted after a number when no unit is printed; not shown
    role: RowRole = RowRole.ITEM
    kind: ValueKind = ValueKind.COUNT
    parent: str | None = None
    part: str = ""
    may_not_apply: bool = False
    in_parent_sum: bool = True
    sum_rule: str = ""  # this row = Σ children (with in_parent_sum), as rule `sum_rule`
    sum_message: MessageTemplate | None = None
    subset_rule: str = ""  # this row ≤ its parent (其中), as rule `subset_rule`
    subset_message: MessageTemplate | None = None
    columns: tuple[Column, ...] = ()  # a block's own columns, inherited by its descendants
    children: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """Numbering, label and note."""
        return f"{self.number}{self.label}{self.note}"

    @property
    def printed_title(self) -> str:
        """As the official form prints it: full-width brackets “（一）” (reading accepts both)."""
        return self.title.translate(FULL_WIDTH_BRACKETS)

    @property
    def has_values(self) -> bool:
        return self.kind is not ValueKind.NONE


class LayoutKind(enum.StrEnum):
    LIST = "list"  # 统计指标 | 单位 | 统计数, one line per row (the 2014 form)
    BLOCKS = "blocks"  # table 二: blocks with their own column heads
    MATRIX = "matrix"  # tables 三/四: multi-level column heads over a tree of rows


class PartLayout(NamedTuple):
    """How a part is laid out on paper and screen — data, read by the workbook, the PDF and the window.

    Header rows come from the columns' `groups`; label columns from the row tree (`label_columns`)."""

    kind: LayoutKind
    sheet: str  # the workbook sheet's name
    landscape: bool = False  # the sheet prints across the page
    one_page: bool = False  # the sheet prints on one page, as on the form
    transpose: bool = False  # the window shows the part turned on its side (one row, many columns)
    label_widths: tuple[float, ...] = ()  # workbook widths (characters) of the label columns
    value_width: float = 11.0  # workbook width of each value column
    pdf_label_widths: tuple[float, ...] = ()  # PDF widths (mm) of the label columns


@dataclass(frozen=True)
class Part:
    """One sub-table (表二, 表三…): its heading, columns, top-level rows and how it is laid out."""

    id: str
    title: str
    number: str = ""
    columns: tuple[Column, ...] = ()
    corner: str = ""  # text of the merged top-left header cell (table 三's 勾稽 note)
    rows: tuple[str, ...] = ()  # top-level rows, in order
    layout: PartLayout = field(
        default_factory=lambda: PartLayout(LayoutKind.MATRIX, "Sheet"), compare=False
    )

    @property
    def heading(self) -> str:
        return f"{self.number}{self.title}"


@dataclass(frozen=True)
class TableDefinition:
    """One national (or province) format: its parts, every row by id, and the years it covers."""

    id: str
    version: int
    title: str
    name: str
    basis: str
    first_year: int
    last_year: int | None
    parts: tuple[Part, ...]
    rows: dict[str, Row] = field(repr=False)
    source: str = ""

    def row(self, row_id: str) -> Row:
        return self.rows[row_id]

    def part(self, part_id: str) -> Part:
        for part in self.parts:
            if part.id == part_id:
                return part
        raise KeyError(part_id)

    def columns_for(self, row_id: str) -> tuple[Column, ...]:
        """The columns a row's cells live in: the nearest block's own columns, else its part's."""
        row: Row | None = self.rows[row_id]
        while row is not None:
            if row.columns:
                return row.columns
            row = self.rows[row.parent] if row.parent else None
        return self.part(self.rows[row_id].part).columns

    def column(self, cell: CellRef) -> Column:
        for column in self.columns_for(cell.row):
            if column.id == cell.column:
                return column
        raise KeyError(cell)

    def has_cell(self, cell: CellRef) -> bool:
        return cell in self._cell_set

    @cached_property
    def _cell_set(self) -> frozenset[CellRef]:
        # Compiling the rules asks for every cell they name: a set, not a walk up the rows each time.
        return frozenset(self.cells())

    def cell_kind(self, cell: CellRef) -> ValueKind:
        return self.column(cell).kind or self.rows[cell.row].kind

    def cell_unit(self, cell: CellRef) -> str:
        row = self.rows[cell.row]
        return self.column(cell).unit or row.unit or row.measure

    def rows_in_order(self, part_id: str | None = None) -> Iterator[Row]:
        """Depth-first, in printed order."""
        for part in self.parts:
            if part_id is None or part.id == part_id:
                for row_id in part.rows:
                    yield from self._subtree(row_id)

    def _subtree(self, row_id: str) -> Iterator[Row]:
        row = self.rows[row_id]
        yield row
        for child in row.children:
            yield from self._subtree(child)

    def cells(self) -> Iterator[CellRef]:
        """Every input cell, in printed order (row by row, left to right)."""
        for row in self.rows_in_order():
            if row.has_values:
                for column in self.columns_for(row.id):
                    yield CellRef(row.id, column.id)

    def label_columns(self, part_id: str) -> int:
        """How many label columns a matrix part needs: one per tree level, none for a single row of
        numbers under the column heads (table 四, as on the form)."""
        data_rows = [row for row in self.rows_in_order(part_id) if row.has_values]
        if len(data_rows) <= 1:
            return 0
        return 1 + max(self.depth(row.id) for row in data_rows)

    def depth(self, row_id: str) -> int:
        depth = 0
        row = self.rows[row_id]
        while row.parent:
            depth += 1
            row = self.rows[row.parent]
        return depth

    def covers_year(self, year: int) -> bool:
        return self.first_year <= year and (self.last_year is None or year <= self.last_year)
