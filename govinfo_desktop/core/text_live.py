"""The report text's live check beside the table: the text and its findings, re-checked only when the
table or the text changed since the last look (the problem panel asks after every edit)."""

from __future__ import annotations

from govinfo_desktop.core.session import ReportSession, SessionChange
from govinfo_desktop.core.text_check import check_text
from govinfo_desktop.core.text_issues import TextIssue
from govinfo_desktop.core.text_model import ReportText, store_text, text_of
from govinfo_desktop.core.text_plain import Normaliser, identity


class LiveText:
    def __init__(
        self,
        session: ReportSession,
        text: ReportText | None = None,
        simplify: Normaliser = identity,
    ) -> None:
        self.session = session
        self.text = text or text_of(session.document) or ReportText.blank(session.document.table_id)
        self.simplify = simplify
        self.last_year: ReportText | None = None
        self._issues: tuple[TextIssue, ...] | None = None
        session.subscribe(self._table_changed)

    def issues(self) -> tuple[TextIssue, ...]:
        if self._issues is None:
            result = check_text(self.session.document, self.text, self.simplify, self.last_year)
            self._issues = tuple(result.issues)
        return self._issues

    def text_changed(self) -> None:
        """The text was edited: keep it in the document (saved with it) and check again on demand."""
        store_text(self.session.document, self.text)
        self._issues = None

    def _table_changed(self, change: SessionChange) -> None:
        if change.values:
            self._issues = None
