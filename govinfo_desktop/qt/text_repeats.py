"""Last year's text beside this year's: each section says its share of text repeated word for word
from the same section last year, and the repeated passages are tinted in its box."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QLabel, QTextEdit

if TYPE_CHECKING:
    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.text_live import LiveText

REPEAT_TINT = QColor("#fef08a")  # text repeated from last year's report: pale yellow


class RepeatsPage(Protocol):
    """What the marks need of the tab (qt.text_tab; named so, without importing it: no cycle)."""

    document: ReportDocument
    live: LiveText
    boxes: dict[str, QTextEdit]
    similar_labels: dict[str, QLabel]


def mark_repeats(page: RepeatsPage) -> None:
    """Tint the passages found word for word in last year's same section; say the share."""
    from govinfo_desktop.core.text_plain import section_plain  # noqa: PLC0415
    from govinfo_desktop.core.text_similarity import WARN_ABOVE, similarity  # noqa: PLC0415
    from govinfo_desktop.formats.excel.labels import simplify  # noqa: PLC0415

    last = page.live.last_year
    for key, box in page.boxes.items():
        label = page.similar_labels[key]
        if last is None:
            label.hide()
            box.setExtraSelections([])
            continue
        mine = section_plain(page.live.text, key, page.document.values)
        found = similarity(mine, section_plain(last, key, {}), simplify)
        label.setText(
            QCoreApplication.translate("ReportTextTab", "与上年正文相同 %1%（%2 段重复）")
            .replace("%1", str(found.percent))
            .replace("%2", str(len(found.passages)))
        )
        label.setStyleSheet("color: #b91c1c" if found.percent > WARN_ABOVE else "color: #555")
        label.show()
        box.setExtraSelections([_tint(box, start, end) for start, end in found.passages])


def _tint(box: QTextEdit, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(box.document())
    selection.cursor.setPosition(start)
    selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.format.setBackground(REPEAT_TINT)
    return selection
