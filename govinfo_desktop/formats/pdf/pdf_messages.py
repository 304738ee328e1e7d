"""What the clerk is told about a PDF, as catalogue entries: rendered in the window's language, while the
PDF itself stays Chinese (fields are named as the PDF prints them)."""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

NO_FONT = entry(
    "pdf.no_font",
    "field chars mark",
    "“{field}”中的 {chars} 没有可用的字体，PDF 中印为“{mark}”，请改用常用字或打印后手写补上",
    "{chars} in “{field}” cannot be printed with the bundled fonts and will appear as “{mark}” in"
    " the PDF: use common characters, or write them in by hand after printing",
)
EXTRA_ROW_FIELD = entry("pdf.extra_row_field", "label", "附加行“{label}”", "extra row “{label}”")
