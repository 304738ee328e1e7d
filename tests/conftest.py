"""Test session set-up: headless Qt, and every test that uses Qt marked `gui` automatically."""

from __future__ import annotations

import os
import tempfile

import pytest

from devtools import pyside_refcount

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# Caches (the parsed-font cache) go to a throw-away folder, never into the developer's home.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="govinfo-test-cache-")

pyside_refcount.install()  # development-only: PySide6 6.12 on CPython 3.11 (devtools/pyside_refcount.py)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if {"qtbot", "qapp", "qtmodeltester"} & set(fixtures):
            item.add_marker(pytest.mark.gui)
