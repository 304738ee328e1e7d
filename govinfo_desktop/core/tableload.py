"""Loads a table definition file (TOML) and checks its shape before anything uses it."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from govinfo_desktop.core.layoutload import LayoutError, check_layouts, parse_layout
from govinfo_desktop.core.messages import MessageTemplate
from govinfo_desktop.core.ruleexpr import ExpressionError
from govinfo_desktop.core.rules import Check, Rule, RuleError, compile_checks, parse_rule
from govinfo_desktop.core.tabledef import Column, Part, Row, RowRole, TableDefinition
from govinfo_desktop.core.toml_cache import load_toml
from govinfo_desktop.core.values import ValueKind


class TableDefinitionError(ValueError):
    """A table file that cannot be used; the message names the file and the entry."""


class LoadedTable(NamedTuple):
    table: TableDefinition
    rules: tuple[Rule, ...]
    checks: tuple[Check, ...]


def read_table_file(path: Path) -> Mapping[str, Any]:
    """A table file's parsed content (once parsed, read back from the user's cache folder)."""
    try:
        # ValueError covers tomllib.TOMLDecodeError and UnicodeDecodeError.
        return load_toml(path)
    except (OSError, ValueError) as error:
        raise TableDefinitionError(f"{path.name}：无法读取表格定义（{error}）") from error


def build_definition(data: Mapping[str, Any], source: str) -> TableDefinition:
    """The table's parts, rows and columns, without its rules: what an import needs to tell which
    table a workbook holds (compiling the rules is most of a table's loading)."""
    try:
        return _table(data, source)
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, TableDefinitionError):
            raise
        if isinstance(error, LayoutError):
            raise TableDefinitionError(f"{source}：{error}") from error
        raise TableDefinitionError(f"{source}：{_describe(error)}") from error


def build_table(
    data: Mapping[str, Any], source: str, table: TableDefinition | None = None
) -> LoadedTable:
    """The whole table with its rules compiled into checks; `table`: its definition, if already built."""
    table = table or build_definition(data, source)
    rules: list[Rule] = []
    seen_ids: set[str] = {row.sum_rule for row in table.rows.values() if row.sum_rule}
    seen_ids |= {row.subset_rule for row in table.rows.values() if row.subset_rule}
    for number, entry in enumerate(data.get("rules", ()), start=1):
        try:
            rule = parse_rule(entry)
        except (KeyError, ValueError, ExpressionError) as error:
            raise TableDefinitionError(
                f"{source}：第 {number} 条规则：{_describe(error)}"
            ) from error
        if rule.id in seen_ids:
            raise TableDefinitionError(f"{source}：规则编号“{rule.id}”重复")
        seen_ids.add(rule.id)
        rules.append(rule)
    try:
        checks = compile_checks(table, rules)
    except RuleError as error:
        raise TableDefinitionError(f"{source}：{error}") from error
    return LoadedTable(table, tuple(rules), checks)


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"缺少字段 {error}"
    return str(error)


_TABLE_FIELDS = frozenset({"id", "version", "title", "name", "basis", "years", "parts", "rules"})
_PART_FIELDS = frozenset({"id", "title", "number", "columns", "corner", "rows", "layout"})
_COLUMN_FIELDS = frozenset({"id", "label", "groups", "kind", "unit"})


def _refuse_unknown(entry: Mapping[str, Any], known: frozenset[str], where: str) -> None:
    """A misspelt key (`severty`) must not load quietly as a default: name it and what is allowed."""
    unknown = set(entry) - known
    if unknown:
        raise TableDefinitionError(f"{where}有未知字段 {sorted(unknown)}（可用：{sorted(known)}）")


def _table(data: Mapping[str, Any], source: str) -> TableDefinition:
    _refuse_unknown(data, _TABLE_FIELDS, f"{source}：表格定义")
    years = data.get("years", [0, None])
    rows: dict[str, dict[str, Any]] = {}
    parts: list[Part] = []
    for part_data in data["parts"]:
        part_id = str(part_data["id"])
        _refuse_unknown(part_data, _PART_FIELDS, f"{source}：子表“{part_id}”")
        if any(p.id == part_id for p in parts):
            raise TableDefinitionError(f"{source}：子表编号“{part_id}”重复")
        top_level: list[str] = []
        for row_data in part_data.get("rows", ()):
            row_id = str(row_data["id"])
            if row_id in rows:
                raise TableDefinitionError(f"{source}：行编号“{row_id}”重复")
            rows[row_id] = {**row_data, "part": part_id, "_children": []}
            parent = row_data.get("parent")
            if parent is None:
                top_level.append(row_id)
            elif parent not in rows or rows[parent]["part"] != part_id:
                raise TableDefinitionError(
                    f"{source}：行“{row_id}”的上级行“{parent}”不存在（上级行须写在前面、同一子表内）"
                )
            else:
                rows[parent]["_children"].append(row_id)
        parts.append(
            Part(
                id=part_id,
                title=str(part_data["title"]),
                number=str(part_data.get("number", "")),
                columns=_columns(part_data.get("columns", ()), f"{source}：子表“{part_id}”"),
                corner=str(part_data.get("corner", "")),
                rows=tuple(top_level),
                layout=parse_layout(part_data["layout"], part_id),
            )
        )
    built = {row_id: _row(entry, source) for row_id, entry in rows.items()}
    table = TableDefinition(
        id=str(data["id"]),
        version=int(data.get("version", 1)),
        title=str(data["title"]),
        name=str(data.get("name", data["id"])),
        basis=str(data.get("basis", "")),
        first_year=int(years[0]),
        last_year=int(years[1]) if len(years) > 1 and years[1] else None,
        parts=tuple(parts),
        rows=built,
        source=source,
    )
    for row in built.values():
        if row.has_values and not table.columns_for(row.id):
            raise TableDefinitionError(f"{source}：行“{row.id}”有数值但没有列")
    check_layouts(table)
    return table


def _columns(entries: Any, where: str) -> tuple[Column, ...]:
    columns: list[Column] = []
    for entry in entries:
        _refuse_unknown(entry, _COLUMN_FIELDS, f"{where}的列“{entry.get('id', '?')}”")
        column = Column(
            id=str(entry["id"]),
            label=str(entry["label"]),
            groups=tuple(entry.get("groups", ())),
            kind=ValueKind(entry["kind"]) if "kind" in entry else None,
            unit=str(entry.get("unit", "")),
        )
        if any(c.id == column.id for c in columns):
            raise TableDefinitionError(f"{where}：列编号“{column.id}”重复")
        columns.append(column)
    return tuple(columns)


_ROW_FIELDS = {
    "id", "label", "number", "note", "unit", "measure", "role", "kind", "parent", "may_not_apply",
    "in_parent_sum", "sum_rule", "sum_message", "sum_message_en", "subset_rule", "subset_message",
    "subset_message_en", "columns",
}  # fmt: skip


def _row(entry: Mapping[str, Any], source: str) -> Row:
    unknown = set(entry) - _ROW_FIELDS - {"part", "_children"}
    if unknown:
        raise TableDefinitionError(f"{source}：行“{entry['id']}”有未知字段 {sorted(unknown)}")
    role = RowRole(entry.get("role", "item"))
    default_kind = ValueKind.COUNT if role is RowRole.ITEM else ValueKind.NONE
    return Row(
        id=str(entry["id"]),
        label=str(entry["label"]),
        number=str(entry.get("number", "")),
        note=str(entry.get("note", "")),
        unit=str(entry.get("unit", "")),
        measure=str(entry.get("measure", "")),
        role=role,
        kind=ValueKind(entry.get("kind", default_kind)),
        parent=entry.get("parent"),
        part=str(entry["part"]),
        may_not_apply=bool(entry.get("may_not_apply", False)),
        in_parent_sum=bool(entry.get("in_parent_sum", True)),
        sum_rule=str(entry.get("sum_rule", "")),
        sum_message=_template(entry, "sum_message"),
        subset_rule=str(entry.get("subset_rule", "")),
        subset_message=_template(entry, "subset_message"),
        columns=_columns(entry.get("columns", ()), f"{source}：行“{entry['id']}”"),
        children=tuple(entry["_children"]),
    )


def _template(entry: Mapping[str, Any], key: str) -> MessageTemplate | None:
    if key not in entry:
        return None
    return MessageTemplate(str(entry[key]), str(entry.get(f"{key}_en", "")))
