"""Text read from a spreadsheet, made safe before it enters the document (core.safe_text says why):
control characters dropped, over-long metadata cut, and every change noted in the import report."""

from __future__ import annotations

from govinfo_desktop.core.document import METADATA_LABELS, ReportDocument
from govinfo_desktop.core.safe_text import (
    MAX_METADATA_CHARS,
    MAX_TEXT_CHARS,
    clean_text,
    has_unsafe_characters,
)
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.import_findings import ImportReport


def clean_imported_text(document: ReportDocument, report: ImportReport) -> None:
    for key, text in list(document.metadata.items()):
        label = METADATA_LABELS.get(key, key)
        safe = clean_text(text)
        if safe != text and has_unsafe_characters(text):
            report.note(say.METADATA_CONTROL_CHARS, label=label)
        if len(safe) > MAX_METADATA_CHARS:
            report.note(say.METADATA_CUT, label=label, length=len(safe), limit=MAX_METADATA_CHARS)
            safe = safe[:MAX_METADATA_CHARS]
        document.metadata[key] = safe
    report.metadata = dict(document.metadata)
    for cell, note in list(document.notes.items()):
        document.notes[cell] = clean_text(note, multiline=True)[:MAX_TEXT_CHARS]
    for row in document.extra_rows:
        row.label = clean_text(row.label)[:MAX_TEXT_CHARS]
        row.values = [clean_text(value)[:MAX_TEXT_CHARS] for value in row.values]
        row.source = clean_text(row.source)[:MAX_TEXT_CHARS]
