"""The composition root of the window: QApplication, names, High-DPI, translations, fonts, the main window.

`govinfo-desktop` (no command) and `govinfo-desktop FILE` arrive here through cli.main.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from govinfo_desktop.core.lazy_regex import Accepts


def main(args: Sequence[str] = ()) -> int:
    # Until the first paint the program only makes objects that stay (modules, classes, Qt's enums,
    # the report): the cyclic collector would walk them ~50 times for nothing. window_start.run
    # switches it back on just after the first paint.
    gc.disable()
    try:
        _import_before_qt()
        # Qt only when the window opens: the headless commands never pay for it.
        import_pyside()
        from govinfo_desktop.qt import window_start  # noqa: PLC0415

        create_application()
        return window_start.run(list(args))
    finally:
        gc.enable()


def _import_before_qt() -> None:
    """The Qt-free modules the window opens a report with, imported before PySide6 is: PySide6's import
    hook looks at every module imported after it (~5 M instructions for these ~40 of ours and the
    standard modules they use, even with its source reading skipped below)."""
    from govinfo_desktop.core import findings_json, session  # noqa: F401, PLC0415
    from govinfo_desktop.formats import reading  # noqa: F401, PLC0415


# Patterns PySide6 6.12 (pinned) compiles while it loads: two for parsing signature texts (only a call
# with wrong arguments needs them, for its message) and one for writing .pyi stubs. ~10–14 ms of every
# start; compiled on first use instead (core.lazy_regex). tests/test_app_start.py checks they still are.
_PYSIDE_BRACES = '\n(\n  (?:    [^\\(\\)\\[\\]\\{\\}\\<\\>'  # tool.build_brace_pattern
_PYSIDE_OPTIONAL = "\\b                      # edge of a word"  # pyi_generator's typing.Optional
PYSIDE_LAZY: tuple[Accepts, ...] = (
    lambda pattern, flags: isinstance(pattern, str) and pattern.startswith(_PYSIDE_BRACES),
    lambda pattern, flags: isinstance(pattern, str)
    and pattern.lstrip().startswith(_PYSIDE_OPTIONAL),
)


def import_pyside() -> None:
    from govinfo_desktop.core.lazy_regex import lazily_compiled  # noqa: PLC0415

    with lazily_compiled(PYSIDE_LAZY):
        import PySide6.QtWidgets  # noqa: F401, PLC0415
    _skip_feature_source_reading()


def _skip_feature_source_reading() -> None:
    """Once loaded, PySide6 reads the whole source of every module imported after it, looking for the
    word "PySide6", to learn whether the module may use `from __feature__ import …` (snake_case Qt
    names): ~6 ms of every start for the ~60 modules that come after it. We never use __feature__, so
    it is told "no" without reading: such a module is then left out of feature switching, which changes
    nothing while no module switches a feature on. The .deb (PyInstaller, no source to read) has always
    run that way. tests/test_app_start.py checks that PySide6 still asks this question."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010 - a private name


def create_application() -> QApplication:
    """The QApplication with names, High-DPI policy, language and a Chinese-capable font."""
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QIcon  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from govinfo_desktop import __version__  # noqa: PLC0415
    from govinfo_desktop.formats import user_folders  # noqa: PLC0415
    from govinfo_desktop.qt import fonts, i18n, settings  # noqa: PLC0415
    from govinfo_desktop.resources import resource_path  # noqa: PLC0415

    existing = QApplication.instance()
    if existing is None:
        # Fractional scaling (125 %, 150 %) as the screen asks, not rounded to whole factors.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
    if existing is not None and not isinstance(existing, QApplication):
        raise RuntimeError("a QCoreApplication already exists; the window needs a QApplication")
    app = existing or QApplication([sys.argv[0] if sys.argv else "govinfo-desktop"])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("govinfo-desktop")
    app.setWindowIcon(QIcon(str(resource_path("icons", "govinfo-desktop.svg"))))
    user_folders.use_table_cache()
    i18n.apply_language(i18n.saved_language(settings.app_settings()))
    fonts.ensure_cjk_font(app)
    return app
