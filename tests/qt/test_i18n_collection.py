"""In English the 汇总 window and the 上年 strings speak English, the 汇总 window's file dialogs are
Qt's own (so they follow the chosen language), and no translation loses a placeholder."""

from __future__ import annotations

import re

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from govinfo_desktop.core.collection import Collection
from govinfo_desktop.qt import collection_window, i18n
from govinfo_desktop.qt.collection_window import CollectionWindow
from govinfo_desktop.resources import resource_path

TS_FILE = resource_path("translations", "govinfo_en.ts")
PLACEHOLDER = re.compile(r"\{\d+\}|%n|%\d")
DIALOGS = ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory")
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def asked(monkeypatch) -> list[QFileDialog.Option]:
    """Every file dialog the code opens, by the options it passed; each answers 'cancelled'."""
    options: list[QFileDialog.Option] = []

    def fake(name: str):
        def dialog(*_args, **kwargs):
            options.append(kwargs.get("options", QFileDialog.Option(0)))
            return "" if name == "getExistingDirectory" else ("", "")

        return dialog

    for name in DIALOGS:
        monkeypatch.setattr(QFileDialog, name, fake(name))
    return options


def test_no_translation_drops_or_adds_a_placeholder() -> None:
    wrong = []
    for message in ElementTree.parse(TS_FILE).iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("vanished", "obsolete"):
            continue
        source = sorted(PLACEHOLDER.findall(message.findtext("source")))
        texts = [form.text or "" for form in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        wrong += [(source, text) for text in texts if sorted(PLACEHOLDER.findall(text)) != source]
    assert wrong == []


def test_collection_window_speaks_english(qtbot, english) -> None:
    window = CollectionWindow(Collection.county(2023, "national-2021"))
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(index) for index in range(window.tabs.count())]
    assert tabs == ["Units", "Totals", "Overview"]
    assert window.menuBar().actions()[0].text() == "&Collection"
    assert window.windowTitle() == "Unsaved collection — Collection for 2023"


def test_last_year_strings_reach_the_catalogue(english) -> None:
    # Both modules call QCoreApplication.translate literally, so lupdate finds their strings.
    assert QCoreApplication.translate("last_year", "选择上年报表") == "Choose Last Year's Report"
    assert QCoreApplication.translate("ReportTreeModel", "上年") == "Last year"
    assert QCoreApplication.translate("CollectionWindow", "新建汇总") == "New Collection"


def test_collection_file_dialogs_follow_the_language(qtbot, english, asked) -> None:
    window = CollectionWindow(Collection.county(2023, "national-2021"))
    qtbot.addWidget(window)
    for open_one in (
        window.open_dialog,
        window.save_as,
        window.import_files_dialog,
        window.import_folder_dialog,
        window.export_total_dialog,
        window.export_detail_dialog,
        window.last_year_dialog,
    ):
        open_one()
    parent = QWidget()
    qtbot.addWidget(parent)
    assert collection_window.start(parent, new=False) is None
    assert len(asked) == 8
    assert all(options & QFileDialog.Option.DontUseNativeDialog for options in asked)
    i18n.apply_language(i18n.CHINESE)
    window.open_dialog()
    assert not asked[-1] & QFileDialog.Option.DontUseNativeDialog  # the system's, in Chinese
