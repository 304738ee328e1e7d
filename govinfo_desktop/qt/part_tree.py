"""The rows one editor tab shows, as a plain tree of nodes that the Qt model adapts.

A node is a printed row (section, group, item) with one slot per value column: the cell it edits there,
or None. Table 四 (one row, fifteen columns in groups) is shown turned on its side — its column groups
become tree rows with a single value column — so that the whole report fits a 1366-pixel screen.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import NamedTuple

from govinfo_desktop.core.tabledef import CellRef, Column, Part, RowRole, TableDefinition


class NodeKind(enum.StrEnum):
    SECTION = "section"
    GROUP = "group"
    ITEM = "item"


@dataclass(eq=False)
class Node:
    """One row of a tab's tree: a section, a group or an item with its cells, one per value column."""

    kind: NodeKind
    label: str  # numbering + label + note, as printed
    unit: str = ""
    cells: tuple[CellRef | None, ...] = ()  # one slot per value column
    headings: tuple[str, ...] = ()  # a block's own column labels, shown on its group row (table 二)
    row_id: str = ""
    row: int = 0  # position among its parent's children (nodes never move)
    depth: int = 0  # 0 for the rows at the top of a tab
    parent: Node | None = field(default=None, repr=False)
    children: list[Node] = field(default_factory=list, repr=False)

    def index_in_parent(self) -> int:
        return self.row

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        child.depth = 0 if self.parent is None else self.depth + 1
        self.children.append(child)
        return child

    def walk(self) -> Iterator[Node]:
        """This node's descendants, depth-first in printed order (not the node itself)."""
        for child in self.children:
            yield child
            yield from child.walk()


class ValueColumn(NamedTuple):
    label: str
    groups: tuple[str, ...] = ()

    @property
    def header(self) -> str:
        return " · ".join((*self.groups, self.label))


@dataclass
class PartTree:
    """A part as the window shows it: the tree of its rows and the value columns."""

    part: Part
    root: Node
    columns: tuple[ValueColumn, ...]
    shared_group: str = (
        ""  # a header group every column shares (申请人情况): shown once, in the corner
    )
    transposed: bool = False

    def nodes(self) -> Iterator[Node]:
        return self.root.walk()


def build_part_tree(table: TableDefinition, part: Part) -> PartTree:
    if part.layout.transpose:
        return _transposed(table, part)
    width = len(part.columns) or max(
        (len(table.columns_for(row.id)) for row in table.rows_in_order(part.id)), default=1
    )
    root = Node(NodeKind.SECTION, part.heading)
    for row_id in part.rows:
        _add_row(table, root, row_id, width)
    columns, shared = _value_columns(part.columns, width)
    return PartTree(part, root, columns, shared)


def _add_row(table: TableDefinition, parent: Node, row_id: str, width: int) -> None:
    row = table.row(row_id)
    kind = {RowRole.SECTION: NodeKind.SECTION, RowRole.GROUP: NodeKind.GROUP}.get(
        row.role, NodeKind.ITEM
    )
    columns = table.columns_for(row_id)
    cells: tuple[CellRef | None, ...] = (None,) * width
    if row.has_values:
        cells = tuple(CellRef(row_id, c.id) for c in columns) + (None,) * (width - len(columns))
    headings = tuple(c.printed_label for c in row.columns) if row.columns else ()
    node = Node(kind, row.title, row.unit, cells, headings, row_id)  # the printed 单位, as the PDF
    parent.add(node)
    for child in row.children:
        _add_row(table, node, child, width)


def _value_columns(columns: tuple[Column, ...], width: int) -> tuple[tuple[ValueColumn, ...], str]:
    if not columns:  # table 二: each block names its own columns on its group row
        return tuple(ValueColumn(f"第{i + 1}栏") for i in range(width)), ""
    shared = ""
    firsts = {c.groups[0] if c.groups else "" for c in columns}
    if len(firsts) == 1 and len(columns) > 1 and all(c.groups for c in columns):
        shared = firsts.pop()
    values = tuple(ValueColumn(c.label, c.groups[1:] if shared else c.groups) for c in columns)
    return values, shared


def _transposed(table: TableDefinition, part: Part) -> PartTree:
    row = table.row(part.rows[0])
    root = Node(NodeKind.SECTION, part.heading)
    unit = row.unit
    groups: dict[tuple[str, ...], Node] = {(): root}
    for column in part.columns:
        parent = _group_node(groups, column.groups)
        parent.add(
            Node(NodeKind.ITEM, column.label, unit, (CellRef(row.id, column.id),), (), row.id)
        )
    return PartTree(part, root, (ValueColumn(row.label),), transposed=True)


def _group_node(groups: dict[tuple[str, ...], Node], path: tuple[str, ...]) -> Node:
    if path in groups:
        return groups[path]
    parent = _group_node(groups, path[:-1])
    kind = NodeKind.SECTION if len(path) == 1 else NodeKind.GROUP
    node = parent.add(Node(kind, path[-1]))
    groups[path] = node
    return node
