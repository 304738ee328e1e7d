"""Last year for `check TABLE --text`: the text to compare each section with (TXT-SIMILAR), from
`--last-year LAST` (a .docx/.txt/.html text, or last year's report with its cross-year findings and saved
text) or from the `.govinfo` file's remembered `last_year` link."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from govinfo_desktop.cli_common import CommandError
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.lastyear import CrossYear, compare, link
from govinfo_desktop.core.text_model import ReportText, TextFormatError, text_of
from govinfo_desktop.formats.reading import InputError, open_input
from govinfo_desktop.formats.report.reading import SUFFIXES, TextImportError, import_text


@dataclass(frozen=True)
class LastYear:
    text: ReportText | None = None
    report: ReportDocument | None = None  # last year's table, when LAST is a report
    path: Path | None = None
    cross: CrossYear | None = None

    def merged(self, findings: Findings) -> Findings:
        return findings if self.cross is None else self.cross.merged(findings)

    def report_json(self, this: ReportDocument) -> dict[str, Any]:
        from govinfo_desktop.cli_check_many import last_year_json  # noqa: PLC0415

        assert self.report is not None and self.path is not None and self.cross is not None
        data = last_year_json(this, self.report, self.path, self.cross)
        data["text"] = self.text is not None
        return data

    def print_notes(self, this: ReportDocument) -> None:
        if self.report is not None and self.cross is not None:
            from govinfo_desktop.cli_check_many import print_last_year_notes  # noqa: PLC0415

            print_last_year_notes(this, self.report, self.cross)
        if self.path is not None and self.text is None:
            print(f"提示  上年报表“{self.path.name}”里没有正文，未对比上年正文")


def from_option(this: ReportDocument, path: Path) -> LastYear:
    """--last-year LAST: a text file, or last year's report (an unreadable one ends the command)."""
    if path.suffix.lower() in SUFFIXES:
        try:
            return LastYear(text=import_text(path, this.table_id), path=path)
        except TextImportError as error:
            raise CommandError(str(error)) from error
    try:
        last = open_input(path).document
        text = text_of(last)
    except (InputError, TextFormatError) as error:
        raise CommandError(str(error)) from error
    return LastYear(text, last, path, compare(this, last))


def from_link(this: ReportDocument, here: Path | None) -> LastYear | None:
    """The remembered last-year report's text; None when there is no link, or its file is gone, unreadable
    or without text (the link is a convenience: the table's check goes on without it)."""
    found = link(this)
    if found is None:
        return None
    path = Path(str(found["file"]))
    if not path.is_absolute() and here is not None:
        path = here.parent / path
    try:
        text = text_of(open_input(path).document)
    except (InputError, TextFormatError, OSError):
        return None
    return None if text is None else LastYear(text=text)
