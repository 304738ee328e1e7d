"""Finding an indicator by name in the report editor's tables: the find bar above the tables (built on
first use, Ctrl+F), the next row whose label holds the text (after the current row, wrapping across
the tabs), and Esc closing the bar from anywhere inside. A mixin of qt.editor's ReportEditor: for the
type checker it is a QWidget with the editor's parts, at run time a plain class."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from govinfo_desktop.core.values import normalise_text
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN, LABEL_COLUMN

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget, QVBoxLayout
    from PySide6.QtWidgets import QWidget as _Widget

    from govinfo_desktop.qt.cell_view import CellTreeView
    from govinfo_desktop.qt.find_bar import FindBar
    from govinfo_desktop.qt.part_tree import Node
    from govinfo_desktop.qt.tree_model import ReportTreeModel
else:
    _Widget = object

Row = tuple[int, int, "Node"]  # (tab, row position in its tree, the row)


class TableFind(_Widget):
    if TYPE_CHECKING:
        models: list[ReportTreeModel]
        views: list[CellTreeView]
        tabs: QTabWidget
        _layout: QVBoxLayout
        _find_bar: FindBar | None

        def _focus_view(self) -> None: ...

    @property
    def find_bar(self) -> FindBar:
        """The find bar above the table (hidden until Ctrl+F)."""
        if self._find_bar is None:
            from govinfo_desktop.qt.find_bar import FindBar  # noqa: PLC0415 - built on first use

            bar = self._find_bar = FindBar(self)
            bar.hide()
            bar.findNext.connect(self.find_next)
            bar.closed.connect(self._focus_view)
            self._layout.insertWidget(0, bar)
        return self._find_bar

    def show_find(self) -> None:
        self.find_bar.open_bar()

    def find_next(self, text: str) -> bool:
        """Select the next indicator whose name contains `text` (after the current row, wrapping)."""
        needle = normalise_text(text)
        rows = [(t, p, n) for t, m in enumerate(self.models) for p, n in enumerate(m.tree.nodes())]
        matches = [(t, p, n) for t, p, n in rows if needle and needle in normalise_text(n.label)]
        if not matches:
            self.find_bar.show_result(0, 0)
            return False
        here = self._here(rows)
        position = next((i for i, (t, p, _n) in enumerate(matches) if (t, p) > here), 0)
        tab, _row, node = matches[position]
        self.tabs.setCurrentIndex(tab)
        first = next((s for s, c in enumerate(node.cells) if c is not None), None)
        column = LABEL_COLUMN if first is None else FIRST_VALUE_COLUMN + first
        self.views[tab].move_to(self.models[tab].index_for_node(node, column))
        self.find_bar.show_result(position + 1, len(matches))
        return True

    def _here(self, rows: Sequence[Row]) -> tuple[int, int]:
        """(tab, row position) of the current row; before the first row when there is none."""
        tab = min(max(self.tabs.currentIndex(), 0), len(self.models) - 1)
        node = self.models[tab].node_at(self.views[tab].currentIndex())
        for t, p, n in rows:
            if t == tab and n is node:
                return (t, p)
        return (tab, -1)

    def keyPressEvent(
        self, event: QKeyEvent
    ) -> None:  # Esc closes the find bar from anywhere inside
        if (
            event.key() == Qt.Key.Key_Escape
            and self._find_bar is not None
            and self._find_bar.isVisible()
        ):
            self.find_bar.close_bar()
            return
        super().keyPressEvent(event)
