"""Regular expressions that a library compiles on import but rarely or never uses, compiled on first use.

Within `lazily_compiled(accepts)`, `re.compile` hands back a `LazyPattern` for a pattern one of `accepts`
takes; it compiles when first used, so the library still works if it ever needs it. Used while importing
reportlab.platypus (formats.pdf.rl_platypus) and PySide6 (app): a pattern nobody runs costs nothing, and a
library that changes its patterns only loses the saving (the tests that check each saving then fail).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

Accepts = Callable[[object, int], bool]


class LazyPattern:
    """Stands in for a compiled pattern; compiles it when first used. A method taken before that (a
    library keeping `pattern.finditer` at import) is handed back as a call that compiles when made."""

    def __init__(self, compile: Callable[..., re.Pattern[str]], pattern: str, flags: int) -> None:
        self._compile, self._args = compile, (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    @property
    def is_compiled(self) -> bool:
        return self._compiled is not None

    def __getattr__(self, name: str) -> Any:
        if not hasattr(re.Pattern, name):  # what no pattern has (ABCMeta asks for __isabstractmethod__)
            raise AttributeError(name)
        if self._compiled is None and callable(getattr(re.Pattern, name)):
            return functools.partial(self._call, name)
        return getattr(self._pattern(), name)

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = self._compile(*self._args)
        return self._compiled

    def _call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self._pattern(), name)(*args, **kwargs)


_LOCK = threading.Lock()


@contextmanager
def lazily_compiled(accepts: tuple[Accepts, ...]) -> Iterator[None]:
    """Within the block, `re.compile` returns a LazyPattern for a pattern one of `accepts` takes."""
    real = re.compile

    def compile(pattern: Any, flags: int | re.RegexFlag = 0) -> Any:
        if any(accept(pattern, int(flags)) for accept in accepts):
            return LazyPattern(real, pattern, int(flags))
        return real(pattern, flags)

    with _LOCK:  # two threads at once must not each save the other's stand-in as the original
        re.compile = compile
        try:
            yield
        finally:
            re.compile = real
