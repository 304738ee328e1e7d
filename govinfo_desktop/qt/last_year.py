"""文件 → 上年报表…: attach last year's report to the open one (remembered in the .govinfo file), offer
the 上年结转 pre-fill as one undoable step, and list the cross-year findings with both years' values."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.lastyear import (
    CrossYear,
    carry_prefill,
    compare,
    last_values,
    link,
    set_link,
)
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.reading import InputError, open_input
from govinfo_desktop.qt.commands import CellsCommand
from govinfo_desktop.qt.i18n import file_dialog_options


def file_filter() -> str:
    return QCoreApplication.translate("last_year", "报表 (*.govinfo *.xlsx *.xls *.xlsm)")


def remembered(document: ReportDocument, here: Path | None) -> Path | None:
    """The last-year file the report remembers (relative to the report's folder when not absolute)."""
    found = link(document)
    if found is None:
        return None
    path = Path(str(found["file"]))
    return path if path.is_absolute() or here is None else here.parent / path


def choose(window: Any) -> None:
    editor = window.editor
    if editor is None:
        return
    start = remembered(editor.document, window.file_path)
    name, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("last_year", "选择上年报表"),
        str(start or ""),
        file_filter(),
        options=file_dialog_options(),
    )
    if name:
        attach(window, Path(name))


def attach(window: Any, path: Path) -> CrossYear | None:
    """Read `path` as last year's report, remember it, offer the pre-fill, show the findings."""
    editor = window.editor
    try:
        last = open_input(path).document
    except InputError as error:
        QMessageBox.warning(window, QCoreApplication.translate("last_year", "上年报表"), str(error))
        return None
    set_link(editor.document, str(path), hashlib.sha256(path.read_bytes()).hexdigest())
    editor.undo_stack.resetClean()  # the link is part of the file: offer to save it
    offered = carry_prefill(editor.document, last)
    if offered and _ask_prefill(window, editor, offered):
        edit = editor.session.edit_for(offered)
        if edit is not None:
            text = QCoreApplication.translate("last_year", "填入上年结转 %1 格").replace(
                "%1", str(len(edit.after))
            )
            editor.undo_stack.push(CellsCommand(editor, edit, text))
    values = last_values(editor.document, last)
    for model in getattr(editor, "models", ()):
        model.set_last_year(values)  # a 上年 column beside each value column
    result = compare(editor.document, last)
    show_findings(window, result, path)
    return result


def restore_later(window: Any, path: Path) -> None:
    """After the window shows the opened report: load its remembered last year again (see restore)."""
    editor = window.editor
    QTimer.singleShot(0, editor, lambda: restore(window, path) if window.editor is editor else None)


def restore(window: Any, here: Path) -> Path | None:
    """Load the last year the report remembers, quietly: its 上年 columns come back, no questions and
    no findings box; a file gone or unreadable is a notice under the table, not an error."""
    editor = window.editor
    path = remembered(editor.document, here)
    if path is None:
        return None
    try:
        last = open_input(path).document
    except (InputError, OSError) as error:
        editor.notice.show_text(
            QCoreApplication.translate(
                "last_year", "未能载入上年报表（可在“文件 → 上年报表…”重新选择）："
            )
            + str(error)
        )
        return None
    values = last_values(editor.document, last)
    for model in getattr(editor, "models", ()):
        model.set_last_year(values)
    return path


def _ask_prefill(window: QWidget, editor: Any, offered: dict[Any, Any]) -> bool:
    lines = [
        f"{editor.describe_cell(cell)}：{format_value(value)}" for cell, value in offered.items()
    ]
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("last_year", "上年结转"),
        QCoreApplication.translate(
            "last_year", "按上年报表的“结转下年度继续办理”填入本年“上年结转”（只填空着的格）？"
        )
        + "\n\n"
        + "\n".join(lines),
    )
    return answer == QMessageBox.StandardButton.Yes


def findings_text(result: CrossYear) -> list[str]:
    lines = [issue.message for issue in result.issues]
    lines += [notice.message for notice in result.notices]
    lines += [notice.message for notice in result.not_applied]
    return lines


def show_findings(window: QWidget, result: CrossYear, path: Path) -> None:
    lines = findings_text(result)
    box = QMessageBox(window)
    box.setWindowTitle(QCoreApplication.translate("last_year", "与上年核对"))
    box.setText(
        QCoreApplication.translate("last_year", "上年报表：%1\n与上年核对发现 %2 处需要说明。")
        .replace("%1", path.name)
        .replace("%2", str(len(result.issues) + len(result.notices)))
    )
    if lines:
        box.setDetailedText("\n".join(lines))
    box.open()
