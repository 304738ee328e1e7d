"""The base of the collection window's mixins (tabs, intake, files, units, totals): what they may call on the window.

For the type checker the mixins are part of a QWidget (the window is a QMainWindow); at run time the base
is a plain class, so the window's own Qt base stays the one that counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal
    from pathlib import Path

    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QWidget as _Widget

    from govinfo_desktop.core.aggregate import Total
    from govinfo_desktop.core.collection import Unit
    from govinfo_desktop.core.tabledef import CellRef
else:
    _Widget = object


class CollectionWindowPart(_Widget):
    if TYPE_CHECKING:

        def selected_units(self) -> list[Unit]: ...

        def _changed(self) -> None: ...

        def _update_title(self) -> None: ...

        def _fill_nodes(self) -> None: ...

        def open_another(self, path: Path) -> None: ...

        # the actions the tabs' buttons call (collection_import_actions, _units, _totals)
        def import_files_dialog(self) -> None: ...

        def import_folder_dialog(self) -> None: ...

        def tag_selected_dialog(self) -> None: ...

        def accept_selected(self) -> None: ...

        def return_selected(self) -> None: ...

        def open_unit(self, index: QModelIndex) -> None: ...

        def refresh_total(self) -> Total: ...

        def set_county_figure(self, cell: CellRef, value: Decimal | None) -> None: ...

        def export_total_dialog(self) -> None: ...

        def export_detail_dialog(self) -> None: ...

        def refresh_overview(self) -> None: ...

        def last_year_dialog(self) -> None: ...
