"""The report tree's fixed columns and its own item roles, shared by the model, its views, the
delegate, the clipboard and the tests (kept apart from the model: its answers import them too)."""

from __future__ import annotations

from PySide6.QtCore import Qt

LABEL_COLUMN = 0
UNIT_COLUMN = 1
FIRST_VALUE_COLUMN = 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # the CellRef of a value cell (None elsewhere)
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # NodeKind of the row
BLANK_ROLE = (
    Qt.ItemDataRole.UserRole + 3
)  # True for an input cell still 未填写 (the delegate marks it)
