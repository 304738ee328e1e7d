""".govinfo JSON → ReportDocument, treating the file as untrusted: every field's type is checked, text is
cleaned at the boundary (core.safe_text), what this version does not know is kept, and what contradicts
itself (a cell given twice) is refused with a message naming the file and the cell."""

from __future__ import annotations

from typing import Any

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import METADATA_LABELS, ExtraRow, ReportDocument
from govinfo_desktop.core.notices import CodedError
from govinfo_desktop.core.safe_text import (
    MAX_METADATA_CHARS,
    MAX_TEXT_CHARS,
    clean_text,
    without_surrogates,
)
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.core.tableload import TableDefinitionError
from govinfo_desktop.core.values import InvalidValue, parse_value
from govinfo_desktop.formats.messages import documents as doc_msg

MAX_DEPTH = 40  # our files nest 4 deep; 1,000 deep would exhaust the stack when saving again
MAX_TABLE_VERSION = 10_000
_CELL_FIELDS = {"row", "column", "value", "note", "override"}
_EXTRA_ROW_FIELDS = {"label", "values", "source"}


class Refused(CodedError, ValueError):
    """What is wrong, without the file's name (the caller adds it)."""


def cleaned(data: Any) -> Any:
    """`data` with lone surrogates replaced in every string; refuses nesting deeper than MAX_DEPTH."""
    return _cleaned(data, 0)


def _cleaned(data: Any, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise Refused(doc_msg.NESTING, depth=MAX_DEPTH)
    if isinstance(data, str):
        return without_surrogates(data)
    if isinstance(data, list):
        return [_cleaned(item, depth + 1) for item in data]
    if isinstance(data, dict):
        return {without_surrogates(k): _cleaned(v, depth + 1) for k, v in data.items()}
    return data


def from_json(data: dict[str, Any]) -> tuple[ReportDocument, TableDefinition]:
    table, version, table_extras = _table(data.get("table"))
    document = ReportDocument(table.id, version, _metadata(data.get("metadata")))
    document.table_extras = table_extras
    for index, entry in enumerate(_list(data.get("cells"), "cells")):
        _read_cell(document, table, entry, index)
    document.extra_rows = [
        _extra_row(entry, index)
        for index, entry in enumerate(_list(data.get("extra_rows"), "extra_rows"))
    ]
    return document, table


def _table(info: Any) -> tuple[TableDefinition, int, dict[str, Any]]:
    if not isinstance(info, dict):
        raise Refused(doc_msg.NO_TABLE_INFO)
    table_id = info.get("id")
    if not isinstance(table_id, str):
        raise Refused(doc_msg.TABLE_ID_TYPE)
    try:
        table = catalog.table(table_id)
    except TableDefinitionError as error:
        raise Refused(doc_msg.TABLE_UNKNOWN, detail=error) from error
    version = info.get("version", 1)
    if (
        isinstance(version, bool)
        or not isinstance(version, int)
        or not 0 < version <= MAX_TABLE_VERSION
    ):
        raise Refused(doc_msg.TABLE_VERSION_BAD, version=_short(version))
    return table, version, {k: v for k, v in info.items() if k not in {"id", "version"}}


def _metadata(raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise Refused(doc_msg.METADATA_SHAPE)
    metadata: dict[str, str] = {}
    for key, value in raw.items():
        label = METADATA_LABELS.get(key, key)
        if value is None:
            continue  # null is "not filled in", never the text "None"
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            raise Refused(doc_msg.METADATA_TYPE, label=_short(label), value=_short(value))
        text = clean_text(str(value))
        if len(text) > MAX_METADATA_CHARS:
            raise Refused(doc_msg.METADATA_TOO_LONG, label=_short(label), length=len(text))
        metadata[key] = text
    return metadata


def _list(raw: Any, key: str) -> list[Any]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise Refused(doc_msg.NOT_A_LIST, key=key)
    return raw


def _read_cell(document: ReportDocument, table: TableDefinition, entry: Any, index: int) -> None:
    if not isinstance(entry, dict):
        raise Refused(doc_msg.CELL_SHAPE, index=index + 1)
    row, column = entry.get("row"), entry.get("column")
    if not isinstance(row, str) or not isinstance(column, str):
        raise Refused(doc_msg.CELL_IDS, index=index + 1)
    cell = CellRef(row, column)
    if not table.has_cell(cell):
        document.unknown_cells.append(entry)
        return
    label = table.row(cell.row).label
    if cell in document.values or cell in document.notes or cell in document.cell_extras:
        raise Refused(doc_msg.CELL_TWICE, label=label, cell=cell)
    raw, note = entry.get("value"), entry.get("note")
    if raw is not None and not isinstance(raw, str):
        raise Refused(doc_msg.CELL_VALUE_TYPE, cell=cell, value=_short(raw))
    if note is not None and not isinstance(note, str):
        raise Refused(doc_msg.CELL_NOTE_TYPE, cell=cell)
    if entry.get("override") is True:  # a total typed over (运算公式 off); anything else: computed
        document.overrides.add(cell)
    try:
        value = parse_value(
            raw, table.cell_kind(cell), table.cell_unit(cell), table.row(cell.row).may_not_apply
        )
    except InvalidValue as error:
        raise Refused(doc_msg.CELL_VALUE_BAD, label=label, cell=cell, error=error.notice) from error
    if value is not None:
        document.values[cell] = value
    if note:
        document.notes[cell] = clean_text(note, multiline=True)[:MAX_TEXT_CHARS]
    document.cell_extras[cell] = {k: v for k, v in entry.items() if k not in _CELL_FIELDS}
    if not document.cell_extras[cell]:
        del document.cell_extras[cell]


def _extra_row(entry: Any, index: int) -> ExtraRow:
    if not isinstance(entry, dict):
        raise Refused(doc_msg.EXTRA_ROW_SHAPE, index=index + 1)
    label, values, source = (
        entry.get("label", ""),
        entry.get("values") or [],
        entry.get("source", ""),
    )
    if not isinstance(label, str) or not isinstance(source, str) or not isinstance(values, list):
        raise Refused(doc_msg.EXTRA_ROW_SHAPE, index=index + 1)
    if any(isinstance(v, bool) or not isinstance(v, (str, int, float)) for v in values):
        raise Refused(doc_msg.EXTRA_ROW_VALUES, index=index + 1)
    extras = {k: v for k, v in entry.items() if k not in _EXTRA_ROW_FIELDS}
    return ExtraRow(
        clean_text(label)[:MAX_TEXT_CHARS],
        [clean_text(str(v))[:MAX_TEXT_CHARS] for v in values],
        clean_text(source)[:MAX_TEXT_CHARS],
        extras,
    )


def _short(value: Any) -> str:
    text = clean_text(repr(value) if not isinstance(value, str) else value)
    return text if len(text) <= 30 else f"{text[:30]}…"
