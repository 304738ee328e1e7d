"""The 正文 tab: the report text beside the table. The format's headings are fixed labels in their order;
each prose section is a rich-text box (bold, list items); numbers can be fields bound to cells (picked
from the table's tree), which show the current value and follow every edit of the table. Text edits are
undo steps of the window's stack (so 保存 knows the report changed) and are checked live; the findings
join the problems panel.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.text_fields import FieldTracker
from govinfo_desktop.core.text_issues import TextPlace
from govinfo_desktop.core.text_model import FieldRef, ReportText
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.qt.text_actions import TextActions, TextHost
from govinfo_desktop.qt.text_convert import field_format, fill, read, refresh_fields
from govinfo_desktop.qt.text_repeats import mark_repeats
from govinfo_desktop.qt.text_tab_title import retitle
from govinfo_desktop.qt.text_undo import TextEditCommand

if TYPE_CHECKING:
    from govinfo_desktop.core.text_live import LiveText

CHECK_DELAY_MS = 300  # after the last keystroke: typing stays smooth, findings follow promptly


class ReportTextTab(TextActions, QWidget):
    """The headings, the title and one box per prose section, with their toolbar (the whole-text
    actions are qt.text_actions, the repeated-text marks qt.text_repeats)."""

    def __init__(self, editor: TextHost, live: LiveText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor, self.live = editor, live
        self.document = editor.document
        self.boxes: dict[str, QTextEdit] = {}
        self.similar_labels: dict[str, QLabel] = {}
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.commit)
        self._snapshot = json.dumps(live.text.to_json(), ensure_ascii=False)
        self.tracker = FieldTracker(editor.session, self._fields_changed)
        self.title = QLineEdit(self)
        self._buttons: list[QToolButton] = []
        self._notes: list[tuple[QLabel, str]] = []  # (label, the table's tab name it points to)
        self.title.textEdited.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(self._toolbar())
        layout.addWidget(self.title)
        layout.addWidget(self._sections(), 1)
        self.retranslate()
        self.load(live.text)

    # --- building -----------------------------------------------------------------------------
    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        for slot in (
            self.toggle_bold,
            self.toggle_list,
            self.pick_field,
            self.write_draft,
            self.import_file,
            self.import_last_year,
            lambda: self.export("docx"),
            lambda: self.export("html"),
        ):
            button = QToolButton(self)
            self._buttons.append(button)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep the caret in the text
            button.clicked.connect(slot)
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _sections(self) -> QScrollArea:
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        page = QWidget(area)
        column = QVBoxLayout(page)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.15)
        for spec in skeleton_for(self.document.table_id).sections:
            heading = QLabel(spec.heading, page)
            heading.setFont(heading_font)
            column.addWidget(heading)
            if spec.part:
                column.addWidget(self._table_note(page, spec.part))
            else:
                self._add_box(page, column, spec.key, tall=bool(spec.items))
        column.addStretch(1)
        area.setWidget(page)
        return area

    def _table_note(self, page: QWidget, part_id: str) -> QLabel:
        """Where the format puts a table: a quiet line naming the table's tab."""
        part = self.document.table.part(part_id)
        note = QLabel(page)
        self._notes.append((note, part.heading or part.title))
        note.setEnabled(False)
        return note

    def _add_box(self, page: QWidget, column: QVBoxLayout, key: str, tall: bool) -> None:
        """A prose section: its repeated-text line (hidden until last year is attached), its box."""
        self.similar_labels[key] = similar = QLabel(page)
        similar.hide()
        column.addWidget(similar)
        box = QTextEdit(page)
        box.setAcceptRichText(False)  # pasted web pages bring fonts and colours: keep words only
        box.setUndoRedoEnabled(False)  # the window's undo stack holds text edits
        box.setMinimumHeight(220 if tall else 90)  # tall: a section of sub-items
        box.textChanged.connect(self._typed)
        self.boxes[key] = box
        column.addWidget(box)

    def retranslate(self) -> None:
        """The texts that come from tr(): set when built, and again when the language is switched."""
        texts = (
            self.tr("加粗"),
            self.tr("列表"),
            self.tr("插入数字…"),
            self.tr("生成初稿"),
            self.tr("导入正文…"),
            self.tr("对比上年正文…"),
            self.tr("导出 Word…"),
            self.tr("导出网页…"),
        )
        for button, text in zip(self._buttons, texts, strict=True):
            button.setText(text)
        self.title.setPlaceholderText(
            self.tr("标题，如：××县人民政府2021年政府信息公开工作年度报告")
        )
        for note, tab in self._notes:
            note.setText(self.tr("（此处为统计表，见“%1”标签页）").replace("%1", tab))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retitle(self)
            self.retranslate()
            mark_repeats(self)
        super().changeEvent(event)

    # --- model ↔ widgets ------------------------------------------------------------------------
    def load(self, text: ReportText) -> None:
        self._loading = True
        try:
            self.title.setText(text.title)
            shown = {field: self.tracker.text(field) for field in text.fields()}
            for key, box in self.boxes.items():
                fill(box.document(), text.section(key).paragraphs, shown)
            self.tracker.track(text.fields())
        finally:
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._timer.start()

    def commit(self) -> None:
        """Read the boxes into the text, record an undo step, re-check."""
        self._timer.stop()
        text = self.live.text
        text.title = self.title.text().strip()
        for key, box in self.boxes.items():
            text.section(key).paragraphs = read(box.document())
        after = json.dumps(text.to_json(), ensure_ascii=False)
        if after == self._snapshot:
            return
        self.editor.undo_stack.push(TextEditCommand(self, self._snapshot, after))
        self._snapshot = after
        self.tracker.track(text.fields())
        self.live.text_changed()
        self.editor.text_changed()
        mark_repeats(self)

    def restore(self, snapshot: str) -> None:
        """Show a recorded state (undo/redo)."""
        self.live.text = ReportText.from_json(json.loads(snapshot), self.document.table_id)
        self._snapshot = snapshot
        self.load(self.live.text)
        self.live.text_changed()
        self.editor.text_changed()

    # --- fields ---------------------------------------------------------------------------------
    def _fields_changed(self, fields: list[FieldRef]) -> None:
        """The table changed under some fields: show their new values in place."""
        wanted = set(fields)
        self._loading = True
        try:
            for box in self.boxes.values():
                refresh_fields(box.document(), wanted, self.tracker.text)
        finally:
            self._loading = False

    def insert_field(self, field: FieldRef, key: str | None = None) -> None:
        box = self.boxes[key] if key else self._current_box()
        self.tracker.add(field)
        text = self.tracker.text(field)
        cursor = box.textCursor()
        cursor.insertText(text, field_format(field, text))
        cursor.setCharFormat(QTextCharFormat())  # typing after the field is plain text again
        box.setTextCursor(cursor)
        self.commit()

    def pick_field(self) -> None:
        from govinfo_desktop.qt.field_picker import FieldPicker  # noqa: PLC0415

        box = self._current_box()
        picker = FieldPicker(self.document, self)
        if picker.exec() and (field := picker.chosen()) is not None:
            box.setFocus()
            self.insert_field(field, next(k for k, b in self.boxes.items() if b is box))

    # --- formatting -----------------------------------------------------------------------------
    def _current_box(self) -> QTextEdit:
        focused = self.focusWidget()
        for box in self.boxes.values():
            if box is focused:
                return box
        return getattr(self, "_last_box", None) or next(iter(self.boxes.values()))

    def toggle_bold(self) -> None:
        box = self._current_box()
        cursor = box.textCursor()
        fmt = QTextCharFormat()
        bold = cursor.charFormat().fontWeight() < QFont.Weight.Bold
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.mergeCharFormat(fmt)
        box.mergeCurrentCharFormat(fmt)

    def toggle_list(self) -> None:
        cursor = self._current_box().textCursor()
        current = cursor.currentList()
        if current is not None:
            current.remove(cursor.block())
            self.commit()
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    # --- going to a finding -----------------------------------------------------------------------
    def select(self, place: TextPlace) -> None:
        box = self.boxes.get(place.section)
        if box is None:
            (self.title if not place.section else next(iter(self.boxes.values()))).setFocus()
            return
        block = box.document().findBlockByNumber(max(place.paragraph, 0))
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + place.start)
        cursor.setPosition(
            block.position() + max(place.end, place.start), QTextCursor.MoveMode.KeepAnchor
        )
        box.setTextCursor(cursor)
        box.setFocus()
        box.ensureCursorVisible()
