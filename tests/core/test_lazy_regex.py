"""A pattern compiled on first use behaves as the compiled one, and nothing but a use compiles it."""

from __future__ import annotations

import re

import pytest

from govinfo_desktop.core.lazy_regex import LazyPattern


def test_a_method_taken_before_first_use_compiles_when_called() -> None:
    lazy = LazyPattern(re.compile, r"(\d+)", 0)
    finditer = lazy.finditer  # as PySide6's parser keeps it at import
    assert not lazy.is_compiled
    assert [m.group(1) for m in finditer("表1 行23")] == ["1", "23"]
    assert lazy.is_compiled


def test_what_no_pattern_has_is_refused_without_compiling() -> None:
    lazy = LazyPattern(re.compile, "a+", re.VERBOSE)
    assert getattr(lazy, "__isabstractmethod__", False) is False  # what ABCMeta asks a class body
    with pytest.raises(AttributeError):
        _ = lazy.no_such_attribute
    assert not lazy.is_compiled
    assert lazy.flags == re.compile("a+", re.VERBOSE).flags and lazy.is_compiled
