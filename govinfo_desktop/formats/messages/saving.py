"""Errors of writing a file (atomic, govinfo_file, writing): why a save failed, and the outputs this
version does not write.
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

SAVE_FAILED = entry(
    "save.failed", "path reason", "无法保存“{path}”：{reason}", "Cannot save “{path}”: {reason}"
)
# Why (the reason of SAVE_FAILED); any other error keeps the system's own words.
NO_FOLDER = entry("save.no_folder", "", "文件夹不存在", "the folder does not exist")
NO_PERMISSION = entry(
    "save.no_permission",
    "",
    "没有写入权限（文件夹只读，或文件被其他程序占用）",
    "no permission to write (the folder is read-only, or another program has the file open)",
)
DISK_FULL = entry("save.disk_full", "", "磁盘空间不足", "the disk is full")
READ_ONLY_DISK = entry("save.read_only_disk", "", "磁盘是只读的", "the disk is read-only")
UNSAVABLE_CONTENT = entry(
    "save.unsavable_content",
    "kind",
    "报表中有无法保存的字符或结构（{kind}）",
    "the report holds characters or structures that cannot be saved ({kind})",
)
EXCEL_EXPORT_MISSING = entry(
    "output.excel_unavailable",
    "",
    "本版本尚不能导出 Excel 文件",
    "this version cannot export Excel files",
)
NO_XLS_OUTPUT = entry(
    "output.no_xls",
    "name",
    "“{name}”：不写旧版 .xls 文件，请用 .xlsx",
    "“{name}”: old .xls files are not written; use .xlsx",
)
OUTPUT_TYPE = entry(
    "output.type",
    "name",
    "“{name}”：只能输出 .govinfo 或 .xlsx 文件",
    "“{name}”: only .govinfo or .xlsx files can be written",
)
