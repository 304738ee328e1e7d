"""Collections (汇总): 100 unit .xlsx files of the 2021 format summed by `govinfo-desktop aggregate`,
whole process (≤ 5 s, and ≤ 2× a plain openpyxl read of the same files measured in the same run);
1000 files (≤ 40 s) with peak resident memory not growing with the count: the largest process's peak
(the CLI or a reading worker) at 1000 files against 100 files, with the growth per file in KB; more
than 20 % over fails the bench (bench/timing.py). `python -m bench.bench_collect` runs this file alone.

Unit files are generated once into bench/out/ (random consistent reports; `make clean` removes them).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from bench.timing import limit, summary
from tests.collect_files import unit_report, write_unit_file

OUT = Path(__file__).parent / "out"

_PLAIN_READ = r"""
import sys
from pathlib import Path
from openpyxl import load_workbook
cells = 0
for path in sorted(Path(sys.argv[1]).glob("*.xlsx")):
    workbook = load_workbook(path, read_only=sys.argv[2] == "read_only", data_only=True)
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    workbook.close()
print(cells)
"""


def _make(args: tuple[Path, int]) -> None:
    folder, index = args
    name = f"测试县第{index:04d}单位"
    write_unit_file(unit_report(name, index + 1), folder / f"{index:04d}-{name}.xlsx")


def unit_folder(count: int) -> Path:
    folder = OUT / f"collect-2021-{count}"
    if len(list(folder.glob("*.xlsx"))) != count:
        folder.mkdir(parents=True, exist_ok=True)
        with ProcessPoolExecutor(max_workers=2) as pool:
            list(pool.map(_make, [(folder, i) for i in range(count)], chunksize=16))
    return folder


_MEASURED = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], check=False, capture_output=True, text=True)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "stdout": done.stdout, "rc": done.returncode}))
"""


def run_child(argv: list[str]) -> dict:
    """Wall time of a fresh process, and the peak resident memory of its largest process (MB)."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED, *argv], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout)


def aggregate(folder: Path) -> dict:
    out = OUT / f"{folder.name}-total.govinfo"
    argv = [sys.executable, "-m", "govinfo_desktop", "aggregate", str(folder), "-o", str(out)]
    measured = run_child([*argv, "--json"])
    measured["data"] = json.loads(measured["stdout"])
    return measured


def board_filters() -> None:
    """The board with 1000 units: each filter applied (after the first check of every unit)."""
    import os  # noqa: PLC0415

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only for this measurement

    from bench.timing import measure_ms, report  # noqa: PLC0415
    from govinfo_desktop.core.collect_intake import take_in  # noqa: PLC0415
    from govinfo_desktop.core.collection import Collection  # noqa: PLC0415
    from govinfo_desktop.qt.board_model import FILTERS, BoardFilter, BoardModel  # noqa: PLC0415

    QApplication.instance() or QApplication([])
    collection = Collection.county(2023, "national-2021")
    for index in range(1000):
        take_in(
            collection, unit_report(f"单位{index:04d}", index % 50 + 1), f"{index}.xlsx", str(index)
        )
    proxy = BoardFilter(BoardModel(collection))
    start = time.perf_counter()
    proxy.set_filter("有错误")
    print(
        f"{'board 1000 units: first filter (checks every unit once)':<55} {(time.perf_counter() - start) * 1000:8.1f} ms"
    )
    names = list(FILTERS)
    state = {"i": 0}

    def next_filter() -> None:
        state["i"] += 1
        proxy.set_filter(names[state["i"] % len(names)])

    report("board 1000 units: switch filter", *measure_ms(next_filter, 30, 2), 50)


def main() -> None:
    board_filters()
    hundred = unit_folder(100)
    plain = run_child([sys.executable, "-c", _PLAIN_READ, str(hundred), "full"])["seconds"]
    plain_ro = run_child([sys.executable, "-c", _PLAIN_READ, str(hundred), "read_only"])["seconds"]
    run = aggregate(hundred)
    seconds, peak100 = run["seconds"], run["peak_mb"]
    assert len(run["data"]["units"]) == 100, run["data"]["unreadable"]
    ratio = seconds / plain
    print(
        f"{'aggregate 100 .xlsx (whole process)':<55} {seconds:8.2f} s   target ≤ 5 s: {'ok' if seconds <= 5 else 'OVER'}"
    )
    print(
        f"{'plain openpyxl read of the same 100 files':<55} {plain:8.2f} s   (read_only mode {plain_ro:.2f} s)"
    )
    print(
        f"{'aggregate / plain openpyxl read':<55} {ratio:8.2f} ×   target ≤ 2×: {'ok' if ratio <= 2 else 'OVER'}"
    )
    thousand = unit_folder(1000)
    run = aggregate(thousand)
    seconds, peak1000 = run["seconds"], run["peak_mb"]
    assert len(run["data"]["units"]) == 1000, run["data"]["unreadable"]
    print(
        f"{'aggregate 1000 .xlsx (whole process)':<55} {seconds:8.2f} s   target ≤ 40 s: {'ok' if seconds <= 40 else 'OVER'}"
    )
    print(f"{'peak resident memory, 100 → 1000 files':<55} {peak100:8.1f} → {peak1000:.1f} MB")
    growth = (peak1000 - peak100) * 1024 / 900
    print(f"{'peak memory growth per file (100 → 1000 files)':<55} {growth:8.2f} KB")
    # Not growing with the count: 1000 files' peak at most the 100 files' (a miss beyond 20 % fails).
    limit("peak memory at 1000 files (bound: the peak at 100)", peak1000, round(peak100, 1), "MB")


if __name__ == "__main__":
    main()
    sys.exit(summary())
