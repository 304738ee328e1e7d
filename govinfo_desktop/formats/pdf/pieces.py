"""Tables cut where a page ends, as a typesetter cuts them: between rows, never fewer than MIN_ROWS rows
on the first page, each piece with the column heads and the labels of the groups it continues; and a part's
heading kept with the first rows of its table (never alone at the foot of a page).

reportlab cannot cut a table inside a cell spanning rows (table 三's “三、本年度办理结果” spans nearly all of
it), so a piece is a table of its own, built from its rows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from govinfo_desktop.core.tabledef import Row, TableDefinition
from govinfo_desktop.formats.pdf.rl_platypus import Flowable, Table

MIN_ROWS = 5  # rows of a table that may start at the foot of a page; fewer wait for the next page


class RowPieces(Flowable):
    """A grid of `rows` built by `build`, cut into pieces between data rows when a page ends."""

    def __init__(
        self, build: Callable[[list[Row]], Table], rows: list[Row], table: TableDefinition
    ) -> None:
        super().__init__()
        self.build, self.rows, self.table = build, rows, table
        self._whole: Table | None = None

    def whole(self) -> Table:
        if self._whole is None:
            self._whole = self.build(self.rows)
        return self._whole

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.whole().wrap(available_width, available_height)
        self.width, self.height = width, height
        return width, height

    def draw(self) -> None:
        self.whole().drawOn(self.canv, 0, 0)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # Cut after at least MIN_ROWS rows, and leave at least two for the next page.
        cuts = [i for i, row in enumerate(self.rows) if row.has_values][MIN_ROWS:-1]
        best: list[Flowable] = []
        low, high = 0, len(cuts) - 1
        while low <= high:  # the more rows in the first piece, the taller it is: search the cut
            middle = (low + high) // 2
            first, rest = self._cut(cuts[middle])
            if first.wrap(available_width, available_height)[1] <= available_height:
                best = [first, RowPieces(self.build, rest, self.table)]
                low = middle + 1
            else:
                high = middle - 1
        return best

    def _cut(self, index: int) -> tuple[Table, list[Row]]:
        while index > 0 and not self.rows[index - 1].has_values:
            index -= 1  # a group's heading row goes with its rows
        rest = self.rows[index:]
        present = {row.id for row in rest}
        ancestors: list[Row] = []
        parent = rest[0].parent
        while parent is not None:
            if parent not in present:
                ancestors.insert(0, self.table.row(parent))
            parent = self.table.row(parent).parent
        return self.build(self.rows[:index]), [*ancestors, *rest]


class HeadedPart(Flowable):
    """A part's heading and its table: the heading goes to the next page unless the table's first rows
    (MIN_ROWS, or the whole table) come with it."""

    def __init__(self, heading: Flowable, body: Flowable) -> None:
        super().__init__()
        self.heading, self.body = heading, body
        self._heading_height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        _, self._heading_height = self.heading.wrap(available_width, available_height)
        width, height = self.body.wrap(available_width, available_height - self._heading_height)
        self.width, self.height = width, height + self._heading_height
        return available_width, self.height

    def draw(self) -> None:  # heading first: copied text reads in order
        self.heading.drawOn(self.canv, 0, self.height - self._heading_height)
        self.body.drawOn(self.canv, 0, 0)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        _, heading_height = self.heading.wrap(available_width, available_height)
        pieces = self.body.split(available_width, available_height - heading_height)
        if not pieces or _rows(pieces[0]) < MIN_ROWS:
            return []
        return [self.heading, *pieces]


def _rows(piece: Any) -> int:
    """Data rows of a piece (a reportlab Table's rows below its repeated heads)."""
    if isinstance(piece, Table):
        repeat = piece.repeatRows if isinstance(piece.repeatRows, int) else len(piece.repeatRows)
        cells: list[Any] = getattr(piece, "_cellvalues", [])
        return len(cells) - repeat
    return MIN_ROWS
