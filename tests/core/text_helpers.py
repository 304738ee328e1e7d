"""Shared data for the report-text tests: the seed's text, and a 2021 report with a correct text."""

from __future__ import annotations

from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_check import TextCheck, check_text
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify

SEED_TEXT = Path(__file__).resolve().parents[1] / "fixtures" / "text" / "yueyang-2017.txt"

# 2021 table values the written texts below refer to (every other cell blank).
VALUES_2021 = {
    "t3_new.total": "42", "t3_carried.total": "3", "t3_total.total": "41", "t3_next.total": "4",
    "t3_open.total": "20", "t3_partial.total": "6",
    "t3_unable_not_held.total": "2", "t3_unable_must_make.total": "1", "t3_unable_unclear.total": "0",
    "t2_normative.issued": "9", "t2_normative.repealed": "2", "t2_normative.in_force": "57",
    "t2_regulations.issued": "5", "t2_regulations.repealed": "4", "t2_regulations.in_force": "30",
    "t2_licensing.decisions": "1250", "t2_penalty.decisions": "318", "t2_coercion.decisions": "12",
    "t2_fees.amount": "0.05",
    "t4_cases.rv_total": "27", "t4_cases.rv_upheld": "20", "t4_cases.rv_corrected": "3",
    "t4_cases.ld_total": "10", "t4_cases.lr_total": "5",
    "t4_cases.ld_upheld": "6", "t4_cases.lr_upheld": "2",
}  # fmt: skip

CORRECT_2021 = """\
测试县人民政府2021年政府信息公开工作年度报告
本报告中所列数据的统计期限自2021年1月1日至2021年12月31日。
一、总体情况
（一）主动公开
2021年，本机关制发行政规范性文件9件，废止2件，现行有效57件。主动公开市政府规章（含新制定5件，修改4件，废止4件）。全年主动公开政府信息643条。
作出行政许可决定1250件、行政处罚318件、行政强制12件，行政事业性收费500元。
（二）依申请公开
全年共处理政府信息公开申请45件（含上年度结转申请3件），答复41件，结转下年度继续办理4件。其中予以公开20件，部分公开6件，无法提供3件。较上年增长12件。
（三）监督保障
依法办理涉及政府信息公开的行政复议27件、行政诉讼15件。行政复议结果维持20件，结果纠正3件；行政诉讼维持或驳回8件。
二、主动公开政府信息情况
（表）
三、收到和处理政府信息公开申请情况
（表）
四、政府信息公开行政复议、行政诉讼情况
（表）
五、存在的主要问题及改进情况
一是公开内容不够全面；二是解读形式单一。下一步，2022年将加强培训。与2020年相比，申请数有所增加。
六、其他需要报告的事项
本年度未收取信息处理费。
"""


def document_2021() -> ReportDocument:
    document = ReportDocument.new("national-2021", unit="测试县人民政府", year="2021")
    for key, text in VALUES_2021.items():
        document.set_text(CellRef(*key.split(".")), text)
    return document


def check_2021(raw: str, document: ReportDocument | None = None) -> TextCheck:
    document = document or document_2021()
    return check_text(document, parse_text(raw, "national-2021", simplify), simplify)


def codes(result: TextCheck) -> list[tuple[str, str]]:
    """(code, first cell or section) pairs — what tests compare, never the wording."""
    return [
        (issue.code, str(issue.target) if issue.target else issue.place.section)
        for issue in result.issues
    ]
