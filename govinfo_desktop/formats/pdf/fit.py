"""Column widths from the values to print, so that no number ever crosses a cell border.

A grid's value columns share the width the label columns leave. When the widest value of a column does not
fit its share, the column takes what it needs from the others; when the values together need more than the
line, the type shrinks half a point at a time down to EASY_SIZE, then the label columns give up to a quarter
of their width (their text wraps) while the type shrinks on down to MIN_SIZE, then the cell padding narrows
and the type goes below MIN_SIZE (a table of 8-digit numbers with thousands separators). Numbers are drawn as single lines in the
value columns, never wrapped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from govinfo_desktop.formats.pdf.fonts import SONG

EASY_SIZE = 7.0  # down to this size the type shrinks before the label columns narrow
MIN_SIZE = 6.5  # smallest type for numbers: still legible on a photocopy
FLOOR_SIZE = (
    4.5  # beyond every limit (a thousands-separated 8-digit table 四): small beats crossing lines
)
LABEL_GIVE = 0.75  # label columns narrow to three quarters of their width at most
TIGHT_PADDING = 1.5  # per side, once the type is at its limit


@dataclass(frozen=True)
class Fit:
    label_widths: list[float]
    value_widths: list[float]
    size: float  # type size of the values
    padding: float  # left and right padding of each value cell

    @property
    def widths(self) -> list[float]:
        return [*self.label_widths, *self.value_widths]


def text_width(text: str, size: float) -> float:
    return stringWidth(text, SONG, size)


def fit_columns(
    total: float,
    label_widths: Sequence[float],
    columns: Sequence[Sequence[str]],
    size: float,
    padding: float,
) -> Fit:
    """Widths for label columns and value columns (each a list of the texts it prints) within `total`."""
    labels = list(label_widths)
    attempts = [
        (1.0, _steps(size, EASY_SIZE), padding),  # smaller type first: the labels keep their lines
        (LABEL_GIVE, _steps(size, MIN_SIZE), padding),
        (LABEL_GIVE, _steps(MIN_SIZE, FLOOR_SIZE), TIGHT_PADDING),
    ]
    for give, sizes, pad in attempts:
        for step in sizes:
            need = sum(_need(texts, step, pad) for texts in columns)
            label_room = max(min(sum(labels), total - need), sum(labels) * give)
            scale = label_room / sum(labels) if labels else 1.0
            shrunk = [width * scale for width in labels]
            widths = _share(total - sum(shrunk), columns, step, pad)
            if widths:
                return Fit(shrunk, widths, step, pad)
    need_all = [_need(texts, FLOOR_SIZE, TIGHT_PADDING) for texts in columns]
    shrunk = [width * LABEL_GIVE for width in labels]
    return Fit(shrunk, need_all, FLOOR_SIZE, TIGHT_PADDING)  # wider than the line: never seen


def _steps(start: float, stop: float) -> list[float]:
    steps = []
    step = start
    while step >= stop - 1e-9:
        steps.append(round(step, 2))
        step -= 0.5
    return steps


def _need(texts: Sequence[str], size: float, padding: float) -> float:
    return max((text_width(text, size) for text in texts), default=0.0) + 2 * padding + 0.5


def _share(
    room: float, columns: Sequence[Sequence[str]], size: float, padding: float
) -> list[float]:
    """Equal shares, except that a column whose widest value needs more takes it from the others;
    empty when the values do not fit `room` at all."""
    need = [_need(texts, size, padding) for texts in columns]
    if not columns or sum(need) > room + 1e-6:
        return []
    widths = [0.0] * len(columns)
    free = list(range(len(columns)))
    left = room
    while free:  # the columns needing more than an equal share of what is left get their need
        share = left / len(free)
        greedy = [i for i in free if need[i] > share]
        if not greedy:
            for i in free:
                widths[i] = share
            break
        for i in greedy:
            widths[i] = need[i]
            left -= need[i]
        free = [i for i in free if i not in greedy]
    return widths
