"""The `.govinfo-set` collection file: UTF-8 JSON, schema in docs/collection-file-format.md.

Saved atomically like reports; every key this version does not know (top level, unit, version, status
change, node) is kept and written back. Each unit's reports are copied in as .govinfo report objects.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from govinfo_desktop import __version__
from govinfo_desktop.core.collection import (
    Collection,
    Node,
    ReportVersion,
    StatusChange,
    Unit,
    UnitKind,
    UnitStatus,
)
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats import govinfo_file
from govinfo_desktop.formats.atomic import atomic_write_bytes

FORMAT_NAME = "govinfo-collection"
FORMAT_VERSION = 1
SUFFIX = ".govinfo-set"
MAX_FILE_BYTES = 512 * 1024 * 1024
_TOP = {"format", "format_version", "generator", "year", "table", "renames", "units", "nodes"}
_UNIT = {"name", "kind", "tags", "versions", "history"}
_VERSION = {"number", "file_name", "sha256", "received", "report"}
_CHANGE = {"when", "status", "note", "version"}
_NODE = {"name", "tags", "include", "county_figures"}


class CollectionFileError(ValueError):
    """A collection file that cannot be read; plain Chinese, names the file."""


def save_collection(collection: Collection, path: Path) -> None:
    atomic_write_bytes(Path(path), dumps(collection).encode("utf-8"))


def dumps(collection: Collection) -> str:
    return json.dumps(to_json(collection), ensure_ascii=False, indent=1) + "\n"


def to_json(collection: Collection) -> dict[str, Any]:
    return {
        **collection.unknown,
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "generator": f"govinfo-desktop {__version__}",
        "year": collection.year,
        "table": collection.table_id,
        "renames": dict(collection.renames),
        "units": [_unit_json(unit) for unit in collection.units],
        "nodes": [_node_json(node) for node in collection.nodes],
    }


def _unit_json(unit: Unit) -> dict[str, Any]:
    return {
        **unit.unknown,
        "name": unit.name,
        "kind": str(unit.kind),
        "tags": list(unit.tags),
        "versions": [
            {
                **version.unknown,
                "number": version.number,
                "file_name": version.file_name,
                "sha256": version.sha256,
                "received": version.received,
                "report": govinfo_file.to_json(version.document),
            }
            for version in unit.versions
        ],
        "history": [
            {
                **change.unknown,
                "when": change.when,
                "status": str(change.status),
                "note": change.note,
                "version": change.version,
            }
            for change in unit.history
        ],
    }


def _node_json(node: Node) -> dict[str, Any]:
    return {
        **node.unknown,
        "name": node.name,
        "tags": list(node.tags),
        "include": [str(status) for status in node.include],
        "county_figures": [
            {"row": cell.row, "column": cell.column, "value": str(value)}
            for cell, value in node.county_figures.items()
        ],
    }


def load_collection(path: Path) -> Collection:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise CollectionFileError(f"“{path.name}”太大，不是本程序保存的汇总文件")
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError as error:
        raise CollectionFileError(f"找不到文件“{path}”") from error
    except UnicodeDecodeError as error:
        raise CollectionFileError(f"“{path.name}”不是汇总文件（不是 UTF-8 文本）") from error
    except OSError as error:
        raise CollectionFileError(f"无法读取“{path}”：{error.strerror or error}") from error
    return loads(text, path.name)


def loads(text: str, name: str = "汇总文件") -> Collection:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CollectionFileError(f"“{name}”已损坏（第 {error.lineno} 行无法解析）") from error
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise CollectionFileError(f"“{name}”不是汇总文件（.govinfo-set）")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise CollectionFileError(f"“{name}”由更新版本的程序保存，请升级本程序后再打开")
    try:
        return _collection(data, name)
    except (KeyError, TypeError, ValueError, AttributeError, InvalidOperation) as error:
        if isinstance(error, CollectionFileError):
            raise
        raise CollectionFileError(f"“{name}”内容不完整或格式不对（{error}）") from error


def _collection(data: dict[str, Any], name: str) -> Collection:
    collection = Collection(int(data["year"]), str(data["table"]))
    collection.renames = {str(k): str(v) for k, v in dict(data.get("renames") or {}).items()}
    collection.units = [_unit(dict(entry), name) for entry in data.get("units") or []]
    collection.nodes = [_node(dict(entry)) for entry in data.get("nodes") or []]
    collection.unknown = _rest(data, _TOP)
    return collection


def _unit(entry: dict[str, Any], name: str) -> Unit:
    unit = Unit(str(entry["name"]), UnitKind(entry.get("kind", UnitKind.OTHER)))
    unit.tags = [str(tag) for tag in entry.get("tags") or []]
    for version in entry.get("versions") or []:
        unit.versions.append(_version(dict(version), unit.name, name))
    for raw in entry.get("history") or []:
        change = dict(raw)
        number = change.get("version")
        unit.history.append(
            StatusChange(
                str(change["when"]),
                UnitStatus(change["status"]),
                str(change.get("note") or ""),
                int(number) if number is not None else None,
                _rest(change, _CHANGE),
            )
        )
    unit.unknown = _rest(entry, _UNIT)
    return unit


def _version(entry: dict[str, Any], unit: str, name: str) -> ReportVersion:
    label = f"{name}：{unit}第 {entry.get('number')} 版"
    try:
        document = govinfo_file.loads(json.dumps(entry["report"], ensure_ascii=False), label)
    except govinfo_file.DocumentFileError as error:
        raise CollectionFileError(str(error)) from error
    return ReportVersion(
        int(entry["number"]),
        str(entry.get("file_name") or ""),
        str(entry.get("sha256") or ""),
        str(entry.get("received") or ""),
        document,
        _rest(entry, _VERSION),
    )


def _node(entry: dict[str, Any]) -> Node:
    node = Node(str(entry["name"]), [str(tag) for tag in entry.get("tags") or []])
    if "include" in entry:
        node.include = [UnitStatus(status) for status in entry["include"]]
    for figure in entry.get("county_figures") or []:
        cell = CellRef(str(figure["row"]), str(figure["column"]))
        node.county_figures[cell] = Decimal(str(figure["value"]))
    node.unknown = _rest(entry, _NODE)
    return node


def _rest(entry: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {key: value for key, value in entry.items() if key not in known}
