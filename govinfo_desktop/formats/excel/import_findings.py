"""The import report: what was matched, what the table does not know, and every cell that was not imported
or was changed on the way in, each with its sheet and cell address (“Sheet1!C12：'三' 不是数字”)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from govinfo_desktop.core.messages import CHINESE
from govinfo_desktop.core.notices import Coded, Entry, Notice, ParamValue, notice
from govinfo_desktop.formats.excel import report_messages as say

_BLANKS_SHOWN = 12  # blank cells listed by address in the text report; the rest counted


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
class CellReport(Coded):
    address: str  # "表三 依申请公开!D8"
    where: str  # "予以公开 · 自然人"
    raw: str
    issue: CellIssue
    notice: Notice  # why it was not imported or how it was changed (the catalogue's code + params)

    @property
    def reason(self) -> str:
        return self.notice.render()

    def line(self, language: str = CHINESE) -> str:
        return self.line_notice().render(language)

    def line_notice(self) -> Notice:
        """“Sheet1!C12：'三' 不是数字，未导入（…）” as a notice with this cell's notice inside."""
        where, reason = self.where, self.notice
        if self.raw:
            return notice(
                say.CELL_LINE_RAW, address=self.address, raw=self.raw, reason=reason, where=where
            )
        return notice(say.CELL_LINE, address=self.address, reason=reason, where=where)

    def to_json(self) -> dict[str, Any]:
        return {
            "address": self.address,
            "where": self.where,
            "raw": self.raw,
            "issue": self.issue.value,
            "reason": self.reason,
            "code": self.code,
            "params": self.params,
        }


class MatchedRow(NamedTuple):
    row_id: str
    label: str  # as printed in the table definition
    address: str  # where its label was found
    text: str  # the label as the file has it
    how: str = "exact"  # exact | note (a note after the official text) | approx (a slip or two)


class UnknownRow(NamedTuple):
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
    notices: list[Notice] = field(default_factory=list)
    values_read: int = 0

    def add(
        self, address: str, where: str, raw: Any, issue: CellIssue, why: Entry, **params: ParamValue
    ) -> None:
        """Note one cell not imported or changed on the way in, and why (a catalogue entry)."""
        shown = "" if raw is None else str(raw)
        self.cells.append(CellReport(address, where, shown, issue, Notice(why, params)))

    def note(self, entry: Entry, /, **params: ParamValue) -> None:
        """Note something about the workbook the clerk should know (a catalogue entry)."""
        self.notices.append(Notice(entry, params))

    @property
    def messages(self) -> list[str]:
        """The notices in Chinese (the JSON's "messages", the CLI)."""
        return [notice.render() for notice in self.notices]

    def coded(self) -> list[tuple[str, str, tuple[tuple[str, str], ...]]]:
        """(code, sheet!cell, sorted parameters) for every cell entry, then (code, "", parameters) for
        every notice: what logic tests compare, never the wording."""
        cells = [(c.code, c.address, tuple(sorted(c.params.items()))) for c in self.cells]
        notes = [(n.code, "", tuple(sorted(n.flat_params().items()))) for n in self.notices]
        return cells + notes

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
            "rows_matched": [row._asdict() for row in self.rows],
            "columns_matched": [{"header": h, "address": a} for h, a in self.columns],
            "rows_not_found": self.missing_rows,
            "columns_not_found": self.missing_columns,
            "unknown_rows": [row._asdict() for row in self.unknown_rows],
            "cells": [cell.to_json() for cell in self.cells],
            "messages": self.messages,
            "notices": [notice.to_json() for notice in self.notices],
        }

    def summary(self, language: str = CHINESE) -> str:
        return Notice(
            say.SUMMARY,
            {
                "source": self.source,
                "table": self.table_name,
                "values": self.values_read,
                "rows": len(self.rows),
                "not_imported": len(self.not_imported),
                "converted": sum(c.issue is CellIssue.CONVERTED for c in self.cells),
                "blanks": sum(c.issue is CellIssue.BLANK for c in self.cells),
                "unknown": len(self.unknown_rows),
            },
        ).render(language)

    def lines(self, language: str = CHINESE) -> list[str]:
        """The whole report as text, one finding a line (the CLI, 复制报告)."""
        return [self.summary(language)] + [n.render(language) for n in self.line_notices()]

    def line_notices(self) -> list[Notice]:
        out = list(self.notices)
        for row in self.rows:
            if row.how != "exact":
                kind = say.ROW_APPROX if row.how == "approx" else say.ROW_WITH_NOTE
                out.append(notice(kind, address=row.address, text=row.text, label=row.label))
        out += [
            notice(say.ROW_UNKNOWN, address=r.address, label=r.label) for r in self.unknown_rows
        ]
        out += [notice(say.ROW_MISSING, label=label) for label in self.missing_rows]
        out += [notice(say.COLUMN_MISSING, header=header) for header in self.missing_columns]
        out += [cell.line_notice() for cell in self.cells if cell.issue is not CellIssue.BLANK]
        blanks = [cell.address for cell in self.cells if cell.issue is CellIssue.BLANK]
        if blanks:
            kind = say.BLANKS_MORE if len(blanks) > _BLANKS_SHOWN else say.BLANKS
            out.append(notice(kind, count=len(blanks), cells="、".join(blanks[:_BLANKS_SHOWN])))
        return out
