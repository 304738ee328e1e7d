"""Where a part's (or a table 二 block's) columns are: its header cells above its first row, the header
row of the block above when a sheet prints it once, or — on a sheet without headers — the columns that
hold numbers. Table 四, which has no row label, takes the row of numbers under its headers."""

from __future__ import annotations

from dataclasses import dataclass, field

from govinfo_desktop.core.tabledef import Column
from govinfo_desktop.formats.excel.labels import label_keys, strip_notes
from govinfo_desktop.formats.excel.reader import SheetGrid

Span = tuple[int, int]


@dataclass
class Scope:
    """A part, or a block of table 二: rows that share one set of columns."""

    id: str
    columns: tuple[Column, ...]
    row_ids: list[str]
    grid: SheetGrid | None = None
    rows: dict[str, int] = field(default_factory=dict)  # row id → sheet row
    spans: dict[str, Span] = field(default_factory=dict)  # column id → sheet columns
    header_cells: dict[str, tuple[int, int]] = field(default_factory=dict)
    positional: bool = False


MAX_ROW, MAX_COL = 1500, 60  # a statistics table sits near the top left; don't search a big sheet


def text_cells(grid: SheetGrid) -> list[tuple[int, int, str]]:
    if grid.text_cells is None:  # asked for once per table format and per step: keep it
        grid.text_cells = sorted(
            (r, c, v)
            for (r, c), v in grid.values.items()
            if isinstance(v, str) and r <= MAX_ROW and c <= MAX_COL and v.strip()
        )
    return grid.text_cells


def find_headers(scope: Scope, top: int, bottom: int) -> None:
    grid = scope.grid
    assert grid is not None
    wanted: dict[str, list[Column]] = {}
    for column in scope.columns:
        wanted.setdefault(_header_key(column.label), []).append(column)
    found: dict[str, list[tuple[int, int]]] = {}
    for row, col, text in text_cells(grid):
        if top <= row <= bottom and _header_key(text) in wanted:
            found.setdefault(_header_key(text), []).append((col, row))
    for key, columns in wanted.items():
        spots = sorted(found.get(key, []))
        for column, (col, row) in zip(columns, spots, strict=False):
            scope.spans[column.id] = (col, _merge_end(grid, row, col))
            scope.header_cells[column.id] = (row, col)


def share_headers(scopes: list[Scope]) -> None:
    """Blocks (五) and (六) of table 二 have the same columns; a hand-made sheet often prints their
    header row once. A block without headers of its own takes those of the block above it."""
    for index, scope in enumerate(scopes):
        if not scope.positional:
            continue
        labels = [c.label for c in scope.columns]
        for earlier in reversed(scopes[:index]):
            same = earlier.grid is scope.grid and [c.label for c in earlier.columns] == labels
            if same and earlier.header_cells:
                scope.spans = dict(earlier.spans)
                scope.positional = False
                break


def _header_key(text: str) -> str:
    return strip_notes(label_keys(text)[0])


def _merge_end(grid: SheetGrid, row: int, col: int) -> int:
    for r1, c1, _r2, c2 in grid.merged:
        if (r1, c1) == (row, col):
            return c2
    return col


def positional(scope: Scope, label_cols: set[int]) -> None:
    """No header found (a hand-made sheet): take the numeric columns right of the labels, in order."""
    grid = scope.grid
    assert grid is not None
    start = max(label_cols) + 1
    numeric: dict[int, int] = {}
    for row in scope.rows.values():
        for (r, c), value in grid.values.items():
            if r == row and c >= start and not isinstance(value, str):
                numeric[c] = numeric.get(c, 0) + 1
    columns = sorted(numeric) or list(range(start, start + len(scope.columns)))
    if len(scope.columns) == 1 and numeric:
        columns = [max(numeric, key=lambda c: (numeric[c], c))]
    for column, col in zip(scope.columns, columns, strict=False):
        scope.spans[column.id] = (col, col)
    scope.positional = True


def place_unlabelled(
    scope: Scope, labelled: list[tuple[SheetGrid, int]], grids: list[SheetGrid]
) -> None:
    """Table 四: headers, then one row of numbers without a label."""
    best: tuple[int, SheetGrid | None, int] = (0, None, 0)
    for grid in grids:
        above = [row for where, row in labelled if where is grid]
        top = max(above, default=0) + 1
        trial = Scope(scope.id, scope.columns, scope.row_ids, grid)
        find_headers(trial, top, 10**9)
        if len(trial.spans) > best[0]:
            best = (len(trial.spans), grid, top)
    if best[1] is None:
        return
    scope.grid = best[1]
    find_headers(scope, best[2], 10**9)
    header_bottom = max(row for row, _ in scope.header_cells.values())
    cols = [c for a, b in scope.spans.values() for c in range(a, b + 1)]
    row = header_bottom + 1
    if not any((row, c) in scope.grid.values for c in cols):
        # An empty line under the headers is the row itself (blank), unless numbers follow closely.
        for later in range(row + 1, row + 4):
            if any(not isinstance(scope.grid.values.get((later, c), ""), str) for c in cols):
                row = later
                break
    scope.rows = {scope.row_ids[-1]: row}
