"""The .govinfo document file: UTF-8 JSON, schema in docs/govinfo-file-format.md.

Values are stored as exact decimal text, never floats. Fields this version does not know are kept.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govinfo_desktop import __version__
from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ExtraRow, ReportDocument
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.core.tableload import TableDefinitionError
from govinfo_desktop.core.values import InvalidValue, parse_value, to_storage
from govinfo_desktop.formats.atomic import atomic_write_bytes

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
_CELL_FIELDS = {"row", "column", "value", "note"}


class DocumentFileError(ValueError):
    """A .govinfo file that cannot be read; the message is plain Chinese and names the file."""


def save_document(document: ReportDocument, path: Path) -> None:
    atomic_write_bytes(Path(path), dumps(document).encode("utf-8"))


def dumps(document: ReportDocument) -> str:
    return json.dumps(to_json(document), ensure_ascii=False, indent=1) + "\n"


def to_json(document: ReportDocument) -> dict[str, Any]:
    table = document.table
    cells: list[dict[str, Any]] = []
    for cell in table.cells():
        value, note = document.values.get(cell), document.notes.get(cell, "")
        extras = document.cell_extras.get(cell, {})
        if value is None and not note and not extras:
            continue
        entry: dict[str, Any] = {**extras, "row": cell.row, "column": cell.column}
        entry["value"] = to_storage(value)
        if note:
            entry["note"] = note
        cells.append(entry)
    cells.extend(document.unknown_cells)
    data: dict[str, Any] = {
        **document.unknown_fields,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"govinfo-desktop {__version__}",
        "table": {"id": document.table_id, "version": document.table_version},
        "metadata": dict(document.metadata),
        "cells": cells,
    }
    if document.extra_rows:
        data["extra_rows"] = [vars(row) for row in document.extra_rows]
    return data


def load_document(path: Path) -> ReportDocument:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise DocumentFileError(f"“{path.name}”太大，不是本程序保存的报表文件")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as error:
        raise DocumentFileError(f"找不到文件“{path}”") from error
    except UnicodeDecodeError as error:
        raise DocumentFileError(f"“{path.name}”不是本程序的报表文件（不是 UTF-8 文本）") from error
    except PermissionError as error:  # also what Windows says for a file another program has locked
        raise DocumentFileError(
            f"无法读取“{path}”：没有读取权限，或文件正被其他程序占用"
        ) from error
    except OSError as error:
        raise DocumentFileError(f"无法读取“{path}”：{error.strerror or error}") from error
    return loads(text, path.name)


def loads(text: str, name: str = "报表文件") -> ReportDocument:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise DocumentFileError(
            f"“{name}”已损坏或不是报表文件（第 {error.lineno} 行无法解析）"
        ) from error
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise DocumentFileError(f"“{name}”不是政务公开年报统计表文件（.govinfo）")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise DocumentFileError(
            f"“{name}”由更新版本的程序保存（文件格式 {version}），请升级本程序后再打开"
        )
    try:
        return _from_json(data, name)
    except (KeyError, TypeError, AttributeError) as error:
        raise DocumentFileError(f"“{name}”内容不完整或格式不对（{error}）") from error


def _from_json(data: dict[str, Any], name: str) -> ReportDocument:
    table_info = data["table"]
    try:
        table = catalog.load_table(str(table_info["id"])).table
    except TableDefinitionError as error:
        raise DocumentFileError(f"“{name}”：{error}") from error
    metadata = {str(k): str(v) for k, v in dict(data.get("metadata") or {}).items()}
    document = ReportDocument(table.id, int(table_info.get("version", 1)), metadata)
    document.unknown_fields = {k: v for k, v in data.items() if k not in _KNOWN_FIELDS}
    for entry in data.get("cells") or []:
        _read_cell(document, table, dict(entry), name)
    document.extra_rows = [ExtraRow(**row) for row in data.get("extra_rows") or []]
    return document


def _read_cell(
    document: ReportDocument, table: TableDefinition, entry: dict[str, Any], name: str
) -> None:
    cell = CellRef(str(entry.get("row")), str(entry.get("column")))
    if not table.has_cell(cell):
        document.unknown_cells.append(entry)
        return
    raw = entry.get("value")
    if raw is not None and not isinstance(raw, str):
        raise DocumentFileError(f"“{name}”：单元格 {cell} 的值应写成文本，现为 {raw!r}")
    try:
        value = parse_value(
            raw, table.cell_kind(cell), table.cell_unit(cell), table.row(cell.row).may_not_apply
        )
    except InvalidValue as error:
        label = table.row(cell.row).label
        raise DocumentFileError(f"“{name}”：{label}（{cell}）的值{error}") from error
    if value is not None:
        document.values[cell] = value
    if entry.get("note"):
        document.notes[cell] = str(entry["note"])
    extras = {k: v for k, v in entry.items() if k not in _CELL_FIELDS}
    if extras:
        document.cell_extras[cell] = extras
