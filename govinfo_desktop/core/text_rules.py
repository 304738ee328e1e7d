"""The keyword → cell rules that tie numbers in the report text to the table, read from
resources/text/numbers-*.toml (the file's header explains each key)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from govinfo_desktop.core import catalog
from govinfo_desktop.core.tabledef import CellRef, TableDefinition
from govinfo_desktop.resources import resource_path

Groups = tuple[tuple[str, ...], ...]
CellSum = tuple[CellRef, ...]
UNITS = ("count", "money", "percent")


class TextRuleError(ValueError):
    """A rule file that does not load; the message names the file, the rule and the key."""


@dataclass(frozen=True)
class TextRule:
    id: str
    label: Groups
    after: Groups = ()
    topic: Groups = ()
    not_label: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    cells: tuple[CellSum, ...] = ()  # accepted readings; the first is the one a finding names
    rate: tuple[CellSum, CellSum] | None = None
    unit: str = "count"
    measure: tuple[str, ...] = ()  # counting words accepted; empty: any


@dataclass(frozen=True)
class Claim:
    """A statement without a number that fixes cells (“未收到…申请” ⇒ 一 = 0)."""

    id: str
    pattern: re.Pattern[str]
    cells: CellSum
    value: Decimal


@dataclass(frozen=True)
class TextRules:
    rules: tuple[TextRule, ...]
    skip: tuple[str, ...]  # words that mark a number as last year's or a comparison
    claims: tuple[Claim, ...] = ()
    other_topics: tuple[str, ...] = ()  # a sentence about other business: its numbers are skipped
    # every label word of every rule: looked up once per number, so most rules are passed over at once
    label_words: frozenset[str] = field(default=frozenset(), compare=False)
    by_word: dict[str, tuple[int, ...]] = field(
        default_factory=dict, compare=False
    )  # → rule indexes

    @classmethod
    def of(
        cls,
        rules: tuple[TextRule, ...],
        skip: tuple[str, ...],
        claims: tuple[Claim, ...] = (),
        other_topics: tuple[str, ...] = (),
    ) -> TextRules:
        by_word: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            for word in rule.label[0]:
                by_word.setdefault(word, []).append(index)
        words = frozenset(w for rule in rules for group in rule.label for w in group)
        lookup = {w: tuple(i) for w, i in by_word.items()}
        return cls(rules, skip, claims, other_topics, words, lookup)

    def candidates(self, present: frozenset[str]) -> list[TextRule]:
        """Rules whose first label group has a word in `present`, in file order."""
        indexes = sorted({i for word in present for i in self.by_word.get(word, ())})
        return [self.rules[i] for i in indexes]

    def present(self, text: str) -> frozenset[str]:
        """The label words found in `text`."""
        return frozenset(word for word in self.label_words if word in text)


@cache
def rules_for(table_id: str) -> TextRules:
    """The rules of a table format; none (an empty set) for a format without a rule file."""
    for path in sorted(resource_path("text").glob("numbers-*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if table_id in data["tables"]:
            table = catalog.table(table_id)
            default_measure = tuple(str(word) for word in data.get("measure", ()))
            rules = tuple(
                _rule(path.name, table, {"measure": default_measure, **entry})
                for entry in data["rules"]
            )
            claims = tuple(_claim(path.name, table, entry) for entry in data.get("claims", ()))
            other = tuple(data.get("other_topics", ()))
            return TextRules.of(rules, tuple(data.get("skip", ())), claims, other)
    return TextRules.of((), ())


def _rule(name: str, table: TableDefinition, data: dict[str, object]) -> TextRule:
    rule_id = str(data.get("id", "?"))
    where = f"{name} 规则 {rule_id}"
    try:
        unit = str(data.get("unit", "count"))
        if unit not in UNITS:
            raise TextRuleError(f"{where}：unit 应为 {'/'.join(UNITS)}")
        rate = data.get("rate")
        rule = TextRule(
            id=rule_id,
            label=_groups(data["label"]),
            after=_groups(data.get("after", [])),
            topic=_groups(data.get("topic", [])),
            not_label=tuple(data.get("not_label", ())),  # type: ignore[arg-type]
            not_after=tuple(data.get("not_after", ())),  # type: ignore[arg-type]
            cells=tuple(parse_sum(table, text, where) for text in data.get("cells", ())),  # type: ignore[attr-defined]
            rate=(parse_sum(table, rate[0], where), parse_sum(table, rate[1], where))  # type: ignore[index]
            if rate
            else None,
            unit=unit,
            measure=tuple(str(word) for word in data.get("measure", ())),  # type: ignore[attr-defined]
        )
    except KeyError as error:
        raise TextRuleError(f"{where}：缺少 {error}") from error
    if not rule.cells and rule.rate is None:
        raise TextRuleError(f"{where}：应有 cells 或 rate")
    return rule


def _claim(name: str, table: TableDefinition, data: dict[str, object]) -> Claim:
    where = f"{name} 陈述 {data.get('id', '?')}"
    try:
        return Claim(
            str(data["id"]),
            re.compile(str(data["pattern"])),
            parse_sum(table, str(data["cells"]), where),
            Decimal(str(data["value"])),
        )
    except KeyError as error:
        raise TextRuleError(f"{where}：缺少 {error}") from error
    except re.error as error:
        raise TextRuleError(f"{where}：pattern 不是有效的正则表达式（{error}）") from error


def _groups(value: object) -> Groups:
    return tuple(tuple(str(word) for word in group) for group in value)  # type: ignore[attr-defined]


def parse_sum(table: TableDefinition, text: str, where: str = "") -> CellSum:
    """“t3_new.total+t3_carried.total” → cells; a row alone means its only column (the 2014 list)."""
    cells: list[CellRef] = []
    for term in str(text).replace(" ", "").split("+"):
        row, _, column = term.partition(".")
        if not column and row in table.rows:
            columns = table.columns_for(row)
            column = columns[0].id if len(columns) == 1 else ""
        cell = CellRef(row, column)
        if not table.has_cell(cell):
            raise TextRuleError(f"{where}：表格 {table.id} 没有单元格 {term}")
        cells.append(cell)
    return tuple(cells)
