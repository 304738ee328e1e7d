"""Reads and checks a part's `layout` entry: its keys, and that it fits the part's shape.

A layout that does not fit (a 表四 with label widths for three tree levels, a sheet name Excel refuses,
two parts on one sheet) fails when the table loads, not later in an export."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from govinfo_desktop.core.tabledef import LayoutKind, Part, PartLayout, TableDefinition

LAYOUT_FIELDS = frozenset(
    {"kind", "sheet", "landscape", "one_page", "transpose", "label_widths", "value_width",
     "pdf_label_widths"}
)  # fmt: skip
_SHEET_FORBIDDEN = set("[]:*?/\\")
_SHEET_MAX = 31  # Excel's limit on a sheet name


class LayoutError(ValueError):
    """A layout entry that cannot be used; the message names the part."""


def parse_layout(entry: Mapping[str, Any], part_id: str) -> PartLayout:
    where = f"子表“{part_id}”的 layout"
    unknown = set(entry) - LAYOUT_FIELDS
    if unknown:
        raise LayoutError(f"{where}有未知字段 {sorted(unknown)}（可用：{sorted(LAYOUT_FIELDS)}）")
    try:
        kind = LayoutKind(entry["kind"])
    except (KeyError, ValueError) as error:
        raise LayoutError(f"{where}：kind 须为 list、blocks 或 matrix") from error
    sheet = str(entry.get("sheet", ""))
    if not sheet or len(sheet) > _SHEET_MAX or _SHEET_FORBIDDEN & set(sheet):
        raise LayoutError(f"{where}：工作表名“{sheet}”不能用（1–31 个字符，不含 []:*?/\\）")
    return PartLayout(
        kind=kind,
        sheet=sheet,
        landscape=bool(entry.get("landscape", False)),
        one_page=bool(entry.get("one_page", False)),
        transpose=bool(entry.get("transpose", False)),
        label_widths=_widths(entry, "label_widths", where),
        value_width=float(entry.get("value_width", 11.0)),
        pdf_label_widths=_widths(entry, "pdf_label_widths", where),
    )


def _widths(entry: Mapping[str, Any], key: str, where: str) -> tuple[float, ...]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(
        isinstance(v, int | float) and v > 0 for v in values
    ):
        raise LayoutError(f"{where}：{key} 须为正数的列表")
    return tuple(float(v) for v in values)


def check_layouts(table: TableDefinition) -> None:
    """Every part's layout fits its shape; sheet names are unique."""
    sheets = [part.layout.sheet for part in table.parts]
    if len(set(sheets)) != len(sheets):
        raise LayoutError(f"工作表名重复：{sheets}")
    for part in table.parts:
        _check_part(table, part)


def _check_part(table: TableDefinition, part: Part) -> None:
    layout, where = part.layout, f"子表“{part.id}”的 layout"
    labels = {LayoutKind.LIST: 2, LayoutKind.BLOCKS: 1}.get(layout.kind)
    if layout.kind is LayoutKind.LIST and len(part.columns) != 1:
        raise LayoutError(f"{where}：list 只用于只有一列数值的子表")
    if layout.kind is LayoutKind.BLOCKS and (
        part.columns or not all(table.row(r).columns for r in part.rows)
    ):
        raise LayoutError(f"{where}：blocks 用于各块自带列的子表（子表本身不设列）")
    if layout.kind is LayoutKind.MATRIX:
        if not part.columns:
            raise LayoutError(f"{where}：matrix 需要子表的列")
        labels = table.label_columns(part.id)
    if len(layout.label_widths) != labels:
        raise LayoutError(
            f"{where}：label_widths 应有 {labels} 个，现有 {len(layout.label_widths)} 个"
        )
    pdf_labels = 0 if layout.kind is LayoutKind.LIST else labels
    if len(layout.pdf_label_widths) != pdf_labels:
        raise LayoutError(
            f"{where}：pdf_label_widths 应有 {pdf_labels} 个，现有 {len(layout.pdf_label_widths)} 个"
        )
    if layout.transpose and not (layout.kind is LayoutKind.MATRIX and labels == 0):
        raise LayoutError(f"{where}：transpose 只用于只有一行数值的 matrix 子表")
