"""The development-only PySide6 work-around: applied exactly when the leak is measured, and it holds.

It never ships: the package does not import it (tested), and installed builds start without it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_MEASURE = (
    "from PySide6.QtCore import QCoreApplication\n"
    "app = QCoreApplication([])\n"
    "from devtools import pyside_refcount\n"
    "print(pyside_refcount.leaks_singletons())\n"
)
_LONG_SESSION = (
    "from devtools import pyside_refcount\n"
    "applied = pyside_refcount.install()\n"
    "from PySide6.QtCore import QObject\n"
    "o = QObject()\n"
    "for _ in range(200_000): o.parent(); o.destroyed.emit()\n"
    "print(applied)\n"
)


def _python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )


def test_the_work_around_is_applied_exactly_when_the_leak_is_measured() -> None:
    measured = _python(_MEASURE)
    assert measured.returncode == 0, measured.stderr[-500:]
    leaks = measured.stdout.strip() == "True"
    session = _python(_LONG_SESSION)
    assert session.returncode == 0, session.stderr[-500:]  # 200,000 leaking calls survive
    assert session.stdout.strip() == str(leaks)


def test_the_package_never_loads_the_work_around() -> None:
    code = (
        "import sys, govinfo_desktop.qt.main_window, govinfo_desktop.cli\n"
        "print(any(name.startswith('devtools') for name in sys.modules))\n"
    )
    done = _python(code)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "False"
    sources = (ROOT / "govinfo_desktop").rglob("*.py")
    assert not [p for p in sources if "devtools" in p.read_text(encoding="utf-8")]
