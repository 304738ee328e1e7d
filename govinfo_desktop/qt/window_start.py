"""Starting the window: open the file named on the command line, paint, then the rest.

What the first paint does not need waits for it (qt.window_docks.DockedWindow.after_first_paint): the
docks' panels, an Excel import's report, the support log. tests/test_app_start.py checks which of our
modules load before the first paint, so that a new import on the start path is seen in review.
"""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtWidgets import QApplication

from govinfo_desktop.qt.file_actions import dialogs
from govinfo_desktop.qt.main_window import MainWindow
from govinfo_desktop.qt.settings import log_directory


def start_support_log() -> None:
    """The support log starts just after the first paint: logging.handlers costs ~5–15 ms of imports."""
    from govinfo_desktop import applog  # noqa: PLC0415

    applog.install_file_log(log_directory())


def run(args: list[str]) -> int:
    """Show the window (opening args[0] if given), offer crash recovery, and run until it closes."""
    from govinfo_desktop.qt import startup_hooks  # noqa: PLC0415

    app = QApplication.instance() or QApplication(["govinfo-desktop"])
    window = MainWindow()
    window.defer_panels_until_shown(then=start_support_log)
    window.after_first_paint(gc.enable)  # app.main held the cyclic collector off until then
    error = window.start(Path(args[0]) if args else None)
    window.show()
    if error:
        dialogs().show_error(window, error)
    window.offer_recovery()
    startup_hooks.install(window)
    code = app.exec()
    if not window.is_modified():  # quit without closing the window: leave no lock file behind
        window.recovery.close()
    return code
