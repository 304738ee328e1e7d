"""PNG pages of the printed form (pdftoppm): the seed's 2017 table, a 2021 report, and a 2021 report with
errors (draft mark), each also kept as PDF. Usage: screenshots_pdf.py OUTDIR"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.formats.govinfo_file import load_document  # noqa: E402
from govinfo_desktop.formats.pdf.document import write_pdf  # noqa: E402
from tests.helpers import consistent_document  # noqa: E402

SIGNED = {
    "unit": "岳阳县人民政府办公室",
    "scope": "本级政府",
    "year": "2022",
    "head": "刘建国",
    "preparer": "陈晓燕",
    "phone": "0730-7612345",
    "date": "2023-01-18",
}


def documents() -> dict[str, object]:
    seed = load_document(ROOT / "examples" / "岳阳县2017-本级政府.govinfo")
    report_2021 = consistent_document("national-2021", seed=3)
    report_2021.metadata.update(SIGNED)
    report_2019 = consistent_document("national-2019", seed=5)
    report_2019.metadata.update(SIGNED, year="2020", unit="平江县嶽峰乡人民政府")
    draft = consistent_document("national-2021", seed=4)
    draft.metadata.update(SIGNED, unit="汨罗市濛溪镇人民政府")
    draft.values[CellRef("t3_total", "total")] += 3
    draft.values[CellRef("t4_cases", "rv_total")] = Decimal(40)
    return {
        "pdf_seed_2017": seed,
        "pdf_2021": report_2021,
        "pdf_2019": report_2019,
        "pdf_draft_2021": draft,
    }


def main(outdir: Path) -> int:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, document in documents().items():
        pdf = outdir / f"{name}.pdf"
        result = write_pdf(document, pdf)  # type: ignore[arg-type]
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(outdir / name)], check=True)
        notes = "; ".join(result.warnings) or "no warnings"
        print(f"{name}: {result.pages} pages, {result.errors} errors, {notes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
