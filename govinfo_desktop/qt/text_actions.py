"""The 正文 tab's actions on the whole text: 生成初稿 from the table, 导入正文 from a file, 对比上年正文,
导出 Word or a web page. A mixin of the tab (qt.text_tab): for the type checker it is a QWidget with the
tab's text, at run time a plain class; its words stay in the tab's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from govinfo_desktop.core.text_draft import apply_draft
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_skeleton import skeleton_for
from govinfo_desktop.qt.i18n import file_dialog_options
from govinfo_desktop.qt.text_repeats import mark_repeats

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QLabel, QTextEdit
    from PySide6.QtWidgets import QWidget as _Widget

    from govinfo_desktop.core.document import ReportDocument
    from govinfo_desktop.core.issues import Findings
    from govinfo_desktop.core.session import ReportSession
    from govinfo_desktop.core.text_live import LiveText
else:
    _Widget = object


class TextHost(Protocol):
    """What the tab needs of the report editor (no import of the editor: no circle)."""

    document: ReportDocument
    session: ReportSession
    undo_stack: QUndoStack

    def findings(self) -> Findings: ...

    def text_changed(self) -> None: ...


class TextActions(_Widget):
    if TYPE_CHECKING:
        editor: TextHost
        document: ReportDocument
        live: LiveText
        boxes: dict[str, QTextEdit]
        similar_labels: dict[str, QLabel]

        def load(self, text: ReportText) -> None: ...

        def commit(self) -> None: ...

    def write_draft(self) -> None:
        overview = self.live.text.section(skeleton_for(self.document.table_id).sections[0].key)
        if (
            overview.paragraphs
            and QMessageBox.question(
                self,
                QCoreApplication.translate("ReportTextTab", "生成初稿"),
                QCoreApplication.translate(
                    "ReportTextTab", "用统计表生成的初稿替换“总体情况”部分现有的文字？"
                ),
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
            QCoreApplication.translate("ReportTextTab", "年报正文 (*.docx *.txt *.html *.htm)"),
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
        text = self._ask_text(QCoreApplication.translate("ReportTextTab", "导入正文"))
        if text is None:
            return
        text.found = None  # the tab shows the format's headings in order
        self.live.text = text
        self.load(text)
        self.commit()

    def import_last_year(self) -> None:
        """Compare with last year's text: each section's share of repeated text, passages marked."""
        text = self._ask_text(QCoreApplication.translate("ReportTextTab", "对比上年正文"))
        if text is not None:
            self.set_last_year(text)

    def set_last_year(self, text: ReportText) -> None:
        self.live.last_year = text
        self.live.text_changed()
        self.editor.text_changed()
        mark_repeats(self)

    def export(self, kind: str) -> None:
        self.commit()
        title = QCoreApplication.translate("ReportTextTab", "导出年报")
        filters = {
            "docx": QCoreApplication.translate("ReportTextTab", "Word 文档 (*.docx)"),
            "html": QCoreApplication.translate("ReportTextTab", "网页 (*.html)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, title, "", filters[kind], options=file_dialog_options()
        )
        if not name:
            return
        try:
            self.write(Path(name), kind)
        except OSError as error:
            QMessageBox.warning(self, title, str(error))

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
