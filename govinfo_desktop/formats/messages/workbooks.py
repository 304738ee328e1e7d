"""What is wrong inside a workbook that opened: what the scans of a sheet's XML found (the detail of
files.DAMAGED_DETAIL), and a workbook that holds no statistics table (importer, reading).
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

# -- what the scans of a sheet's XML found wrong (bounds)
BAD_CELL_ADDRESS = entry(
    "sheet.bad_address",
    "sheet ref",
    "工作表“{sheet}”的单元格地址“{ref}”无效",
    "sheet “{sheet}” has an invalid cell address “{ref}”",
)
BAD_ROW_NUMBER = entry(
    "sheet.bad_row",
    "sheet ref",
    "工作表“{sheet}”的行号“{ref}”无效",
    "sheet “{sheet}” has an invalid row number “{ref}”",
)
CELLS_OUT_OF_RANGE = entry(
    "sheet.out_of_range",
    "sheet rows cols",
    "工作表“{sheet}”的单元格超出 Excel 的范围（第 {rows} 行或第 {cols} 列）",
    "sheet “{sheet}” has cells beyond Excel's limits (row {rows} or column {cols})",
)
SHARED_STRINGS = entry(
    "sheet.shared_strings",
    "count",
    "共享字符串表声明的数量“{count}”异常",
    "the shared-strings table declares an absurd count “{count}”",
)

# -- the workbook as a whole (importer, reading)
OUT_OF_MEMORY = entry(
    "import.out_of_memory",
    "name",
    "“{name}”太大，内存不足，未导入",
    "“{name}” is too large for the memory available; not imported",
)
UNRECOGNISED = entry(
    "import.unrecognised",
    "name kind",
    "“{name}”的内容无法识别为统计表（{kind}）",
    "The contents of “{name}” cannot be read as a statistics table ({kind})",
)
EMPTY_WORKBOOK = entry(
    "import.empty_workbook",
    "name",
    "“{name}”是空表格，没有内容可导入",
    "“{name}” is an empty workbook; nothing to import",
)
NOT_STATISTICS_TABLE = entry(
    "import.not_statistics_table",
    "name",
    "“{name}”不是政府信息公开情况统计表（找不到统计表的行，可能是其他表格）",
    "“{name}” is not a government information disclosure statistics table (none of its rows were "
    "found; it may be another table)",
)
EXCEL_IMPORT_MISSING = entry(
    "import.unavailable",
    "name",
    "“{name}”：本版本尚不能导入 Excel 文件",
    "“{name}”: this version cannot import Excel files",
)
INPUT_DAMAGED = entry(
    "input.damaged",
    "name kind",
    "“{name}”已损坏或格式异常，无法读取（{kind}）",
    "“{name}” is damaged or malformed and cannot be read ({kind})",
)
