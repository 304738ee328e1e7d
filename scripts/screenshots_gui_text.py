"""Screenshots of the 正文 tab (run under Xvfb; scripts/screenshots.sh): a 2021 report with the generated
draft, a typed sentence whose number differs from the table (the finding in the problems panel, its
number selected), a blank field in red. Writes gui-text-1366.png and, with --small, gui-text-1024.png."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.core.text_draft import apply_draft  # noqa: E402
from govinfo_desktop.core.text_model import Paragraph, ReportText, store_text  # noqa: E402
from govinfo_desktop.qt.main_window import MainWindow  # noqa: E402
from tests.core.text_helpers import document_2021  # noqa: E402


def main(outdir: str, size: tuple[int, int], name: str) -> int:
    app = create_application()
    home = Path(tempfile.mkdtemp())
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings=settings, recovery_dir=home / "recovery")
    document = document_2021()
    document.set_value(CellRef("t2_coercion", "decisions"), None)  # a blank field shows in red
    text = ReportText.blank("national-2021", "测试县人民政府2021年政府信息公开工作年度报告")
    apply_draft(text, "national-2021")
    text.section("overview").paragraphs.insert(
        4,
        Paragraph.of(
            "全年共处理政府信息公开申请45件（含上年度结转申请3件），答复40件，办结率100%。"
        ),
    )
    text.section("problems").paragraphs = [Paragraph.of("一是公开内容不够全面；二是解读形式单一。")]
    store_text(document, text)
    window.set_document(document, None)
    window.setGeometry(0, 0, *size)
    window.show()
    for _ in range(30):
        app.processEvents()
    page = window.editor.show_text()
    panel = window.problems_dock.widget()
    error = panel.groups["error"]
    for index in range(error.childCount()):
        if "答复40件" in error.child(index).text(0):
            panel.tree.setCurrentItem(error.child(index))
            panel.activate(error.child(index))
    for _ in range(30):
        app.processEvents()
    path = Path(outdir) / name
    QApplication.primaryScreen().grabWindow(0).save(str(path))  # the whole screen, frame included
    print(path, page.size().width(), page.size().height())
    return 0


if __name__ == "__main__":
    small = "--small" in sys.argv
    sys.exit(
        main(
            sys.argv[1],
            (1024, 768) if small else (1366, 768),
            "gui-text-1024.png" if small else "gui-text-1366.png",
        )
    )
