"""Finds a statistics table in workbook grids, wherever its rows and headers are.

Rows are found by their labels (see excel_labels) in any column of any sheet; a label that occurs more
than once in the table (“(二)被依法纠错数” under 四 and 五) is given to the next unused row in printed
order. Each part — or each 第二十条 block of table 二 — then finds its column headers in the rows above
its first row; table 四, which has no row label, takes the row under its headers.
"""

from __future__ import annotations

from typing import NamedTuple

from govinfo_desktop.core.tabledef import TableDefinition
from govinfo_desktop.formats.excel.columns import (
    Scope,
    find_headers,
    place_unlabelled,
    positional,
    share_headers,
    text_cells,
)
from govinfo_desktop.formats.excel.labels import is_close, label_keys, normalise, strip_notes
from govinfo_desktop.formats.excel.reader import SheetGrid


class Hit(NamedTuple):
    row_id: str
    grid: SheetGrid
    row: int
    col: int
    text: str
    how: str  # exact | note | approx


class Location(NamedTuple):
    table: TableDefinition
    hits: dict[str, Hit]
    duplicates: list[Hit]
    scopes: list[Scope]
    score: int


_SEEN_LIMIT = 512


class _Index:
    def __init__(self, table: TableDefinition) -> None:
        self.order = [row.id for row in table.rows_in_order()]
        self.parents = {row.id: row.parent for row in table.rows_in_order()}
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
        found = self._seen.get(text)
        if found is None:  # sheets repeat their texts; approximate matching is the slow part
            if len(self._seen) >= _SEEN_LIMIT:  # each unit's own texts (its name…) would pile up
                self._seen.clear()
            found = self._seen[text] = self._candidates(text)
        return found

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
    for _row, _col, text in text_cells(grid):
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
    share_headers(scopes)
    value_rows = sum(1 for h in hits.values() if table.row(h.row_id).has_values)
    found_headers = sum(len(s.header_cells) for s in scopes)
    return Location(table, hits, duplicates, scopes, value_rows + found_headers)


def _match_rows(index: _Index, grids: list[SheetGrid]) -> tuple[dict[str, Hit], list[Hit]]:
    """Labels that name one row first; then each label shared by several rows (2014's “被依法纠错数”
    under 四 and 五) goes to the row of the section it sits in: the section of the nearest uniquely
    matched row above it. Never to a row of another part, where it would shift the numbers there."""
    hits: dict[str, Hit] = {}
    duplicates: list[Hit] = []
    shared: list[Hit] = []
    for grid in grids:
        for row, col, text in text_cells(grid):
            candidates, how = index.candidates(text)
            if len(candidates) > 1:
                shared.append(Hit("", grid, row, col, text, how))
            elif candidates and candidates[0] not in hits:
                hits[candidates[0]] = Hit(candidates[0], grid, row, col, text, how)
            elif candidates:
                duplicates.append(Hit(candidates[0], grid, row, col, text, how))
    unique = list(hits.values())
    cursor = -1
    for hit in shared:
        candidates, _how = index.candidates(hit.text)
        chosen = _in_section(index, candidates, _nearest_above(unique, hit), hits, unique)
        if (
            chosen is None
        ):  # no section above it on this sheet: the next unused row in printed order
            free = [c for c in candidates if c not in hits]
            later = [c for c in free if index.order.index(c) > cursor]
            chosen = (later or free or [""])[0]
        if chosen is None or chosen == "":
            duplicates.append(Hit(candidates[0], hit.grid, hit.row, hit.col, hit.text, hit.how))
            continue
        hits[chosen] = Hit(chosen, hit.grid, hit.row, hit.col, hit.text, hit.how)
        cursor = index.order.index(chosen)
    return hits, duplicates


def _nearest_above(unique: list[Hit], hit: Hit) -> Hit | None:
    above = [h for h in unique if h.grid is hit.grid and h.row < hit.row]
    same_column = [h for h in above if h.col == hit.col]
    return max(same_column or above, key=lambda h: h.row, default=None)


def _in_section(
    index: _Index,
    candidates: list[str],
    context: Hit | None,
    hits: dict[str, Hit],
    unique: list[Hit],
) -> str | None:
    """The candidate in the section of `context`; "" when that row is taken, or when the context is
    another part while the candidates' sections are found elsewhere (the label is then kept as an extra
    row); None when nothing tells the section (no context, or no other row of those sections found)."""
    if context is None:
        return None
    section = {context.row_id, index.parents.get(context.row_id)}
    fitting = [c for c in candidates if index.parents.get(c) in section]
    if not fitting:
        sections = {index.parents.get(c) for c in candidates}
        found = any(h.row_id in sections or index.parents.get(h.row_id) in sections for h in unique)
        return "" if found else None
    free = [c for c in fitting if c not in hits]
    return free[0] if free else ""


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
        find_headers(scope, top, min(rows) - 1)
        if not scope.spans and scope.rows:
            positional(scope, label_cols)
        return
    if len(scope.row_ids) == 1:
        place_unlabelled(scope, [(h.grid, h.row) for h in hits.values()], grids)


def _upper_bound(scope: Scope, hits: dict[str, Hit]) -> int:
    """Headers of this scope lie below every row of another scope on the same sheet above it."""
    first = min(h.row for i, h in hits.items() if i in scope.row_ids and h.grid is scope.grid)
    above = [
        h.row
        for i, h in hits.items()
        if i not in scope.row_ids and h.grid is scope.grid and h.row < first
    ]
    return max(above, default=0) + 1
