"""The 正文 tab's title follows a language switched while running: the tab's page (the empty placeholder
until the tab is first opened, then the text tab) sets its own tab's text on LanguageChange. Light: the
editor builds the placeholder for every report, the text tab only when opened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QTabWidget, QWidget


def text_tab_title() -> str:
    # the editor's context: the title it gives the tab when the report opens
    return QCoreApplication.translate("ReportEditor", "正文")


def retitle(page: QWidget) -> None:
    """Set the title of the tab that shows `page` (a QTabWidget keeps pages in its inner stack)."""
    holder = page.parentWidget()
    while holder is not None and not isinstance(holder, QTabWidget):
        holder = holder.parentWidget()
    if holder is not None and (index := holder.indexOf(page)) >= 0:
        holder.setTabText(index, text_tab_title())


class TextTabPlaceholder(QWidget):
    """The 正文 tab's page before the tab is first opened."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            retitle(self)
        super().changeEvent(event)
