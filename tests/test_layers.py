"""The Qt-free layers stay importable, and imported, without PySide6."""

from __future__ import annotations

import subprocess
import sys

QT_FREE_MODULES = [
    "govinfo_desktop.core.catalog",
    "govinfo_desktop.core.document",
    "govinfo_desktop.core.validation",
    "govinfo_desktop.core.findings_json",
    "govinfo_desktop.formats.govinfo_file",
    "govinfo_desktop.formats.reading",
    "govinfo_desktop.formats.writing",
    "govinfo_desktop.cli",
]


def test_core_and_formats_do_not_import_qt() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {QT_FREE_MODULES!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_core_works_with_pyside6_blocked() -> None:
    # A meta-path hook makes any PySide6 import fail, as on a machine without Qt.
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'): raise ImportError(name)\n"
        "sys.meta_path.insert(0, Block())\n"
        "from govinfo_desktop.core.document import ReportDocument\n"
        "doc = ReportDocument.new('national-2021')\n"
        "print(len(doc.validator.check(doc.values).blanks))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "200"


def test_startup_of_cli_check_does_not_load_spreadsheet_or_pdf_libraries() -> None:
    code = (
        "import sys\n"
        "from govinfo_desktop import cli\n"
        "from govinfo_desktop.formats import reading\n"
        "heavy = [m for m in ('openpyxl', 'reportlab', 'PySide6') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
