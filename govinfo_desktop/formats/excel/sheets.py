"""Which sheets of a workbook make up the one table to import.

Hidden sheets are read only when no visible sheet holds the table (a hidden sheet is often last year's
copy). A later sheet that repeats rows already found is another table — a county's 全县汇总 beside its
本级政府 — and is left out, with a note, rather than mixed in.
"""

from __future__ import annotations

from govinfo_desktop.core.notices import Notice, notice
from govinfo_desktop.core.tabledef import TableDefinition
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.locate import matched_ids
from govinfo_desktop.formats.excel.reader import SheetGrid


def select_sheets(
    table: TableDefinition, grids: list[SheetGrid]
) -> tuple[list[SheetGrid], list[Notice]]:
    found = {id(grid): matched_ids(table, grid) for grid in grids}
    visible = [grid for grid in grids if not grid.hidden]
    use_visible = any(found[id(grid)] for grid in visible)
    candidates = {id(grid) for grid in (visible if use_visible else grids)}
    chosen: list[SheetGrid] = []
    notes: list[Notice] = []
    covered: set[str] = set()
    for grid in grids:
        rows = found[id(grid)]
        if id(grid) not in candidates:
            if rows:
                notes.append(notice(say.HIDDEN_SHEET_SKIPPED, sheet=grid.name))
            continue
        if rows and len(rows & covered) >= max(3, len(rows) // 2):
            notes.append(notice(say.SECOND_TABLE, sheet=grid.name))
            continue
        covered |= rows
        chosen.append(grid)
        if grid.hidden and rows:
            notes.append(notice(say.TABLE_IN_HIDDEN_SHEET, sheet=grid.name))
    return chosen or grids, notes
