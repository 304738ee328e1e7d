"""The base of the collection window's action mixins (intake, files, units, totals): what they may call on the window.

For the type checker the mixins are part of a QWidget (the window is a QMainWindow); at run time the base
is a plain class, so the window's own Qt base stays the one that counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget as _Widget

    from govinfo_desktop.core.collection import Unit
else:
    _Widget = object


class CollectionWindowPart(_Widget):
    if TYPE_CHECKING:

        def selected_units(self) -> list[Unit]: ...

        def _changed(self) -> None: ...

        def _update_title(self) -> None: ...
