"""The .govinfo document file: UTF-8 JSON, schema in docs/govinfo-file-format.md.

Values are stored as exact decimal text, never floats. Fields this version does not know are kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govinfo_desktop import __version__
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.notices import CodedError, notice
from govinfo_desktop.core.values import to_storage
from govinfo_desktop.formats.atomic import SaveError, atomic_write_bytes, remove_stale_temporaries
from govinfo_desktop.formats.govinfo_file_read import Refused, cleaned, from_json
from govinfo_desktop.formats.messages import documents as doc_msg
from govinfo_desktop.formats.messages import files as file_msg
from govinfo_desktop.formats.messages import saving as save_msg

FORMAT_NAME = "govinfo-report"
FORMAT_VERSION = 1
SUFFIX = ".govinfo"
MAX_FILE_BYTES = 20 * 1024 * 1024
_KNOWN_FIELDS = {
    "format",
    "format_version",
    "generator",
    "table",
    "metadata",
    "cells",
    "extra_rows",
}


class DocumentFileError(CodedError, ValueError):
    """A .govinfo file that cannot be read: one catalogue notice; str() is plain Chinese naming the file."""


def save_document(document: ReportDocument, path: Path) -> None:
    atomic_write_bytes(Path(path), encoded(document, Path(path)))


def encoded(document: ReportDocument, path: Path) -> bytes:
    """The file's bytes; a text that cannot be saved is a SaveError naming the file, never silent."""
    try:
        return dumps(document).encode("utf-8")
    except (UnicodeEncodeError, ValueError, RecursionError) as error:
        reason = notice(save_msg.UNSAVABLE_CONTENT, kind=type(error).__name__)
        raise SaveError(save_msg.SAVE_FAILED, path=path, reason=reason) from error


def dumps(document: ReportDocument) -> str:
    return json.dumps(to_json(document), ensure_ascii=False, indent=1) + "\n"


def to_json(document: ReportDocument) -> dict[str, Any]:
    table = document.table
    cells: list[dict[str, Any]] = []
    for cell in table.cells():
        value, note = document.values.get(cell), document.notes.get(cell, "")
        extras = document.cell_extras.get(cell, {})
        override = cell in document.overrides
        if value is None and not note and not extras and not override:
            continue
        entry: dict[str, Any] = {**extras, "row": cell.row, "column": cell.column}
        entry["value"] = to_storage(value)
        if note:
            entry["note"] = note
        if override:
            entry["override"] = True
        cells.append(entry)
    cells.extend(document.unknown_cells)
    data: dict[str, Any] = {
        **document.unknown_fields,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"govinfo-desktop {__version__}",
        "table": {
            **document.table_extras,
            "id": document.table_id,
            "version": document.table_version,
        },
        "metadata": dict(document.metadata),
        "cells": cells,
    }
    if document.extra_rows:
        data["extra_rows"] = [row.to_json() for row in document.extra_rows]
    return data


def load_document(path: Path) -> ReportDocument:
    path = Path(path)
    remove_stale_temporaries(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DocumentFileError(doc_msg.DOCUMENT_TOO_LARGE, name=path.name)
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as error:
        raise DocumentFileError(file_msg.FILE_NOT_FOUND, path=path) from error
    except UnicodeDecodeError as error:
        raise DocumentFileError(doc_msg.DOCUMENT_NOT_UTF8, name=path.name) from error
    except PermissionError as error:  # also what Windows says for a file another program has locked
        raise DocumentFileError(doc_msg.DOCUMENT_LOCKED, path=path) from error
    except OSError as error:
        raise DocumentFileError(
            file_msg.FILE_UNREADABLE, path=path, detail=error.strerror or error
        ) from error
    return loads(text, path.name)


def loads(text: str, name: str = "报表文件") -> ReportDocument:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            doc_msg.DOCUMENT_UNPARSABLE, name=name, line=error.lineno
        ) from error
    except (
        ValueError,
        RecursionError,
    ) as error:  # a 5,000-digit number, nesting deeper than the stack
        raise DocumentFileError(doc_msg.DOCUMENT_STRUCTURE, name=name) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise DocumentFileError(doc_msg.NOT_GOVINFO, name=name)
    version = data.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DocumentFileError(doc_msg.FORMAT_VERSION_BAD, name=name, version=str(version)[:20])
    if version > FORMAT_VERSION:
        raise DocumentFileError(doc_msg.FORMAT_VERSION_NEWER, name=name, version=version)
    try:
        document, _ = from_json(cleaned(data))
    except Refused as error:
        raise DocumentFileError(doc_msg.DOCUMENT_REFUSED, name=name, reason=error.notice) from error
    except RecursionError as error:
        raise DocumentFileError(doc_msg.DOCUMENT_STRUCTURE, name=name) from error
    document.unknown_fields = {k: v for k, v in cleaned(data).items() if k not in _KNOWN_FIELDS}
    return document
