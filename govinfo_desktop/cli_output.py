"""What the commands print: findings and import reports, as text for people or JSON for scripts."""

from __future__ import annotations

import json
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell, findings_to_json
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.formats.reading import OpenedInput


def print_findings(document: ReportDocument, findings: Findings, as_json: bool) -> None:
    if as_json:
        print(json.dumps(findings_to_json(document, findings), ensure_ascii=False, indent=1))
        return
    unit = document.metadata.get("unit", "")
    print(f"{document.title()}{'（' + unit + '）' if unit else ''}  [{document.table_id}]")
    print(findings.summary())
    for issue in findings.issues:
        print(
            f"{issue.severity.label} {issue.rule_id}  {describe_cell(document, issue.target)}：{issue.message}"
        )
    for cell in findings.blanks:
        print(f"未填写  {describe_cell(document, cell)}")


def print_import_report(opened: OpenedInput, as_json: bool) -> None:
    report = opened.import_report
    if as_json:
        data: dict[str, Any] = report.to_json() if report is not None else {"source": "govinfo"}
        print(json.dumps(data, ensure_ascii=False, indent=1))
    elif report is not None:
        for line in report.lines():
            print(line)
