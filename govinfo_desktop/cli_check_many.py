"""`govinfo-desktop check` beyond one file: several files or a folder (one summary line per file; with
--json a list of the single-file objects, each with its "file"), and `check FILE --last-year LAST`
(the cross-year findings added to the file's findings; the JSON object gains a "last_year" key).

Exit codes: 2 when a file cannot be read (the others are still checked), else 1 when any has errors.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from govinfo_desktop.cli_common import EXIT_ERRORS, EXIT_OK, EXIT_UNREADABLE, CommandError
from govinfo_desktop.cli_output import print_findings
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell, findings_to_json
from govinfo_desktop.core.lastyear import CrossYear, carry_prefill, compare
from govinfo_desktop.core.values import to_storage
from govinfo_desktop.formats.collect_read import UnitFile, expand_inputs, read_unit_file
from govinfo_desktop.formats.reading import InputError, open_input


def run(options: argparse.Namespace) -> int:
    if options.last_year is not None:
        if options.more or Path(options.file).is_dir():
            raise CommandError("--last-year 只能用于一个文件")
        return _run_last_year(options.file, options.last_year, options.json)
    return _run_many([options.file, *options.more], options.json)


def _run_many(inputs: list[Path], as_json: bool) -> int:
    paths = expand_inputs(inputs)
    if not paths:
        raise CommandError("没有找到报表文件（.govinfo、.xlsx、.xls）")
    results: list[dict[str, Any]] = []
    unreadable = errors = False
    for path in paths:
        item = read_unit_file(path)
        if isinstance(item, UnitFile):
            findings = item.document.validator.check(item.document.values)
            data = {"file": str(path), **findings_to_json(item.document, findings)}
            errors = errors or bool(findings.errors)
        else:
            data = {"file": str(path), "unreadable": item.reason}
            unreadable = True
        results.append(data)
        if not as_json:
            print(_summary_line(data))
    if as_json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    if unreadable:
        return EXIT_UNREADABLE
    return EXIT_ERRORS if errors else EXIT_OK


def _summary_line(data: dict[str, Any]) -> str:
    if "unreadable" in data:
        return f"{data['file']}\t无法读取：{data['unreadable']}"
    return (
        f"{data['file']}\t{data['errors']} 个错误，{data['warnings']} 个警告，"
        f"{data['blanks']} 处未填写"
    )


def _open(path: Path) -> ReportDocument:
    try:
        return open_input(path).document
    except InputError as error:
        raise CommandError(str(error)) from error


def _run_last_year(path: Path, last_path: Path, as_json: bool) -> int:
    this, last = _open(path), _open(last_path)
    cross = compare(this, last)
    findings = cross.merged(this.validator.check(this.values))
    if as_json:
        data = findings_to_json(this, findings)
        data["last_year"] = last_year_json(this, last, last_path, cross)
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print_findings(this, findings, as_json=False)
        print_last_year_notes(this, last, cross)
    return EXIT_ERRORS if findings.errors else EXIT_OK


def print_last_year_notes(this: ReportDocument, last: ReportDocument, cross: CrossYear) -> None:
    """The cross-year notices and the 上年结转 pre-fill on offer, after the findings."""
    for notice in (*cross.notices, *cross.not_applied):
        print(f"提示 {notice.code}  {notice.message}")
    for cell, value in carry_prefill(this, last).items():
        print(f"可从上年填入  {describe_cell(this, cell)}：{to_storage(value)}")


def last_year_json(
    this: ReportDocument, last: ReportDocument, path: Path, cross: CrossYear
) -> dict[str, Any]:
    return {
        "file": str(path),
        "template": last.table_id,
        "year": last.year,
        "notices": [notice.to_json() for notice in cross.notices],
        "not_applied": [notice.to_json() for notice in cross.not_applied],
        "prefill": [
            {"row": cell.row, "column": cell.column, "value": to_storage(value)}
            for cell, value in carry_prefill(this, last).items()
        ],
    }
