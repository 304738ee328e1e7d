"""Layouts are data: read from each part's `layout`, checked against the part's shape when loading."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import LayoutKind
from govinfo_desktop.core.tableload import build_table
from govinfo_desktop.formats.excel.layout import layout_workbook
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.table_files import broken_table_message, raw_table


def test_each_format_names_its_layouts() -> None:
    kinds = {
        table_id: [
            (p.id, p.layout.kind, p.layout.sheet) for p in catalog.load_table(table_id).table.parts
        ]
        for table_id in catalog.table_ids()
    }
    assert kinds["national-2014"] == [("main", LayoutKind.LIST, "统计表")]
    assert [k for _, k, _ in kinds["national-2021"]] == [
        LayoutKind.BLOCKS,
        LayoutKind.MATRIX,
        LayoutKind.MATRIX,
    ]
    t4 = catalog.load_table("national-2021").table.part("t4")
    assert t4.layout.transpose and t4.layout.landscape and t4.layout.label_widths == ()


def test_a_renamed_part_exports_to_excel_and_pdf(monkeypatch: pytest.MonkeyPatch) -> None:
    data = copy.deepcopy(raw_table("national-2021"))
    data["id"] = "province-2021"
    data["parts"][1]["id"] = "apply"  # was keyed by part id in code: a KeyError at export
    for rule in data["rules"]:
        if rule.get("part") == "t3":
            rule["part"] = "apply"
    loaded = build_table(data, "province-2021.toml")
    original, original_table = catalog.load_table, catalog.table
    monkeypatch.setattr(
        catalog, "load_table", lambda i: loaded if i == "province-2021" else original(i)
    )
    monkeypatch.setattr(
        catalog, "table", lambda i: loaded.table if i == "province-2021" else original_table(i)
    )
    document = ReportDocument.new("province-2021")
    assert [p.id for p in document.table.parts] == ["t2", "apply", "t4"]
    sheets = layout_workbook(document)
    assert [s.name for s in sheets] == ["表二 主动公开", "表三 依申请公开", "表四 复议诉讼"]
    data_pdf, _ = build_pdf(document)
    assert data_pdf.startswith(b"%PDF")


def _broken(mutate: Any) -> str:
    return broken_table_message("national-2021", mutate)


@pytest.mark.parametrize(
    ("mutate", "words"),
    [
        (
            lambda d: d["parts"][2]["layout"].update(label_widths=[5, 12, 34]),
            "label_widths 应有 0 个",
        ),
        (lambda d: d["parts"][1]["layout"].update(kind="grid"), "kind"),
        (lambda d: d["parts"][1]["layout"].update(sheet="表三/依申请"), "工作表名"),
        (lambda d: d["parts"][1]["layout"].update(sheet="表二 主动公开"), "工作表名重复"),
        (lambda d: d["parts"][1]["layout"].update(tranpose=True), "未知字段"),
        (lambda d: d["parts"][1]["layout"].update(transpose=True), "transpose"),
        (lambda d: d["parts"][0]["layout"].update(kind="matrix"), "matrix"),
        (lambda d: d["parts"][0].pop("layout"), "layout"),
    ],
)
def test_a_layout_that_does_not_fit_is_refused(mutate: Any, words: str) -> None:
    message = _broken(mutate)
    assert message.startswith("province.toml") and words in message, message


def test_exports_read_the_layout() -> None:
    document = ReportDocument.new("national-2021")
    sheets = layout_workbook(document)
    t3 = document.table.part("t3").layout
    assert [s.name for s in sheets] == [p.layout.sheet for p in document.table.parts]
    assert sheets[1].widths == [*t3.label_widths, *[t3.value_width] * 7]
    assert sheets[1].landscape and sheets[1].one_page and not sheets[0].landscape
    data, _ = build_pdf(document)
    assert data.startswith(b"%PDF")
