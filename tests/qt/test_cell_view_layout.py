"""The editor's columns fill the window: the label column stretches, value columns stay compact."""

from __future__ import annotations

import pytest

from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.tree_roles import FIRST_VALUE_COLUMN, LABEL_COLUMN
from tests.helpers import consistent_document, seed_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()


def shown_editor(qtbot, document, width: int) -> ReportEditor:
    editor = ReportEditor(document)
    qtbot.addWidget(editor)
    editor.resize(width, 600)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def column_widths(editor: ReportEditor, tab: int) -> list[int]:
    editor.tabs.setCurrentIndex(tab)
    view = editor.views[tab]
    header = view.header()
    return [header.sectionSize(c) for c in range(header.count())]


@pytest.mark.parametrize(
    ("table_id", "tab"), [("national-2014", 0), ("national-2021", 1), ("national-2021", 2)]
)
def test_columns_fill_the_view_and_the_label_column_takes_the_spare_width(
    qtbot, table_id, tab
) -> None:
    document = seed_document() if table_id == "national-2014" else consistent_document(table_id)
    editor = shown_editor(qtbot, document, 1100)
    editor.tabs.setCurrentIndex(tab)
    view = editor.views[tab]
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    view.fit_label_column()
    widths = column_widths(editor, tab)
    assert sum(widths) == view.viewport().width()  # no white band at the right, no sideways scroll
    assert widths[LABEL_COLUMN] == max(widths)  # the labels get the room
    assert all(w <= 200 for w in widths[FIRST_VALUE_COLUMN:])  # numbers stay compact


def test_widening_the_window_widens_only_the_label_column(qtbot) -> None:
    editor = shown_editor(qtbot, seed_document(), 900)
    view = editor.views[0]
    before = column_widths(editor, 0)
    editor.resize(1300, 600)
    qtbot.waitUntil(lambda: column_widths(editor, 0)[LABEL_COLUMN] > before[LABEL_COLUMN])
    after = column_widths(editor, 0)
    assert after[LABEL_COLUMN] - before[LABEL_COLUMN] == 400
    assert after[1:] == before[1:]
    assert sum(after) == view.viewport().width()


def test_the_columns_follow_the_scroll_bar_coming_and_going(qtbot) -> None:
    editor = shown_editor(qtbot, seed_document(), 1000)
    view = editor.views[0]
    assert view.verticalScrollBar().isVisible()  # the 2014 table is longer than 600 px
    view.collapseAll()  # now it fits: the scroll bar goes, the viewport widens
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: sum(column_widths(editor, 0)) == view.viewport().width())
    view.expandAll()
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    qtbot.waitUntil(lambda: sum(column_widths(editor, 0)) == view.viewport().width())
