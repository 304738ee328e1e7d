"""Fixtures shared by the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govinfo_desktop.qt import i18n


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The program in English for one test, Chinese again after it."""
    assert i18n.apply_language(i18n.ENGLISH)
    yield
    i18n.apply_language(i18n.CHINESE)
