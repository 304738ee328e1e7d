"""PySide6 6.12 on CPython 3.11 drops references to None/True; the qt package must keep them alive."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QObject, Signal

import govinfo_desktop.qt  # noqa: F401 - importing the package applies the work-around


class _Sender(QObject):
    changed = Signal(int)


def test_many_emits_and_none_returns_keep_the_singletons_alive(qapp) -> None:
    sender = _Sender()
    received: list[int] = []
    sender.changed.connect(received.append)
    for number in range(20_000):
        sender.changed.emit(number)
        sender.parent()  # returns None
    assert len(received) == 20_000
    assert sys.getrefcount(None) > 1_000_000
    assert sys.getrefcount(True) > 1_000_000


def test_a_fresh_process_survives_a_long_session() -> None:
    code = (
        "import govinfo_desktop.qt\n"
        "from PySide6.QtCore import QObject\n"
        "o = QObject()\n"
        "for _ in range(200_000): o.parent(); o.destroyed.emit()\n"
        "print('ok')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "ok"
