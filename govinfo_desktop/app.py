"""The composition root of the window: QApplication, translations, fonts, the main window."""

from __future__ import annotations

from collections.abc import Sequence


def main(args: Sequence[str] = ()) -> int:
    from govinfo_desktop.qt.main_window import run  # noqa: PLC0415 - Qt only when the window opens

    return run(list(args))
