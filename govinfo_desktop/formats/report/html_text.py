"""The words of a web page, in time linear in its size. html.parser is not: 400 KB of “<a<a<a…” takes
minutes in it (each unclosed tag is scanned to the end of the file again), so a hostile page could hang
the import. Here every step moves forward past what it looked at, and a deadline is checked on the way."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "tr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "section",
        "article",
        "td",
        "th",
        "title",
    ]
)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9:-]*)")
_TAG_END = re.compile(r"[>\"']")
_RAW_TEXT_END = {
    name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in ("script", "style")
}
CHECK_EVERY = 256  # tags between two looks at the clock


def html_text(markup: str, check: Callable[[], None] = lambda: None) -> str:
    """Text of `markup` with a line break at each block tag; script and style left out, character
    references resolved. `check` is called now and then and may raise to stop (the deadline)."""
    parts: list[str] = []
    position, steps = 0, 0
    while position < len(markup):
        steps += 1
        if steps % CHECK_EVERY == 0:
            check()
        start = markup.find("<", position)
        if start < 0:
            parts.append(html.unescape(markup[position:]))
            break
        if start > position:
            parts.append(html.unescape(markup[position:start]))
        position = _past_markup(markup, start, parts)
    return "".join(parts)


def _past_markup(markup: str, start: int, parts: list[str]) -> int:
    """Where the text goes on after the markup at `start`; len(markup) when it runs to the end."""
    if markup.startswith("<!--", start):
        end = markup.find("-->", start + 4)
        return len(markup) if end < 0 else end + 3
    if markup.startswith(("<!", "<?"), start):
        end = markup.find(">", start)
        return len(markup) if end < 0 else end + 1
    match = _TAG_NAME.match(markup, start)
    if match is None:  # a lone “<” is text
        parts.append("<")
        return start + 1
    end = _tag_end(markup, match.end())
    if end < 0:
        return len(markup)
    name = match.group(1).lower()
    closing = markup.startswith("</", start)
    if name in BLOCK_TAGS:  # “<br/>” opens and closes: two breaks, as html.parser gave
        parts.append("\n\n" if not closing and markup[end - 1] == "/" else "\n")
    if not closing and name in _RAW_TEXT_END:  # script/style text is not the page's words
        raw_end = _RAW_TEXT_END[name].search(markup, end + 1)
        return len(markup) if raw_end is None else raw_end.start()
    return end + 1


def _tag_end(markup: str, position: int) -> int:
    """The “>” closing a tag, quotes in attribute values skipped; -1 when the file ends first."""
    while True:
        found = _TAG_END.search(markup, position)
        if found is None:
            return -1
        if found.group() == ">":
            return found.start()
        close = markup.find(found.group(), found.end())
        if close < 0:
            return -1
        position = close + 1
