"""A small parser for rule relations between signed sums of cells — no `eval` anywhere.

Grammar:  relation := sum REL sum ;  sum := [+|-] term {(+|-) term} ;
          term := NUMBER | ref ;  ref := ROW | ROW.COLUMN | .COLUMN ;
          REL := = | == | <= | >= | < | > | ≤ | ≥
A bare ROW takes the column a rule is applied to ("each column"); a bare .COLUMN takes the row.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from decimal import Decimal
from typing import NamedTuple

_TOKEN = re.compile(
    r"\s*(?:(?P<number>\d+(?:\.\d+)?)|(?P<ref>[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?|\.[A-Za-z_]\w*)"
    r"|(?P<rel><=|>=|==|≤|≥|=|<|>)|(?P<sign>[+-]))"
)

RELATIONS: dict[str, Callable[[Decimal, Decimal], bool]] = {
    "=": operator.eq,
    "<=": operator.le,
    ">=": operator.ge,
    "<": operator.lt,
    ">": operator.gt,
}
_REL_ALIASES = {"==": "=", "≤": "<=", "≥": ">="}


class ExpressionError(ValueError):
    pass


class Ref(NamedTuple):
    row: str | None  # None: the row the rule is applied to
    column: str | None  # None: the column the rule is applied to, or the row's only column


Term = tuple[int, Ref | Decimal]  # (+1 | -1, operand)


class Relation(NamedTuple):
    left: tuple[Term, ...]
    relation: str
    right: tuple[Term, ...]

    def refs(self) -> list[Ref]:
        return [operand for _, operand in (*self.left, *self.right) if isinstance(operand, Ref)]


def parse_relation(text: str) -> Relation:
    tokens = _tokenize(text)
    rel_positions = [i for i, (kind, _) in enumerate(tokens) if kind == "rel"]
    if len(rel_positions) != 1:
        raise ExpressionError(f"“{text}”应当恰好有一个比较符（= <= >= < >）")
    at = rel_positions[0]
    relation = _REL_ALIASES.get(tokens[at][1], tokens[at][1])
    left = _parse_sum(tokens[:at], text)
    right = _parse_sum(tokens[at + 1 :], text)
    return Relation(left, relation, right)


def _tokenize(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    position = 0
    stripped_end = len(text.rstrip())
    while position < stripped_end:
        match = _TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise ExpressionError(f"“{text}”第 {position + 1} 个字符处无法识别")
        kind = match.lastgroup or ""
        tokens.append((kind, match.group(kind)))
        position = match.end()
    return tokens


def _parse_sum(tokens: list[tuple[str, str]], text: str) -> tuple[Term, ...]:
    if not tokens:
        raise ExpressionError(f"“{text}”比较符的一边是空的")
    terms: list[Term] = []
    sign = 1
    expect_operand = True
    for kind, value in tokens:
        if expect_operand and kind == "sign" and not terms and sign == 1:
            sign = -1 if value == "-" else 1
            continue
        if expect_operand and kind in ("number", "ref"):
            terms.append((sign, _operand(kind, value)))
            expect_operand = False
        elif not expect_operand and kind == "sign":
            sign = -1 if value == "-" else 1
            expect_operand = True
        else:
            raise ExpressionError(f"“{text}”在“{value}”处不合语法")
    if expect_operand:
        raise ExpressionError(f"“{text}”以运算符结尾")
    return tuple(terms)


def _operand(kind: str, value: str) -> Ref | Decimal:
    if kind == "number":
        return Decimal(value)
    row, _, column = value.partition(".")
    return Ref(row or None, column or None)
