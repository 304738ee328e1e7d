"""A quiet bar under the table that lists values the editor did not take (a paste, an edit left with a
bad value), with where and why — never a dialog that blocks typing."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class NoticeBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet("#noticeBar { background: #fff8e6; border-top: 1px solid #e0c27a; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("关闭"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.entries: list[tuple[str, str, str]] = []
        self.hide()

    def show_rejected(self, entries: list[tuple[str, str, str]]) -> None:
        """(where, text, reason) for each value not taken."""
        self.entries = entries
        title = self.tr("%n 个值未填入：", "", len(entries))
        shown = entries[:8]
        lines = [
            f"{escape(where) + '：' if where else ''}“{escape(text)}”{escape(reason)}"
            for where, text, reason in shown
        ]
        if len(entries) > len(shown):
            lines.append(self.tr("……另有 %n 个", "", len(entries) - len(shown)))
        self.label.setText(f"<b>{escape(title)}</b><br>" + "<br>".join(lines))
        self.show()

    def show_converted(self, where: str, text: str, value: str) -> None:
        """A value typed in 元 for a 万元 cell was taken ÷ 10,000 (the form's unit is 万元)."""
        self.entries = []
        line = self.tr("{0}：“{1}”按“元”填写，已换算为 {2}（本栏单位为万元）").format(
            escape(where), escape(text), escape(value)
        )
        title = self.tr("已换算单位")
        self.label.setText(f"<b>{escape(title)}</b><br>{line}")
        self.show()

    def show_text(self, text: str, seconds: int = 0) -> None:
        """A plain notice (hidden again after `seconds`, when given)."""
        self.entries = []
        self.label.setText(escape(text))
        self.show()
        if seconds:
            QTimer.singleShot(seconds * 1000, self, self.hide)
