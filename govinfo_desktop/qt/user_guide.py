"""帮助 → 使用说明: the illustrated user guide shipped under resources/guide, shown offline in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from govinfo_desktop.resources import resource_path

GUIDE = ("guide", "index.html")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("UserGuide", "使用说明"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # offline: only the guide's own pages and anchors
        self.browser.setSource(QUrl.fromLocalFile(str(resource_path(*GUIDE))))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._fit(860, 900)

    def _fit(self, width: int, height: int) -> None:
        """Never larger than the screen's free area (a 1024×768 office screen has ~730 px)."""
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)


def show_guide(parent: QWidget | None) -> GuideDialog:
    """Opened beside the window (not modal): the clerk reads and fills at the same time."""
    dialog = GuideDialog(parent)
    dialog.show()
    return dialog
