"""Errors of the program's own .govinfo files (govinfo_file, govinfo_file_read): a file that is no
report, and why a report's contents are refused (the reason of DOCUMENT_REFUSED).
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

DOCUMENT_TOO_LARGE = entry(
    "document.too_large",
    "name",
    "“{name}”太大，不是本程序保存的报表文件",
    "“{name}” is too large to be a report saved by this program",
)
DOCUMENT_NOT_UTF8 = entry(
    "document.not_utf8",
    "name",
    "“{name}”不是本程序的报表文件（不是 UTF-8 文本）",
    "“{name}” is not a report file of this program (not UTF-8 text)",
)
DOCUMENT_LOCKED = entry(
    "document.locked",
    "path",
    "无法读取“{path}”：没有读取权限，或文件正被其他程序占用",
    "Cannot read “{path}”: no permission, or another program has the file open",
)
DOCUMENT_UNPARSABLE = entry(
    "document.unparsable",
    "name line",
    "“{name}”已损坏或不是报表文件（第 {line} 行无法解析）",
    "“{name}” is damaged or not a report file (line {line} cannot be parsed)",
)
DOCUMENT_STRUCTURE = entry(
    "document.structure",
    "name",
    "“{name}”已损坏或不是报表文件（内容结构异常）",
    "“{name}” is damaged or not a report file (its structure is malformed)",
)
NOT_GOVINFO = entry(
    "document.not_govinfo",
    "name",
    "“{name}”不是政务公开年报统计表文件（.govinfo）",
    "“{name}” is not a statistics table file (.govinfo)",
)
FORMAT_VERSION_BAD = entry(
    "document.format_version_bad",
    "name version",
    "“{name}”已损坏（文件格式版本“{version}”无效）",
    "“{name}” is damaged (file format version “{version}” is invalid)",
)
FORMAT_VERSION_NEWER = entry(
    "document.format_version_newer",
    "name version",
    "“{name}”由更新版本的程序保存（文件格式 {version}），请升级本程序后再打开",
    "“{name}” was saved by a newer version (file format {version}); update this program to open it",
)
DOCUMENT_REFUSED = entry(
    "document.refused", "name reason", "“{name}”：{reason}", "“{name}”: {reason}"
)
# Why a .govinfo file's contents are refused (the reason of DOCUMENT_REFUSED).
NESTING = entry(
    "document.nesting", "depth", "结构嵌套超过 {depth} 层", "nested more than {depth} levels deep"
)
NO_TABLE_INFO = entry(
    "document.no_table",
    "",
    "内容不完整：缺少表格格式（table）信息",
    "incomplete: the table format (table) is missing",
)
TABLE_ID_TYPE = entry(
    "document.table_id_type",
    "",
    "表格格式编号（table.id）应为文本",
    "the table id (table.id) must be text",
)
TABLE_UNKNOWN = entry("document.table_unknown", "detail", "{detail}", "{detail}")
TABLE_VERSION_BAD = entry(
    "document.table_version_bad",
    "version",
    "表格版本（table.version）“{version}”无效，应为正整数",
    "table version (table.version) “{version}” is invalid; it must be a positive whole number",
)
METADATA_SHAPE = entry(
    "document.metadata_shape",
    "",
    "报表信息（metadata）格式不对",
    "the report information (metadata) is malformed",
)
METADATA_TYPE = entry(
    "document.metadata_type",
    "label value",
    "报表信息“{label}”应为文本，现为 {value}",
    "report information “{label}” must be text, not {value}",
)
METADATA_TOO_LONG = entry(
    "document.metadata_too_long",
    "label length",
    "报表信息“{label}”过长（{length} 个字），不像真实的报表信息",
    "report information “{label}” is too long ({length} characters) to be real",
)
NOT_A_LIST = entry("document.not_a_list", "key", "“{key}”应为列表", "“{key}” must be a list")
CELL_SHAPE = entry(
    "document.cell_shape",
    "index",
    "第 {index} 个单元格记录格式不对",
    "cell record {index} is malformed",
)
CELL_IDS = entry(
    "document.cell_ids",
    "index",
    "第 {index} 个单元格记录缺少行或列编号",
    "cell record {index} lacks its row or column id",
)
CELL_TWICE = entry(
    "document.cell_twice",
    "label cell",
    "{label}（{cell}）出现了两次，无法确定哪个值正确",
    "{label} ({cell}) is given twice; which value is right cannot be told",
)
CELL_VALUE_TYPE = entry(
    "document.cell_value_type",
    "cell value",
    "单元格 {cell} 的值应写成文本，现为 {value}",
    "the value of cell {cell} must be written as text, not {value}",
)
CELL_NOTE_TYPE = entry(
    "document.cell_note_type",
    "cell",
    "单元格 {cell} 的备注应为文本",
    "the note of cell {cell} must be text",
)
CELL_VALUE_BAD = entry(
    "document.cell_value_bad",
    "label cell error",
    "{label}（{cell}）的值{error}",
    "the value of {label} ({cell}) is invalid: {error}",
)
EXTRA_ROW_SHAPE = entry(
    "document.extra_row_shape",
    "index",
    "第 {index} 个附加行格式不对",
    "extra row {index} is malformed",
)
EXTRA_ROW_VALUES = entry(
    "document.extra_row_values",
    "index",
    "第 {index} 个附加行的数值应为文本",
    "the values of extra row {index} must be text",
)
