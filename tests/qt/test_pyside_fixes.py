"""Emitting signals from Python must not drain the reference count of True (PySide6 6.12 / CPython 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

import govinfo_desktop.qt  # noqa: F401 - installs the work-around
from govinfo_desktop.qt import pyside_fixes


class _Sender(QObject):
    changed = Signal(int)


def test_many_emits_keep_true_alive(qapp) -> None:
    sender = _Sender()
    received: list[int] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True)
    for number in range(5000):
        sender.changed.emit(number)
    assert len(received) == 5000
    assert abs(sys.getrefcount(True) - before) < 50
    assert not pyside_fixes.emit_leaks_true()
