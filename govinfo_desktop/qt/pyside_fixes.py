"""Work-arounds for bugs in the pinned PySide6, applied once when the qt package is imported.

PySide6 6.12.0 on CPython 3.11: `SignalInstance.emit()` returns `True` without taking a reference, so
every signal emitted from Python lowers the reference count of `True` by one; after a few thousand
emits (an afternoon of typing) the interpreter aborts with “bool_dealloc: deallocating True or False”.
CPython ≥ 3.12 makes `True` immortal, so there it is harmless. We detect the leak (emit a few times,
compare the count) and, only if present, give back the missing reference after each emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 16


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    leaked = before - sys.getrefcount(True) >= _PROBES
    if leaked:  # give back what the probe took
        for _ in range(_PROBES):
            _incref(True)
    return leaked


def _incref(obj: object) -> None:
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def install() -> bool:
    """Patch `SignalInstance.emit` when the leak is present; True when patched."""
    if getattr(SignalInstance.emit, "_govinfo_fixed", False) or not emit_leaks_true():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True:
            _incref(True)
        return result

    emit._govinfo_fixed = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    return True
