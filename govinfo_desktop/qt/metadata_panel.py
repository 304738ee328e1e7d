"""The report-information panel: 填报单位, 统计范围, 年度, 单位负责人, 填表人, 联系电话, 填报日期.

A field is written when the clerk leaves it (or picks a scope), through `editor.set_metadata`, so every
change is one undo step; undo and redo flow back into the fields through `editor.metadataChanged`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from govinfo_desktop.core.document import METADATA_FIELDS, SCOPE_CHOICES
from govinfo_desktop.core.notices import Notice
from govinfo_desktop.core.safe_text import MAX_METADATA_CHARS
from govinfo_desktop.core.simplified import simplified_offer
from govinfo_desktop.core.year_check import check_year
from govinfo_desktop.qt.autosave import METADATA_KEY_PROPERTY
from govinfo_desktop.qt.commands import metadata_label
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.i18n import current_language


class MetadataPanel(QWidget):
    def __init__(self, editor: ReportEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: ReportEditor | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.offers: dict[str, QLabel] = {}  # “改用简体…”, shown under a field read in traditional
        self.year_notice: Notice | None = None
        layout = QFormLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        placeholders = self._placeholders()
        for key, _printed in METADATA_FIELDS:
            edit = self._scope_field() if key == "scope" else QLineEdit(self)
            edit.setPlaceholderText(placeholders.get(key, ""))
            edit.setObjectName(key)
            edit.setMaxLength(MAX_METADATA_CHARS)  # what a file may hold (core.safe_text): PDF-safe
            edit.setProperty(METADATA_KEY_PROPERTY, key)  # autosave takes text typed, not yet left
            # A bound method, not a lambda over self: connections held by Qt must not keep the
            # panel alive after the window drops it.
            edit.editingFinished.connect(self._field_finished)
            self.fields[key] = edit
            widget = self.scope if key == "scope" else edit
            layout.addRow(metadata_label(key), widget)
            layout.addRow("", self._offer_label(key))
        self.set_editor(editor)

    def _offer_label(self, key: str) -> QLabel:
        offer = QLabel(self)
        offer.setObjectName(f"{key}_simplified")
        offer.setWordWrap(True)
        offer.linkActivated.connect(lambda text, key=key: self._use_simplified(key, text))
        offer.hide()
        self.offers[key] = offer
        return offer

    def _use_simplified(self, key: str, text: str) -> None:
        if self.editor is not None:
            self.editor.set_metadata(key, text)  # one undo step, as any edit

    def _scope_field(self) -> QLineEdit:
        self.scope = QComboBox(self)
        self.scope.setEditable(True)
        self.scope.addItems(SCOPE_CHOICES)
        self.scope.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.scope.textActivated.connect(self._scope_picked)
        line = self.scope.lineEdit()
        assert line is not None
        return line

    def _placeholders(self) -> dict[str, str]:
        return {
            "unit": self.tr("如：××县人民政府办公室"),
            "year": self.tr("如：2022"),
            "phone": self.tr("如：0730-1234567"),
            "date": self.tr("如：2023年1月20日"),
        }

    def set_editor(self, editor: ReportEditor) -> None:
        if self.editor is not None:
            self.editor.metadataChanged.disconnect(self._show)
        self.editor = editor
        editor.metadataChanged.connect(self._show)
        for key in self.fields:
            self._show(key)

    def _show(self, key: str) -> None:
        edit = self.fields.get(key)
        if edit is None or self.editor is None:
            return
        value = self.editor.document.metadata.get(key, "")
        if edit.text() != value:
            edit.blockSignals(True)
            edit.setText(value)
            edit.blockSignals(False)
        if key == "year":
            self._mark_year(value)
        self._offer_simplified(key, value)

    def _offer_simplified(self, key: str, value: str) -> None:
        """A value in traditional characters (read from a file): offer its simplified form."""
        offer = self.offers[key]
        converted = simplified_offer(value)
        if converted is None:
            offer.hide()
            return
        link = self.tr("改用简体：{0}").format(escape(converted))
        offer.setText(f"<a href='{escape(converted, quote=True)}'>{link}</a>")
        offer.setToolTip(self.tr("文件中是繁体字；点击改用简体（可撤销），不点则保留原文"))
        offer.show()

    def _mark_year(self, value: str) -> None:
        """An implausible year, or one the table's format does not cover: amber, with the reason."""
        assert self.editor is not None
        notice = check_year(value, self.editor.document.table_id)
        edit = self.fields["year"]
        edit.setToolTip(notice.render(current_language()) if notice else "")
        edit.setStyleSheet("QLineEdit { background: #fce9b8; }" if notice else "")
        self.year_notice = notice

    def _field_finished(self) -> None:
        sender = self.sender()
        if sender is not None and sender.objectName() in self.fields:
            self._commit(sender.objectName())

    def _scope_picked(self, _text: str) -> None:
        self._commit("scope")

    def _commit(self, key: str) -> None:
        if self.editor is not None:
            self.editor.set_metadata(key, self.fields[key].text().strip())
