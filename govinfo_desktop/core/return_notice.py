"""退回意见: what a county sends back to a unit — each problem with its cell, what the cell holds and
the value expected — built from the same findings the unit would see in its own window."""

from __future__ import annotations

from dataclasses import dataclass, field

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.findings_json import describe_cell
from govinfo_desktop.core.issues import Findings, Issue, Severity
from govinfo_desktop.core.values import format_number, format_value


@dataclass(frozen=True)
class ReturnItem:
    severity: Severity | None  # None: a blank cell
    cell: str  # where, in the table's words
    value: str  # what the cell holds now
    expected: str  # what the rule expects there ("" when no single value is expected)
    message: str


@dataclass
class ReturnNotice:
    unit: str
    title: str
    file_name: str
    version: int
    date: str
    items: list[ReturnItem] = field(default_factory=list)
    remark: str = ""

    @property
    def summary(self) -> str:
        errors = sum(item.severity is Severity.ERROR for item in self.items)
        warnings = sum(item.severity is Severity.WARNING for item in self.items)
        blanks = sum(item.severity is None for item in self.items)
        return f"{errors} 个错误，{warnings} 个警告，{blanks} 处未填写"


def build_notice(
    unit: str,
    document: ReportDocument,
    findings: Findings,
    *,
    file_name: str = "",
    version: int = 1,
    date: str = "",
    remark: str = "",
) -> ReturnNotice:
    notice = ReturnNotice(unit, document.title(), file_name, version, date, remark=remark)
    for issue in sorted(findings.issues, key=lambda i: -i.severity.rank):
        notice.items.append(
            ReturnItem(
                issue.severity,
                describe_cell(document, issue.target),
                format_value(document.values.get(issue.target)) or "（空）",
                _expected(document, issue),
                issue.message,
            )
        )
    for cell in findings.blanks:
        notice.items.append(
            ReturnItem(
                None, describe_cell(document, cell), "（空）", "0 或实际数", "未填写：没有请填 0"
            )
        )
    return notice


def _expected(document: ReportDocument, issue: Issue) -> str:
    """The value the cell itself should hold — only when the rule's left side is that one cell (a
    total, or a cross-year rule); for “一 + 二 = …” no single cell value is implied."""
    if issue.relation != "=":
        return ""
    if issue.check_index >= 0:
        check = document.validator.checks[issue.check_index]
        if len(check.left) != 1 or check.left[0][1] != issue.target:
            return ""
    return format_number(issue.expected)
