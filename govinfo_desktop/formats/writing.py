"""Writes a report to the file type its name asks for: .govinfo, or .xlsx through the Excel exporter."""

from __future__ import annotations

from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.formats.govinfo_file import SUFFIX, save_document


class OutputError(ValueError):
    """An output name or type this program cannot write."""


def write_output(document: ReportDocument, output: Path, blank_template: bool = False) -> None:
    suffix = Path(output).suffix.lower()
    if suffix == SUFFIX:
        save_document(document, output)
    elif suffix == ".xlsx":
        try:
            from govinfo_desktop.formats.excel import exporter as excel_export  # noqa: PLC0415 - openpyxl when needed
        except ImportError as error:
            raise OutputError("本版本尚不能导出 Excel 文件") from error
        if blank_template:
            excel_export.write_blank_template(document, output)
        else:
            excel_export.write_workbook(document, output)
    elif suffix == ".xls":
        raise OutputError(f"“{Path(output).name}”：不写旧版 .xls 文件，请用 .xlsx")
    else:
        raise OutputError(f"“{Path(output).name}”：只能输出 .govinfo 或 .xlsx 文件")
