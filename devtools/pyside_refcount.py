"""Development-only work-around for a reference-counting bug of PySide6 6.12 on CPython 3.11.

It lives outside the package so that no installed build carries it: `make run` and the test session
apply it (devtools/run.py, tests/conftest.py); installed builds run where the leak does not exist.

PySide6/shiboken6 6.12.0 (abi3 wheel) hands `None`, `True` and `False` back to Python without taking a
reference in many places: `SignalInstance.emit()` returns `True`, `QObject.parent()` and every invalid
QVariant (`index.data(role)` with nothing to show) return `None`, and painting a view does it too. On
CPython ≥ 3.12 these objects are immortal and nothing happens; on 3.11 each call lowers their count by
one, and after some minutes of use the interpreter aborts with “none_dealloc: deallocating None”
(or bool_dealloc). We detect the leak and, only if present, lift the three counts far out of reach —
what 3.12 does by design. Other objects are not affected (measured: wrappers keep their counts).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

_PROBES = 16
_HEADROOM = 1 << 40  # ~10^12 lost references: years of continuous painting
_done = False


class _Probe(QObject):
    ping = Signal()


def leaks_singletons() -> bool:
    """True when PySide6 drops references to None or True (measured, not assumed from versions).

    On CPython ≥ 3.12 the counts of immortal objects do not move, so the measurement says False."""
    probe = _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.parent()
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    return none_lost >= _PROBES or true_lost >= _PROBES


def _lift(obj: object, amount: int) -> None:
    # CPython ≤ 3.11 (release build): ob_refcnt is the first field of every object.
    count = ctypes.c_ssize_t.from_address(id(obj))
    count.value += amount


def install() -> bool:
    """Apply the work-around once when needed; True when it was applied by this call."""
    global _done  # noqa: PLW0603 - once per process
    if _done:
        return False
    _done = True
    if not leaks_singletons():
        return False
    for obj in (None, True, False):
        _lift(obj, _HEADROOM)
    return True
