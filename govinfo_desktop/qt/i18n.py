"""Languages: Chinese by default (with Qt's own dialogs in Chinese), English selectable at run time.

The program's source strings are Chinese; resources/translations/govinfo_en.qm carries the English.
Switching installs other translators, and Qt then sends every widget a LanguageChange event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from govinfo_desktop.core.notices import CodedError
from govinfo_desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

CHINESE, ENGLISH = "zh_CN", "en"
LANGUAGES = (CHINESE, ENGLISH)
_KEY = "language"
_installed: list[QTranslator] = []


def saved_language(settings: QSettings) -> str:
    language = str(settings.value(_KEY, CHINESE))
    return language if language in LANGUAGES else CHINESE


def current_language() -> str:
    return ENGLISH if any(t.objectName() == "govinfo" for t in _installed) else CHINESE


def file_dialog_options() -> QFileDialog.Option:
    """In English, Qt's own file dialog (its strings follow the chosen language); in Chinese, the
    system's (on a Chinese desktop it speaks Chinese, and Qt's own has qtbase_zh_CN)."""
    # Imported here: the class (and its six enums) is made on first use, after the window is up.
    from PySide6.QtWidgets import QFileDialog  # noqa: PLC0415

    if current_language() == ENGLISH:
        return QFileDialog.Option.DontUseNativeDialog
    return QFileDialog.Option(0)


def error_text(error: BaseException) -> str:
    """An error's message in the clerk's language: file errors carry a code and are rendered; any
    other error reads as it was raised."""
    if isinstance(error, CodedError):
        return error.render(current_language())
    return str(error)


def apply_language(language: str, settings: QSettings | None = None) -> bool:
    """Install the translators for `language`; remember it in `settings`. False if a file is missing."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ok = True
    if language == ENGLISH:
        ok = _install("govinfo", "govinfo_en", str(resource_path("translations")))
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ok = _install("qtbase", "qtbase_zh_CN", qt_dir)
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    if settings is not None:
        settings.setValue(_KEY, language)
        settings.sync()
    return ok


def _install(name: str, file_name: str, directory: str) -> bool:
    translator = QTranslator(QCoreApplication.instance())
    translator.setObjectName(name)
    if not translator.load(file_name, directory):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True
