"""The 正文 tab follows a language switched while running: its tab title (before and after the tab is
first opened), the text tab's own buttons and hints, and its undo steps."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govinfo_desktop.qt import i18n
from govinfo_desktop.qt.editor import ReportEditor
from tests.core.text_helpers import document_2021


@pytest.fixture(autouse=True)
def back_to_chinese(qapp) -> Iterator[None]:
    yield
    i18n.apply_language(i18n.CHINESE)


def _text_tab_title(editor: ReportEditor) -> str:
    return editor.tabs.tabText(len(editor.models))


def test_switching_language_retitles_the_unopened_text_tab(qtbot) -> None:
    editor = ReportEditor(document_2021())
    qtbot.addWidget(editor)
    assert _text_tab_title(editor) == "正文"
    assert i18n.apply_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: _text_tab_title(editor) == "Report text", timeout=2000)
    assert i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: _text_tab_title(editor) == "正文", timeout=2000)


def test_switching_language_retranslates_the_open_text_tab(qtbot) -> None:
    editor = ReportEditor(document_2021())
    qtbot.addWidget(editor)
    page = editor.show_text()
    assert _text_tab_title(editor) == "正文"
    assert page._buttons[0].text() == "加粗"
    assert i18n.apply_language(i18n.ENGLISH)
    qtbot.waitUntil(lambda: _text_tab_title(editor) == "Report text", timeout=2000)
    assert page._buttons[0].text() == "Bold"
    assert "标题" not in page.title.placeholderText()
    assert all("统计表" not in note.text() for note, _ in page._notes)
    assert i18n.apply_language(i18n.CHINESE)
    qtbot.waitUntil(lambda: _text_tab_title(editor) == "正文", timeout=2000)
    assert page._buttons[0].text() == "加粗"


def test_a_text_edit_is_named_in_the_language_of_the_window(qtbot) -> None:
    editor = ReportEditor(document_2021())
    qtbot.addWidget(editor)
    page = editor.show_text()
    assert i18n.apply_language(i18n.ENGLISH)
    page.title.setText("××县人民政府2021年政府信息公开工作年度报告")
    page.commit()
    assert editor.undo_stack.undoText() == "Edit Report Text"  # the undo menu's words
