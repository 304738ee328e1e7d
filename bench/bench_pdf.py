"""PDF of the seed's table: in a fresh process (reportlab import and font registration included), warm, and
against LibreOffice converting the same table exported to .xlsx (`soffice --headless --convert-to pdf`)."""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.timing import limit, measure_ms, report
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.helpers import seed_document

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"
# Timed inside a new interpreter, from before reportlab and the fonts load to the finished bytes.
COLD = """
import time
start = time.perf_counter()
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.helpers import seed_document
import reportlab.platypus
document = seed_document()
imported, cpu = time.perf_counter(), time.process_time()
data, result = build_pdf(document)
end, cpu = time.perf_counter(), time.process_time() - cpu
print((end - imported) * 1000, (end - start) * 1000, cpu * 1000, len(data), result.pages)
"""


def cold_runs(repeat: int = 5) -> tuple[list[float], list[float], list[float]]:
    """Per fresh process, in ms: font registration + first PDF (wall), the same with every import
    (wall), and the first one's CPU time (what a quiet machine's wall time would be)."""
    first, total, cpu = [], [], []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, "-c", COLD], cwd=ROOT, capture_output=True, text=True, check=True
        )
        build, whole, busy, size, pages = out.stdout.split()
        first.append(float(build))
        total.append(float(whole))
        cpu.append(float(busy))
    print(f"seed table PDF: {int(size):,} bytes, {pages} pages")
    return first, total, cpu


def whole_process_runs(repeat: int = 7) -> list[float]:
    """`govinfo-desktop pdf` of the seed's report as the clerk's command runs it: interpreter start,
    imports, fonts (from the font cache after the first run) and the file written."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "seed.pdf"
        command = [sys.executable, "-m", "govinfo_desktop", "pdf", str(EXAMPLE), "-o", str(out)]
        subprocess.run(command, cwd=ROOT, capture_output=True, check=True)  # builds the font cache
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run(command, cwd=ROOT, capture_output=True, check=True)
            times.append((time.perf_counter() - start) * 1000)
    return times


def soffice_runs(repeat: int = 3) -> list[float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed: no comparison")
        return None
    try:
        from govinfo_desktop.formats.excel import exporter as excel_export  # noqa: PLC0415
    except ImportError:
        print("formats/excel/exporter.py is not there yet: no LibreOffice comparison")
        return None
    times = []
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "seed.xlsx"
        excel_export.write_workbook(seed_document(), source)
        profile = Path(folder) / "profile"
        for _ in range(repeat + 1):  # the first run builds LibreOffice's profile: not counted
            start = time.perf_counter()
            subprocess.run(
                [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                 "--convert-to", "pdf", "--outdir", folder, str(source)],
                capture_output=True, check=True, timeout=120,
            )  # fmt: skip
            times.append((time.perf_counter() - start) * 1000)
    return times[1:]


def main() -> None:
    first, cold, cpu = cold_runs()
    report("seed PDF incl. font registration, CPU time", min(cpu), statistics.median(cpu), 300)
    report(
        "seed PDF incl. font registration (first in a process)",
        min(first),
        statistics.median(first),
        300,
    )
    report("  the same plus every import (fresh interpreter)", min(cold), statistics.median(cold))
    document = seed_document()
    build_pdf(document)
    report("seed PDF, warm (fonts registered)", *measure_ms(lambda: build_pdf(document), repeat=20))
    whole = whole_process_runs()
    report("`govinfo-desktop pdf` of the seed, whole process", min(whole),
           statistics.median(whole), 500)  # fmt: skip
    office = soffice_runs()
    if office:
        report("seed .xlsx → PDF by soffice --headless", min(office), statistics.median(office))
        limit("soffice ÷ `govinfo-desktop pdf` (whole processes, same run)",
              statistics.median(office) / statistics.median(whole), 3, "×", at_least=True)  # fmt: skip
