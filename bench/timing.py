"""Small timing helpers shared by the benchmarks, and the record of every target they check.

Each benchmark reports its numbers through `report` / `ratio`; a number with a target is recorded, and
`python -m bench` ends with the list of targets and a non-zero exit when one is missed by more than
20 % (`TOLERANCE`), so that a regression shows in review. It is not part of `make test`.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

TOLERANCE = 0.20


@dataclass(frozen=True)
class Target:
    name: str
    value: float
    limit: float
    unit: str  # "ms", "MB", "×"
    at_least: bool = False  # True: the value must reach the limit (a speed-up ratio)

    @property
    def excess(self) -> float:
        """How far past the limit, as a fraction of it (0 when met)."""
        if self.at_least:
            return max(0.0, (self.limit - self.value) / self.limit)
        return max(0.0, (self.value - self.limit) / self.limit)

    @property
    def verdict(self) -> str:
        if self.excess == 0:
            return "ok"
        return "over, within 20 %" if self.excess <= TOLERANCE else "MISSED"


RESULTS: list[Target] = []


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
        target = Target(name, median, target_ms, "ms")
        RESULTS.append(target)
        verdict = f"  target ≤ {target_ms:g} ms: {target.verdict}"
    print(f"{name:<55} best {best:8.3f} ms  median {median:8.3f} ms{verdict}")


def limit(name: str, value: float, bound: float, unit: str, at_least: bool = False) -> Target:
    """Record a number against a bound (≤ bound, or ≥ with `at_least`) and print it."""
    target = Target(name, value, bound, unit, at_least)
    RESULTS.append(target)
    sign = "≥" if at_least else "≤"
    print(f"{name:<55} {value:10.2f} {unit}  target {sign} {bound:g} {unit}: {target.verdict}")
    return target


def summary() -> int:
    """Print every target once more; 1 when one is missed by more than 20 %."""
    if not RESULTS:
        return 0
    print("== targets")
    for target in RESULTS:
        sign = "≥" if target.at_least else "≤"
        print(f"{target.verdict:<18} {target.name:<55} {target.value:10.2f} {target.unit} "
              f"(target {sign} {target.limit:g})")  # fmt: skip
    missed = [t for t in RESULTS if t.verdict == "MISSED"]
    print(f"{len(RESULTS) - len(missed)} of {len(RESULTS)} targets met within 20 %")
    return 1 if missed else 0
