"""Form engine on the 2021 table with every cell filled: full check, incremental check, load + check, CLI."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench.timing import measure_ms, report
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from tests.helpers import consistent_document


def main() -> None:
    document = consistent_document("national-2021")
    validator = document.validator
    cells = len(list(document.table.cells()))
    print(f"national-2021: {cells} cells filled, {len(validator.checks)} rule instances")
    report(
        "full check", *measure_ms(lambda: validator.check(document.values), repeat=300), target_ms=2
    )

    live = validator.live(document.values)
    cell = CellRef("t3_open", "natural")
    values = [Decimal(5), Decimal(6)]
    step = iter(range(10**9))

    def edit_and_recheck() -> None:
        document.values[cell] = values[next(step) % 2]
        live.cell_changed(cell)

    report(
        "incremental check after one edit",
        *measure_ms(edit_and_recheck, repeat=2000),
        target_ms=0.2,
    )

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "filled-2021.govinfo"
        save_document(consistent_document("national-2021"), path)

        def load_and_check() -> None:
            loaded = load_document(path)
            loaded.validator.check(loaded.values)

        report(
            "load + check of a .govinfo file", *measure_ms(load_and_check, repeat=100), target_ms=20
        )
    seed = Path(__file__).resolve().parent.parent / "examples" / "岳阳县2017-本级政府.govinfo"
    samples = []
    for _ in range(9):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "govinfo_desktop", "check", str(seed)],
            capture_output=True,
            check=False,
        )
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    report(
        "`govinfo-desktop check` of the seed, whole process",
        samples[0],
        samples[len(samples) // 2],
        target_ms=200,
    )


if __name__ == "__main__":
    main()
