"""Totals as real =SUM() formulas in the exported workbook, with their values cached.

The formula is `=IF(COUNT(parts)=0,"",SUM(parts))`: a total stays blank while all its parts are blank,
as in the program, instead of showing an invented 0 in every total of a fresh template.

Units filling the template in Excel or WPS get their totals computed as they type; a reader that does not
calculate (our importer, a preview, a mail client) still sees the value, because the computed value is
cached in the cell. openpyxl writes a formula with an empty value (`<f>…</f><v />`), so the cached
values are put into the saved sheets' XML afterwards. A total the clerk typed over (an override that
differs from its parts) is written as the value it holds, never as a formula that would hide it.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from openpyxl.utils import get_column_letter, quote_sheetname

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel.layout import SheetLayout


@dataclass(frozen=True)
class Where:
    sheet: int  # position of the sheet in the workbook
    name: str
    coordinate: str  # “C12”


@dataclass(frozen=True)
class TotalFormula:
    where: Where
    formula: str  # “=IF(COUNT(C8,C9,C10)=0,"",SUM(C8,C9,C10))”
    cached: Decimal | None  # what the formula gives now (None: every part blank, cached as "")


def placements(layouts: Iterable[SheetLayout]) -> dict[CellRef, Where]:
    found: dict[CellRef, Where] = {}
    for index, layout in enumerate(layouts):
        for placed in layout.cells:
            if placed.cell is not None:
                coordinate = f"{get_column_letter(placed.col)}{placed.row}"
                found[placed.cell] = Where(index, layout.name, coordinate)
    return found


def total_formulas(
    document: ReportDocument, where: Mapping[CellRef, Where], template: bool
) -> dict[CellRef, TotalFormula]:
    """The totals to write as formulas: every one in a template, the computed ones in a report."""
    plan = document.validator.totals
    formulas: dict[CellRef, TotalFormula] = {}
    for total in plan.order:
        computed = plan.value_of(total, document.values)
        if not template and (total in document.overrides or document.values.get(total) != computed):
            continue
        home = where.get(total)
        parts = [where.get(cell) for _, cell in plan.parts[total]]
        if home is None or any(part is None for part in parts):
            continue
        terms = ",".join(_reference(part, home) for part in parts if part is not None)
        # Blank while every part is blank, as in the program (未填写, not an invented 0).
        formula = f'=IF(COUNT({terms})=0,"",SUM({terms}))'
        formulas[total] = TotalFormula(home, formula, _number(computed))
    return formulas


def _reference(part: Where, home: Where) -> str:
    if part.sheet == home.sheet:
        return part.coordinate
    return f"{quote_sheetname(part.name)}!{part.coordinate}"


def _number(value: object) -> Decimal | None:
    return value if isinstance(value, Decimal) else None


# An empty cached value: `<v />` or `<v></v>`, depending on the openpyxl version.
_FORMULA_CELL = re.compile(rb'(<c r="([A-Z]+[0-9]+)"[^>]*>)(<f>[^<]*</f>)(?:<v\s*/>|<v>\s*</v>)')


def cache_values(workbook: bytes, formulas: Iterable[TotalFormula]) -> bytes:
    """The saved workbook with each formula's value written as its cached result."""
    by_sheet: dict[int, dict[bytes, bytes | None]] = {}
    for formula in formulas:
        text = None if formula.cached is None else format(formula.cached, "f").encode("ascii")
        by_sheet.setdefault(formula.where.sheet, {})[formula.where.coordinate.encode()] = text
    if not by_sheet:
        return workbook
    source = zipfile.ZipFile(io.BytesIO(workbook))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            sheet = _sheet_index(info.filename)
            if sheet in by_sheet:
                data = _with_values(data, by_sheet[sheet])
            target.writestr(info, data)
    return output.getvalue()


def _sheet_index(name: str) -> int | None:
    # openpyxl names the worksheets sheet1.xml, sheet2.xml… in workbook order.
    match = re.fullmatch(r"xl/worksheets/sheet([0-9]+)\.xml", name)
    return int(match.group(1)) - 1 if match else None


def _with_values(xml: bytes, values: Mapping[bytes, bytes | None]) -> bytes:
    def put(match: re.Match[bytes]) -> bytes:
        coordinate = match.group(2)
        if coordinate not in values:
            return match.group(0)
        value = values[coordinate]
        if value is None:  # every part blank: an empty text result, read back as blank (未填写)
            return match.group(1)[:-1] + b' t="str">' + match.group(3) + b"<v></v>"
        return match.group(1) + match.group(3) + b"<v>" + value + b"</v>"

    return _FORMULA_CELL.sub(put, xml)
