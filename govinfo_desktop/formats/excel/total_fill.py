"""Totals a file left blank are filled from their parts on import, and said so in the import report.

A published table's blank total stays visible to a reviewer: the report line names the cell and the sum
(“合计为空，已按明细计算为 N”). A filled total is kept as the file says; a differing one becomes a
typed-over total (override) that the check then reports as it always did.
"""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.notices import notice
from govinfo_desktop.core.session import settle_totals
from govinfo_desktop.core.values import format_number
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.import_findings import CellIssue, ImportReport


def fill_blank_totals(document: ReportDocument, report: ImportReport) -> None:
    for cell, value in settle_totals(document).items():
        if not isinstance(value, Decimal):
            continue
        where = describe_cell(document, cell)
        shown = format_number(value)
        found = next(
            (
                entry
                for entry in report.cells
                if entry.where == where and entry.issue in (CellIssue.BLANK, CellIssue.FORMULA)
            ),
            None,
        )
        if found is None:  # the total's row or column is not in the file at all
            report.add("", where, "", CellIssue.CONVERTED, say.CELL_TOTAL_FILLED, sum=shown)
            continue
        formula = found.issue is CellIssue.FORMULA
        found.issue = CellIssue.CONVERTED
        found.notice = notice(
            say.CELL_TOTAL_FORMULA_FILLED if formula else say.CELL_TOTAL_FILLED, sum=shown
        )
