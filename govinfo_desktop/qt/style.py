"""Colours and fonts of the editor, in one place: severities, blanks, totals and headings.

Tints are light enough that black digits stay readable on them; the text colour carries the severity too,
so a clerk who cannot tell red from amber still reads the difference (dark red vs dark brown, and the tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from govinfo_desktop.core.issues import CellState, Severity

ERROR_BACKGROUND = QColor("#f9d3d0")
ERROR_TEXT = QColor("#a1150b")
WARNING_BACKGROUND = QColor("#fce9b8")
WARNING_TEXT = QColor("#7a4d00")
CULPRIT_BACKGROUND = QColor("#f2a59d")  # the one cell several failing relations share
FAINT_BACKGROUND = QColor(
    "#fdf0ef"
)  # the other cells of those relations: a hint, not an accusation
BLANK_MARK = QColor("#a3a9b3")  # quiet grey “未填” drawn in an empty input cell
COMPUTED_BACKGROUND = QColor("#eaf2fb")  # a total the rules compute from other cells
COMPUTED_TEXT = QColor("#1d3f66")
SECTION_BACKGROUND = QColor("#e3e7ee")
GROUP_BACKGROUND = QColor("#f0f2f6")
HEADING_TEXT = QColor("#1f2933")
QUIET_TEXT = QColor("#6b7280")  # units, block column labels
ALTERNATE_ROW = QColor("#f6f8fb")  # every other row, barely tinted

SEVERITY_COLOURS = {
    Severity.ERROR: (ERROR_BACKGROUND, ERROR_TEXT),
    Severity.WARNING: (WARNING_BACKGROUND, WARNING_TEXT),
}

_brushes: dict[str, QBrush] = {}


def brush(colour: QColor) -> QBrush:
    """One shared brush per colour: data() is called for every painted cell."""
    key = colour.name()
    found = _brushes.get(key)
    if found is None:
        # Style given explicitly: PySide6 resolves the one-argument QBrush(QColor) overload by first
        # trying implicit conversions that create many Qt classes (~8 ms, once, at the first paint).
        found = _brushes[key] = QBrush(colour, Qt.BrushStyle.SolidPattern)
    return found


def cell_background(state: CellState, computed: bool) -> QBrush | None:
    if state.culprit:
        return brush(CULPRIT_BACKGROUND)
    if state.faint:
        return brush(COMPUTED_BACKGROUND if computed else FAINT_BACKGROUND)
    if state.severity is not None:
        return brush(SEVERITY_COLOURS[state.severity][0])
    if computed:
        return brush(COMPUTED_BACKGROUND)
    return None


def cell_foreground(state: CellState, computed: bool) -> QBrush | None:
    if state.faint:
        return brush(COMPUTED_TEXT if computed else HEADING_TEXT)
    if state.severity is not None:
        return brush(SEVERITY_COLOURS[state.severity][1])
    if computed:
        return brush(COMPUTED_TEXT)
    return None


def severity_colour(severity: Severity | None) -> QColor:
    """The marker colour of a severity in lists (None = 未填写)."""
    if severity is None:
        return QUIET_TEXT
    return SEVERITY_COLOURS[severity][1]


def section_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    return font


def computed_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setItalic(True)
    return font
