"""The import report: what was matched, what the table does not know, and every cell that was not imported
or was changed on the way in, each with its sheet and cell address (“Sheet1!C12：'三' 不是数字”)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class CellIssue(enum.StrEnum):
    INVALID = "invalid"  # not imported: not a number, negative, …
    BLANK = "blank"  # empty or a placeholder (—, -, 无): read as 未填写
    NOT_APPLICABLE = "not_applicable"  # “/”
    CONVERTED = "converted"  # text read as a number (1,234 / １２ / 5件), float noise rounded
    FORMULA = "formula"  # a formula without a cached value: not imported
    MERGED = "merged"  # covered by a merged cell of another row: not imported
    DUPLICATE = "duplicate"  # a second row with the same label: not imported (kept as an extra row)

    @property
    def imported(self) -> bool:
        return self in {CellIssue.CONVERTED, CellIssue.NOT_APPLICABLE}


@dataclass
class CellReport:
    address: str  # "表三 依申请公开!D8"
    where: str  # "予以公开 · 自然人"
    raw: str
    issue: CellIssue
    reason: str

    def line(self) -> str:
        shown = f"'{self.raw}' " if self.raw else ""
        return f"{self.address}：{shown}{self.reason}（{self.where}）"


@dataclass
class MatchedRow:
    row_id: str
    label: str  # as printed in the table definition
    address: str  # where its label was found
    text: str  # the label as the file has it
    how: str = "exact"  # exact | note (a note after the official text) | approx (a slip or two)


@dataclass
class UnknownRow:
    label: str
    values: list[str]
    address: str


@dataclass
class ImportReport:
    source: str
    file_type: str
    table_id: str = ""
    table_name: str = ""
    sheets: list[str] = field(default_factory=list)
    rows: list[MatchedRow] = field(default_factory=list)
    columns: list[tuple[str, str]] = field(default_factory=list)  # (header, address)
    missing_rows: list[str] = field(default_factory=list)
    missing_columns: list[str] = field(default_factory=list)
    unknown_rows: list[UnknownRow] = field(default_factory=list)
    cells: list[CellReport] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    values_read: int = 0

    def add(self, address: str, where: str, raw: Any, issue: CellIssue, reason: str) -> None:
        self.cells.append(
            CellReport(address, where, "" if raw is None else str(raw), issue, reason)
        )

    @property
    def not_imported(self) -> list[CellReport]:
        return [c for c in self.cells if not c.issue.imported and c.issue is not CellIssue.BLANK]

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "file_type": self.file_type,
            "table": self.table_id,
            "table_name": self.table_name,
            "sheets": self.sheets,
            "values_read": self.values_read,
            "metadata": self.metadata,
            "rows_matched": [vars(row) for row in self.rows],
            "columns_matched": [{"header": h, "address": a} for h, a in self.columns],
            "rows_not_found": self.missing_rows,
            "columns_not_found": self.missing_columns,
            "unknown_rows": [vars(row) for row in self.unknown_rows],
            "cells": [{**vars(cell), "issue": cell.issue.value} for cell in self.cells],
            "messages": self.messages,
        }

    def summary(self) -> str:
        blanks = sum(c.issue is CellIssue.BLANK for c in self.cells)
        changed = sum(c.issue is CellIssue.CONVERTED for c in self.cells)
        return (
            f"从“{self.source}”导入 {self.table_name}：读入 {self.values_read} 个数值，"
            f"匹配 {len(self.rows)} 行；{len(self.not_imported)} 处未导入，{changed} 处经转换，"
            f"{blanks} 处空白，{len(self.unknown_rows)} 行本表没有"
        )

    def lines(self) -> list[str]:
        out = [self.summary()]
        out += self.messages
        for row in self.rows:
            if row.how != "exact":
                kind = "按近似标签匹配" if row.how == "approx" else "标签后附有说明"
                out.append(f"{row.address}：“{row.text}” {kind}，读作“{row.label}”")
        out += [
            f"{row.address}：本表没有“{row.label}”这一行，已保留在报表附加行中"
            for row in self.unknown_rows
        ]
        out += [f"文件中没有找到行：{label}" for label in self.missing_rows]
        out += [f"文件中没有找到列：{header}" for header in self.missing_columns]
        out += [cell.line() for cell in self.cells if cell.issue is not CellIssue.BLANK]
        blanks = [cell.address for cell in self.cells if cell.issue is CellIssue.BLANK]
        if blanks:
            shown = "、".join(blanks[:12]) + ("等" if len(blanks) > 12 else "")
            out.append(f"空白或“—”“无”等，按未填写处理（{len(blanks)} 处）：{shown}")
        return out
