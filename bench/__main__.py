"""Runs every benchmark module (bench/bench_*.py) in turn; each prints its own numbers. Exits 1 when a
target is missed by more than 20 % (bench/timing.py), so a regression is seen in review."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from bench import timing
from devtools import pyside_refcount


def main() -> int:
    pyside_refcount.install()  # development-only: PySide6 6.12 on CPython 3.11 (see devtools/)
    names = sorted(path.stem for path in Path(__file__).parent.glob("bench_*.py"))
    wanted = sys.argv[1:]
    for name in names:
        if wanted and not any(w in name for w in wanted):
            continue
        print(f"== {name}")
        module = importlib.import_module(f"bench.{name}")
        module.main()
    return timing.summary()


if __name__ == "__main__":
    sys.exit(main())
