"""The table definitions shipped under resources/tables, by id, and which one a report year uses."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from govinfo_desktop.core.tabledef import TableDefinition
from govinfo_desktop.core.tableload import (
    LoadedTable,
    TableDefinitionError,
    build_definition,
    build_table,
    read_table_file,
)
from govinfo_desktop.core.validation import Validator
from govinfo_desktop.resources import resource_path

DEFAULT_TABLE = "national-2021"


def tables_dir() -> Path:
    return resource_path("tables")


@cache
def _bundled() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in tables_dir().glob("*.toml")))


def table_ids() -> list[str]:
    return list(_bundled())


def load_table(table_id: str) -> LoadedTable:
    """The table `table_id` with its rules compiled."""
    return _load(_known(table_id))


def table(table_id: str) -> TableDefinition:
    """The table `table_id`'s parts, rows and columns, its rules not compiled (telling which table a
    workbook holds needs all three formats' rows, and the rules of one)."""
    return _definition(_known(table_id))


def _known(table_id: str) -> str:
    # Looked up by exact id among the bundled definitions only: an id comes from files other units
    # send, and as a path ("../x", "C:\\x", "\\\\host\\share\\x") it would load any .toml there is.
    if not isinstance(table_id, str) or table_id not in _bundled():
        shown = str(table_id) if len(str(table_id)) <= 40 else f"{str(table_id)[:40]}…"
        known = "、".join(_bundled())
        raise TableDefinitionError(f"没有名为“{shown}”的表格格式（可用：{known}）")
    return table_id


@cache
def _data(table_id: str) -> Mapping[str, Any]:
    return read_table_file(tables_dir() / f"{table_id}.toml")


@cache
def _definition(table_id: str) -> TableDefinition:
    return build_definition(_data(table_id), f"{table_id}.toml")


@cache
def _load(table_id: str) -> LoadedTable:
    return build_table(_data(table_id), f"{table_id}.toml", _definition(table_id))


@cache
def validator_for(table_id: str) -> Validator:
    loaded = load_table(table_id)
    return Validator(loaded.table, loaded.checks)


def table_for_year(year: int) -> str:
    """2014–2018 → national-2014, 2019–2020 → national-2019, 2021 on → national-2021."""
    for table_id in table_ids():
        if table(table_id).covers_year(year):
            return table_id
    return DEFAULT_TABLE
