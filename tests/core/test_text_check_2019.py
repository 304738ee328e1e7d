"""The report-text check of the 2019 trial format: 表三/表四 rules as 2021's, 表二 its own (新制作/新公开/
对外公开总数量, 收费项目, 政府集中采购); planted mismatches give their finding, a correct text none."""

from __future__ import annotations

import pytest

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_check import TextCheck, check_text
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.core.text_rules import rules_for
from govinfo_desktop.formats.excel.labels import simplify
from tests.core.text_helpers import CORRECT_2021, VALUES_2021, codes

VALUES_2019 = {
    **{key: text for key, text in VALUES_2021.items() if not key.startswith("t2_")},
    "t2_normative.made": "9", "t2_normative.published": "8", "t2_normative.total": "57",
    "t2_regulations.made": "5", "t2_regulations.published": "5", "t2_regulations.total": "30",
    "t2_licensing.decisions": "1250", "t2_penalty.decisions": "318", "t2_coercion.decisions": "12",
    "t2_fees.last_year": "14", "t2_fees.change": "-2",
    "t2_procurement.projects": "16", "t2_procurement.amount": "25.1",
}  # fmt: skip

# The 2021 text a year earlier, with 2019's 表二 sentences (表三/表四 read the same).
ACTIVE_2021 = CORRECT_2021.split("（一）主动公开\n")[1].split("（二）依申请公开")[0]
ACTIVE_2019 = """\
2020年，本机关新制作规范性文件9件，新公开8件，对外公开总数57件。制定规章5件。
作出行政许可决定1250件、行政处罚318件、行政强制12件。现有行政事业性收费项目12项。开展政府集中采购16项，采购总金额251000元。
"""
CORRECT_2019 = (
    CORRECT_2021.replace(ACTIVE_2021, ACTIVE_2019)
    .replace("与2020年相比", "与2019年相比")
    .replace("2021", "2020")
    .replace("2022", "2021")
)


def _document() -> ReportDocument:
    document = ReportDocument.new("national-2019", unit="测试县人民政府", year="2020")
    for key, text in VALUES_2019.items():
        document.set_text(CellRef(*key.split(".")), text)
    return document


def _check(raw: str) -> TextCheck:
    return check_text(_document(), parse_text(raw, "national-2019", simplify), simplify)


def test_the_2019_format_has_rules_and_shares_2021s_for_tables_three_and_four() -> None:
    rules_2019 = {rule.id: rule for rule in rules_for("national-2019").rules}
    rules_2021 = {rule.id: rule for rule in rules_for("national-2021").rules}
    for rule_id, rule in rules_2021.items():
        if all(cell.row.startswith(("t3_", "t4_")) for s in rule.cells for cell in s):
            assert rules_2019[rule_id] == rule, rule_id
    assert len(rules_for("national-2019").claims) == len(rules_for("national-2021").claims)


def test_correct_2019_text_gives_no_finding() -> None:
    result = _check(CORRECT_2019)
    assert codes(result) == []
    rules = {m.rule for m in result.matches}
    assert {
        "normative_made", "normative_published", "normative_total", "regulations_made",
        "licensing", "penalty", "coercion", "fee_items", "procurement_projects",
        "procurement_amount", "received_with_carried", "answered", "next", "unable", "litigation",
    } <= rules  # fmt: skip
    assert all(m.agrees for m in result.matches)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("新制作规范性文件9件", "新制作规范性文件7件", [("TXT-NUMBER", "t2_normative.made")]),
        ("新公开8件", "新公开9件", [("TXT-NUMBER", "t2_normative.published")]),
        ("对外公开总数57件", "对外公开总数56件", [("TXT-NUMBER", "t2_normative.total")]),
        ("制定规章5件", "制定规章6件", [("TXT-NUMBER", "t2_regulations.made")]),
        ("行政处罚318件", "行政处罚319件", [("TXT-NUMBER", "t2_penalty.decisions")]),
        ("收费项目12项", "收费项目14项", [("TXT-NUMBER", "t2_fees.last_year")]),  # 14 − 2
        ("集中采购16项", "集中采购15项", [("TXT-NUMBER", "t2_procurement.projects")]),
        ("251000元", "25.1万元", []),
        ("251000元", "251000万元", [("TXT-NUMBER", "t2_procurement.amount")]),  # 万元 vs 元
        ("答复41件", "答复40件", [("TXT-NUMBER", "t3_total.total")]),
        ("部分公开6件", "部分公开五件", [("TXT-NUMBER", "t3_partial.total")]),
        ("结果纠正3件", "结果纠正4件", [("TXT-NUMBER", "t4_cases.rv_corrected")]),
        ("行政诉讼15件", "行政诉讼10件", [("TXT-NUMBER", "t4_cases.ld_total")]),
        ("维持或驳回8件", "维持或驳回9件", [("TXT-NUMBER", "t4_cases.ld_upheld")]),
        ("2020年，本机关", "2019年，本机关", [("TXT-YEAR", "overview")]),
    ],
)
def test_planted_fault_in_a_2019_text_gives_its_finding(old: str, new: str, expected: list) -> None:
    assert old in CORRECT_2019
    assert codes(_check(CORRECT_2019.replace(old, new))) == expected
