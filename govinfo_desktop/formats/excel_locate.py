"""Finds a statistics table in workbook grids, wherever its rows and headers are.

Rows are found by their labels (see excel_labels) in any column of any sheet; a label that occurs more
than once in the table (“(二)被依法纠错数” under 四 and 五) is given to the next unused row in printed
order. Each part — or each 第二十条 block of table 二 — then finds its column headers in the rows above
its first row; table 四, which has no row label, takes the row under its headers.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from govinfo_desktop.core.tabledef import Column, TableDefinition
from govinfo_desktop.formats.excel_labels import is_close, label_keys, normalise, strip_notes
from govinfo_desktop.formats.excel_reader import SheetGrid

Span = tuple[int, int]


@dataclass
class Hit:
    row_id: str
    grid: SheetGrid
    row: int
    col: int
    text: str
    how: str  # exact | note | approx


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


@dataclass
class Location:
    table: TableDefinition
    hits: dict[str, Hit]
    duplicates: list[Hit]
    scopes: list[Scope]
    score: int


class _Index:
    def __init__(self, table: TableDefinition) -> None:
        self.order = [row.id for row in table.rows_in_order()]
        self.full: dict[str, list[str]] = {}
        self.core: dict[str, list[str]] = {}
        for row in table.rows_in_order():
            full, core = label_keys(row.title)
            self.full.setdefault(full, []).append(row.id)
            self.core.setdefault(core, []).append(row.id)
        self.headers = {strip_notes(label_keys(text)[0]) for text in _header_texts(table)}
        self._seen: dict[str, tuple[list[str], str]] = {}
        self._by_char: dict[str, set[str]] = {}
        for key in self.core:
            for ch in key:
                self._by_char.setdefault(ch, set()).add(key)

    def candidates(self, text: str) -> tuple[list[str], str]:
        if (
            text not in self._seen
        ):  # sheets repeat their texts; approximate matching is the slow part
            self._seen[text] = self._candidates(text)
        return self._seen[text]

    def _candidates(self, text: str) -> tuple[list[str], str]:
        full, core = label_keys(text)
        if not core or (core in self.headers and normalise(text) == full):
            return [], ""  # a column header such as 总计 or 其他, not the row (七)总计 / 3.其他
        if full in self.full:
            return self.full[full], "exact"
        if core in self.core:
            return self.core[core], "exact" if full == core else "note"
        close = [self.core[key] for key in self._near(core) if is_close(core, key)]
        return ([i for ids in close for i in ids], "approx") if close else ([], "")

    def _near(self, core: str) -> list[str]:
        """Keys sharing most of the text's characters (an inverted index: cheap on big sheets)."""
        counts: dict[str, int] = {}
        chars = set(core)
        for ch in chars:
            for key in self._by_char.get(ch, ()):
                counts[key] = counts.get(key, 0) + 1
        return [key for key, count in counts.items() if count >= 0.75 * len(chars)]


def _header_texts(table: TableDefinition) -> set[str]:
    texts: set[str] = set()
    for part in table.parts:
        texts.update(c.label for c in part.columns)
        texts.update(g for c in part.columns for g in c.groups)
    for row in table.rows.values():
        texts.update(c.label for c in row.columns)
    return texts


_INDEXES: dict[tuple[str, int], _Index] = {}


def _index_for(table: TableDefinition) -> _Index:
    key = (table.id, table.version)
    if key not in _INDEXES:
        _INDEXES[key] = _Index(table)
    return _INDEXES[key]


def matched_ids(table: TableDefinition, grid: SheetGrid) -> set[str]:
    """Rows of `table` whose label this sheet holds (exactly, or with a note after it)."""
    index = _index_for(table)
    found: set[str] = set()
    for _row, _col, text in _text_cells(grid):
        candidates, how = index.candidates(text)
        if how in {"exact", "note"}:
            found.update(candidates)
    return found


def locate(table: TableDefinition, grids: list[SheetGrid]) -> Location:
    index = _index_for(table)
    hits, duplicates = _match_rows(index, grids)
    scopes = _scopes(table)
    for scope in scopes:
        _place(scope, hits, grids, table)
    value_rows = sum(1 for h in hits.values() if table.row(h.row_id).has_values)
    found_headers = sum(len(s.header_cells) for s in scopes)
    return Location(table, hits, duplicates, scopes, value_rows + found_headers)


MAX_ROW, MAX_COL = 1500, 60  # a statistics table sits near the top left; don't search a big sheet


def _text_cells(grid: SheetGrid) -> list[tuple[int, int, str]]:
    if grid.text_cells is None:  # asked for once per table format and per step: keep it
        grid.text_cells = sorted(
            (r, c, v)
            for (r, c), v in grid.values.items()
            if isinstance(v, str) and r <= MAX_ROW and c <= MAX_COL and v.strip()
        )
    return grid.text_cells


def _match_rows(index: _Index, grids: list[SheetGrid]) -> tuple[dict[str, Hit], list[Hit]]:
    hits: dict[str, Hit] = {}
    duplicates: list[Hit] = []
    cursor = -1
    for grid in grids:
        for row, col, text in _text_cells(grid):
            candidates, how = index.candidates(text)
            if not candidates:
                continue
            free = [c for c in candidates if c not in hits]
            later = [c for c in free if index.order.index(c) > cursor]
            chosen = (later or free or [None])[0]
            if chosen is None:
                duplicates.append(Hit(candidates[0], grid, row, col, text, how))
                continue
            hits[chosen] = Hit(chosen, grid, row, col, text, how)
            cursor = index.order.index(chosen)
    return hits, duplicates


def _scopes(table: TableDefinition) -> list[Scope]:
    scopes: list[Scope] = []
    for part in table.parts:
        if part.columns:
            ids = [r.id for r in table.rows_in_order(part.id)]
            scopes.append(Scope(part.id, part.columns, ids))
            continue
        for block_id in part.rows:
            block = table.row(block_id)
            ids = [
                r.id
                for r in table.rows_in_order(part.id)
                if r.id == block_id or _under(table, r.id, block_id)
            ]
            scopes.append(Scope(block_id, block.columns, ids))
    return scopes


def _under(table: TableDefinition, row_id: str, ancestor: str) -> bool:
    parent = table.row(row_id).parent
    while parent:
        if parent == ancestor:
            return True
        parent = table.row(parent).parent
    return False


def _place(
    scope: Scope, hits: dict[str, Hit], grids: list[SheetGrid], table: TableDefinition
) -> None:
    own = [hits[i] for i in scope.row_ids if i in hits]
    if own:
        scope.grid = own[0].grid
        scope.rows = {
            h.row_id: h.row for h in own if h.grid is scope.grid and table.row(h.row_id).has_values
        }
        top = _upper_bound(scope, hits)
        rows = scope.rows.values() or [h.row for h in own if h.grid is scope.grid]
        label_cols = {h.col for h in own if h.grid is scope.grid}
        _find_headers(scope, top, min(rows) - 1)
        if not scope.spans and scope.rows:
            _positional(scope, label_cols)
        return
    if len(scope.row_ids) == 1:
        _place_unlabelled(scope, hits, grids)


def _upper_bound(scope: Scope, hits: dict[str, Hit]) -> int:
    """Headers of this scope lie below every row of another scope on the same sheet above it."""
    first = min(h.row for i, h in hits.items() if i in scope.row_ids and h.grid is scope.grid)
    above = [
        h.row
        for i, h in hits.items()
        if i not in scope.row_ids and h.grid is scope.grid and h.row < first
    ]
    return max(above, default=0) + 1


def _find_headers(scope: Scope, top: int, bottom: int) -> None:
    grid = scope.grid
    assert grid is not None
    wanted: dict[str, list[Column]] = {}
    for column in scope.columns:
        wanted.setdefault(_header_key(column.label), []).append(column)
    found: dict[str, list[tuple[int, int]]] = {}
    for row, col, text in _text_cells(grid):
        if top <= row <= bottom and _header_key(text) in wanted:
            found.setdefault(_header_key(text), []).append((col, row))
    for key, columns in wanted.items():
        spots = sorted(found.get(key, []))
        for column, (col, row) in zip(columns, spots, strict=False):
            scope.spans[column.id] = (col, _merge_end(grid, row, col))
            scope.header_cells[column.id] = (row, col)


def _header_key(text: str) -> str:
    return strip_notes(label_keys(text)[0])


def _merge_end(grid: SheetGrid, row: int, col: int) -> int:
    for r1, c1, _r2, c2 in grid.merged:
        if (r1, c1) == (row, col):
            return c2
    return col


def _positional(scope: Scope, label_cols: set[int]) -> None:
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


def _place_unlabelled(scope: Scope, hits: dict[str, Hit], grids: list[SheetGrid]) -> None:
    """Table 四: headers, then one row of numbers without a label."""
    best: tuple[int, SheetGrid | None, int] = (0, None, 0)
    for grid in grids:
        above = [h.row for h in hits.values() if h.grid is grid]
        top = max(above, default=0) + 1
        trial = Scope(scope.id, scope.columns, scope.row_ids, grid)
        _find_headers(trial, top, 10**9)
        if len(trial.spans) > best[0]:
            best = (len(trial.spans), grid, top)
    if best[1] is None:
        return
    scope.grid = best[1]
    _find_headers(scope, best[2], 10**9)
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
