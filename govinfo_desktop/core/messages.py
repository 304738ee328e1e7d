"""Finding messages as data: a template per language, filled from a finding's parameters at the edge.

A check keeps its parameters (labels, the two sides, the relation) and renders only when a person reads
it, so the window, the CLI, the PDF and the JSON all say the same thing in the chosen language, and a
template that names a parameter its rule does not have is refused when the table loads.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import NamedTuple

CHINESE, ENGLISH = "zh", "en"
LANGUAGES = (CHINESE, ENGLISH)

# What every finding of a relation can say, besides its table context (label, row, column, …).
VALUE_PARAMS = frozenset({"actual", "expected", "difference", "relation"})

_RELATION_WORDS: Mapping[str, Mapping[str, str]] = {
    CHINESE: {"=": "应等于", "<=": "不应大于", ">=": "不应小于", "<": "应小于", ">": "应大于"},
    ENGLISH: {
        "=": "should equal",
        "<=": "should not exceed",
        ">=": "should be at least",
        "<": "should be less than",
        ">": "should be greater than",
    },
}


class MessageTemplate(NamedTuple):
    """One finding's wording: Chinese (the original) and English (falls back to Chinese when empty)."""

    zh: str
    en: str = ""

    def text(self, language: str) -> str:
        return self.en if language == ENGLISH and self.en else self.zh

    def placeholders(self) -> frozenset[str]:
        return placeholders(self.zh) | placeholders(self.en)


class TemplateError(ValueError):
    """A template that cannot be rendered; the message names the unknown placeholder."""


def placeholders(template: str) -> frozenset[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as error:
        raise TemplateError(f"提示文字“{template}”的花括号不成对（{error}）") from error
    return frozenset(name for _, name, _, _ in parsed if name is not None)


def check_template(template: MessageTemplate, available: frozenset[str]) -> None:
    """Raise TemplateError when `template` uses a parameter outside `available` (e.g. `{rwo}`)."""
    unknown = template.placeholders() - available
    if "" in unknown:
        raise TemplateError("提示文字里有空的占位符“{}”，请写出参数名")
    if unknown:
        names = "、".join("{" + name + "}" for name in sorted(unknown))
        known = "、".join("{" + name + "}" for name in sorted(available))
        raise TemplateError(f"提示文字用了未知的参数 {names}（可用：{known}）")


def relation_words(relation: str, language: str) -> str:
    return _RELATION_WORDS.get(language, _RELATION_WORDS[CHINESE])[relation]


def render(template: MessageTemplate, params: Mapping[str, str], language: str = CHINESE) -> str:
    """Fill the template; `relation` holds the operator and is spelt out in the reader's language."""
    filled = dict(params)
    if "relation" in filled:
        filled["relation"] = relation_words(filled["relation"], language)
    return template.text(language).format_map(filled)
