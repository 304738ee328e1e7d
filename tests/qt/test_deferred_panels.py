"""At start-up the docks' panels are built just after the window's first paint, for the report then open."""

from __future__ import annotations

from pathlib import Path

import pytest

from govinfo_desktop.qt.editor import ReportEditor
from govinfo_desktop.qt.main_window import EditorParts
from govinfo_desktop.qt.metadata_panel import MetadataPanel
from govinfo_desktop.qt.problems_panel import ProblemsPanel
from tests.helpers import seed_document
from tests.qt.shell_support import make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()


def test_panels_wait_for_the_first_paint_then_follow_the_open_report(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, EditorParts.real())
    window.defer_panels_until_shown()
    window.set_document(seed_document(), None)
    assert window.problems_dock.widget() is None and window.metadata_dock.widget() is None
    window.show()
    qtbot.waitUntil(lambda: window.problems_dock.widget() is not None)
    problems, metadata = window.problems_dock.widget(), window.metadata_dock.widget()
    assert isinstance(problems, ProblemsPanel) and isinstance(metadata, MetadataPanel)
    assert problems.editor is window.editor and metadata.editor is window.editor
    assert isinstance(window.editor, ReportEditor)
    assert "3 个警告" in problems.summary.text()  # filled from the seed's findings


def test_without_deferral_panels_are_built_with_the_report(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, EditorParts.real())
    window.set_document(seed_document(), None)
    assert isinstance(window.problems_dock.widget(), ProblemsPanel)


def test_panels_come_even_without_a_paint(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, EditorParts.real())
    window.defer_panels_until_shown()
    window.set_document(seed_document(), None)  # never shown: no Paint event
    qtbot.waitUntil(lambda: window.problems_dock.widget() is not None, timeout=3000)
    assert window.metadata_dock.widget().editor is window.editor


def test_after_the_panels_the_start_up_continues(qtbot, tmp_path: Path) -> None:
    """What run() defers past the first paint (the support log's start) comes after the panels."""
    window = make_window(qtbot, tmp_path, EditorParts.real())
    seen: list[bool] = []
    window.defer_panels_until_shown(
        then=lambda: seen.append(window.problems_dock.widget() is not None)
    )
    window.set_document(seed_document(), None)
    window.show()
    qtbot.waitUntil(lambda: seen == [True])
