"""The inline find bar of the editor: type any part of an indicator's name, Enter goes to the next match.

Matching is on normalised text (full-width folded, spaces dropped), so “收到 申请” finds “(一)收到申请数”.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget


class FindBar(QWidget):
    findNext = Signal(str)  # noqa: N815 - the text to find; the editor moves to the next match
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.title = QLabel(self)
        layout.addWidget(self.title)
        self.edit = QLineEdit(self)
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self._next)
        layout.addWidget(self.edit, 1)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self._next)
        layout.addWidget(self.next_button)
        self.status = QLabel(self)
        self.status.setMinimumWidth(90)
        layout.addWidget(self.status)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.clicked.connect(self.close_bar)
        layout.addWidget(self.close_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("查找指标："))
        self.edit.setPlaceholderText(self.tr("输入指标名称的任意部分，回车查找下一个"))
        self.next_button.setText(self.tr("下一个"))
        self.close_button.setToolTip(self.tr("关闭查找 (Esc)"))
        self.status.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def show_result(self, position: int, count: int) -> None:
        if count == 0:
            self.status.setText(self.tr("未找到"))
        else:
            self.status.setText(
                self.tr("第 %1/%2 项").replace("%1", str(position)).replace("%2", str(count))
            )

    def _next(self) -> None:
        if self.edit.text().strip():
            self.findNext.emit(self.edit.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)
