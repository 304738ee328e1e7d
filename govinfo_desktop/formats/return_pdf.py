"""The 退回意见 as a PDF: title, unit, file and version, then one ruled line per problem (cell, value now,
expected value, what is wrong), and a line for the county's remark and date."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm

from govinfo_desktop.core.collection import Unit, UnitStatus, now_text
from govinfo_desktop.core.return_notice import ReturnNotice, build_notice
from govinfo_desktop.core.session import check_document
from govinfo_desktop.formats.atomic import atomic_write_bytes
from govinfo_desktop.formats.pdf.rl_platypus import SimpleDocTemplate, Spacer
from govinfo_desktop.formats.pdf.styles import (
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    SMALL_SIZE,
    TITLE_SIZE,
    centred,
    grid_table,
    para,
)

_WIDTHS = (10 * mm, 46 * mm, 20 * mm, 20 * mm)


def return_pdf_bytes(notice: ReturnNotice) -> bytes:
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"退回意见：{notice.unit}",
    )
    document.build(_story(notice))
    return buffer.getvalue()


def write_return_pdf(notice: ReturnNotice, path: Path) -> None:
    atomic_write_bytes(Path(path), return_pdf_bytes(notice))


def _story(notice: ReturnNotice) -> list[Any]:
    story: list[Any] = [centred("退回意见", TITLE_SIZE), Spacer(1, 6 * mm)]
    story.append(para(f"{notice.unit}："))
    source = f"“{notice.file_name}”（第 {notice.version} 版）" if notice.file_name else "报送的报表"
    story.append(
        para(
            f"　　你单位{source}《{notice.title}》经审核发现以下问题（{notice.summary}），"
            "请逐项核对修改后重新报送。",
        )
    )
    story.append(Spacer(1, 4 * mm))
    header = ["序号", "位置", "现填", "应为", "问题"]
    widths = [*_WIDTHS, FRAME_WIDTH - sum(_WIDTHS)]
    rows = [[para(text, SMALL_SIZE) for text in header]]
    for number, item in enumerate(notice.items, 1):
        kind = item.severity.label if item.severity else "未填写"
        rows.append(
            [
                para(str(number), SMALL_SIZE),
                para(item.cell, SMALL_SIZE),
                para(item.value, SMALL_SIZE),
                para(item.expected or "—", SMALL_SIZE),
                para(f"【{kind}】{item.message}", SMALL_SIZE),
            ]
        )
    story.append(grid_table(rows, widths, repeat_rows=1))
    if notice.remark:
        story += [Spacer(1, 4 * mm), para(f"其他意见：{notice.remark}")]
    story += [Spacer(1, 10 * mm), para(f"审核日期：{notice.date}")]
    return story


def send_back(
    unit: Unit, path: Path, remark: str = "", when: str | None = None, *, docx: bool = False
) -> ReturnNotice:
    """Write the unit's 退回意见 for its latest version and mark the unit 退回 (the PDF first: a notice
    that could not be written does not change the status). With `docx`, also a .docx beside the PDF
    (same name), for a county that edits the text before sending it."""
    latest = unit.latest
    if latest is None:
        raise ValueError(f"{unit.name}还没有报送报表")
    document = latest.document
    findings = check_document(document)
    date = (when or now_text())[:10]
    notice = build_notice(
        unit.name,
        document,
        findings,
        file_name=Path(latest.file_name).name,
        version=latest.number,
        date=date,
        remark=remark,
    )
    write_return_pdf(notice, path)
    if docx:
        from govinfo_desktop.formats.report.return_word import write_return_docx  # noqa: PLC0415

        write_return_docx(notice, Path(path).with_suffix(".docx"))
    unit.set_status(UnitStatus.RETURNED, remark or notice.summary, when)
    return notice
