"""Report text (正文): checking a 6,000-character 2021 text against the table, a field update after an
edit of the table, and the .docx export of the whole report."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from bench.timing import measure_ms, report
from govinfo_desktop.core.session import ReportSession
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_check import check_text
from govinfo_desktop.core.text_draft import apply_draft
from govinfo_desktop.core.text_fields import FieldTracker
from govinfo_desktop.core.text_model import ReportText
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify
from govinfo_desktop.formats.report.word import write_docx
from tests.core.text_helpers import CORRECT_2021, document_2021


def main() -> None:
    document = document_2021()
    raw = CORRECT_2021
    body = CORRECT_2021.split("（二）依申请公开\n", 1)[1].split("二、主动公开", 1)[0]
    while len(raw) < 6000:  # more paragraphs in 一 with numbers to match
        raw = raw.replace("（三）监督保障\n", body + "（三）监督保障\n", 1)
    text = parse_text(raw, "national-2021", simplify)
    chars = sum(len(line) for line in raw.splitlines())
    matches = len(check_text(document, text, simplify).matches)
    print(f"text: {chars} characters, {matches} numbers matched to cells")
    report(
        "check a 6,000-character text",
        *measure_ms(lambda: check_text(document, text, simplify), repeat=30),
        target_ms=50,
    )

    session = ReportSession(document)
    draft = ReportText.blank("national-2021", "测试县2021年政府信息公开工作年度报告")
    apply_draft(draft, "national-2021")
    shown: dict = {}
    tracker = FieldTracker(
        session, lambda fields: shown.update((f, tracker.text(f)) for f in fields)
    )
    tracker.track(draft.fields())
    cell, step = CellRef("t3_new", "total"), iter(range(10**9))
    report(
        "edit a cell + update the fields bound to it",
        *measure_ms(lambda: session.set_values({cell: Decimal(40 + next(step) % 5)}), repeat=300),
        target_ms=5,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "report.docx"
        report(
            ".docx export of the whole report",
            *measure_ms(lambda: write_docx(document, draft, path), repeat=10),
            target_ms=1000,
        )
        print(f".docx size: {path.stat().st_size / 1024:.0f} KB")
