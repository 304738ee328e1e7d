"""Collections: intake (roster match, versions with diff, refused formats, copies) and sums checked
against an independent computation."""

from __future__ import annotations

import random
from decimal import Decimal

from govinfo_desktop.core.aggregate import sum_node, sum_reports
from govinfo_desktop.core.collect_intake import probable_copies, take_in
from govinfo_desktop.core.collection import Collection, Node, UnitKind, UnitStatus
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from tests.helpers import consistent_document

T21 = "national-2021"


def unit_report(name: str, seed: int, year: str = "2023") -> ReportDocument:
    document = consistent_document(T21, seed)
    document.metadata.update(unit=name, year=year)
    return document


def county(count: int = 6) -> Collection:
    collection = Collection(2023, T21)
    for index in range(count):
        name = f"乡镇{index}镇" if index % 2 else f"县部门{index}局"
        take_in(collection, unit_report(name, index + 1), f"{name}.xlsx", f"hash{index}")
    for unit in collection.units:
        unit.tags = ["乡镇"] if unit.kind is UnitKind.TOWNSHIP else ["县本级"]
    return collection


def test_intake_adds_units_by_name_and_guesses_their_kind() -> None:
    collection = county(4)
    assert [u.name for u in collection.units] == ["县部门0局", "乡镇1镇", "县部门2局", "乡镇3镇"]
    assert [u.kind for u in collection.units][:2] == [UnitKind.DEPARTMENT, UnitKind.TOWNSHIP]
    assert all(u.status is UnitStatus.SUBMITTED for u in collection.units)


def test_second_file_is_the_next_version_with_a_diff() -> None:
    collection = county(2)
    changed = unit_report("县部门0局", 1)
    changed.values[CellRef("t2_licensing", "decisions")] = Decimal(777)
    intake = take_in(collection, changed, "县部门0局-改.xlsx", "other-hash")
    assert intake.version is not None and intake.version.number == 2
    assert [(str(c.cell), c.after) for c in intake.changes] == [
        ("t2_licensing.decisions", Decimal(777))
    ]
    assert intake.notices[-1].code == "C-NEW-VERSION"
    assert intake.notices[-1].params["count"] == "1"
    assert len(collection.unit("县部门0局").versions) == 2


def test_the_same_file_twice_is_not_a_new_version() -> None:
    collection = county(1)
    intake = take_in(collection, unit_report("县部门0局", 1), "again.xlsx", "hash0")
    assert not intake.taken and intake.notices[0].code == "C-SAME-FILE"
    assert len(collection.units[0].versions) == 1


def test_a_file_of_another_format_is_refused_with_the_reason() -> None:
    collection = county(1)
    old = consistent_document("national-2019", 3)
    intake = take_in(collection, old, "旧格式.xlsx", "h")
    assert not intake.taken and intake.unit is None
    (notice,) = intake.notices
    assert notice.code == "C-FORMAT"
    assert "2019" in notice.params["found"] and "旧格式.xlsx" in notice.message
    assert "not taken in" in notice.render("en")


def test_a_renamed_unit_is_found_by_its_old_name() -> None:
    collection = county(1)
    collection.renames["县旧局"] = "县部门0局"
    intake = take_in(collection, unit_report("县旧局", 9), "旧名.xlsx", "h9")
    assert intake.unit is collection.units[0] and len(collection.units) == 1


def test_identical_units_are_flagged_as_a_probable_copy() -> None:
    collection = county(3)
    copy = unit_report("乡镇9镇", 2)  # same values as 乡镇1镇
    take_in(collection, copy, "copy.xlsx", "hcopy")
    (notice,) = probable_copies(collection.units)
    assert notice.code == "C-COPY" and notice.params["other"] == "乡镇1镇"


def test_sum_matches_an_independent_computation_on_random_units() -> None:
    rng = random.Random(7)
    reports = []
    for index in range(12):
        document = ReportDocument.new(T21, unit=f"u{index}")
        for cell in document.table.cells():
            if rng.random() < 0.9:
                document.values[cell] = Decimal(rng.randint(0, 500))
        reports.append((f"u{index}", document))
    total = sum_reports(T21, reports)
    for cell in total.document.table.cells():
        present = [d.values[cell] for _, d in reports if cell in d.values]
        expected = sum(present) if present else None
        assert total.document.values.get(cell) == expected, cell
    cell = CellRef("t3_new", "total")
    contributions = total.contributors(cell)
    assert [c.value for c in contributions] == sorted(
        (c.value for c in contributions), reverse=True
    )
    assert sum(c.share for c in contributions) == 1 or total.document.values[cell] == 0


def test_sum_of_consistent_units_passes_the_hard_rules_and_slash_stays_when_all_wrote_it() -> None:
    reports = [(f"u{i}", consistent_document(T21, i)) for i in range(1, 6)]
    slash = CellRef("t2_regulations", "issued")
    for _, document in reports:
        document.values[slash] = NOT_APPLICABLE
    total = sum_reports(T21, reports)
    assert total.findings.errors == ()
    assert total.document.values[slash] is NOT_APPLICABLE


def test_node_sums_accepted_units_of_its_tags_and_reports_differences() -> None:
    collection = county(6)
    for unit in collection.units[:4]:
        unit.set_status(UnitStatus.ACCEPTED)
    cell = CellRef("t3_new", "total")
    node = Node("县本级", ["县本级"], county_figures={cell: Decimal(1)})
    total = sum_node(collection, node)
    expected_units = [u.name for u in collection.units[:4] if "县本级" in u.tags]
    assert total.units == expected_units
    expected = sum(collection.unit(n).document.values[cell] for n in expected_units)
    assert total.document.values[cell] == expected
    assert total.include_text == "已通过"
    assert total.document.metadata["scope"] == f"汇总：已通过单位 {len(expected_units)} 个"
    (difference,) = [d for d in total.differences if d.cell == cell]
    assert difference.amount == 1 - expected
    everyone = Node("全县", [], include=list(UnitStatus))
    assert len(sum_node(collection, everyone).units) == 6
