"""The report-text check: the seed's text against its table, and 2021 texts with planted faults."""

from __future__ import annotations

import pytest

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_check import check_text
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify
from tests.core.text_helpers import CORRECT_2021, SEED_TEXT, check_2021, codes, document_2021
from tests.helpers import seed_document


def _seed_check():
    document = seed_document()
    text = parse_text(SEED_TEXT.read_text("utf-8"), "national-2014", simplify)
    return text, check_text(document, text, simplify)


def test_seed_text_gives_exactly_the_reviewers_finding() -> None:
    text, result = _seed_check()
    assert text.found == (
        "overview", "active", "responses", "requests", "appeals", "costs", "problems", "appendix",
    )  # fmt: skip
    assert codes(result) == [("TXT-NUMBER", "b2_press.value")]  # 5 channels vs rows adding to 3
    (issue,) = result.issues
    assert "通過不同渠道和方式回應解讀的情況5條" in issue.message
    assert issue.params["expected"] == "3" and issue.params["number"] == "5"
    assert [str(cell) for cell in issue.cells] == [
        "b2_press.value", "b2_online.value", "b2_articles.value", "b2_weibo.value", "b2_other.value",
    ]  # fmt: skip


def test_seed_both_31535_and_31481_are_right() -> None:
    _, result = _seed_check()
    by_number = {(m.rule, m.number): m.agrees for m in result.matches}
    assert by_number[("active", 31535)] is True  # (一) 主动公开政府信息数
    assert by_number[("channels", 31481)] is True  # Σ (二) 1–5
    assert by_number[("litigation_corrected", 2)] is True  # 纠错 after 诉讼 is the 诉讼 row
    assert by_number[("staff_full", 0)] is True  # 全职 reads as 专职


def test_correct_2021_text_gives_no_finding() -> None:
    result = check_2021(CORRECT_2021)
    assert codes(result) == []
    rules = [m.rule for m in result.matches]
    for rule in (
        "received_with_carried",
        "carried",
        "answered",
        "next",
        "unable",
        "fees",
        "litigation",
    ):
        assert rule in rules
    assert "regulations_issued" in rules and "regulations_repealed" in rules


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("答复41件", "答复40件", [("TXT-NUMBER", "t3_total.total")]),
        # 含上年结转 vs 新收: the total with last year's is not 新收
        (
            "全年共处理政府信息公开申请45件（含上年度结转申请3件）",
            "本年新收政府信息公开申请45件",
            [("TXT-NUMBER", "t3_new.total")],
        ),
        (
            "全年共处理政府信息公开申请45件（含上年度结转申请3件）",
            "全年共处理政府信息公开申请42件（含上年度结转申请3件）",
            [("TXT-NUMBER", "t3_new.total")],
        ),
        (
            "行政事业性收费500元",
            "行政事业性收费500万元",
            [("TXT-NUMBER", "t2_fees.amount")],
        ),  # 万元 vs 元
        ("行政事业性收费500元", "行政事业性收费0.05万元", []),
        ("较上年增长12件。", "办结率100%。", [("TXT-RATE", "t3_total.total")]),  # 41 of 45
        ("部分公开6件", "部分公开六件", []),  # Chinese numerals
        ("部分公开6件", "部分公开五件", [("TXT-NUMBER", "t3_partial.total")]),
        ("予以公开20件", "予以公开２０件", []),  # full-width digits
        ("予以公开20件", "予以公开２１件", [("TXT-NUMBER", "t3_open.total")]),
        ("無法提供3件", "无法提供3件", []),
        (
            "无法提供3件",
            "无法提供2件",
            [("TXT-NUMBER", "t3_unable_not_held.total")],
        ),  # group vs sub-item
        ("行政诉讼15件", "行政诉讼10件", [("TXT-NUMBER", "t4_cases.ld_total")]),
        ("制发行政规范性文件9件", "制发行政规范性文件8件", [("TXT-NUMBER", "t2_normative.issued")]),
        ("结果纠正3件", "结果纠正4件", [("TXT-NUMBER", "t4_cases.rv_corrected")]),
        ("2021年，本机关", "2020年，本机关", [("TXT-YEAR", "overview")]),
        ("与2020年相比", "与上年（2019年）相比", [("TXT-LAST-YEAR", "problems")]),
        ("本年度未收取信息处理费。", "无。", [("TXT-SECTION-EMPTY", "other")]),
        # statements without a number that fix a cell
        ("较上年增长12件。", "所有申请均已办结。", [("TXT-CLAIM", "t3_next.total")]),
        (
            "较上年增长12件。",
            "本年度未发生政府信息公开行政复议案件。",
            [("TXT-CLAIM", "t4_cases.rv_total")],
        ),
        ("较上年增长12件。", "全年未收到政府信息公开申请。", [("TXT-CLAIM", "t3_new.total")]),
    ],
)
def test_planted_fault_gives_its_finding(old: str, new: str, expected: list) -> None:
    assert old in CORRECT_2021 or old == "無法提供3件"
    raw = CORRECT_2021.replace(old if old in CORRECT_2021 else "无法提供3件", new)
    assert codes(check_2021(raw)) == expected


def test_true_statements_give_no_finding() -> None:
    document = document_2021()
    for cell in ("t3_new.total", "t3_next.total", "t4_cases.rv_total"):
        document.set_text(CellRef(*cell.split(".")), "0")
    raw = CORRECT_2021.replace(
        "较上年增长12件。", "全年未收到政府信息公开申请，所有申请均已办结，未发生行政复议。"
    )
    assert [c for c in codes(check_2021(raw, document)) if c[0] == "TXT-CLAIM"] == []


def test_traditional_text_is_read_like_simplified() -> None:
    raw = CORRECT_2021.replace("结转下年度继续办理4件", "結轉下年度繼續辦理5件")
    result = check_2021(raw)
    assert codes(result) == [("TXT-NUMBER", "t3_next.total")]
    assert "結轉下年度繼續辦理5件" in result.issues[0].message  # quoted as written


def test_missing_and_out_of_order_headings_are_errors() -> None:
    raw = CORRECT_2021.replace("六、其他需要报告的事项\n", "")
    assert ("TXT-SECTION-MISSING", "other") in codes(check_2021(raw))
    five = "五、存在的主要问题及改进情况\n一是公开内容不够全面；二是解读形式单一。下一步，2022年将加强培训。与2020年相比，申请数有所增加。\n"
    moved = CORRECT_2021.replace(five, "").replace("一、总体情况\n", five + "一、总体情况\n")
    result = check_2021(moved)
    assert [c for c in codes(result) if c[0] == "TXT-SECTION-ORDER"] == [
        ("TXT-SECTION-ORDER", "problems")
    ]
    assert all(
        issue.severity == "error"
        for issue in result.issues
        if "SECTION-" in issue.code and "EMPTY" not in issue.code
    )


def test_similar_to_last_year_is_a_warning_with_the_share() -> None:
    document = document_2021()
    this_year = parse_text(CORRECT_2021, "national-2021", simplify)
    last_year = parse_text(CORRECT_2021.replace("2021", "2020"), "national-2021", simplify)
    result = check_text(document, this_year, simplify, last_year=last_year)
    similar = [i for i in result.issues if i.code == "TXT-SIMILAR"]
    assert {i.place.section for i in similar} == {"overview", "problems", "other"}
    assert all(int(i.params["percent"]) > 50 for i in similar)
    fresh = parse_text(
        CORRECT_2021.replace(
            "一是公开内容不够全面；二是解读形式单一。下一步，2022年将加强培训。",
            "本年度重点解决了网站栏目更新迟缓、政策解读图解不足、基层公开目录不统一等新问题，并逐项整改。",
        ),
        "national-2021",
        simplify,
    )
    again = check_text(document, fresh, simplify, last_year=last_year)
    assert "problems" not in {i.place.section for i in again.issues if i.code == "TXT-SIMILAR"}


def test_findings_render_in_english_too() -> None:
    result = check_2021(CORRECT_2021.replace("答复41件", "答复40件"))
    assert "the table's" in result.issues[0].render("en")


def test_a_realistic_text_about_other_business_gives_no_finding() -> None:
    """建议提案, 热线 按时办结率, 行政许可事项清单120项, 三批目录, 满意率, years of plans and 整改: none is a table number."""
    raw = (SEED_TEXT.parent / "realistic-2021.txt").read_text("utf-8")
    result = check_2021(raw)
    assert codes(result) == []
    assert len(result.matches) == 10 and all(m.agrees for m in result.matches)
