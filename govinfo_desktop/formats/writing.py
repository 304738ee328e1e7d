"""Writes a report to the file type its name asks for: .govinfo, or .xlsx through the Excel exporter."""

from __future__ import annotations

from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.notices import CodedError
from govinfo_desktop.formats.govinfo_file import SUFFIX, save_document
from govinfo_desktop.formats.messages import saving as save_msg


class OutputError(CodedError, ValueError):
    """An output name or type this program cannot write."""


def write_output(document: ReportDocument, output: Path, blank_template: bool = False) -> None:
    suffix = Path(output).suffix.lower()
    if suffix == SUFFIX:
        save_document(document, output)
    elif suffix == ".xlsx":
        try:
            from govinfo_desktop.formats.excel import exporter as excel_export  # noqa: PLC0415 - openpyxl when needed
        except ImportError as error:
            raise OutputError(save_msg.EXCEL_EXPORT_MISSING) from error
        if blank_template:
            excel_export.write_blank_template(document, output)
        else:
            excel_export.write_workbook(document, output)
    elif suffix == ".xls":
        raise OutputError(save_msg.NO_XLS_OUTPUT, name=Path(output).name)
    else:
        raise OutputError(save_msg.OUTPUT_TYPE, name=Path(output).name)
