"""Seeded mutations of the test fixtures (issue 10), and the driver that feeds them to the command.

`python -m tests.fuzz_inputs SEED SECONDS FOLDER` writes mutated inputs into FOLDER and runs
`govinfo-desktop convert` on each in this one process (in-process: thousands per minute, and a crash
of the reader would kill this driver, which the test sees). Prints one JSON line per input.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import re
import resource
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.formats.hostile_builders import without_member

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "excel"
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"
SPREADSHEETS = [
    FIXTURES / "national-2021-export.libreoffice.xlsx",
    FIXTURES / "seed-traditional-formulas.libreoffice.xlsx",
    FIXTURES / "national-2021-export.libreoffice.xls",
    FIXTURES / "seed-traditional-formulas.libreoffice.xls",
]
# Members whose damage must not change any value that is read (when the file is read at all).
HARMLESS_MEMBERS = ("docProps/", "xl/theme/")

Mutation = tuple[str, bytes, bool]  # (kind, bytes, whether the values must come out unchanged)


def _rezip(data: bytes, change: Callable[[str, bytes], bytes]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, change(info.filename, source.read(info.filename)))
    return out.getvalue()


def _flip(rng: random.Random, data: bytes, count: int) -> bytes:
    if not data:
        return data
    buffer = bytearray(data)
    for _ in range(count):
        buffer[rng.randrange(len(buffer))] ^= 1 << rng.randrange(8)
    return bytes(buffer)


def _huge_number(rng: random.Random) -> bytes:
    return str(rng.choice([10**8 - 1, 2**31, 2**32 + 5, 10**12, 1048577, 0])).encode()


def mutate_xlsx(rng: random.Random, data: bytes) -> Mutation:
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    choice = rng.randrange(6)
    if choice == 0:  # bytes flipped inside one member (then re-zipped: CRCs are right)
        member = rng.choice(names)
        harmless = member.startswith(HARMLESS_MEMBERS)
        mutated = _rezip(data, lambda n, b: _flip(rng, b, rng.randint(1, 8)) if n == member else b)
        return f"flip:{member}", mutated, harmless
    if choice == 1:  # a cell or row reference with an absurd number

        def refs(name: str, body: bytes) -> bytes:
            if "worksheets/" not in name:
                return body
            pattern = rb'(<c r="[A-Z]+)(\d+)"' if rng.random() < 0.5 else rb'(<row r=")(\d+)"'
            return re.sub(pattern, lambda m: m.group(1) + _huge_number(rng) + b'"', body, count=1)

        return "huge-ref", _rezip(data, refs), False
    if choice == 2:  # absurd counts

        def counts(_name: str, body: bytes) -> bytes:
            return re.sub(
                rb'(uniqueCount|count)="\d+"',
                lambda m: m.group(1) + b'="' + _huge_number(rng) + b'"',
                body,
            )

        return "huge-count", _rezip(data, counts), False
    if choice == 3:  # truncated
        return "truncate", data[: rng.randrange(len(data))], False
    if choice == 4:  # raw bytes of the zip flipped (CRC and header damage)
        return "raw-flip", _flip(rng, data, rng.randint(1, 20)), False
    member = rng.choice(names)  # a member dropped
    return f"drop:{member}", without_member(data, member), member.startswith(HARMLESS_MEMBERS)


def mutate_xls(rng: random.Random, data: bytes) -> Mutation:
    choice = rng.randrange(3)
    if choice == 0:
        return "truncate", data[: rng.randrange(len(data))], False
    if choice == 1:
        return "raw-flip", _flip(rng, data, rng.randint(1, 30)), False
    buffer = bytearray(data)  # a DIMENSIONS or BOUNDSHEET record given absurd numbers
    marks = [m.start() for m in re.finditer(rb"\x00\x02\x0e\x00|\x85\x00", data)]
    if marks:
        at = rng.choice(marks) + 4
        buffer[at : at + 4] = rng.randrange(2**32).to_bytes(4, "little")
    return "record", bytes(buffer), False


_WRONG_VALUES: list[Any] = [None, 12, 1.5, True, [], {}, "x" * 300, "\ud800", "9" * 40, -1, "../x"]


def mutate_govinfo(rng: random.Random, text: str) -> Mutation:
    data = json.loads(text)
    choice = rng.randrange(5)
    if choice == 0:  # one cell entry given a wrong type somewhere
        entry = rng.choice(data["cells"])
        entry[rng.choice(["row", "column", "value", "note", "extra"])] = rng.choice(_WRONG_VALUES)
        return "cell-type", _dump(data), False
    if choice == 1:
        key = rng.choice(["unit", "year", "scope", "head"])
        data["metadata"][key] = rng.choice(_WRONG_VALUES)
        return "metadata-type", _dump(data), True
    if choice == 2:
        data["table"][rng.choice(["id", "version", "extra"])] = rng.choice(_WRONG_VALUES)
        return "table-type", _dump(data), False
    if choice == 3:
        depth = rng.choice([50, 1000, 20000])
        data["deep"] = "@"
        return "deep", _dump(data).replace(b'"@"', b"[" * depth + b"]" * depth), False
    raw = _dump(data)
    return "truncate", raw[: rng.randrange(len(raw))], False


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=True).encode("utf-8")


def generate(rng: random.Random, index: int, folder: Path) -> tuple[Path, Path, bool, str]:
    """One mutated input: (input, original, must the values be unchanged, kind)."""
    pick = index % (len(SPREADSHEETS) + 1)
    if pick == len(SPREADSHEETS):
        kind, data, keep = mutate_govinfo(rng, EXAMPLE.read_text("utf-8"))
        original, suffix = EXAMPLE, ".govinfo"
    else:
        original = SPREADSHEETS[pick]
        mutate = mutate_xls if original.suffix == ".xls" else mutate_xlsx
        kind, data, keep = mutate(rng, original.read_bytes())
        suffix = original.suffix
    path = folder / f"in{index}{suffix}"
    path.write_bytes(data)
    return path, original, keep, kind


def values_of(path: Path) -> dict[str, str] | None:
    from govinfo_desktop.formats.reading import InputError, open_input  # noqa: PLC0415

    try:
        document = open_input(path).document
    except InputError:
        return None
    return {str(cell): str(value) for cell, value in document.values.items()}


def run(seed: int, seconds: float, folder: Path) -> None:
    from govinfo_desktop.cli import main  # noqa: PLC0415
    from govinfo_desktop.formats.govinfo_file import load_document  # noqa: PLC0415

    rng = random.Random(seed)
    originals: dict[Path, dict[str, str] | None] = {}
    deadline = time.monotonic() + seconds
    index = 0
    while time.monotonic() < deadline:
        path, original, keep, kind = generate(rng, index, folder)
        if original not in originals:
            originals[original] = values_of(original)
        out = folder / f"out{index}.govinfo"
        err = io.StringIO()
        started = time.perf_counter()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["convert", str(path), "-o", str(out), "--json"])
        elapsed = time.perf_counter() - started
        changed: list[str] = []
        if keep and code in (0, 1) and out.exists():
            got = {str(c): str(v) for c, v in load_document(out).values.items()}
            expected = originals[original] or {}
            changed = sorted(k for k in expected if got.get(k) != expected[k])
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(json.dumps({
            "index": index, "kind": kind, "input": path.name, "code": code,
            "seconds": round(elapsed, 3), "stderr": err.getvalue()[-500:], "changed": changed,
            "peak_mb": peak, "child_peak_mb": children,
        }, ensure_ascii=False), flush=True)  # fmt: skip
        path.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        index += 1


if __name__ == "__main__":
    run(int(sys.argv[1]), float(sys.argv[2]), Path(sys.argv[3]))
