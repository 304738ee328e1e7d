"""A two-level column header like the printed form's: a group cell spanning its columns above their labels.

Table 三 reads “法人或其他组织” once, over 商业企业 … 其他, while 自然人 and 总计 fill both levels, as on
paper. The model tells each column's group and label through two roles; columns without a group are
drawn as one full-height cell. Each section paints its slice of the group band, so partial repaints stay
consistent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

HEADER_GROUP_ROLE = Qt.ItemDataRole.UserRole + 10  # the group over this column ("" when none)
HEADER_LABEL_ROLE = Qt.ItemDataRole.UserRole + 11  # the column's own label


class GroupedHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def _group(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        return str(model.headerData(logical, self.orientation(), HEADER_GROUP_ROLE) or "")

    def _label(self, logical: int) -> str:
        model = self.model()
        if model is None:
            return ""
        label = model.headerData(logical, self.orientation(), HEADER_LABEL_ROLE)
        if label is None:
            label = model.headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return str(label or "")

    def has_groups(self) -> bool:
        return any(self._group(i) for i in range(self.count()))

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        if self.has_groups():
            line = self.fontMetrics().height() + 10
            hint.setHeight(max(hint.height(), 2 * line))
        return hint

    def paintSection(self, painter: QPainter | None, rect: QRect, logicalIndex: int) -> None:  # noqa: N803
        if not self.has_groups():
            # One-level header (2014, table 二): Qt's own painting, and no QStyle classes to create
            # in Python at start-up (PySide6 builds QStyle's many enums on first use, ~17 ms).
            if painter is not None:
                super().paintSection(painter, rect, logicalIndex)
            return
        group = self._group(logicalIndex)
        if painter is None or not group:
            self._draw(painter, rect, logicalIndex, self._label(logicalIndex))
            return
        half = rect.height() // 2
        first, last = self._run(logicalIndex, group)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QRect(left, rect.top(), right - left, half)
        painter.save()
        painter.setClipRect(QRect(rect.left(), rect.top(), rect.width(), half))
        self._draw(painter, band, logicalIndex, group)
        painter.restore()
        below = QRect(rect.left(), rect.top() + half, rect.width(), rect.height() - half)
        self._draw(painter, below, logicalIndex, self._label(logicalIndex))

    def _run(self, logical: int, group: str) -> tuple[int, int]:
        """The first and last logical section of the visual run of columns sharing `group`."""
        visual = self.visualIndex(logical)
        start = end = visual
        while start > 0 and self._group(self.logicalIndex(start - 1)) == group:
            start -= 1
        while end < self.count() - 1 and self._group(self.logicalIndex(end + 1)) == group:
            end += 1
        return self.logicalIndex(start), self.logicalIndex(end)

    def _draw(self, painter: QPainter | None, rect: QRect, logical: int, text: str) -> None:
        if painter is None:
            return
        from PySide6.QtWidgets import QStyle, QStyleOptionHeader  # noqa: PLC0415 - see paintSection

        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = logical
        option.text = text
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        option.position = QStyleOptionHeader.SectionPosition.Middle
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:  # noqa: N803
        size = super().sectionSizeFromContents(logicalIndex)
        label = self._label(logicalIndex)
        width = max((self.fontMetrics().horizontalAdvance(p) for p in label.split("\n")), default=0)
        return QSize(width + 16, size.height())
