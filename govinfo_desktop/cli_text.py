"""`govinfo-desktop check TABLE --text REPORT [--json]`: the report text checked against the table.

REPORT is a .docx, .txt or .html file, or (no file named) the text saved inside TABLE when it is a
.govinfo file. Text findings join the table's findings in the same `problems` list; each quotes its
sentence in `message` and names the cells it was matched to in `cells`.

With `--last-year LAST` each section is compared with last year's text (TXT-SIMILAR above 50 %): LAST is a
.docx/.txt/.html text, or last year's report (.govinfo, .xlsx, .xls), whose cross-year findings then join
the same list (and the JSON gains "last_year" as without --text) and whose saved text, if any, is compared.
Without --last-year the `.govinfo`'s remembered `last_year` link is followed for its text.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import cell_json, describe_cell, findings_to_json
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.text_check import TextCheck, check_text
from govinfo_desktop.core.text_issues import TextIssue
from govinfo_desktop.core.text_model import ReportText, TextFormatError, text_of
from govinfo_desktop.formats.excel.labels import simplify
from govinfo_desktop.formats.report.reading import TextImportError, import_text

INSIDE = "-"  # `--text -`: the text saved inside the .govinfo file


class TextCommandError(Exception):
    """Ends the command with one clear line (exit code 2)."""


def load_report_text(document: ReportDocument, source: str) -> ReportText:
    if source == INSIDE:
        try:
            text = text_of(document)
        except TextFormatError as error:
            raise TextCommandError(str(error)) from error
        if text is None:
            raise TextCommandError(
                "这份报表文件里没有正文，请用 --text 指定 .docx、.txt 或 .html 文件"
            )
        return text
    try:
        return import_text(Path(source), document.table_id)
    except TextImportError as error:
        raise TextCommandError(str(error)) from error


def run_text_check(  # noqa: PLR0917 - the command's options
    document: ReportDocument,
    findings: Findings,
    source: str,
    as_json: bool,
    last_year: Path | None = None,
    here: Path | None = None,
) -> bool:
    """Print the table's and the text's findings together; True when there is any error.

    `last_year`: the --last-year file; `here`: the checked file (its remembered link is relative to it)."""
    from govinfo_desktop.cli_text_last import LastYear, from_link, from_option  # noqa: PLC0415

    text = load_report_text(document, source)
    last = from_option(document, last_year) if last_year is not None else from_link(document, here)
    if last is None:
        last = LastYear()
    findings = last.merged(findings)
    result = check_text(document, text, simplify, last_year=last.text)
    if as_json:
        data = combined_json(document, findings, result)
        if last.report is not None:
            data["last_year"] = last.report_json(document)
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        _print_text(document, findings, result)
        last.print_notes(document)
    return bool(findings.errors) or any(issue.severity == "error" for issue in result.issues)


def combined_json(
    document: ReportDocument, findings: Findings, result: TextCheck
) -> dict[str, Any]:
    data = findings_to_json(document, findings)
    problems = [_issue_json(document, issue) for issue in result.issues]
    data["problems"].extend(problems)
    data["errors"] += sum(1 for p in problems if p["severity"] == "error")
    data["warnings"] += sum(1 for p in problems if p["severity"] == "warning")
    data["text_numbers"] = len(result.matches)
    return data


def _issue_json(document: ReportDocument, issue: TextIssue) -> dict[str, Any]:
    return {
        "severity": str(issue.severity),
        "rule": issue.code,
        "code": issue.code,
        "message": issue.message,
        "params": issue.params,
        "cells": [cell_json(document, cell) for cell in issue.cells],
        "section": issue.place.section,
    }


def _print_text(document: ReportDocument, findings: Findings, result: TextCheck) -> None:
    from govinfo_desktop.cli_output import print_findings  # noqa: PLC0415

    print_findings(document, findings, as_json=False)
    errors = sum(1 for i in result.issues if i.severity == "error")
    print(
        f"正文：核对数字 {len(result.matches)} 处，{errors} 个错误，{len(result.issues) - errors} 个警告"
    )
    for issue in result.issues:
        where = f"  {describe_cell(document, issue.target)}" if issue.target else ""
        print(f"{issue.severity.label} {issue.code}{where}：{issue.message}")
