"""The JSON shape of `govinfo-desktop check --json` — a contract other offices' scripts rely on."""

from __future__ import annotations

from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import to_storage


def findings_to_json(document: ReportDocument, findings: Findings) -> dict[str, Any]:
    return {
        "template": document.table_id,
        "errors": len(findings.errors),
        "warnings": len(findings.warnings),
        "blanks": len(findings.blanks),
        "problems": [
            {
                "severity": str(issue.severity),
                "rule": issue.rule_id,
                "code": issue.code,
                "message": issue.message,
                "params": issue.params,
                "cells": [cell_json(document, cell) for cell in issue.cells],
            }
            for issue in findings.issues
        ],
        "blank_cells": [cell_json(document, cell) for cell in findings.blanks],
    }


def cell_json(document: ReportDocument, cell: CellRef) -> dict[str, Any]:
    table = document.table
    row = table.row(cell.row)
    columns = table.columns_for(cell.row)
    column_label = table.column(cell).header if len(columns) > 1 or row.columns else None
    return {
        "row": cell.row,
        "label": f"{row.number}{row.label}",
        "column": column_label,
        "value": to_storage(document.values.get(cell)),
    }


def describe_cell(document: ReportDocument, cell: CellRef) -> str:
    """“(一)收到申请数” or “本年新收政府信息公开申请数量 · 自然人” for messages and lists."""
    data = cell_json(document, cell)
    return f"{data['label']} · {data['column']}" if data["column"] else str(data["label"])
