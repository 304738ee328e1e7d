"""PNG pages of exported workbooks as another office program prints them: each .xlsx is converted to PDF
by LibreOffice (headless) and rendered with pdftoppm, so the printed look (merges, widths, borders, page
fit) can be checked by eye. Usage: screenshots_excel.py OUTDIR"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from govinfo_desktop.core.document import ReportDocument  # noqa: E402
from govinfo_desktop.formats.excel.exporter import write_blank_template, write_workbook  # noqa: E402
from tests.helpers import consistent_document, seed_document  # noqa: E402

SIGNED = {"head": "刘建国", "preparer": "陈晓燕", "phone": "0730-7612345", "date": "2023-01-18"}


def workbooks(folder: Path) -> list[Path]:
    seed = seed_document()
    seed.metadata.update(SIGNED, date="2018-01-20")
    write_workbook(seed, folder / "excel_2014_seed.xlsx")
    for table_id in ("national-2019", "national-2021"):
        document = consistent_document(table_id)
        document.metadata.update(SIGNED, unit="岳阳县人民政府办公室")
        write_workbook(document, folder / f"excel_{table_id[-4:]}_filled.xlsx")
    blank = ReportDocument.new("national-2021", year="2023", scope="本部门")
    write_blank_template(blank, folder / "excel_2021_blank_template.xlsx")
    return sorted(folder.glob("*.xlsx"))


def main(outdir: Path) -> int:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("screenshots_excel: LibreOffice (soffice) not installed; skipped", file=sys.stderr)
        return 0
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        sources = workbooks(work)
        profile = f"-env:UserInstallation=file://{work / 'profile'}"
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", str(work), *map(str, sources)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
        for source in sources:
            pdf = work / f"{source.stem}.pdf"
            shutil.copy(source, outdir / source.name)
            shutil.copy(pdf, outdir / pdf.name)
            subprocess.run(
                ["pdftoppm", "-r", "80", "-png", str(pdf), str(outdir / source.stem)], check=True
            )
    for png in sorted(outdir.glob("excel_*.png")):
        print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")))
