"""The problems panel: counts equal the editor's Findings, entries select their cell, the sum fix applies."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.qt import style
from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.problems_panel import ProblemsPanel
from tests.helpers import consistent_document, seed_document

C1 = CellRef("c1", "value")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def editor(qtbot) -> ReportEditor:
    editor = ReportEditor(seed_document())
    qtbot.addWidget(editor)
    return editor


def counts_of(editor: ReportEditor) -> dict[str, int]:
    findings = editor.findings()
    return {
        "error": len(findings.errors),
        "warning": len(findings.warnings),
        "blank": len(findings.blanks),
    }


def test_counts_match_findings_and_follow_edits(qtbot, editor: ReportEditor) -> None:
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    assert panel.counts() == counts_of(editor) == {"error": 0, "warning": 3, "blank": 1}
    assert panel.summary.text() == editor.findings().summary()
    model = editor.models[0]
    editor.override_total(C1, True)
    model.setData(model.index_for_cell(C1), "4")
    qtbot.waitUntil(lambda: panel.counts()["error"] == 1)
    assert panel.counts() == counts_of(editor)
    assert panel.groups["error"].text(0) == "错误（1）"
    assert "收到申请数应等于四种申请方式之和 3，现为 4" in panel.groups["error"].child(0).text(0)


def test_activating_an_entry_selects_its_cell(qtbot, editor: ReportEditor) -> None:
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    blank = panel.groups["blank"].child(0)
    panel.tree.itemActivated.emit(blank, 0)
    assert editor.current_cell() == CellRef("h4", "value")
    warning = panel.groups["warning"].child(0)
    panel.tree.itemActivated.emit(warning, 0)
    assert editor.current_cell() == editor.findings().warnings[0].target


def test_fix_button_fills_the_total(qtbot, editor: ReportEditor) -> None:
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    editor.override_total(C1, True)
    editor.models[0].setData(editor.models[0].index_for_cell(C1), "4")
    qtbot.waitUntil(lambda: panel.counts()["error"] == 1)
    panel.tree.setCurrentItem(panel.groups["error"].child(0))
    assert panel.fix_button.isEnabled()
    assert panel.fix_button.text() == "填入合计 3"
    panel.fix_button.click()
    assert editor.document.value(C1) == Decimal(3)
    qtbot.waitUntil(lambda: panel.counts()["error"] == 0)
    assert not panel.fix_button.isEnabled()


def test_set_editor_swaps_documents(qtbot, editor: ReportEditor) -> None:
    panel = ProblemsPanel(editor)
    qtbot.addWidget(panel)
    other = ReportEditor(consistent_document("national-2021"))
    qtbot.addWidget(other)
    panel.set_editor(other)
    assert panel.counts() == counts_of(other)
    editor.session.set_values({CellRef("c1_mail", "value"): Decimal(4)})  # the old editor: ignored
    qtbot.wait(10)
    assert panel.counts() == counts_of(other)


def test_the_culprit_fix_comes_first_then_keys_go_to_the_table(qtbot) -> None:
    document = consistent_document("national-2021")
    leaf = CellRef("t3_open", "natural")
    right = document.values[leaf]
    document.values[leaf] = right + 10  # type: ignore[operator]  # a typo in a published table
    window = QWidget()  # one window, as in the program: focus moves within it
    qtbot.addWidget(window)
    editor = ReportEditor(document, window)
    panel = ProblemsPanel(editor, window)
    layout = QVBoxLayout(window)
    layout.addWidget(editor)
    layout.addWidget(panel)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.tree.setCurrentItem(panel.groups["error"].child(0))
    assert panel.fix_button.isEnabled()
    assert panel.fix_button.text().startswith(f"改为 {right}（")
    colour = editor.models[1].index_for_cell(leaf).data(Qt.ItemDataRole.BackgroundRole).color()
    assert colour == style.CULPRIT_BACKGROUND
    panel.fix_button.setFocus()
    assert QApplication.focusWidget() is panel.fix_button
    panel.fix_button.click()
    assert editor.document.value(leaf) == right and not editor.findings().errors
    assert editor.current_cell() == leaf
    assert QApplication.focusWidget() is editor.current_view()
    qtbot.keyClick(editor.current_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.value(leaf) == right + 10  # type: ignore[operator]
