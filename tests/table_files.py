"""Test helpers over the bundled table files: their raw TOML, and the message a broken copy fails with."""

from __future__ import annotations

import copy
import tomllib
from collections.abc import Callable
from typing import Any

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.tableload import TableDefinitionError, build_table


def raw_table(table_id: str) -> dict[str, Any]:
    return tomllib.loads((catalog.tables_dir() / f"{table_id}.toml").read_text(encoding="utf-8"))


def broken_table_message(table_id: str, mutate: Callable[[dict[str, Any]], object]) -> str:
    """Load a copy of `table_id` changed by `mutate` as “province.toml”; the error it must raise."""
    data = copy.deepcopy(raw_table(table_id))
    mutate(data)
    with pytest.raises(TableDefinitionError) as caught:
        build_table(data, "province.toml")
    return str(caught.value)
