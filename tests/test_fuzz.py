"""Issue 10's fuzz test: mutated fixtures through `govinfo-desktop convert` — exit 0/1/2 only, never a
traceback, ≤ 10 s and ≤ 500 MB per input, and no value changed by damage to a part that holds none.

`make test` runs it for FUZZ_SECONDS (default 40); `make fuzz` for 10 minutes with a fresh seed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("FUZZ_SECONDS", "40"))
SEED = int(os.environ.get("FUZZ_SEED", "20261201"))


@pytest.mark.fuzz
def test_mutated_inputs_never_crash_hang_or_change_values(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.fuzz_inputs", str(SEED), str(SECONDS), str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=SECONDS + 120, check=False,
    )  # fmt: skip
    results = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    last = results[-1]["input"] if results else "(none)"
    assert done.returncode == 0, (
        f"the driver died after {last} (seed {SEED}): {done.stderr[-2000:]}"
    )
    assert len(results) >= min(50, SECONDS), "too few inputs ran"
    for result in results:
        where = f"{result['kind']} {result['input']} (seed {SEED}, index {result['index']})"
        assert result["code"] in (0, 1, 2), where
        assert "Traceback" not in result["stderr"], f"{where}: {result['stderr']}"
        if result["code"] == 2:
            assert len(result["stderr"].strip().splitlines()) == 1, f"{where}: {result['stderr']}"
        assert result["seconds"] <= 10, where
        assert not result["changed"], f"{where}: values changed {result['changed']}"
    assert max(r["peak_mb"] for r in results) <= 500
    assert max(r["child_peak_mb"] for r in results) <= 500
    print(f"fuzz: {len(results)} inputs in {SECONDS:.0f} s, seed {SEED}")
