"""Rules as data, compiled into checks: one check per rule instance (a rule applied to one column or row).

Explicit rules come from the table file's `[[rules]]`; the tree gives the rest: a row with `sum_rule`
equals the sum of its children, a row with `subset_rule` (其中) is at most its parent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import Any, NamedTuple

from govinfo_desktop.core.issues import Issue, Severity
from govinfo_desktop.core.messages import (
    VALUE_PARAMS,
    MessageTemplate,
    TemplateError,
    check_template,
)
from govinfo_desktop.core.ruleexpr import RELATIONS, Ref, Relation, parse_relation
from govinfo_desktop.core.tabledef import CellRef, Column, TableDefinition
from govinfo_desktop.core.values import Value, numeric

DEFAULT_SUM_MESSAGE = MessageTemplate(
    "{label}应等于其下各项之和 {expected}，现为 {actual}",
    "{label} should equal the sum of its items, {expected}; it is {actual}",
)
DEFAULT_SUBSET_MESSAGE = MessageTemplate(
    "{label}是其中数，不应大于{parent} {expected}，现为 {actual}",
    "{label} is a part (其中) and should not exceed {parent}, {expected}; it is {actual}",
)


class RuleError(ValueError):
    """A rule that does not fit its table; the message names the rule."""


class Rule(NamedTuple):
    id: str
    severity: Severity
    relation: Relation
    message: MessageTemplate
    each: str = ""  # "", "column" or "row"
    rows: tuple[str, ...] = ()  # with each = "row": the rows (default: every row of `part`)
    part: str = ""
    when: Relation | None = None
    text: str = ""  # the relation as written, for messages about the rule itself


Operand = CellRef | Decimal
SignedOperands = tuple[tuple[int, Operand], ...]


@dataclass(frozen=True)
class Check:
    """One rule bound to its cells: left `relation` right, evaluated on every edit that touches it."""

    index: int
    rule_id: str
    severity: Severity
    left: SignedOperands
    relation: str
    right: SignedOperands
    message: MessageTemplate
    context: Mapping[str, str] = field(default_factory=dict, compare=False)
    when: tuple[SignedOperands, str, SignedOperands] | None = None

    @cached_property
    def cells(self) -> tuple[CellRef, ...]:
        """Every cell the check reads, the one to fix first; kept, as the live check asks on every edit."""
        operands = [op for _, op in (*self.left, *self.right)]
        if self.when:
            operands += [op for _, op in (*self.when[0], *self.when[2])]
        unique = dict.fromkeys(op for op in operands if isinstance(op, CellRef))
        return tuple(unique)

    def evaluate(self, values: Mapping[CellRef, Value]) -> Issue | None:
        if self.when is not None:
            when_left, when_rel, when_right = self.when
            if not RELATIONS[when_rel](_total(when_left, values), _total(when_right, values)):
                return None
        actual = _total(self.left, values)
        expected = _total(self.right, values)
        if RELATIONS[self.relation](actual, expected):
            return None
        return Issue(
            self.rule_id,
            self.severity,
            self.cells,
            expected,
            actual,
            self.message,
            self._context_items,
            self.relation,
            self.index,
            (_all_blank(self.left, values), _all_blank(self.right, values)),
        )

    @cached_property
    def _context_items(self) -> tuple[tuple[str, str], ...]:
        return tuple(sorted(self.context.items()))

    def check_message(self) -> None:
        """Refuse a template naming a parameter this check cannot fill (a typo like `{rwo}`)."""
        try:
            check_template(self.message, VALUE_PARAMS | frozenset(self.context))
        except TemplateError as error:
            raise RuleError(f"规则 {self.rule_id}：{error}") from error


def _total(operands: SignedOperands, values: Mapping[CellRef, Value]) -> Decimal:
    total = Decimal(0)
    for sign, operand in operands:
        amount = operand if isinstance(operand, Decimal) else numeric(values.get(operand))
        total += amount if sign > 0 else -amount
    return total


def _all_blank(operands: SignedOperands, values: Mapping[CellRef, Value]) -> bool:
    cells = [op for _, op in operands if isinstance(op, CellRef)]
    return len(cells) == len(operands) and all(values.get(cell) is None for cell in cells)


def compile_checks(table: TableDefinition, rules: Iterable[Rule]) -> tuple[Check, ...]:
    builder = _CheckBuilder(table)
    builder.add_tree_rules()
    for rule in rules:
        builder.add_rule(rule)
    for check in builder.checks:
        check.check_message()
    return tuple(builder.checks)


class _CheckBuilder:
    def __init__(self, table: TableDefinition) -> None:
        self.table = table
        self.checks: list[Check] = []

    def _append(self, **kwargs: Any) -> None:
        self.checks.append(Check(index=len(self.checks), **kwargs))

    def add_tree_rules(self) -> None:
        for row in self.table.rows_in_order():
            if row.sum_rule:
                self._add_sum(row.id)
            if row.subset_rule:
                self._add_subset(row.id)

    def _add_sum(self, row_id: str) -> None:
        row = self.table.row(row_id)
        parts = [
            self.table.row(child)
            for child in row.children
            if self.table.row(child).has_values
            and self.table.row(child).in_parent_sum
            and not self.table.row(child).subset_rule
        ]
        if not row.has_values or not parts:
            raise RuleError(f"规则 {row.sum_rule}：行 {row_id} 没有可相加的下级行")
        for column in self.table.columns_for(row_id):
            self._append(
                rule_id=row.sum_rule,
                severity=Severity.ERROR,
                left=((1, CellRef(row_id, column.id)),),
                relation="=",
                right=tuple((1, CellRef(part.id, column.id)) for part in parts),
                message=row.sum_message or DEFAULT_SUM_MESSAGE,
                context=self._context(row_id, column),
            )

    def _add_subset(self, row_id: str) -> None:
        row = self.table.row(row_id)
        if not row.parent or not self.table.row(row.parent).has_values:
            raise RuleError(f"规则 {row.subset_rule}：其中行 {row_id} 的上级行没有数值")
        parent = self.table.row(row.parent)
        for column in self.table.columns_for(row_id):
            context = self._context(row_id, column)
            context["parent"] = parent.label
            self._append(
                rule_id=row.subset_rule,
                severity=Severity.ERROR,
                left=((1, CellRef(row_id, column.id)),),
                relation="<=",
                right=((1, CellRef(parent.id, column.id)),),
                message=row.subset_message or DEFAULT_SUBSET_MESSAGE,
                context=context,
            )

    def add_rule(self, rule: Rule) -> None:
        for row_id, column in self._instances(rule):
            resolve = self._resolver(rule, row_id, column)
            when = None
            if rule.when is not None:
                when = (
                    _bind(rule.when.left, resolve),
                    rule.when.relation,
                    _bind(rule.when.right, resolve),
                )
            first_row = row_id or _first_row(rule)
            self._append(
                rule_id=rule.id,
                severity=rule.severity,
                left=_bind(rule.relation.left, resolve),
                relation=rule.relation.relation,
                right=_bind(rule.relation.right, resolve),
                message=rule.message,
                context=self._context(first_row, column),
                when=when,
            )

    def _instances(self, rule: Rule) -> list[tuple[str | None, Column | None]]:
        if rule.each == "column":
            return [(None, column) for column in self.table.columns_for(_first_row(rule))]
        if rule.each == "row":
            rows = rule.rows or tuple(
                row.id for row in self.table.rows_in_order(rule.part) if row.has_values
            )
            return [(row_id, None) for row_id in rows]
        return [(None, None)]

    def _resolver(self, rule: Rule, row_id: str | None, column: Column | None) -> Any:
        def resolve(ref: Ref) -> CellRef:
            row = ref.row or row_id
            if row is None:
                raise RuleError(f'规则 {rule.id}：“.{ref.column}”只能用于逐行规则（each = "row"）')
            if row not in self.table.rows:
                raise RuleError(f"规则 {rule.id}：引用了不存在的行“{row}”")
            column_id = ref.column or (column.id if column else self._only_column(rule, row))
            cell = CellRef(row, column_id)
            if not self.table.has_cell(cell):
                raise RuleError(f"规则 {rule.id}：引用了不存在的单元格“{cell}”")
            return cell

        return resolve

    def _only_column(self, rule: Rule, row_id: str) -> str:
        columns = self.table.columns_for(row_id)
        if len(columns) != 1:
            raise RuleError(f"规则 {rule.id}：行“{row_id}”有多列，请写成“{row_id}.列”")
        return columns[0].id

    def _context(self, row_id: str | None, column: Column | None) -> dict[str, str]:
        context: dict[str, str] = {}
        if row_id and row_id in self.table.rows:
            row = self.table.row(row_id)
            context["label"] = row.label
            context["row"] = f"{row.number}{row.label}"
        if column is not None:
            context["column"] = column.header
            context["column_label"] = column.label
        return context


def _first_row(rule: Rule) -> str:
    for ref in rule.relation.refs():
        if ref.row:
            return ref.row
    raise RuleError(f"规则 {rule.id}：没有引用任何行")


def _bind(terms: Iterable[tuple[int, Ref | Decimal]], resolve: Any) -> SignedOperands:
    return tuple(
        (sign, operand if isinstance(operand, Decimal) else resolve(operand))
        for sign, operand in terms
    )


RULE_FIELDS = frozenset(
    {"id", "severity", "check", "message", "message_en", "each", "rows", "part", "when"}
)


def parse_rule(entry: Mapping[str, Any]) -> Rule:
    """One `[[rules]]` entry of a table file; raises KeyError/ValueError on a malformed entry."""
    unknown = set(entry) - RULE_FIELDS
    if unknown:
        raise ValueError(f"未知字段 {sorted(unknown)}（可用：{sorted(RULE_FIELDS)}）")
    severity = Severity(entry.get("severity", "error"))
    when_text = entry.get("when")
    each = str(entry.get("each", ""))
    if each not in ("", "column", "row"):
        raise ValueError(f"each 只能是 column 或 row，现为“{each}”")
    return Rule(
        id=str(entry["id"]),
        severity=severity,
        relation=parse_relation(str(entry["check"])),
        message=MessageTemplate(str(entry["message"]), str(entry.get("message_en", ""))),
        each=each,
        rows=tuple(entry.get("rows", ())),
        part=str(entry.get("part", "")),
        when=parse_relation(str(when_text)) if when_text else None,
        text=str(entry["check"]),
    )
