"""The message catalogue of reading and writing files: every import-report entry and every file error,
as a stable code, its parameters and its Chinese and English words (core.notices says how they are used).

Add a message with one `entry(...)` line here and one `report.note(messages.X, …)` or `raise …(messages.X,
…)` where it happens; tests render every entry in both languages and check every call's parameters.
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

# -- what a file is, and whether it is safe to open (sniff, scans, readers) -------------------------
FILE_NOT_FOUND = entry("file.not_found", "path", "找不到文件“{path}”", "File not found: “{path}”")
FILE_UNREADABLE = entry(
    "file.unreadable", "path detail", "无法读取“{path}”：{detail}", "Cannot read “{path}”: {detail}"
)
FILE_EMPTY = entry(
    "file.empty",
    "name",
    "“{name}”是空文件，不是 Excel 表格",
    "“{name}” is empty, not an Excel workbook",
)
FILE_TOO_LARGE = entry(
    "file.too_large",
    "name size_mb",
    "“{name}”太大（{size_mb} MB），不像一张统计表，未导入",
    "“{name}” is too large ({size_mb} MB) for a statistics table; not imported",
)
NOT_EXCEL_HTML = entry(
    "file.html",
    "name",
    "“{name}”是网页（HTML）文件，只是扩展名像 Excel；请在 Excel/WPS 中打开后另存为 .xlsx 再导入",
    "“{name}” is a web page (HTML) with an Excel-like name; open it in Excel/WPS, save it as .xlsx "
    "and import that",
)
NOT_EXCEL_PDF = entry(
    "file.pdf",
    "name",
    "“{name}”是 PDF 文件，不是 Excel 表格",
    "“{name}” is a PDF, not an Excel workbook",
)
NOT_EXCEL_TEXT = entry(
    "file.text",
    "name",
    "“{name}”是文本文件（如 CSV），不是 Excel 表格；请在 Excel/WPS 中另存为 .xlsx 再导入",
    "“{name}” is a text file (such as CSV), not an Excel workbook; save it as .xlsx in Excel/WPS "
    "and import that",
)
NOT_EXCEL = entry(
    "file.not_excel",
    "name",
    "“{name}”不是 Excel 表格（.xlsx/.xls），或文件已损坏",
    "“{name}” is not an Excel workbook (.xlsx/.xls), or it is damaged",
)
NOT_XLS = entry(
    "file.not_xls",
    "name",
    "“{name}”不是 Excel 表格（.xls），或文件已损坏",
    "“{name}” is not an Excel workbook (.xls), or it is damaged",
)
WORD_DOCUMENT = entry(
    "file.word",
    "name",
    "“{name}”是 Word 文档，不是 Excel 表格",
    "“{name}” is a Word document, not a workbook",
)
WORD_DOC = entry(
    "file.word_doc",
    "name",
    "“{name}”是 Word 文档（.doc），不是 Excel 表格",
    "“{name}” is a Word document (.doc), not an Excel workbook",
)
POWERPOINT = entry(
    "file.powerpoint",
    "name",
    "“{name}”是 PowerPoint 演示文稿，不是 Excel 表格",
    "“{name}” is a PowerPoint presentation, not an Excel workbook",
)
ZIP_ARCHIVE = entry(
    "file.zip",
    "name",
    "“{name}”是压缩包，不是 Excel 表格",
    "“{name}” is a zip archive, not a workbook",
)
PASSWORD = entry(
    "file.password",
    "name",
    "“{name}”有密码保护，请在 Excel/WPS 中取消密码后再导入",
    "“{name}” is password-protected; remove the password in Excel/WPS, then import it",
)
ENCRYPTED = entry(
    "file.encrypted",
    "name",
    "“{name}”有密码保护（已加密），请在 Excel/WPS 中取消密码后再导入",
    "“{name}” is password-protected (encrypted); remove the password in Excel/WPS, then import it",
)
UNSAFE_XML = entry(
    "file.unsafe_xml",
    "name",
    "“{name}”含有不安全的 XML 结构（疑似恶意构造），未导入",
    "“{name}” contains unsafe XML (probably crafted to attack); not imported",
)
TOO_MANY_PARTS = entry(
    "file.too_many_parts",
    "name",
    "“{name}”内部文件过多，疑似恶意构造的文件，未导入",
    "“{name}” holds too many internal parts (probably crafted to attack); not imported",
)
ZIP_BOMB = entry(
    "file.zip_bomb",
    "name part",
    "“{name}”解压后异常庞大（{part}），疑似压缩炸弹或损坏的文件，未导入",
    "“{name}” unpacks to an absurd size ({part}): a zip bomb or a damaged file; not imported",
)
ZIP_CHECKSUM = entry(
    "file.zip_checksum",
    "name",
    "“{name}”已损坏（压缩包内容校验失败），无法打开",
    "“{name}” is damaged (checksum failed) and cannot be opened",
)
ZIP_DAMAGED = entry(
    "file.zip_damaged",
    "name",
    "“{name}”已损坏，无法打开（压缩包内容无法解压）",
    "“{name}” is damaged and cannot be opened (its contents cannot be unpacked)",
)
DAMAGED = entry(
    "file.damaged", "name", "“{name}”已损坏，无法读取", "“{name}” is damaged and cannot be read"
)
DAMAGED_DETAIL = entry(
    "file.damaged_detail",
    "name detail",
    "“{name}”已损坏：{detail}，未导入",
    "“{name}” is damaged: {detail}; not imported",
)
XML_UNPARSABLE = entry(
    "file.xml_unparsable",
    "name",
    "“{name}”已损坏（XML 无法解析），无法读取",
    "“{name}” is damaged (its XML cannot be parsed) and cannot be read",
)
PART_MISSING = entry(
    "file.part_missing",
    "name part",
    "“{name}”已损坏（缺少 {part}），无法读取",
    "“{name}” is damaged ({part} is missing) and cannot be read",
)
UNREADABLE_WORKBOOK = entry(
    "file.unreadable_workbook",
    "name",
    "“{name}”已损坏或不是 Excel 能打开的表格，无法读取",
    "“{name}” is damaged or not a workbook Excel can open; it cannot be read",
)
SHEET_TOO_LARGE = entry(
    "file.sheet_too_large",
    "name sheet",
    "“{name}”的工作表“{sheet}”范围异常大，不像一张统计表，未导入",
    "Sheet “{sheet}” of “{name}” is far too large for a statistics table; not imported",
)
XLS_RANGE = entry(
    "file.xls_range",
    "name rows cols",
    "“{name}”已损坏：工作表声明的范围（{rows} 行 × {cols} 列）超出 .xls 的上限，未导入",
    "“{name}” is damaged: a sheet declares {rows} rows × {cols} columns, beyond what .xls allows; "
    "not imported",
)
XLS_SHEET_OFFSET = entry(
    "file.xls_offset",
    "name",
    "“{name}”已损坏：工作表的位置超出文件范围，无法读取",
    "“{name}” is damaged: a sheet lies beyond the end of the file; it cannot be read",
)
READ_TIMEOUT = entry(
    "file.read_timeout",
    "name seconds",
    "“{name}”读取超时（超过 {seconds} 秒），疑似损坏或恶意构造的文件，未导入",
    "Reading “{name}” took over {seconds} seconds: a damaged or crafted file; not imported",
)
READER_NOT_STARTED = entry(
    "file.reader_not_started",
    "name detail",
    "“{name}”无法读取：不能启动读取进程（{detail}）",
    "“{name}” cannot be read: the reading process did not start ({detail})",
)
READ_LIMITS = entry(
    "file.read_limits",
    "name",
    "“{name}”已损坏或结构异常（读取时需要的内存或时间超出限度），无法读取",
    "“{name}” is damaged or malformed (reading it needs more memory or time than allowed)",
)
# What the scans of a sheet's XML found wrong (the detail of DAMAGED_DETAIL).
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

# -- the workbook as a whole (importer, reading) ---------------------------------------------------
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

# -- .govinfo files (govinfo_file, govinfo_file_read) ----------------------------------------------
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

# -- writing (atomic, govinfo_file, writing) -------------------------------------------------------
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
