"""Languages: Chinese by default with Qt's own dialogs in Chinese; English switched at run time."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import ElementTree
from PySide6.QtCore import QCoreApplication, QSettings

from govinfo_desktop.qt import i18n
from govinfo_desktop.resources import resource_path
from tests.qt.shell_support import make_window

TS_FILE = resource_path("translations", "govinfo_en.ts")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "language.ini"), QSettings.Format.IniFormat)


@pytest.fixture(autouse=True)
def back_to_chinese(qapp) -> Iterator[None]:
    yield
    i18n.apply_language(i18n.CHINESE)


def test_qt_dialogs_speak_chinese_by_default(settings: QSettings) -> None:
    assert i18n.saved_language(settings) == i18n.CHINESE
    assert i18n.apply_language(i18n.saved_language(settings))
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "保存"


def test_switching_to_english_retranslates_the_window(qtbot, tmp_path, settings) -> None:
    window = make_window(qtbot, tmp_path)
    window.start(None)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    english = next(a for a in window.menus.language_group.actions() if a.data() == i18n.ENGLISH)
    window.settings = settings
    english.trigger()  # Qt posts LanguageChange to every window
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "文件(&F)", timeout=2000)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Language", "&Help"]
    assert window.menus.actions["save_as"].text() == "Save As…"
    assert window.problems_dock.windowTitle() == "Problems"
    assert window.problems_dock.widget().english  # the panels are built anew in the new language
    assert window.summary_label.text().startswith("Errors: 0 · Warnings: 0 · Blank: ")
    assert "GovInfo Annual Report Tables" in window.windowTitle()
    assert english.isChecked()
    assert i18n.saved_language(settings) == i18n.ENGLISH  # remembered for the next start
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    chinese = next(a for a in window.menus.language_group.actions() if a.data() == i18n.CHINESE)
    chinese.trigger()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "文件(&F)", timeout=2000)
    assert window.summary_label.text().endswith("处未填写")
    assert i18n.saved_language(settings) == i18n.CHINESE


def test_every_string_has_an_english_translation() -> None:
    tree = ElementTree.parse(TS_FILE)
    unfinished = [
        message.findtext("source")
        for message in tree.iter("message")
        if message.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert resource_path("translations", "govinfo_en.qm").stat().st_size > 1000


def test_an_unknown_saved_language_falls_back_to_chinese(settings: QSettings) -> None:
    settings.setValue("language", "fr")
    assert i18n.saved_language(settings) == i18n.CHINESE
