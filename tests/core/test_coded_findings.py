"""汇总 and cross-year findings are catalogue entries: unique codes, every one rendered in both languages,
and a finding carries its severity, cells and parameters into JSON."""

from __future__ import annotations

import re

import pytest

from govinfo_desktop.core import collect_intake, lastyear
from govinfo_desktop.core.coded_findings import FindingKind, finding_kind
from govinfo_desktop.core.issues import Severity
from govinfo_desktop.core.messages import CHINESE, ENGLISH
from govinfo_desktop.core.notices import catalogue
from govinfo_desktop.core.tabledef import CellRef

KINDS = sorted(
    (
        value
        for module in (collect_intake, lastyear)
        for value in vars(module).values()
        if isinstance(value, FindingKind)
    ),
    key=lambda kind: kind.code,
)
_CJK = re.compile(r"[\u4e00-\u9fff]")


def test_every_kind_is_in_the_catalogue() -> None:
    assert len(KINDS) >= 9
    entries = catalogue()
    assert all(entries[kind.code] is kind.entry for kind in KINDS)


@pytest.mark.parametrize("kind", KINDS, ids=lambda kind: kind.code)
def test_every_kind_renders_in_both_languages(kind: FindingKind) -> None:
    finding = kind(**{name: f"<{name}>" for name in kind.entry.params})
    chinese, english = finding.render(CHINESE), finding.render(ENGLISH)
    assert finding.message == chinese
    for text in (chinese, english):
        assert all(f"<{name}>" in text for name in kind.entry.params), text
    assert not _CJK.search(english), english


def test_a_finding_goes_to_json_with_its_severity_cells_and_parameters() -> None:
    copy = collect_intake.PROBABLE_COPY(unit="甲局", other="乙局", count=12)
    assert copy.to_json() == {
        "severity": str(Severity.WARNING),
        "code": "C-COPY",
        "message": "甲局与乙局的全部数值完全相同（12 个有数的格），可能是复制的报表",
        "params": {"count": "12", "other": "乙局", "unit": "甲局"},
        "cells": [],
    }
    cell = CellRef("r2", "c1")
    same = lastyear.SAME_TABLE(cells=(cell,), last_year=2024, count=30)
    assert (same.code, same.severity, same.cells) == ("X-SAME", Severity.WARNING, (cell,))
    assert same.params == {"count": "30", "last_year": "2024"}


def test_a_missing_parameter_or_a_reused_code_is_refused() -> None:
    with pytest.raises(TypeError, match="C-COPY"):
        collect_intake.PROBABLE_COPY(unit="甲局")
    with pytest.raises(ValueError, match="重复"):
        finding_kind("C-COPY", Severity.WARNING, "{unit}", "{unit}")
