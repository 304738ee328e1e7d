"""Screenshots of the editor's own states in the real window at 1366×768 (under Xvfb via `make screenshots`).

Writes into OUTDIR: gui-editor-1-error-and-rejected.png (an error cell, and a cell editor kept open with
the reason a value was refused), gui-editor-2-table2-2021.png, gui-editor-3-table4-2021.png (table 四 on
its side), gui-editor-4-find-and-paste.png (the find bar, and the values a paste did not take),
gui-editor-5-new-2021.png (a new, empty 2021 report: every cell quietly marked 未填写).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.core.document import ReportDocument  # noqa: E402
from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.qt.main_window import MainWindow  # noqa: E402
from tests.helpers import consistent_document, seed_document  # noqa: E402

SIZE = (1366, 768)


def _window(home: Path, document: ReportDocument) -> MainWindow:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=home / "recovery")
    window.setGeometry(0, 0, *SIZE)
    window.set_document(document, None)
    window.show()
    return window


def _shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    for _ in range(20):
        app.processEvents()
    widget.grab().save(str(path))
    print(path)


def _close(window: MainWindow) -> None:
    window.editor.undo_stack.setClean()
    window.close()


def main(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    home = Path(tempfile.mkdtemp(prefix="govinfo-editor-shots-"))

    window = _window(home, seed_document())
    editor = window.editor
    editor.current_view().report_model().setData(
        editor.current_view().report_model().index_for_cell(CellRef("c1", "value")), "4"
    )
    editor.select_cell(CellRef("c1_fax", "value"))
    view = editor.current_view()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    line = view.indexWidget(view.currentIndex())
    line.setText("两件")
    QTest.keyClick(line, Qt.Key.Key_Return)
    _shoot(app, window, out / "gui-editor-1-error-and-rejected.png")
    QTest.keyClick(line, Qt.Key.Key_Escape)
    _close(window)

    window = _window(home, consistent_document("national-2021"))
    window.editor.select_cell(CellRef("t2_fees", "amount"))
    _shoot(app, window, out / "gui-editor-2-table2-2021.png")
    window.editor.select_cell(CellRef("t4_cases", "ld_other"))
    _shoot(app, window, out / "gui-editor-3-table4-2021.png")

    window.editor.select_cell(CellRef("t3_open", "natural"))
    window.editor.paste_text("5\t6\r\n七\t8\r\n9\t-1\r\n")
    window.editor.show_find()
    window.editor.find_bar.edit.setText("不予公开")
    window.editor.find_next("不予公开")
    _shoot(app, window, out / "gui-editor-4-find-and-paste.png")
    _close(window)

    window = _window(home, ReportDocument.new("national-2021", year="2023", scope="本部门"))
    window.editor.select_cell(CellRef("t3_new", "natural"))
    _shoot(app, window, out / "gui-editor-5-new-2021.png")
    _close(window)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
