"""Bad files get one clear Chinese line naming the file — fast, and without exhausting memory. Which
refusal is compared by its code; test_text_pdf_html_and_empty_files keeps the exact wording a clerk reads."""

from __future__ import annotations

import io
import struct
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from govinfo_desktop.core.notices import Entry
from govinfo_desktop.formats.excel.exporter import workbook_bytes
from govinfo_desktop.formats.excel.importer import ImportFailed, import_workbook
from govinfo_desktop.formats.messages import files as file_msg
from govinfo_desktop.formats.messages import workbooks as book_msg
from govinfo_desktop.formats.reading import InputError, open_input
from tests.helpers import seed_document

BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
)


def replace_sheet(path: Path, write_sheet, zip64: bool = True) -> Path:
    """The seed's export with its sheet XML replaced (streamed, so a bomb never sits in memory)."""
    source = zipfile.ZipFile(io.BytesIO(workbook_bytes(seed_document(), template=False)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with target.open(info.filename, "w", force_zip64=zip64) as stream:
                    write_sheet(stream)
            else:
                target.writestr(info.filename, source.read(info.filename))
    return path


def zip_bomb(path: Path, megabytes: int = 60, zip64: bool = True) -> Path:
    def write(stream) -> None:
        stream.write(
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        )
        block = b" " * (1024 * 1024)
        for _ in range(megabytes):
            stream.write(block)
        stream.write(b"<sheetData/></worksheet>")

    return replace_sheet(path, write, zip64)


def xml_bomb(path: Path) -> Path:
    return replace_sheet(path, lambda stream: stream.write(BILLION_LAUGHS.encode()))


def _refused(path: Path, expected: Entry) -> str:
    started = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        import_workbook(path)
    assert time.perf_counter() - started < 2.0
    message = str(caught.value)
    assert path.name in message and "\n" not in message and "Traceback" not in message
    assert caught.value.code == expected.code, message
    return message


def test_text_pdf_html_and_empty_files(tmp_path: Path) -> None:
    (tmp_path / "a.xlsx").write_text("单位,数量\n甲,1\n", encoding="utf-8")
    _refused(tmp_path / "a.xlsx", file_msg.NOT_EXCEL_TEXT)
    (tmp_path / "b.xls").write_bytes(
        b"<html><body><table><tr><td>1</td></tr></table></body></html>"
    )
    _refused(tmp_path / "b.xls", file_msg.NOT_EXCEL_HTML)
    (tmp_path / "c.xlsx").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    _refused(tmp_path / "c.xlsx", file_msg.NOT_EXCEL_PDF)
    (tmp_path / "d.xlsx").write_bytes(b"")
    _refused(tmp_path / "d.xlsx", file_msg.FILE_EMPTY)
    (tmp_path / "e.xlsx").write_bytes(bytes(range(256)) * 4)
    _refused(tmp_path / "e.xlsx", file_msg.NOT_EXCEL)
    # The words a clerk reads, exactly (part of the product, not only the code).
    assert _refused(tmp_path / "a.xlsx", file_msg.NOT_EXCEL_TEXT) == (
        "“a.xlsx”是文本文件（如 CSV），不是 Excel 表格；请在 Excel/WPS 中另存为 .xlsx 再导入"
    )
    assert _refused(tmp_path / "d.xlsx", file_msg.FILE_EMPTY) == "“d.xlsx”是空文件，不是 Excel 表格"


def test_word_document_and_plain_zip(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "w.xlsx", "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    _refused(tmp_path / "w.xlsx", file_msg.WORD_DOCUMENT)
    with zipfile.ZipFile(tmp_path / "z.xlsx", "w") as archive:
        archive.writestr("readme.txt", "x")
    _refused(tmp_path / "z.xlsx", file_msg.ZIP_ARCHIVE)


def test_corrupt_xlsx(tmp_path: Path) -> None:
    data = workbook_bytes(seed_document(), template=False)
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    _refused(tmp_path / "cut.xlsx", file_msg.ZIP_CHECKSUM)


def test_password_protected_ole_file(tmp_path: Path) -> None:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    directory = (
        "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le")
    )
    (tmp_path / "locked.xlsx").write_bytes(header + directory + bytes(2000))
    _refused(tmp_path / "locked.xlsx", file_msg.ENCRYPTED)


def test_xlsx_encrypted_with_a_password_is_refused(tmp_path: Path) -> None:
    source = (
        Path(__file__).resolve().parent.parent
        / "fixtures"
        / "excel"
        / "seed-password-123456.encrypted.xlsx"
    )
    target = tmp_path / "加密.xlsx"
    target.write_bytes(source.read_bytes())
    _refused(target, file_msg.ENCRYPTED)


def test_xml_bomb_is_refused(tmp_path: Path) -> None:
    _refused(xml_bomb(tmp_path / "laughs.xlsx"), file_msg.UNSAFE_XML)


def test_zip_bomb_is_refused_before_parsing(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 2 * 1024 * 1024
    _refused(path, file_msg.ZIP_BOMB)


def test_huge_used_range_is_refused(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "一、主动公开情况"
    workbook.active["XFD1048576"] = 1
    workbook.save(tmp_path / "far.xlsx")
    _refused(tmp_path / "far.xlsx", file_msg.SHEET_TOO_LARGE)


def test_some_other_table_and_empty_workbook(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    for row in (["姓名", "部门", "工资"], ["张三", "办公室", 3000], ["李四", "财务科", 3200]):
        workbook.active.append(row)
    workbook.save(tmp_path / "工资表.xlsx")
    _refused(tmp_path / "工资表.xlsx", book_msg.NOT_STATISTICS_TABLE)
    openpyxl.Workbook().save(tmp_path / "empty.xlsx")
    _refused(tmp_path / "empty.xlsx", book_msg.EMPTY_WORKBOOK)
    workbook = openpyxl.Workbook()
    for row in (["事项", "数量"], ["行政许可", 12], ["行政处罚", 3], ["行政强制", 1]):
        workbook.active.append(row)  # three labels in common are not the statistics table
    workbook.save(tmp_path / "政务服务.xlsx")
    _refused(tmp_path / "政务服务.xlsx", book_msg.NOT_STATISTICS_TABLE)


def test_reading_turns_import_failures_into_input_errors(tmp_path: Path) -> None:
    (tmp_path / "x.xls").write_text("not a sheet", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.xls"):
        open_input(tmp_path / "x.xls")


def test_zip_member_larger_than_its_header_says_is_refused(tmp_path: Path) -> None:
    """A header that claims 1000 bytes for 30 MB would get past a size check; the CRC check stops it."""
    path = tmp_path / "liar.xlsx"
    zip_bomb(path, megabytes=30, zip64=False)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    _lie_about_size(data, info, 1000)
    path.write_bytes(data)
    _refused(path, file_msg.ZIP_CHECKSUM)


def _lie_about_size(data: bytearray, info: zipfile.ZipInfo, size: int) -> None:
    name = info.filename.encode()
    offset = 0
    while (offset := data.find(b"PK\x01\x02", offset)) >= 0:  # central directory entries
        length = struct.unpack_from("<H", data, offset + 28)[0]
        if bytes(data[offset + 46 : offset + 46 + length]) == name:
            struct.pack_into("<I", data, offset + 24, size)
        offset += 4
    struct.pack_into("<I", data, info.header_offset + 22, size)
