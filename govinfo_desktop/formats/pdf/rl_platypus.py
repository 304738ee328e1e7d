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

from collections.abc import Callable

from govinfo_desktop.core.lazy_regex import LazyPattern, lazily_compiled

# (pattern, flags) predicates of the patterns compiled lazily: both in reportlab 5.1 (pinned).
_URI = "(^(?:[a-z0-9\\.\\-\\+]*)://)"  # the start of paragraph.uri_pat
_CJK = "([\u2e80-\uffff])"  # textsplit.rx
LAZY: tuple[Callable[[object, int], bool], ...] = (
    lambda pattern, flags: isinstance(pattern, str) and pattern.startswith(_URI),
    lambda pattern, flags: pattern == _CJK,
)


with lazily_compiled(LAZY):  # (nothing is compiled when reportlab.platypus was already imported)
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
