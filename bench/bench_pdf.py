"""PDF of the seed's table: in a fresh process (reportlab import and font registration included), warm, and
against LibreOffice converting the same table exported to .xlsx (`soffice --headless --convert-to pdf`)."""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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
import govinfo_desktop.formats.pdf.rl_platypus  # reportlab, as printing imports it
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
            [sys.executable, "-c", COLD],
            cwd=ROOT,
            env=_installed_env(),
            capture_output=True,
            text=True,
            check=True,
        )
        build, whole, busy, size, pages = out.stdout.split()
        first.append(float(build))
        total.append(float(whole))
        cpu.append(float(busy))
    print(f"seed table PDF: {int(size):,} bytes, {pages} pages")
    return first, total, cpu


def _installed_env() -> dict[str, str]:
    """A program run from source keeps its compiled modules in __pycache__ after the first run, as users'
    installs do (the installer compiles them); this environment's PYTHONDONTWRITEBYTECODE would
    recompile every module of ours in every run."""
    return {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def _child_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def _timed(command: list[str], **kwargs: object) -> tuple[float, float]:
    """(wall, CPU) in ms of one child process; CPU (user + system, the child's own children included)
    is what a busy machine barely changes, so it is the steadier number."""
    cpu = _child_cpu_ms()
    start = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True, **kwargs)  # type: ignore[call-overload]
    return (time.perf_counter() - start) * 1000, _child_cpu_ms() - cpu


def side_by_side(
    repeat: int = 11, office_repeat: int = 3
) -> tuple[list[float], list[float], list[float] | None]:
    """`govinfo-desktop pdf` of the seed's report as the clerk's command runs it (interpreter start, imports,
    fonts from the font cache after the first run, the file written): wall and CPU times; and soffice
    converting the same table, interleaved with ours so that a busy spell hits both alike."""
    env = _installed_env()
    office = _office_command()
    walls, cpus, office_walls = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "seed.pdf"
        command = [sys.executable, "-m", "govinfo_desktop", "pdf", str(EXAMPLE), "-o", str(out)]
        _timed(command, cwd=ROOT, env=env)  # compiles modules, builds the font cache
        if office:
            office = office(folder)
            _timed(office, timeout=120)  # the first run builds LibreOffice's profile: not counted
        for index in range(repeat):
            wall, cpu = _timed(command, cwd=ROOT, env=env)
            walls.append(wall)
            cpus.append(cpu)
            if office and index < office_repeat:
                office_walls.append(_timed(office, timeout=120)[0])
    return walls, cpus, office_walls if office else None


def _office_command() -> Callable[[str], list[str]] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) is not installed: no comparison")
        return None

    def command(folder: str) -> list[str]:
        from govinfo_desktop.formats.excel import exporter as excel_export  # noqa: PLC0415

        source = Path(folder) / "seed.xlsx"
        excel_export.write_workbook(seed_document(), source)
        profile = Path(folder) / "profile"
        return [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                "--convert-to", "pdf", "--outdir", folder, str(source)]  # fmt: skip

    return command


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
    whole, whole_cpu, office = side_by_side()
    report("`govinfo-desktop pdf` of the seed, whole process", min(whole),
           statistics.median(whole), 500)  # fmt: skip
    report("  the same, CPU time", min(whole_cpu), statistics.median(whole_cpu), 300)
    if office:
        report("seed .xlsx → PDF by soffice --headless", min(office), statistics.median(office))
        limit("soffice ÷ `govinfo-desktop pdf` (whole processes, same run)",
              statistics.median(office) / statistics.median(whole), 3, "×", at_least=True)  # fmt: skip


if __name__ == "__main__":
    main()
