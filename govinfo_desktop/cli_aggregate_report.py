"""What `aggregate` prints: per unit one line (or a JSON object), the notices, the total's findings.

The units are kept as small `UnitLine` tuples and turned into text one at a time while printing, so a
thousand units' report does not sit in memory twice (dicts, then one big JSON string); the JSON is the
same text as `json.dumps(report, ensure_ascii=False, indent=1)`.
"""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

from govinfo_desktop.core.aggregate import Total
from govinfo_desktop.core.coded_findings import CodedFinding
from govinfo_desktop.core.collection import UnitStatus
from govinfo_desktop.core.findings_json import findings_to_json
from govinfo_desktop.formats.collect_read import Unreadable

# Every unit the CLI takes in has just been received.
STATUS = str(UnitStatus.SUBMITTED)


class UnitLine(NamedTuple):
    unit: str
    file: str
    versions: int
    counts: tuple[int, int, int]  # errors, warnings, blanks

    def to_json(self) -> dict[str, Any]:
        errors, warnings, blanks = self.counts
        return {
            "unit": self.unit,
            "file": self.file,
            "status": STATUS,
            "versions": self.versions,
            "errors": errors,
            "warnings": warnings,
            "blanks": blanks,
        }


def build_report(
    summed: tuple[str, int, Total],
    units: list[UnitLine],
    *,
    notices: list[CodedFinding],
    unreadable: list[Unreadable],
    refused: list[tuple[str, str]],
    output: Path | None,
) -> dict[str, Any]:
    """The report; its "units" are `UnitLine`s (print_report writes them as JSON objects)."""
    table_id, year, total = summed
    return {
        "template": table_id,
        "year": year,
        "output": str(output) if output else None,
        "included": total.document.metadata.get("scope", ""),
        "units": units,
        "unreadable": [{"file": str(item.path), "reason": item.reason} for item in unreadable],
        "refused": [
            {"file": name, "reason": reason, "code": "C-FORMAT"} for name, reason in refused
        ],
        "notices": [notice.to_json() for notice in notices],
        "totals": findings_to_json(total.document, total.findings),
    }


def print_report(report: dict[str, Any], as_json: bool) -> None:
    if as_json:
        _print_json(report)
        return
    for item in report["unreadable"]:
        print(f"无法读取  {item['file']}：{item['reason']}")
    for item in report["refused"]:
        print(f"未收入  {item['reason']}")
    for unit in report["units"]:
        errors, warnings, blanks = unit.counts
        print(
            f"{STATUS}  {unit.unit}  {errors} 个错误，{warnings} 个警告，"
            f"{blanks} 处未填写  （{unit.file}）"
        )
    for notice in report["notices"]:
        print(f"提示  {notice['message']}")
    totals = report["totals"]
    print(
        f"合计（{len(report['units'])} 个单位）：{totals['errors']} 个错误，"
        f"{totals['warnings']} 个警告，{totals['blanks']} 处未填写"
    )
    for problem in totals["problems"]:
        print(f"  {problem['rule']}  {problem['message']}")
    if report["output"]:
        print(f"已写入 {report['output']}")
    elif report["unreadable"] or report["refused"]:
        print(
            "有文件无法读取或格式不符，未输出汇总（加 --skip-unreadable 可跳过这些文件）",
            file=sys.stderr,
        )


_UNITS = '"units": []'


def _print_json(report: dict[str, Any]) -> None:
    units: list[UnitLine] = report["units"]
    # Keys and strings are escaped inside the text, so the empty list's key is found only once.
    head, _, tail = json.dumps({**report, "units": []}, ensure_ascii=False, indent=1).partition(
        _UNITS
    )
    write = sys.stdout.write
    write(head)
    if not units:
        write(_UNITS)
    else:
        write('"units": [')
        for index, unit in enumerate(units):  # each object at the list's depth (indent 1)
            text = json.dumps(unit.to_json(), ensure_ascii=False, indent=1)
            write(("," if index else "") + "\n" + textwrap.indent(text, "  "))
        write("\n ]")
    write(tail + "\n")
