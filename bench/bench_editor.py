"""Editor: building the 2021 table's editor, and one committed edit to the repaint of the affected cells.

“Commit → repaint” is timed from `setData` (what the delegate calls when the clerk presses Enter) to the
last `dataChanged` emission handled by the view: the undo command is pushed, the document written, the
checks that read the cell re-run, and only the cells whose state changed announced. The paint itself
follows in the next event-loop turn and is timed too (offscreen raster, 1366×700 editor), as is the
problems panel's refresh, which is coalesced 40 ms after the last edit.
Target: ≤ 5 ms for commit → repaint requests on the fully filled 2021 table.
"""

from __future__ import annotations

import os
import time
from decimal import Decimal
from typing import Any

from bench.timing import measure_ms, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_MS = 5.0
FRAME_MS = 16.0  # one frame at 60 Hz: the clerk sees the edit's consequences in the next frame


def main() -> None:
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415 - Qt only when this benchmark runs

    from govinfo_desktop.qt.editor import ReportEditor  # noqa: PLC0415
    from tests.helpers import consistent_document  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    best, median = measure_ms(lambda: ReportEditor(consistent_document("national-2021")), 10, 1)
    report("build editor (2021 table, 3 parts, 200 cells)", best, median)

    summed = consistent_document("national-2021")
    for key, value in list(summed.values.items()):  # ~100 units' sums: 5- to 7-digit values
        if isinstance(value, Decimal):
            summed.values[key] = value * 100
    for label, document in (("filled 2021 table", consistent_document("national-2021")),
                            ("a 100-unit summed 2021 table", summed)):  # fmt: skip
        editor, panel = _shown_editor(app, document)
        _edit_timings(app, editor, panel, label)
        started = time.perf_counter()
        editor.undo_stack.clear()
        print(f"  undo stack cleared in {(time.perf_counter() - started) * 1000:.1f} ms")


def _shown_editor(app: Any, document: Any) -> tuple[Any, Any]:
    from govinfo_desktop.qt.editor import ReportEditor  # noqa: PLC0415
    from govinfo_desktop.qt.problems_panel import ProblemsPanel  # noqa: PLC0415

    editor = ReportEditor(document)
    panel = ProblemsPanel(editor)
    editor.resize(1366, 700)
    editor.show()
    panel.show()
    app.processEvents()
    return editor, panel


def _edit_timings(app: Any, editor: Any, panel: Any, label: str) -> None:
    from govinfo_desktop.core.tabledef import CellRef  # noqa: PLC0415

    cell = CellRef("t3_open", "natural")
    editor.select_cell(cell)
    model = editor.current_view().report_model()
    index = model.index_for_cell(cell)
    emitted: list[int] = []
    model.dataChanged.connect(lambda *_: emitted.append(1))
    texts = iter(["1000", "5"] * 10_000)

    def commit() -> None:
        model.setData(index, next(texts))

    best, median = measure_ms(commit, repeat=200)
    report(f"commit one edit → dataChanged ({label})", best, median, TARGET_MS)
    print(f"  cells announced per edit: {len(emitted) // 203} (table has {len(model.cells())})")

    def commit_and_paint() -> None:
        model.setData(index, next(texts))
        app.processEvents()  # the view repaints the rows of the dirty cells (all their columns)

    best, median = measure_ms(commit_and_paint, repeat=100)
    report(f"one edit → affected cells repainted ({label})", best, median, FRAME_MS)

    def commit_and_list() -> None:
        model.setData(index, next(texts))
        panel.refresh()  # normally 40 ms after the last edit

    best, median = measure_ms(commit_and_list, repeat=50)
    report(f"commit one edit + problems panel refresh ({label})", best, median)


if __name__ == "__main__":
    main()
