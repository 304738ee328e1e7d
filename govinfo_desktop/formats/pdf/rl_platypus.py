"""reportlab.platypus as our PDFs import it: with two regular expressions we never use compiled on first use.

Importing reportlab.platypus compiles a URL pattern in reportlab.platypus.paragraph (`uri_pat`, case-blind
over the whole Basic Multilingual Plane: ~45 ms, a tenth of a whole `govinfo-desktop pdf` run) and a CJK
pattern in reportlab.lib.textsplit (`rx`, ~4 ms). The first serves only reportlab's `uriWasteReduce`
option, the second only `textsplit.cjkwrap`; neither runs when we print. While reportlab.platypus is first
imported, `re.compile` hands those two back as `LazyPattern`s, which compile when first used, so they still
work if reportlab ever needs them. Modules of ours import platypus names from here, so that this happens
whichever of them comes first (tests/formats/test_rl_platypus.py checks that it did).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

# (pattern, flags) predicates of the patterns compiled lazily: both in reportlab 5.1 (pinned).
_URI = "(^(?:[a-z0-9\\.\\-\\+]*)://)"  # the start of paragraph.uri_pat
_CJK = "([\u2e80-\uffff])"  # textsplit.rx
LAZY: tuple[Callable[[object, int], bool], ...] = (
    lambda pattern, flags: isinstance(pattern, str) and pattern.startswith(_URI),
    lambda pattern, flags: pattern == _CJK,
)


class LazyPattern:
    """Stands in for a compiled pattern; compiles it when any of its attributes is first asked for."""

    def __init__(self, compile: Callable[..., re.Pattern[str]], pattern: str, flags: int) -> None:
        self._compile, self._args = compile, (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._compile(*self._args)
        return getattr(self._compiled, name)


_LOCK = threading.Lock()


@contextmanager
def lazily_compiled(lazy: tuple[Callable[[object, int], bool], ...] = LAZY) -> Iterator[None]:
    """Within the block, `re.compile` returns a LazyPattern for a pattern one of `lazy` accepts."""
    real = re.compile

    def compile(pattern: Any, flags: int | re.RegexFlag = 0) -> Any:
        if any(accepts(pattern, int(flags)) for accepts in lazy):
            return LazyPattern(real, pattern, int(flags))
        return real(pattern, flags)

    with _LOCK:  # two threads printing at once must not each save the other's stand-in as the original
        re.compile = compile
        try:
            yield
        finally:
            re.compile = real


with lazily_compiled():  # (nothing is compiled when reportlab.platypus was already imported)
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

__all__ = [
    "Flowable",
    "KeepTogether",
    "LazyPattern",
    "PageBreak",
    "Paragraph",
    "SimpleDocTemplate",
    "Spacer",
    "Table",
    "TableStyle",
    "lazily_compiled",
]
