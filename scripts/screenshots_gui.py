"""Screenshots of the real window at 1366×768 (run under Xvfb by `make screenshots`).

Writes into OUTDIR: gui-1-seed-table.png (the 2017 seed open, its findings highlighted), gui-2-problems.png
(the problems panel with an error, a warning and a blank), gui-3-table3-2021.png (a 2021 report's table 三),
gui-4-metadata.png (the report-information panel), gui-5-english.png (the English UI),
gui-6-new-report-dialog.png (新建: year and table format).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.qt import dialogs, i18n  # noqa: E402
from govinfo_desktop.qt.main_window import MainWindow  # noqa: E402
from tests.helpers import consistent_document  # noqa: E402

EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"
SIZE = (1366, 768)


def _window(home: Path) -> MainWindow:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=home / "recovery")
    window.setGeometry(0, 0, *SIZE)
    return window


def _settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def _shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    _settle(app)
    widget.grab().save(str(path))
    print(path)


def _first_finding_cell(window: MainWindow) -> CellRef | None:
    findings = window.editor.findings()
    if findings.issues:
        return findings.issues[0].target
    return next(iter(findings.blanks), None)


def main(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    home = Path(tempfile.mkdtemp(prefix="govinfo-shots-"))
    window = _window(home)
    window.start(EXAMPLE)
    window.show()
    _shoot(app, window, out / "gui-1-seed-table.png")

    # An error on top of the seed's warnings and blank: 办理结果 total no longer matches its items.
    window.editor.set_metadata("preparer", "王五")
    agree = CellRef("c3_agree", "value")
    window.editor.session.set_values({agree: window.document().value(agree) + 2})
    window.problems_dock.raise_()
    _shoot(app, window, out / "gui-2-problems.png")
    window.editor.undo_stack.setClean()
    window.close()

    window = _window(home)
    document = consistent_document("national-2021")
    document.metadata.update(
        unit="岳阳县人民政府", scope="本级政府", year="2022", head="张建国", preparer="李秀英",
        phone="0730-7612345", date="2023年1月18日",
    )  # fmt: skip
    window.set_document(document, None)
    window.show()
    t3_cells = [c for c in document.table.cells() if c.row.startswith("t3")]
    window.editor.select_cell(t3_cells[len(t3_cells) // 2])
    _shoot(app, window, out / "gui-3-table3-2021.png")
    t4_cells = [c for c in document.table.cells() if c.row.startswith("t4")]
    window.editor.select_cell(t4_cells[0])
    panel = window.metadata_dock.widget()
    fields = panel.findChildren(QLineEdit)
    if fields:
        fields[-1].setFocus()
        fields[-1].selectAll()
    _shoot(app, window, out / "gui-4-metadata.png")

    window.editor.select_cell(t3_cells[len(t3_cells) // 2])
    i18n.apply_language(i18n.ENGLISH)
    _settle(app, 40)
    _shoot(app, window, out / "gui-5-english.png")
    i18n.apply_language(i18n.CHINESE)
    _settle(app, 40)
    dialog = dialogs.NewReportDialog(window, 2022)
    dialog.show()
    _shoot(app, dialog, out / "gui-6-new-report-dialog.png")
    dialog.close()
    window.editor.undo_stack.setClean()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
