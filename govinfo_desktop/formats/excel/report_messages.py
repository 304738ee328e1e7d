"""The import report's part of the message catalogue (formats.messages holds the file errors): why a
cell was not imported or was changed, the notices about the workbook, and the report's own lines.

A new notice is one `entry(...)` here and one `report.note(report_messages.X, …)` where it is found.
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

# -- one cell: why it was not imported, or how it was changed ---------------------------------------
CELL_FORMULA = entry(
    "cell.formula",
    "",
    "公式没有保存计算结果，未导入；请在 Excel/WPS 中打开并保存后再导入",
    "a formula saved without its result, not imported; open and save the file in Excel/WPS, "
    "then import it again",
)
CELL_MERGED = entry(
    "cell.merged",
    "anchor",
    "与 {anchor} 合并为一个单元格，未导入",
    "merged into one cell with {anchor}, not imported",
)
CELL_BLANK = entry("cell.blank", "", "空白，按未填写处理", "empty, read as not filled in")
CELL_PLACEHOLDER = entry(
    "cell.placeholder", "text", "“{text}”按未填写处理", "“{text}” read as not filled in"
)
CELL_DATE = entry(
    "cell.date",
    "",
    "是日期，不是数字（可能被自动改成了日期），未导入",
    "a date, not a number (perhaps turned into a date automatically), not imported",
)
CELL_INVALID = entry("cell.invalid", "reason", "{reason}，未导入", "{reason}, not imported")
CELL_NOT_APPLICABLE = entry(
    "cell.not_applicable", "", "“/”按不适用读入", "“/” read as not applicable"
)
CELL_TEXT_NUMBER = entry(
    "cell.text_number", "value", "文本按数字 {value} 读入", "text read as the number {value}"
)
CELL_ROUNDED = entry(
    "cell.rounded",
    "value",
    "计算误差，按 {value} 读入",
    "rounding noise, read as {value}",
)
CELL_DUPLICATE = entry(
    "cell.duplicate",
    "",
    "与前面的行重复，未导入（已保留在附加行中）",
    "repeats an earlier row, not imported (kept among the extra rows)",
)

CELL_YUAN_TO_WANYUAN = entry(
    "cell.yuan_to_wanyuan",
    "value",
    "按“元”填写，已换算为 {value} 万元",
    "given in yuan; converted to {value} (in units of 10,000 yuan)",
)
CELL_TOTAL_FILLED = entry(
    "cell.total_filled",
    "sum",
    "合计为空，已按明细计算为 {sum}",
    "the total was empty; computed from its items as {sum}",
)
CELL_TOTAL_FORMULA_FILLED = entry(
    "cell.total_formula_filled",
    "sum",
    "公式没有保存计算结果，已按明细计算为 {sum}",
    "a formula saved without its result; computed from its items as {sum}",
)

# -- the workbook: what was read in a way the clerk should know -------------------------------------
METADATA_CONTROL_CHARS = entry(
    "notice.metadata_control_chars",
    "label",
    "报表信息“{label}”含有控制字符，已删除",
    "report information “{label}” held control characters; they were removed",
)
METADATA_CUT = entry(
    "notice.metadata_cut",
    "label length limit",
    "报表信息“{label}”过长（{length} 个字），只保留前 {limit} 个字",
    "report information “{label}” is too long ({length} characters); the first {limit} were kept",
)
NO_COLUMN_HEADERS = entry(
    "notice.no_column_headers",
    "part",
    "{part}：没有找到列标题，按数字所在的列读取，请核对",
    "{part}: no column headers found; read by the columns the numbers are in, please check",
)
HIDDEN_ROW = entry(
    "notice.hidden_row",
    "sheet row",
    "{sheet} 第 {row} 行是隐藏行，已照常读入",
    "{sheet} row {row} is hidden; it was read as usual",
)
HIDDEN_COLUMNS = entry(
    "notice.hidden_columns",
    "sheet columns",
    "{sheet} 的 {columns} 列是隐藏列，已照常读入",
    "{sheet} columns {columns} are hidden; they were read as usual",
)
HIDDEN_SHEET_SKIPPED = entry(
    "notice.hidden_sheet_skipped",
    "sheet",
    "隐藏的工作表“{sheet}”未读取（其中也有统计表的行）",
    "the hidden sheet “{sheet}” was not read (it also holds rows of the table)",
)
SECOND_TABLE = entry(
    "notice.second_table",
    "sheet",
    "工作表“{sheet}”是另一张统计表（与前面的表重复），未导入；如需导入，请把它单独另存为一个文件",
    "sheet “{sheet}” is another statistics table (repeating the one before), not imported; to "
    "import it, save it as a file of its own",
)
TABLE_IN_HIDDEN_SHEET = entry(
    "notice.table_in_hidden_sheet",
    "sheet",
    "统计表在隐藏的工作表“{sheet}”中，已照常读入，请核对",
    "the table is in the hidden sheet “{sheet}”; it was read as usual, please check",
)

# -- the report's own lines (summary, copy to the clipboard) ----------------------------------------
SUMMARY = entry(
    "report.summary",
    "source table values rows not_imported converted blanks unknown",
    "从“{source}”导入 {table}：读入 {values} 个数值，匹配 {rows} 行；{not_imported} 处未导入，"
    "{converted} 处经转换，{blanks} 处空白，{unknown} 行本表没有",
    "Imported {table} from “{source}”: {values} numbers read, {rows} rows matched; "
    "{not_imported} not imported, {converted} converted, {blanks} blank, {unknown} rows not in "
    "this table",
)
ROW_APPROX = entry(
    "report.row_approx",
    "address text label",
    "{address}：“{text}” 按近似标签匹配，读作“{label}”",
    "{address}: “{text}” matched approximately, read as “{label}”",
)
ROW_WITH_NOTE = entry(
    "report.row_with_note",
    "address text label",
    "{address}：“{text}” 标签后附有说明，读作“{label}”",
    "{address}: “{text}” has a note after its label, read as “{label}”",
)
ROW_UNKNOWN = entry(
    "report.row_unknown",
    "address label",
    "{address}：本表没有“{label}”这一行，已保留在报表附加行中",
    "{address}: this table has no row “{label}”; kept among the report's extra rows",
)
ROW_MISSING = entry(
    "report.row_missing", "label", "文件中没有找到行：{label}", "Row not found in the file: {label}"
)
COLUMN_MISSING = entry(
    "report.column_missing",
    "header",
    "文件中没有找到列：{header}",
    "Column not found in the file: {header}",
)
CELL_LINE = entry(
    "report.cell",
    "address reason where",
    "{address}：{reason}（{where}）",
    "{address}: {reason} ({where})",
)
CELL_LINE_RAW = entry(
    "report.cell_raw",
    "address raw reason where",
    "{address}：'{raw}' {reason}（{where}）",
    "{address}: '{raw}' {reason} ({where})",
)
BLANKS = entry(
    "report.blanks",
    "count cells",
    "空白或“—”“无”等，按未填写处理（{count} 处）：{cells}",
    "Empty or “—”, “无” and the like, read as not filled in ({count}): {cells}",
)
BLANKS_MORE = entry(
    "report.blanks_more",
    "count cells",
    "空白或“—”“无”等，按未填写处理（{count} 处）：{cells}等",
    "Empty or “—”, “无” and the like, read as not filled in ({count}): {cells} and more",
)
