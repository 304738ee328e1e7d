"""Rows a file holds that the table does not know — a province's “其他主动公开文件”, a row typed twice —
are kept as `ExtraRow`s and listed in the report, never dropped."""

from __future__ import annotations

from govinfo_desktop.core.document import ExtraRow
from govinfo_desktop.formats.excel.columns import Scope
from govinfo_desktop.formats.excel.headings import EXTRA_HEADING
from govinfo_desktop.formats.excel.import_findings import ImportReport, UnknownRow
from govinfo_desktop.formats.excel.labels import normalise
from govinfo_desktop.formats.excel.locate import Location
from govinfo_desktop.formats.excel.metadata import read_metadata
from govinfo_desktop.formats.excel.reader import SheetGrid, address

_EXTRA_KEY = normalise(EXTRA_HEADING)


def collect_extra_rows(
    location: Location, grids: list[SheetGrid], report: ImportReport
) -> list[ExtraRow]:
    taken: dict[int, set[int]] = {}
    for hit in location.hits.values():
        taken.setdefault(id(hit.grid), set()).add(hit.row)
    for scope in location.scopes:
        if scope.grid is not None:
            taken.setdefault(id(scope.grid), set()).update(
                r for r, _ in scope.header_cells.values()
            )
    rows: list[ExtraRow] = []
    seen: set[tuple[int, int]] = set()
    for scope in location.scopes:
        if scope.grid is None or len(scope.row_ids) == 1 or not scope.rows:
            continue
        for row in _region(scope, taken.get(id(scope.grid), set())):
            if (id(scope.grid), row) not in seen:
                seen.add((id(scope.grid), row))
                rows += _extra(scope.grid, row, _value_cols(scope), report)
    for hit in location.duplicates:
        owner = next((s for s in location.scopes if hit.row_id in s.row_ids), None)
        if (id(hit.grid), hit.row) not in seen:
            seen.add((id(hit.grid), hit.row))
            rows += _extra(hit.grid, hit.row, _value_cols(owner) if owner else [], report)
    for grid in grids:
        rows += _kept_block(grid, report)
    return rows


def _value_cols(scope: Scope) -> list[int]:
    return [a for a, _ in sorted(scope.spans.values())]


def _region(scope: Scope, taken: set[int]) -> list[int]:
    """Rows between the scope's first and last row, and those right after it, up to an empty row,
    that hold a value (a “注：…” line under the table is not a row of it)."""
    grid = scope.grid
    assert grid is not None
    filled = {r for r, _ in grid.values}
    first, last = min(scope.rows.values()), max(scope.rows.values())
    region = [r for r in range(first, last + 1) if r in filled and r not in taken]
    value_cols = [c for a, b in scope.spans.values() for c in range(a, b + 1)]
    row = last + 1
    while row in filled and row not in taken and not _is_metadata(grid, row):
        if any((row, col) in grid.values for col in value_cols):
            region.append(row)
        row += 1
    return region


def _is_metadata(grid: SheetGrid, row: int) -> bool:
    cells = {(r, c): v for (r, c), v in grid.values.items() if r == row}
    probe = SheetGrid(grid.name, cells)
    return bool(read_metadata([probe])) or any(
        normalise(str(v)) == _EXTRA_KEY for v in cells.values()
    )


def _extra(
    grid: SheetGrid, row: int, value_cols: list[int], report: ImportReport
) -> list[ExtraRow]:
    cells = sorted((c, v) for (r, c), v in grid.values.items() if r == row)
    first_value = min(value_cols, default=10**6)
    texts = [
        str(v).strip()
        for c, v in cells
        if c < first_value and isinstance(v, str) and str(v).strip()
    ]
    if not texts:
        return []
    # The 单位 column (件, 万元, 人次) is not part of the label.
    label = " ".join(t for t in texts if len(t) > 2) or texts[0]
    values = [_text(grid.values.get((row, c))) for c in value_cols]
    source = f"{grid.name}!{address(cells[0][0], row)}"
    report.unknown_rows.append(UnknownRow(label, values, source))
    return [ExtraRow(label, values, source)]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _kept_block(grid: SheetGrid, report: ImportReport) -> list[ExtraRow]:
    """Rows this program wrote under “附：原文件中本表没有的行” on an earlier export."""
    heading = next(
        (
            r
            for (r, _), v in grid.values.items()
            if isinstance(v, str) and normalise(v) == _EXTRA_KEY
        ),
        None,
    )
    if heading is None:
        return []
    rows: list[ExtraRow] = []
    filled = {r for r, _ in grid.values}
    row = heading + 1
    while row in filled and not _is_metadata(grid, row):
        cells = sorted((c, v) for (r, c), v in grid.values.items() if r == row)
        first, last = cells[0][0], cells[-1][0]
        label = str(cells[0][1])
        values = [_text(grid.values.get((row, c))) for c in range(first + 1, last + 1)]
        source = f"{grid.name}!{address(cells[0][0], row)}"
        report.unknown_rows.append(UnknownRow(label, values, source))
        rows.append(ExtraRow(label, values, source))
        row += 1
    return rows
