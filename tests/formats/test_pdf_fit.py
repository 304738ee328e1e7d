"""No number ever crosses a cell border: a large city's table (5- to 8-digit values in every cell of every
table) in every format, checked on the PDF's glyph positions against its ruling lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.issues import Findings
from govinfo_desktop.core.values import format_value
from govinfo_desktop.formats.pdf.document import build_pdf
from govinfo_desktop.formats.pdf.fit import MIN_SIZE, fit_columns, text_width
from tests.formats.pdf_helpers import crossings, ruling_lines, word_boxes
from tests.helpers import city_document, seed_document

CASES = [
    (table_id, widest, thousands)
    for table_id in catalog.table_ids()
    for widest in (False, True)
    for thousands in (False, True)
]


@pytest.mark.parametrize(("table_id", "widest", "thousands"), CASES)
def test_no_number_crosses_a_ruling_line(
    table_id: str, widest: bool, thousands: bool, tmp_path: Path
) -> None:
    document = city_document(table_id, seed=3, widest=widest)
    # The sums of random numbers do not hold; without findings no draft mark's digits overlay the grid.
    data, _ = build_pdf(document, findings=Findings((), ()), thousands=thousands)
    words = word_boxes(data, tmp_path)
    lines = ruling_lines(data)
    assert sum(len(page) for page in lines) > 50  # the grid is really there
    problems = [p for page, segs in zip(words, lines, strict=True) for p in crossings(page, segs)]
    assert problems == []
    # Every value prints whole, on one line: a number cut in two would show up as two words.
    printed = [text for page in words for text, _ in page]
    for value in document.values.values():
        assert format_value(value, grouping=thousands) in printed


def test_the_seed_keeps_its_type_size_and_widths() -> None:
    # Values that fit take nothing from the labels and keep the body size.
    fit = fit_columns(450.0, [200.0], [["31535", "27"]], 10.0, 3.0)
    assert fit.size == 10.0 and fit.label_widths == [200.0] and fit.value_widths == [250.0]
    data, result = build_pdf(seed_document())
    assert result.pages == 2
    assert re.search(rb"/F1\+0 10 Tf [\d.]+ TL \(31535\)", _inflated(data))


def test_a_wide_column_takes_room_from_narrow_ones_before_the_type_shrinks() -> None:
    wide, narrow = ["12345678"], ["7"]
    fit = fit_columns(100.0, [], [wide, narrow, narrow], 10.0, 3.0)
    assert fit.size == 10.0
    assert fit.value_widths[0] >= text_width("12345678", 10.0) + 6
    assert sum(fit.value_widths) == pytest.approx(100.0)


def test_type_shrinks_then_labels_give_within_limits() -> None:
    columns = [["12345678"]] * 7
    fit = fit_columns(450.0, [232.0], columns, 10.5, 3.5)
    assert MIN_SIZE <= fit.size < 10.5
    assert fit.label_widths[0] >= 232.0 * 0.75
    for width in fit.value_widths:
        assert width >= text_width("12345678", fit.size) + 2 * fit.padding
    assert sum(fit.widths) <= 450.0 + 1e-6


def _inflated(data: bytes) -> bytes:
    from tests.formats.pdf_helpers import reader  # noqa: PLC0415

    return b"".join(page.get_contents().get_data() for page in reader(data).pages)
