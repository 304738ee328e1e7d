"""The 退回意见 as a .docx beside its PDF (formats/return_pdf.py): the same lines, in the report text's
Word conventions (formats/report/word.py: 公文 page, 仿宋 body), so the county can edit it before sending."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from govinfo_desktop.core.return_notice import ReturnNotice
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.report.word import (
    BODY_FONT,
    LINE_MM,
    TITLE_FONT,
    TITLE_SIZE,
    _page,
    _paragraph,
    _styles,
)
from govinfo_desktop.formats.report.word_tables import _new, _put, _widths

_HEADER = ("序号", "位置", "现填", "应为", "问题")
_WIDTHS_MM = (10.0, 42.0, 18.0, 18.0)


def return_docx_bytes(notice: ReturnNotice) -> bytes:
    doc = Document()
    _page(doc)
    _styles(doc)
    _paragraph(
        doc, "退回意见", TITLE_FONT, TITLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False
    )
    _paragraph(doc, f"{notice.unit}：", BODY_FONT, indent=False)
    source = f"“{notice.file_name}”（第 {notice.version} 版）" if notice.file_name else "报送的报表"
    _paragraph(
        doc,
        f"你单位{source}《{notice.title}》经审核发现以下问题（{notice.summary}），"
        "请逐项核对修改后重新报送。",
        BODY_FONT,
    )
    table = _new(doc, len(_HEADER))
    cells = table.add_row().cells
    for cell, text in zip(cells, _HEADER, strict=True):
        _put(cell, text, bold=True)
    for number, item in enumerate(notice.items, 1):
        kind = item.severity.label if item.severity else "未填写"
        texts = (
            str(number),
            item.cell,
            item.value,
            item.expected or "—",
            f"【{kind}】{item.message}",
        )
        left = WD_ALIGN_PARAGRAPH.LEFT
        for column, (cell, text) in enumerate(zip(table.add_row().cells, texts, strict=True)):
            _put(cell, text, align=left if column in (1, 4) else WD_ALIGN_PARAGRAPH.CENTER)
    _widths(table, [*_WIDTHS_MM, LINE_MM - sum(_WIDTHS_MM)])
    if notice.remark:
        _paragraph(doc, f"其他意见：{notice.remark}", BODY_FONT)
    _paragraph(doc, f"审核日期：{notice.date}", BODY_FONT)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def write_return_docx(notice: ReturnNotice, path: Path) -> None:
    atomic_write_bytes(Path(path), return_docx_bytes(notice))
