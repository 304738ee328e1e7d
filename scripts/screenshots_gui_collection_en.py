"""Screenshots of the collection (汇总) window in English (under Xvfb; with openbox when one runs): the
board (headers, statuses, kinds, filter buttons, status bar) and Qt's own file dialogs with the English
file-type filters, each as the whole screen so the dialog's frame and the window behind it show.

Writes into OUTDIR: gui-collect-en-1-board.png, gui-collect-en-2-import-dialog.png,
gui-collect-en-3-export-dialog.png (in front of the totals tab), gui-collect-en-4-overview.png.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import pyside_refcount  # noqa: E402

pyside_refcount.install()  # development-only work-around, as in the tests (devtools/pyside_refcount.py)

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QComboBox, QDialog  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.qt import i18n  # noqa: E402
from govinfo_desktop.qt.collection_window import CollectionWindow  # noqa: E402
from scripts.screenshots_gui_collection import collection  # noqa: E402


def settle(app: QApplication, seconds: float = 1.5) -> None:
    """Let the window manager map and the window paint (a few event rounds are not enough under
    openbox: the first grab would be black)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def shoot_dialog(app: QApplication, open_it, path: Path) -> None:
    """Open a modal file dialog with `open_it`, capture the screen once it is up, then cancel it."""

    def capture() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:  # not up yet
            QTimer.singleShot(200, capture)
            return
        for combo in dialog.findChildren(QComboBox, "fileTypeCombo"):
            combo.showPopup()  # the filters are the point of the picture
        settle(app)
        app.primaryScreen().grabWindow(0).save(str(path))
        print(path)
        for combo in dialog.findChildren(QComboBox, "fileTypeCombo"):
            combo.hidePopup()
        if isinstance(dialog, QDialog):
            dialog.reject()

    QTimer.singleShot(600, capture)
    open_it()


def main(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    i18n.apply_language(i18n.ENGLISH)
    size = app.primaryScreen().availableGeometry()
    window = CollectionWindow(collection(), Path(tempfile.mkdtemp()) / "county-2023.govinfo-set")
    window.setGeometry(size)
    window.show()
    settle(app)
    app.primaryScreen().grabWindow(0).save(str(out / "gui-collect-en-1-board.png"))
    print(out / "gui-collect-en-1-board.png")
    shoot_dialog(app, window.import_files_dialog, out / "gui-collect-en-2-import-dialog.png")
    window.tabs.setCurrentIndex(1)
    settle(app)
    shoot_dialog(app, window.export_total_dialog, out / "gui-collect-en-3-export-dialog.png")
    window.tabs.setCurrentIndex(2)
    window.refresh_overview()
    settle(app)
    app.primaryScreen().grabWindow(0).save(str(out / "gui-collect-en-4-overview.png"))
    print(out / "gui-collect-en-4-overview.png")
    window.modified = False
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
