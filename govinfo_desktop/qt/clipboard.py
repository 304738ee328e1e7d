"""Copy a block of cells as TSV; paste a block or a column copied from Excel/WPS into the input cells.

Excel and WPS put tab-separated rows on the clipboard, ending in "\\r\\n" (sometimes "\\n") with a trailing
empty line. A pasted row goes to the next row that has an input cell in the start column — section and
group rows are skipped — and its fields to the columns to the right. Every value goes through the core's
parser; the rejected ones are returned (and listed to the clerk), the rest applied as one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import InvalidValue, Value, format_value
from govinfo_desktop.qt.i18n import current_language
from govinfo_desktop.qt.part_tree import Node
from govinfo_desktop.qt.tree_model import ReportTreeModel
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Rejected:
    cell: CellRef | None  # None: the value fell outside the table
    text: str
    reason: str


@dataclass
class PastePlan:
    changes: dict[CellRef, Value]
    rejected: list[Rejected]


def split_tsv(text: str) -> list[list[str]]:
    """Rows of fields; the empty line Excel adds at the end is dropped (inner empty lines are kept)."""
    lines = re.split(r"\r?\n", text)
    if lines and lines[-1] == "":
        lines.pop()
    return [line.split("\t") for line in lines]


def copy_block(model: ReportTreeModel, indexes: Sequence[AnyIndex]) -> str:
    """The selected value cells as TSV: the bounding block of rows (in printed order) and columns."""
    chosen = [  # this year's values only: 上年 columns are a reference beside them
        i
        for i in indexes
        if i.isValid()
        and i.column() >= FIRST_VALUE_COLUMN
        and not model.is_last_year_column(i.column())
    ]
    if not chosen:
        return ""
    order = {id(node): n for n, node in enumerate(model.tree.nodes())}
    nodes: dict[int, Node] = {}
    for index in chosen:
        node = model.node_at(index)
        if node is not None:
            nodes[order[id(node)]] = node
    first = min(i.column() for i in chosen) - FIRST_VALUE_COLUMN
    last = max(i.column() for i in chosen) - FIRST_VALUE_COLUMN
    if (
        model.tree.transposed
    ):  # 表四 shown one column a row: copied as the form lays it out, one row
        values = [
            format_value(model.document.values.get(cell), grouping=False)
            for position in sorted(nodes)
            for cell in nodes[position].cells[first : last + 1]
            if cell is not None
        ]
        return "\t".join(values) + "\r\n"
    lines = []
    for position in sorted(nodes):
        cells = nodes[position].cells
        fields = [
            format_value(model.document.values.get(c), grouping=False) if c else ""
            for c in (cells[slot] if slot < len(cells) else None for slot in range(first, last + 1))
        ]
        lines.append("\t".join(fields))
    return "\r\n".join(lines) + "\r\n"


def plan_paste(model: ReportTreeModel, start: AnyIndex, text: str) -> PastePlan:
    """Where each pasted field goes and what it parses to, starting at the cell `start`."""
    plan = PastePlan({}, [])
    start_node = model.node_at(start)
    slot = max(start.column() - FIRST_VALUE_COLUMN, 0)  # from a label: the row's first value column
    if start_node is None:
        return plan
    targets = _rows_from(model, start_node, slot)
    rows = split_tsv(text)
    if model.tree.transposed and rows and len(rows[0]) > 1:
        # 表四 is shown one column a row; Excel and the form lay it out as one row of 15 values.
        rows = [[field] for row in rows for field in row]
    for row_number, fields in enumerate(rows):
        node = targets[row_number] if row_number < len(targets) else None
        for offset, field in enumerate(fields):
            column = slot + offset
            cell = node.cells[column] if node is not None and column < len(node.cells) else None
            _plan_field(model, plan, cell, field)
    return plan


def _rows_from(model: ReportTreeModel, start: Node, slot: int) -> list[Node]:
    nodes = list(model.tree.nodes())
    after = nodes[nodes.index(start) :]
    return [n for n in after if slot < len(n.cells) and n.cells[slot] is not None]


def _plan_field(model: ReportTreeModel, plan: PastePlan, cell: CellRef | None, field: str) -> None:
    if cell is None:
        if field.strip():
            reason = QCoreApplication.translate("clipboard", "超出表格范围，未粘贴")
            plan.rejected.append(Rejected(None, field, reason))
        return
    try:
        plan.changes[cell] = model.document.parse_for(cell, field)
    except InvalidValue as error:
        plan.rejected.append(Rejected(cell, field, error.reason_in(current_language())))
