"""Table definition files: the three national tables load; a broken definition names the file and entry."""

from __future__ import annotations

from typing import Any

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.ruleexpr import ExpressionError, Ref, parse_relation
from govinfo_desktop.core.tabledef import CellRef, RowRole
from govinfo_desktop.core.tableload import build_table
from govinfo_desktop.core.values import ValueKind
from tests.table_files import broken_table_message, raw_table


def test_the_three_national_tables_and_their_shapes() -> None:
    assert catalog.table_ids() == ["national-2014", "national-2019", "national-2021"]
    t14 = catalog.load_table("national-2014").table
    sections = [r for r in t14.rows_in_order() if r.role is RowRole.SECTION]
    assert [s.number for s in sections] == [
        "一、",
        "二、",
        "三、",
        "四、",
        "五、",
        "六、",
        "七、",
        "八、",
        "九、",
    ]
    assert len(t14.rows) == 65 and len(list(t14.cells())) == 58
    assert t14.row("a2_weibo").label == "政府微博公开政府信息数"  # the seed's wording wins
    assert t14.row("s6").children == ()  # no sub-rows under 六 in the seed
    assert (
        t14.row("i3").unit == "人次" and t14.row("h4").unit == "万元" and t14.row("c1").unit == ""
    )
    for table_id, rows_in_t3 in (("national-2019", 23), ("national-2021", 25)):
        table = catalog.load_table(table_id).table
        assert [p.heading for p in table.parts] == [
            "二、主动公开政府信息情况",
            "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况",
        ]
        t3 = table.part("t3")
        assert [c.label for c in t3.columns] == [
            "自然人",
            "商业企业",
            "科研机构",
            "社会公益组织",
            "法律服务机构",
            "其他",
            "总计",
        ]
        assert t3.columns[1].groups == ("申请人情况", "法人或其他组织")
        assert len([r for r in table.rows_in_order("t3") if r.has_values]) == rows_in_t3
        t4 = table.part("t4").columns
        assert len(t4) == 15 and t4[5].groups == ("行政诉讼", "未经复议直接起诉")


def test_block_columns_and_value_kinds() -> None:
    t19 = catalog.load_table("national-2019").table
    assert [c.label for c in t19.columns_for("t2_licensing")] == [
        "上一年项目数量",
        "本年增/减",
        "处理决定数量",
    ]
    assert t19.cell_kind(CellRef("t2_licensing", "change")) is ValueKind.SIGNED
    assert t19.cell_kind(CellRef("t2_procurement", "amount")) is ValueKind.MONEY
    t21 = catalog.load_table("national-2021").table
    assert t21.cell_unit(CellRef("t2_fees", "amount")) == "万元"
    assert t21.row("t2_regulations").may_not_apply and not t21.row("t2_normative").may_not_apply


def test_table_for_year() -> None:
    assert [catalog.table_for_year(y) for y in (2014, 2018, 2019, 2020, 2021, 2030)] == [
        "national-2014", "national-2014", "national-2019", "national-2019", "national-2021", "national-2021",
    ]  # fmt: skip


def _broken(mutate: Any) -> str:
    return broken_table_message("national-2014", mutate)


def test_unknown_parent_row_is_named() -> None:
    message = _broken(lambda d: d["parts"][0]["rows"][2].update(parent="nope"))
    assert message.startswith("province.toml") and "nope" in message


def test_repeated_row_id_is_named() -> None:
    message = _broken(lambda d: d["parts"][0]["rows"][3].update(id="a1"))
    assert "province.toml" in message and "“a1”重复" in message


def test_repeated_rule_id_is_named() -> None:
    message = _broken(lambda d: d["rules"][1].update(id="A2"))
    assert "“A2”重复" in message


def test_rule_with_unknown_row_or_column_is_named() -> None:
    assert "不存在的行“ghost”" in _broken(lambda d: d["rules"][0].update(check="ghost <= a1"))
    assert "不存在的单元格“a1.total”" in _broken(
        lambda d: d["rules"][0].update(check="a1.total <= a1")
    )


def test_bad_rule_expression_is_named() -> None:
    message = _broken(lambda d: d["rules"][0].update(check="a1 <= <= a2"))
    assert "第 1 条规则" in message


def test_unknown_row_field_is_named() -> None:
    assert "未知字段" in _broken(lambda d: d["parts"][0]["rows"][1].update(colour="red"))


def test_a_province_row_is_a_data_change() -> None:
    data = raw_table("national-2014")
    data["parts"][0]["rows"].insert(
        10,
        {
            "id": "a2_docs",
            "parent": "a2",
            "number": "6、",
            "label": "其他主动公开文件数",
            "measure": "条",
        },
    )
    a3_rule = next(rule for rule in data["rules"] if rule["id"] == "A3")
    a3_rule["check"] += " + a2_docs"
    loaded = build_table(data, "hubei.toml")
    assert "a2_docs" in loaded.table.row("a2").children
    a3 = next(c for c in loaded.checks if c.rule_id == "A3")
    assert CellRef("a2_docs", "value") in a3.cells


@pytest.mark.parametrize(
    ("text", "relation", "left", "right"),
    [
        ("a = b + c", "=", 1, 2),
        ("a<=b-c", "<=", 1, 2),
        ("a ≥ 0", ">=", 1, 1),
        ("-a + b.total == .x", "=", 2, 1),
    ],
)
def test_relation_parser(text: str, relation: str, left: int, right: int) -> None:
    parsed = parse_relation(text)
    assert (parsed.relation, len(parsed.left), len(parsed.right)) == (relation, left, right)


def test_relation_parser_references() -> None:
    parsed = parse_relation("-a + b.total = .x + 3")
    assert parsed.left == ((-1, Ref("a", None)), (1, Ref("b", "total")))
    assert parsed.right[0] == (1, Ref(None, "x"))


@pytest.mark.parametrize(
    "text", ["a", "a = ", "a = b = c", "a + = b", "a = b +", "__import__('os') = 1", "a = b * 2"]
)
def test_relation_parser_rejects_what_is_not_a_relation(text: str) -> None:
    with pytest.raises(ExpressionError):
        parse_relation(text)
