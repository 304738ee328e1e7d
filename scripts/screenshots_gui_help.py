"""Screenshots of 帮助 and the smaller notices, as the screen shows them (window manager, tooltips).

Run under Xvfb by `make screenshots` (openbox started here when installed, so frames and tooltips are
real). Writes into OUTDIR, with -1366 or (with --small) -1024 in the name: help-open (the seed
report opened), help-problems (an error in the 问题 panel), help-row-help (the 填报说明
panel), help-tooltip (a label cell's 填报提示), help-yuan (a value typed in 元, converted with a notice),
help-simplified (traditional metadata offered in simplified form), help-import (an
import report), help-preview-thousands (the print
preview with 千位分隔符), help-guide (帮助 → 使用说明).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QCursor, QGuiApplication, QHelpEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.core.document import ReportDocument  # noqa: E402
from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.formats.excel.importer import import_workbook  # noqa: E402
from govinfo_desktop.qt import print_preview, user_guide  # noqa: E402
from govinfo_desktop.qt.import_report_dialog import ImportReportDialog  # noqa: E402
from govinfo_desktop.qt.main_window import MainWindow  # noqa: E402
from tests.formats.excel_builders import seed_workbook  # noqa: E402
from tests.helpers import consistent_document  # noqa: E402

EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"


def _settle(app: QApplication, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _shoot_screen(app: QApplication, path: Path) -> None:
    """The whole screen: window frames, docks and tooltips as the clerk sees them."""
    _settle(app)
    screen = QGuiApplication.primaryScreen()
    screen.grabWindow(0).save(str(path))
    print(path)


def _window(home: Path, size: tuple[int, int]) -> MainWindow:
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=home / "recovery")
    window.setGeometry(0, 0, *size)
    return window


def _filled_2021() -> ReportDocument:
    document = consistent_document("national-2021")
    document.metadata.update(unit="岳阳县人民政府", scope="本级政府", year="2022")
    return document


def _tooltip(app: QApplication, window: MainWindow, cell: CellRef) -> None:
    window.editor.select_cell(cell)
    view = window.editor.current_view()
    rect = view.visualRect(view.currentIndex().siblingAtColumn(0))
    viewport = view.viewport()
    at = rect.center()
    QCursor.setPos(
        viewport.mapToGlobal(at)
    )  # a tooltip stays only while the pointer is on its cell
    _settle(app, 0.3)
    app.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, at, viewport.mapToGlobal(at)))


def _shoot_seed(app: QApplication, window: MainWindow, out: Path, width: int) -> None:
    window.start(EXAMPLE)
    window.show()
    window.showMaximized()
    _shoot_screen(app, out / f"help-open-{width}.png")
    agree = CellRef("c3_agree", "value")  # an error: 办理结果 no longer adds up
    window.editor.session.set_values({agree: window.document().value(agree) + 2})
    window.problems_dock.raise_()
    _shoot_screen(app, out / f"help-problems-{width}.png")
    window.editor.undo_stack.setClean()


def _shoot_dialogs(
    app: QApplication, window: MainWindow, home: Path, out: Path, width: int
) -> None:
    report = import_workbook(seed_workbook(home / "单位自制统计表.xlsx")).report
    dialog = ImportReportDialog(window, report)
    dialog.show()
    _shoot_screen(app, out / f"help-import-{width}.png")
    dialog.close()

    preview = print_preview.show_preview(window, _filled_2021())
    preview.thousands.setChecked(True)
    _shoot_screen(app, out / f"help-preview-thousands-{width}.png")
    preview.close()

    guide = user_guide.show_guide(window)
    _shoot_screen(app, out / f"help-guide-{width}.png")
    guide.close()


def main(outdir: str, small: bool) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    width = 1024 if small else 1366
    size = (width, 768)
    wm = subprocess.Popen(["openbox"]) if shutil.which("openbox") else None
    app = create_application()
    _settle(app, 1.0)
    home = Path(tempfile.mkdtemp(prefix="govinfo-shots-"))
    window = _window(home, size)
    _shoot_seed(app, window, out, width)
    window.set_document(_filled_2021(), None)
    window.show()
    window.showMaximized()
    window.show_row_help()
    window.editor.select_cell(CellRef("t3_partial", "natural"))
    _shoot_screen(app, out / f"help-row-help-{width}.png")
    _tooltip(app, window, CellRef("t3_next", "natural"))
    _shoot_screen(app, out / f"help-tooltip-{width}.png")

    document = ReportDocument.new("national-2019", year="2020", unit="嶽陽縣人民政府")
    window.set_document(document, None)
    window.metadata_dock.show()
    window.metadata_dock.raise_()
    cell = CellRef("t2_procurement", "amount")
    window.editor.select_cell(cell)
    view = window.editor.current_view()
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_F2)
    editor = view.indexWidget(view.currentIndex())
    editor.setText("251000元")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _shoot_screen(app, out / f"help-yuan-{width}.png")
    window.metadata_dock.raise_()
    _shoot_screen(app, out / f"help-simplified-{width}.png")

    _shoot_dialogs(app, window, home, out, width)
    window.editor.undo_stack.setClean()
    window.close()
    if wm is not None:
        wm.terminate()
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(args[0] if args else "screenshots", "--small" in sys.argv))
