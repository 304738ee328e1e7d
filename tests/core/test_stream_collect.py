"""The streamed 汇总 (issue 12) keeps little per unit, and the reading pool reads only a little ahead."""

from __future__ import annotations

import tracemalloc
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from govinfo_desktop.core.stream_collect import StreamCollector
from govinfo_desktop.formats import collect_read
from tests.collect_files import unit_report


def test_a_unit_costs_under_two_kb_once_taken_in() -> None:
    reports = [unit_report(f"第{index:04d}局", index + 1) for index in range(260)]
    collector = StreamCollector({})
    for index, document in enumerate(reports[:60]):
        collector.add(document, f"in/{index:04d}.xlsx", f"{index:064x}")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for index, document in enumerate(reports[60:], 60):
            collector.add(document, f"in/{index:04d}.xlsx", f"{index:064x}")
            reports[index] = None  # type: ignore[call-overload]  # let each report go, as the CLI does
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert kept / 200 < 2048, kept / 200
    assert len(collector.finish().units) == 260


class _Pool:
    """Runs each chunk at once and records how far ahead of the caller it was asked to read."""

    def __init__(self) -> None:
        self.submitted = 0

    def submit(self, function: Any, chunk: list[Path]) -> Future[Any]:
        self.submitted += 1
        future: Future[Any] = Future()
        future.set_result([collect_read.Unreadable(path, "") for path in chunk])
        return future


def test_the_pool_reads_a_bounded_window_ahead() -> None:
    pool = _Pool()
    paths = [Path(f"{index}.xlsx") for index in range(400)]
    results = collect_read._read_ahead(pool, paths, window=4)  # type: ignore[arg-type]
    taken = [next(results) for _ in range(9)]  # a chunk is 8 files: the second chunk is open
    assert pool.submitted <= 4 + 2
    assert [item.path for item in [*taken, *results]] == paths
