"""The overview: counts by status and, per unit, a bar for one main figure (last year's beside it when
known), outliers marked — drawn with QPainter, no chart library."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from govinfo_desktop.core.collection import Collection, UnitStatus
from govinfo_desktop.core.overview import figure_bars, status_counts
from govinfo_desktop.core.values import format_number
from govinfo_desktop.qt.board_model import STATUS_COLOURS
from govinfo_desktop.qt.collection_words import status_text

BAR = QColor("#4a7bb7")
LAST_YEAR = QColor("#b8c7dc")
OUTLIER = QColor("#c62828")
ROW_HEIGHT = 22
TOP = 64


class OverviewChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.collection: Collection | None = None
        self.name = ""
        self.title = ""
        self.values: dict[str, Decimal] = {}
        self.last_year: dict[str, Decimal] = {}
        self.marked: set[str] = set()
        self.setMinimumHeight(200)

    def show_figure(
        self,
        collection: Collection,
        name: str,
        last_year: dict[str, Decimal] | None = None,
        title: str = "",
    ) -> None:
        """Bars of the figure `name` (its key in core/overview.py), headed `title` (the name shown)."""
        self.collection, self.name, self.title = collection, name, title or name
        bars = figure_bars(collection.units, name)
        self.values, self.marked = bars.values, bars.marked
        self.last_year = last_year or {}
        self.setMinimumHeight(TOP + ROW_HEIGHT * max(1, len(self.values)) + 20)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumHeight())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        if self.collection is None:
            return
        self._status_strip(painter)
        self._bars(painter)
        painter.end()

    def _status_strip(self, painter: QPainter) -> None:
        assert self.collection is not None
        counts = status_counts(self.collection)
        total = sum(counts.values()) or 1
        x, width = 12.0, self.width() - 24.0
        for status in UnitStatus:
            part = width * counts[status] / total
            if part <= 0:
                continue
            painter.fillRect(QRectF(x, 10, part, 18), STATUS_COLOURS[status])
            painter.setPen(Qt.GlobalColor.white)
            label = f"{status_text(status)} {counts[status]}"
            if QFontMetrics(self.font()).horizontalAdvance(label) > part - 4:
                label = str(
                    counts[status]
                )  # a narrow part keeps its count (English names are long)
            painter.drawText(QRectF(x, 10, part, 18), Qt.AlignmentFlag.AlignCenter, label)
            x += part
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(
            QRectF(12, 34, width, 20),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("{0}（各单位；浅色为上年，红色为明显偏大）").format(self.title),
        )

    def _bars(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        label_width = min(
            220, max((metrics.horizontalAdvance(n) for n in self.values), default=80) + 12
        )
        left = 12 + label_width
        width = max(40.0, self.width() - left - 80)
        top = max([*self.values.values(), *self.last_year.values(), Decimal(1)])
        ordered = sorted(self.values.items(), key=lambda item: (-item[1], item[0]))
        for row, (unit, value) in enumerate(ordered):
            y = TOP + row * ROW_HEIGHT
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(
                QRectF(12, y, label_width - 6, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(unit, Qt.TextElideMode.ElideMiddle, label_width - 6),
            )
            before = self.last_year.get(unit)
            if before is not None:
                painter.fillRect(
                    QRectF(left, y + 3, float(width * float(before / top)), 6), LAST_YEAR
                )
            colour = OUTLIER if unit in self.marked else BAR
            length = float(width * float(value / top))
            painter.fillRect(QRectF(left, y + 9, length, 10), colour)
            painter.drawText(
                QRectF(left + length + 4, y, 76, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                format_number(value),
            )
