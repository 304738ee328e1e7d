"""Excel: import of a filled 2021 report (≤ 100 ms), export (≤ 150 ms), and bombs refused (≤ 2 s, memory
growth ≤ 100 MB, measured in a fresh process so that earlier allocations do not hide the peak)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.timing import measure_ms, report
from govinfo_desktop.formats.excel.exporter import workbook_bytes, write_workbook
from govinfo_desktop.formats.excel.importer import import_workbook
from tests.formats.test_excel_badfiles import _lie_about_size, xml_bomb, zip_bomb
from tests.helpers import consistent_document

_PROBE = r"""
import json, sys, time
from pathlib import Path
def peak_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return 0.0
from govinfo_desktop.formats.excel.importer import ImportFailed, import_workbook
before = peak_mb()
start = time.perf_counter()
try:
    import_workbook(Path(sys.argv[1]))
    message = "IMPORTED"
except ImportFailed as error:
    message = str(error)
print(json.dumps({"ms": (time.perf_counter() - start) * 1000, "mb": peak_mb() - before, "message": message}))
"""


def main() -> None:
    document = consistent_document("national-2021")
    with tempfile.TemporaryDirectory() as folder:
        folder_path = Path(folder)
        filled = folder_path / "filled-2021.xlsx"
        write_workbook(document, filled)
        report(
            "import filled 2021 report (.xlsx)",
            *measure_ms(lambda: import_workbook(filled), 30),
            100,
        )
        report(
            "export filled 2021 report (build + atomic write)",
            *measure_ms(lambda: write_workbook(document, folder_path / "out.xlsx"), 30),
            150,
        )
        report(
            "export filled 2021 report (build in memory only)",
            *measure_ms(lambda: workbook_bytes(document, template=False), 30),
            150,
        )
        for name, path in _bombs(folder_path).items():
            _refusal(name, path)


def _bombs(folder: Path) -> dict[str, Path]:
    liar = zip_bomb(folder / "liar.xlsx", megabytes=200, zip64=False)
    data = bytearray(liar.read_bytes())
    import zipfile  # noqa: PLC0415

    with zipfile.ZipFile(liar) as archive:
        _lie_about_size(data, archive.getinfo("xl/worksheets/sheet1.xml"), 1000)
    liar.write_bytes(data)
    return {
        "another kind of table (20 000 rows × 20 columns)": _big_other_table(folder / "big.xlsx"),
        "XML bomb (billion laughs in sheet1.xml)": xml_bomb(folder / "laughs.xlsx"),
        "zip bomb (1 GB of XML in a 1 MB file)": zip_bomb(folder / "bomb.xlsx", megabytes=1024),
        "zip bomb with a lying size header (200 MB)": liar,
    }


def _big_other_table(path: Path) -> Path:
    import openpyxl  # noqa: PLC0415

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("名册")
    for row in range(20000):
        sheet.append([f"名称{row}", "办公室", row, row * 2.5] + [f"备注文字{row % 97}"] * 16)
    workbook.save(path)
    return path


def _refusal(name: str, path: Path) -> None:
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)], capture_output=True, text=True, check=True
    )
    result = json.loads(completed.stdout)
    ok = result["ms"] <= 2000 and result["mb"] <= 100 and result["message"] != "IMPORTED"
    print(
        f"{name:<55} refused in {result['ms']:8.1f} ms, peak memory +{result['mb']:.1f} MB"
        f"  target ≤ 2000 ms, ≤ 100 MB: {'ok' if ok else 'OVER'}  ({path.stat().st_size // 1024} KB file)"
    )
    print(f"    {result['message']}")


if __name__ == "__main__":
    main()
