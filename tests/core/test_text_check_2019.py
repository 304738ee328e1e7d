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
from tests.core.text_helpers import codes

VALUES_2019 = {
    "t3_new.total": "42", "t3_carried.total": "3", "t3_total.total": "41", "t3_next.total": "4",
    "t3_open.total": "20", "t3_partial.total": "6",
    "t3_unable_not_held.total": "2", "t3_unable_must_make.total": "1", "t3_unable_unclear.total": "0",
    "t2_normative.made": "9", "t2_normative.published": "8", "t2_normative.total": "57",
    "t2_regulations.made": "5", "t2_regulations.published": "5", "t2_regulations.total": "30",
    "t2_licensing.decisions": "1250", "t2_penalty.decisions": "318", "t2_coercion.decisions": "12",
    "t2_fees.last_year": "14", "t2_fees.change": "-2",
    "t2_procurement.projects": "16", "t2_procurement.amount": "25.1",
    "t4_cases.rv_total": "27", "t4_cases.rv_upheld": "20", "t4_cases.rv_corrected": "3",
    "t4_cases.ld_total": "10", "t4_cases.lr_total": "5",
}  # fmt: skip

CORRECT_2019 = """\
测试县人民政府2020年政府信息公开工作年度报告
本报告中所列数据的统计期限自2020年1月1日至2020年12月31日。
一、总体情况
（一）主动公开
2020年，本机关新制作规范性文件9件，新公开8件，对外公开总数57件。制定规章5件。
作出行政许可决定1250件、行政处罚318件、行政强制12件。现有行政事业性收费项目12项。开展政府集中采购16项，采购总金额251000元。
（二）依申请公开
全年共处理政府信息公开申请45件（含上年度结转申请3件），答复41件，结转下年度继续办理4件。其中予以公开20件，部分公开6件，无法提供3件。
（三）监督保障
依法办理涉及政府信息公开的行政复议27件、行政诉讼15件。行政复议结果维持20件，结果纠正3件。
二、主动公开政府信息情况
（表）
三、收到和处理政府信息公开申请情况
（表）
四、政府信息公开行政复议、行政诉讼情况
（表）
五、存在的主要问题及改进情况
一是公开内容不够全面；二是解读形式单一。下一步，2021年将加强培训。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


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
        ("2020年，本机关", "2019年，本机关", [("TXT-YEAR", "overview")]),
    ],
)
def test_planted_fault_in_a_2019_text_gives_its_finding(old: str, new: str, expected: list) -> None:
    assert old in CORRECT_2019
    assert codes(_check(CORRECT_2019.replace(old, new))) == expected
