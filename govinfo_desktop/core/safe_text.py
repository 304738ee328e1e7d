"""Text from a file another unit sent, made safe at the boundary before it reaches the document.

A control character breaks the Excel export (XML 1.0 cannot carry it), a lone UTF-16 surrogate cannot be
encoded as UTF-8 (every save would fail), and a 填报单位 of thousands of characters breaks the PDF layout.
"""

from __future__ import annotations

import re

MAX_METADATA_CHARS = 200  # the longest real 填报单位 is well under 60 characters
MAX_TEXT_CHARS = 2_000  # a note or an extra row's label

_SURROGATE = re.compile("[\ud800-\udfff]")
# C0 controls but tab and line breaks, DEL, C1 controls, and the non-characters XML 1.0 forbids.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_LINE_BREAKS = re.compile("[\t\r\n]+")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from "\\ud800" in JSON) replaced by U+FFFD, so the text can be saved."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def clean_text(text: str, *, multiline: bool = False) -> str:
    """Control characters dropped, lone surrogates replaced; one line unless `multiline`."""
    text = _CONTROL.sub("", without_surrogates(text))
    return text if multiline else _LINE_BREAKS.sub(" ", text)


def has_unsafe_characters(text: str) -> bool:
    return bool(_CONTROL.search(text) or _SURROGATE.search(text))
