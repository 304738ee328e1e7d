"""Small timing helpers shared by the benchmarks: best and median of repeated runs, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure_ms(
    action: Callable[[], object], repeat: int = 50, warmup: int = 3
) -> tuple[float, float]:
    """(best, median) wall time of `action` in ms."""
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return min(samples), statistics.median(samples)


def report(name: str, best: float, median: float, target_ms: float | None = None) -> None:
    verdict = ""
    if target_ms is not None:
        verdict = f"  target ≤ {target_ms:g} ms: {'ok' if median <= target_ms else 'OVER'}"
    print(f"{name:<55} best {best:8.3f} ms  median {median:8.3f} ms{verdict}")
