"""Totals exported as =SUM() formulas with cached values: our importer and LibreOffice read them."""

from __future__ import annotations

import csv
import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel.exporter import (
    workbook_bytes,
    write_blank_template,
    write_workbook,
)
from govinfo_desktop.formats.excel.formulas import placements
from govinfo_desktop.formats.excel.importer import import_workbook
from govinfo_desktop.formats.excel.layout import layout_workbook
from tests.formats.test_excel_programs import _convert
from tests.helpers import consistent_document

ROW_TOTAL = CellRef("t3_open", "total")
LEAF = CellRef("t3_open", "natural")


def _where(document, cell: CellRef):  # type: ignore[no-untyped-def]
    return placements(layout_workbook(document))[cell]


def test_totals_are_formulas_with_their_values_cached(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    data = workbook_bytes(document, template=False)
    formulas = load_workbook(io.BytesIO(data))
    cached = load_workbook(io.BytesIO(data), data_only=True)
    where = _where(document, ROW_TOTAL)
    assert str(formulas.worksheets[where.sheet][where.coordinate].value).startswith("=IF(COUNT(")
    assert cached.worksheets[where.sheet][where.coordinate].value == document.values[ROW_TOTAL]
    count = sum(
        str(cell.value).startswith("=IF(COUNT(")
        for sheet in formulas.worksheets
        for row in sheet.iter_rows()
        for cell in row
    )
    assert count == len(document.validator.computed_cells) == 34
    path = tmp_path / "report.xlsx"
    write_workbook(document, path)
    assert import_workbook(path).document.values == document.values  # read back from the cache


def test_a_typed_over_total_is_written_as_its_value() -> None:
    document = consistent_document("national-2021")
    document.values[ROW_TOTAL] += 1  # type: ignore[operator]
    document.overrides.add(ROW_TOTAL)
    where = _where(document, ROW_TOTAL)
    sheet = load_workbook(io.BytesIO(workbook_bytes(document, template=False))).worksheets[
        where.sheet
    ]
    assert sheet[where.coordinate].value == document.values[ROW_TOTAL]


def test_template_totals_are_locked_formulas(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    path = tmp_path / "template.xlsx"
    write_blank_template(document, path)
    book = load_workbook(path)
    total, leaf = _where(document, ROW_TOTAL), _where(document, LEAF)
    sheet = book.worksheets[total.sheet]
    assert str(sheet[total.coordinate].value).startswith("=IF(COUNT(")
    assert sheet[total.coordinate].protection.locked
    assert not sheet[leaf.coordinate].protection.locked
    cached = load_workbook(path, data_only=True).worksheets[total.sheet][total.coordinate].value
    assert cached in ("", None)  # blank, like its parts: no invented 0
    with zipfile.ZipFile(path) as archive:
        assert b",SUM(" in archive.read(f"xl/worksheets/sheet{total.sheet + 1}.xml")


@pytest.mark.slow
def test_libreoffice_reads_and_recalculates_the_totals(tmp_path: Path) -> None:
    document = consistent_document("national-2021")
    where, leaf = _where(document, ROW_TOTAL), _where(document, LEAF)
    path = tmp_path / "report.xlsx"
    write_workbook(document, path)
    book = load_workbook(path)  # a unit types a new value into a leaf (no cached results left)
    book.worksheets[leaf.sheet][leaf.coordinate].value = int(document.values[LEAF]) + 7  # type: ignore[arg-type]
    book.active = leaf.sheet
    book.save(path)
    converted = _convert(
        path,
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        tmp_path,
    )
    sheet_csv = converted.with_name(f"{converted.stem}-{where.name}.csv")
    rows = list(csv.reader(sheet_csv.open(encoding="utf-8")))
    column = ord(where.coordinate[0]) - ord("A")
    value = rows[int(where.coordinate[1:]) - 1][column]
    assert Decimal(value.replace(",", "")) == document.values[ROW_TOTAL] + 7  # type: ignore[operator]
