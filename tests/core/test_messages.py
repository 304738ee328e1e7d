"""Findings are data (code, cells, parameters); their words are templates checked when a table loads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.findings_json import findings_to_json
from govinfo_desktop.core.issues import Issue
from govinfo_desktop.core.messages import (
    ENGLISH,
    MessageTemplate,
    TemplateError,
    check_template,
    render,
)
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import seed_document
from tests.table_files import broken_table_message, raw_table


@pytest.mark.parametrize("table_id", ["national-2014", "national-2019", "national-2021"])
def test_every_template_of_every_format_renders_in_chinese_and_english(table_id: str) -> None:
    checks = catalog.load_table(table_id).checks
    assert checks
    for check in checks:
        issue = Issue(
            check.rule_id,
            check.severity,
            check.cells,
            Decimal(3),
            Decimal(4),
            check.message,
            tuple(sorted(check.context.items())),
            check.relation,
        )
        chinese, english = issue.render(), issue.render(ENGLISH)
        for text in (chinese, english):
            assert "{" not in text and "}" not in text and "？" not in text, text
        assert check.message.en, f"{table_id} {check.rule_id} has no English wording"
        assert chinese != english


def test_a_placeholder_typo_fails_to_load_naming_file_and_rule() -> None:
    def typo(data: dict[str, Any]) -> None:
        data["rules"][2]["message"] = data["rules"][2]["message"].replace("{row}", "{rwo}")

    message = broken_table_message("national-2014", typo)
    rule_id = raw_table("national-2014")["rules"][2]["id"]
    assert message.startswith("province.toml") and rule_id in message and "{rwo}" in message


def test_a_typo_in_an_english_or_tree_template_fails_too() -> None:
    def english(data: dict[str, Any]) -> None:
        data["rules"][0]["message_en"] = "{actual} vs {expeted}"

    assert "{expeted}" in broken_table_message("national-2021", english)

    def tree(data: dict[str, Any]) -> None:
        row = next(r for p in data["parts"] for r in p["rows"] if "sum_message" in r)
        row["sum_message"] = "{lable}"

    assert "{lable}" in broken_table_message("national-2014", tree)


@pytest.mark.parametrize(
    ("where", "mutate"),
    [
        ("rule", lambda d: d["rules"][0].update(severty="warning")),
        ("part", lambda d: d["parts"][0].update(titel="x")),
        ("column", lambda d: d["parts"][1]["columns"][0].update(lable="x")),
        ("table", lambda d: d.update(yeras=[2021, 0])),
    ],
)
def test_a_misspelt_key_is_refused_not_defaulted(where: str, mutate: Any) -> None:
    message = broken_table_message("national-2021", mutate)
    assert message.startswith("province.toml") and "未知字段" in message, (where, message)


def test_rule_each_takes_only_column_or_row() -> None:
    assert "each" in broken_table_message(
        "national-2021", lambda d: d["rules"][0].update(each="col")
    )


def test_template_check_and_rendering() -> None:
    with pytest.raises(TemplateError):
        check_template(MessageTemplate("{a} {b"), frozenset({"a"}))
    with pytest.raises(TemplateError):
        check_template(MessageTemplate("{}"), frozenset({"a"}))
    template = MessageTemplate("甲{relation}乙", "A {relation} B")
    assert render(template, {"relation": "<="}) == "甲不应大于乙"
    assert render(template, {"relation": "<="}, ENGLISH) == "A should not exceed B"
    assert render(MessageTemplate("只有中文"), {}, ENGLISH) == "只有中文"


def test_findings_keep_code_cells_and_parameters() -> None:
    document = seed_document()
    c1 = CellRef("c1", "value")
    document.values[c1] = Decimal(4)
    findings = document.validator.check(document.values)
    sums = [entry for entry in findings.coded() if entry[1] == str(c1)]
    assert len(sums) == 1, findings.coded()
    code, _, params_items = sums[0]
    params = dict(params_items)
    assert params["actual"] == "4" and params["expected"] == "3" and params["relation"] == "="
    data = findings_to_json(document, findings)
    problem = next(p for p in data["problems"] if p["code"] == code)
    assert problem["rule"] == code and problem["params"]["actual"] == "4"
    assert problem["message"] == "收到申请数应等于四种申请方式之和 3，现为 4"
