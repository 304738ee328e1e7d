"""File errors: what a file is, and whether it is safe to open (sniff, the scans, the readers and
the reading process). Most name the file; a few refuse it before anything in it is read.
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

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
