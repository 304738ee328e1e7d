"""Screenshots of the collection (汇总) window at 1366×768 and 1024×768 (under Xvfb; with a window
manager when one runs, e.g. openbox, the full screen is captured too).

Writes into OUTDIR: gui-collect-1-board-<w>.png (the board, one unit with errors, filters),
gui-collect-2-total-<w>.png (全县 summed, a cell's contributors in the side panel),
gui-collect-3-overview-<w>.png (status strip and bars), gui-collect-4-unit.png (a unit, read-only),
gui-collect-5-screen-<w>.png (the whole screen, window frame included).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from devtools import pyside_refcount  # noqa: E402

pyside_refcount.install()  # development-only work-around, as in the tests (devtools/pyside_refcount.py)

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from govinfo_desktop.app import create_application  # noqa: E402
from govinfo_desktop.core.collect_intake import take_in  # noqa: E402
from govinfo_desktop.core.collection import Collection, UnitStatus  # noqa: E402
from govinfo_desktop.core.tabledef import CellRef  # noqa: E402
from govinfo_desktop.qt.collection_window import CollectionWindow  # noqa: E402
from govinfo_desktop.qt.unit_viewer import UnitViewer  # noqa: E402
from tests.collect_files import unit_report  # noqa: E402

NAMES = ["县人民政府办公室", "县发展和改革局", "县教育局", "县公安局", "县民政局", "县司法局",
         "县财政局", "县人力资源和社会保障局", "县自然资源局", "县生态环境局", "县住房和城乡建设局",
         "县交通运输局", "县水利局", "县农业农村局", "县卫生健康委员会", "城关镇", "新墙镇",
         "荣家湾镇", "黄沙街镇", "月田镇", "张谷英镇", "公田镇", "筻口镇", "杨林街道"]  # fmt: skip


def collection() -> Collection:
    result = Collection.county(2023, "national-2021")
    for index, name in enumerate(NAMES[:-2]):
        document = unit_report(name, index + 3)
        if index in (2, 17):
            document.values[CellRef("t3_new", "natural")] += 2
        take_in(result, document, f"{name}2023年报统计表.xlsx", f"h{index}")
    for name in NAMES[-2:]:
        result.add_unit(name)
    for unit in result.units[:12]:
        if unit.name not in (NAMES[2],):
            unit.set_status(UnitStatus.ACCEPTED)
    result.units[17].set_status(UnitStatus.RETURNED, "表三不平")
    return result


def settle(app: QApplication, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, widget: QWidget, path: Path) -> None:
    settle(app)
    widget.grab().save(str(path))
    print(path)


def main(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    app = create_application()
    for width in (1366, 1024):
        window = CollectionWindow(
            collection(), Path(tempfile.mkdtemp()) / "岳阳县2023汇总.govinfo-set"
        )
        window.setGeometry(0, 0, width, 768)
        window.show()
        window.log.addItem("“县教育局”：表三有 2 个错误，请查看")
        shoot(app, window, out / f"gui-collect-1-board-{width}.png")
        screen = app.primaryScreen().grabWindow(0)
        screen.save(str(out / f"gui-collect-5-screen-{width}.png"))
        window.tabs.setCurrentIndex(1)
        window.node_box.setCurrentIndex(2)
        window.total_view.select_cell(CellRef("t3_new", "total"))
        shoot(app, window, out / f"gui-collect-2-total-{width}.png")
        window.tabs.setCurrentIndex(2)
        window.refresh_overview()
        shoot(app, window, out / f"gui-collect-3-overview-{width}.png")
        if width == 1366:
            viewer = UnitViewer(window.collection.units[2], window)
            viewer.setGeometry(40, 40, 1100, 700)
            viewer.show()
            shoot(app, viewer, out / "gui-collect-4-unit.png")
            viewer.close()
        window.modified = False
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
