"""The running per-cell sum and the compact row form (issue 12's streaming 汇总)."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core.running_sum import RunningSum, copy_key, pack_row, unpack_row
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE

A, B, C, D = (CellRef("r", c) for c in "abcd")


def test_numbers_sum_slashes_stay_when_all_and_blanks_stay_blank() -> None:
    running = RunningSum([A, B, C, D])
    running.add({A: Decimal("1.50"), B: NOT_APPLICABLE, C: NOT_APPLICABLE})
    running.add({A: Decimal(2), B: NOT_APPLICABLE, C: Decimal(0)})
    total = running.result()
    assert list(total) == [A, B, C]  # D blank everywhere: blank
    assert str(total[A]) == "3.50" and total[B] is NOT_APPLICABLE and total[C] == 0
    assert RunningSum([A]).result() == {}  # no unit: nothing, not "/"


def test_a_row_round_trips_exactly_and_copies_compare_by_value() -> None:
    row = [Decimal("12.50"), None, NOT_APPLICABLE, Decimal("-0"), Decimal("1E+2"), Decimal(7)]
    back = unpack_row(pack_row(row))
    assert len(pack_row([Decimal(5)] * 200)) < 100
    assert [str(v) for v in back] == [str(v) for v in row]
    assert copy_key(row) == copy_key(
        [Decimal("12.5"), None, NOT_APPLICABLE, Decimal(0), Decimal(100), Decimal(7)]
    )
    assert copy_key(row) != copy_key(
        [Decimal("12.5"), None, None, Decimal(0), Decimal(100), Decimal(7)]
    )
    assert copy_key([Decimal(0), None]) is None  # nothing but zeros: never a copy
