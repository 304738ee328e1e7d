"""The 正文 tab: the report text beside the table. The format's headings are fixed labels in their order;
each prose section is a rich-text box (bold, list items); numbers can be fields bound to cells (picked
from the table's tree), which show the current value and follow every edit of the table. Text edits are
undo steps of the window's stack (so 保存 knows the report changed) and are checked live; the findings
join the problems panel.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govinfo_desktop.core.text_draft import apply_draft
from govinfo_desktop.core.text_fields import FieldTracker
from govinfo_desktop.core.text_issues import TextPlace
from govinfo_desktop.core.text_model import FieldRef, ReportText
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.qt.i18n import file_dialog_options
from govinfo_desktop.qt.text_convert import field_format, field_of, fill, read
from govinfo_desktop.qt.text_tab_title import retitle

if TYPE_CHECKING:
    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.issues import Findings
    from govinfo_desktop.core.session import ReportSession
    from govinfo_desktop.core.text_live import LiveText


class TextHost(Protocol):
    """What the tab needs of the report editor (no import of the editor: no circle)."""

    document: ReportDocument
    session: ReportSession
    undo_stack: QUndoStack

    def findings(self) -> Findings: ...

    def text_changed(self) -> None: ...


REPEAT_TINT = QColor("#fef08a")  # text repeated from last year's report: pale yellow
CHECK_DELAY_MS = 300  # after the last keystroke: typing stays smooth, findings follow promptly
_MERGE_ID = 7301


class ReportTextTab(QWidget):
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
                part = self.document.table.part(spec.part)
                note = QLabel(page)
                self._notes.append((note, part.heading or part.title))
                note.setEnabled(False)
                column.addWidget(note)
                continue
            self.similar_labels[spec.key] = similar = QLabel(page)
            similar.hide()
            column.addWidget(similar)
            box = QTextEdit(page)
            box.setAcceptRichText(
                False
            )  # pasted web pages bring fonts and colours: keep words only
            box.setUndoRedoEnabled(False)  # the window's undo stack holds text edits
            box.setMinimumHeight(90 if not spec.items else 220)
            box.textChanged.connect(self._typed)
            self.boxes[spec.key] = box
            column.addWidget(box)
        column.addStretch(1)
        area.setWidget(page)
        return area

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
            self.mark_repeats()
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
        self.mark_repeats()

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
                _refresh_fields(box, wanted, self.tracker.text)
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

    def write_draft(self) -> None:
        overview = self.live.text.section(skeleton_for(self.document.table_id).sections[0].key)
        if (
            overview.paragraphs
            and QMessageBox.question(
                self,
                self.tr("生成初稿"),
                self.tr("用统计表生成的初稿替换“总体情况”部分现有的文字？"),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        text = ReportText.from_json(self.live.text.to_json(), self.document.table_id)
        if apply_draft(text, self.document.table_id):
            self.live.text = text
            self.load(text)
            self.commit()

    def _ask_text(self, title: str) -> ReportText | None:
        """Ask for a .docx/.txt/.html file and read it as a text of this format (None: cancelled)."""
        from govinfo_desktop.formats.report.reading import TextImportError, import_text  # noqa: PLC0415

        name, _ = QFileDialog.getOpenFileName(
            self,
            title,
            "",
            self.tr("年报正文 (*.docx *.txt *.html *.htm)"),
            options=file_dialog_options(),
        )
        if not name:
            return None
        try:
            return import_text(Path(name), self.document.table_id)
        except TextImportError as error:
            QMessageBox.warning(self, title, str(error))
            return None

    def import_file(self) -> None:
        text = self._ask_text(self.tr("导入正文"))
        if text is None:
            return
        text.found = None  # the tab shows the format's headings in order
        self.live.text = text
        self.load(text)
        self.commit()

    def import_last_year(self) -> None:
        """Compare with last year's text: each section's share of repeated text, passages marked."""
        text = self._ask_text(self.tr("对比上年正文"))
        if text is not None:
            self.set_last_year(text)

    def set_last_year(self, text: ReportText) -> None:
        self.live.last_year = text
        self.live.text_changed()
        self.editor.text_changed()
        self.mark_repeats()

    def mark_repeats(self) -> None:
        """Tint the passages found word for word in last year's same section; say the share."""
        from govinfo_desktop.core.text_plain import section_plain  # noqa: PLC0415
        from govinfo_desktop.core.text_similarity import WARN_ABOVE, similarity  # noqa: PLC0415
        from govinfo_desktop.formats.excel.labels import simplify  # noqa: PLC0415

        last = self.live.last_year
        for key, box in self.boxes.items():
            label = self.similar_labels[key]
            if last is None:
                label.hide()
                box.setExtraSelections([])
                continue
            mine = section_plain(self.live.text, key, self.document.values)
            found = similarity(mine, section_plain(last, key, {}), simplify)
            label.setText(
                self.tr("与上年正文相同 %1%（%2 段重复）")
                .replace("%1", str(found.percent))
                .replace("%2", str(len(found.passages)))
            )
            label.setStyleSheet("color: #b91c1c" if found.percent > WARN_ABOVE else "color: #555")
            label.show()
            box.setExtraSelections([_tint(box, start, end) for start, end in found.passages])

    def export(self, kind: str) -> None:
        self.commit()
        filters = {"docx": self.tr("Word 文档 (*.docx)"), "html": self.tr("网页 (*.html)")}
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出年报"), "", filters[kind], options=file_dialog_options()
        )
        if not name:
            return
        try:
            self.write(Path(name), kind)
        except OSError as error:
            QMessageBox.warning(self, self.tr("导出年报"), str(error))

    def write(self, path: Path, kind: str) -> None:
        if kind == "docx":
            from govinfo_desktop.formats.report.word import write_docx  # noqa: PLC0415

            findings = self.editor.findings()
            write_docx(
                self.document, self.live.text, path, status="检查结果：" + findings.summary()
            )
        else:
            from govinfo_desktop.formats.report.web import write_html  # noqa: PLC0415

            write_html(self.document, self.live.text, path)

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


def _tint(box: QTextEdit, start: int, end: int) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = QTextCursor(box.document())
    selection.cursor.setPosition(start)
    selection.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection.format.setBackground(REPEAT_TINT)
    return selection


def _refresh_fields(box: QTextEdit, wanted: set[FieldRef], text_for: object) -> None:
    document = box.document()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        spans = []
        while not iterator.atEnd():
            fragment = iterator.fragment()
            field = field_of(fragment.charFormat()) if fragment.isValid() else None
            if field in wanted:
                spans.append((fragment.position(), fragment.length(), field))
            iterator += 1
        for position, length, field in reversed(spans):
            cursor = QTextCursor(document)
            cursor.setPosition(position)
            cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
            new = text_for(field)  # type: ignore[operator]
            cursor.insertText(
                new, field_format(field, new, cursor.charFormat().fontWeight() >= QFont.Weight.Bold)
            )
        block = block.next()


class TextEditCommand(QUndoCommand):
    """One undo step of the text: typing in a row merges into one step."""

    def __init__(self, tab: ReportTextTab, before: str, after: str) -> None:
        super().__init__(tab.tr("编辑正文"))
        self.tab, self.before, self.after = tab, before, after
        self._first = True

    def id(self) -> int:
        return _MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, TextEditCommand) or other.tab is not self.tab:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.tab.restore(self.after)

    def undo(self) -> None:
        self.tab.restore(self.before)
