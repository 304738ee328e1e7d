"""Opens any input a command or the window accepts: a .govinfo document, or a spreadsheet to import."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.notices import CodedError
from govinfo_desktop.formats.govinfo_file import SUFFIX, DocumentFileError, load_document
from govinfo_desktop.formats.messages import files as file_msg
from govinfo_desktop.formats.messages import workbooks as book_msg

_log = logging.getLogger(__name__)

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls")


class InputError(CodedError, ValueError):
    """Input that cannot be read at all: one catalogue notice; str() is its Chinese line naming the file."""


@dataclass
class OpenedInput:
    """What a file gave: the report, and for a spreadsheet the report of its import."""

    document: ReportDocument
    import_report: Any = None  # formats.excel.import_findings.ImportReport for spreadsheets
    warnings: list[str] = field(default_factory=list)


def open_input(path: Path) -> OpenedInput:
    """Reads `path`; anything that goes wrong is an InputError with one clear line, never a traceback
    (files come from other units by e-mail and USB stick: damaged or hostile input is expected)."""
    path = Path(path)
    try:
        return _open_input(path)
    except InputError:
        raise
    except Exception as error:
        _log.info("%s could not be read", path.name, exc_info=True)  # the support log only
        raise InputError(
            book_msg.INPUT_DAMAGED, name=path.name, kind=type(error).__name__
        ) from error


def _open_input(path: Path) -> OpenedInput:
    if not path.exists():
        raise InputError(file_msg.FILE_NOT_FOUND, path=path)
    if path.suffix.lower() in SPREADSHEET_SUFFIXES or _looks_like_spreadsheet(path):
        return _open_spreadsheet(path)
    try:
        return OpenedInput(load_document(path))
    except DocumentFileError as error:
        raise InputError(error.notice) from error


def _looks_like_spreadsheet(path: Path) -> bool:
    if path.suffix.lower() == SUFFIX:
        return False
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError:
        return False
    return head.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0"))


def _open_spreadsheet(path: Path) -> OpenedInput:
    try:
        from govinfo_desktop.formats.excel import importer as excel_import  # noqa: PLC0415 - openpyxl only when needed
    except ImportError as error:
        raise InputError(book_msg.EXCEL_IMPORT_MISSING, name=path.name) from error
    try:
        result = excel_import.import_workbook(path)
    except excel_import.ImportFailed as error:
        raise InputError(error.notice) from error
    return OpenedInput(result.document, result.report)
