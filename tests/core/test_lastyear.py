"""Cross-year rules (上年数): each with a passing and a failing case; the 上年结转 pre-fill; the mapping
across format changes and the rules it cannot apply."""

from __future__ import annotations

from decimal import Decimal

from govinfo_desktop.core.aggregate import sum_node
from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.crossyear_map import pair_for, pairs
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.lastyear import (
    carry_prefill,
    compare,
    compare_collections,
    last_years_units,
    link,
    set_link,
)
from govinfo_desktop.core.tabledef import CellRef
from tests.helpers import consistent_document

T21 = "national-2021"


def years(seed_this: int = 1, seed_last: int = 2) -> tuple[ReportDocument, ReportDocument]:
    this, last = consistent_document(T21, seed_this), consistent_document(T21, seed_last)
    this.metadata["year"], last.metadata["year"] = "2023", "2022"
    # Make the carry-over and the 现行有效 reckoning hold, so each test breaks one thing.
    for column in this.table.columns_for("t3_carried"):
        this.values[CellRef("t3_carried", column.id)] = last.values[CellRef("t3_next", column.id)]
    for row in ("t2_regulations", "t2_normative"):
        v = {c: this.values[CellRef(row, c)] for c in ("issued", "repealed")}
        last.values[CellRef(row, "in_force")] = Decimal(30)
        this.values[CellRef(row, "in_force")] = 30 + v["issued"] - v["repealed"]
    return this, last


def codes(this: ReportDocument, last: ReportDocument) -> list[tuple[str, str]]:
    result = compare(this, last)
    return [(i.code, str(i.target)) for i in result.issues] + [(n.code, "") for n in result.notices]


def test_consistent_years_have_no_cross_year_findings() -> None:
    this, last = years()
    assert codes(this, last) == []
    assert compare(this, last).not_applied == ()


def test_carry_over_mismatch_is_flagged_per_column_with_both_values() -> None:
    this, last = years()
    cell = CellRef("t3_carried", "commercial")
    this.values[cell] = last.values[CellRef("t3_next", "commercial")] + 3
    (issue,) = compare(this, last).issues
    assert (issue.code, issue.target, str(issue.severity)) == ("X-CARRY", cell, "warning")
    assert issue.actual - issue.expected == 3
    message = issue.message
    assert "2023年" in message and "2022年" in message and "商业企业" in message
    assert str(issue.expected) in message and str(issue.actual) in message


def test_prefill_offers_last_years_carry_only_for_blank_cells() -> None:
    this, last = years()
    del this.values[CellRef("t3_carried", "natural")]
    this.values[CellRef("t3_carried", "total")] = Decimal(999)
    offered = carry_prefill(this, last)
    assert offered == {CellRef("t3_carried", "natural"): last.values[CellRef("t3_next", "natural")]}


def test_in_force_reckoning_fails_when_it_does_not_add_up() -> None:
    this, last = years()
    cell = CellRef("t2_normative", "in_force")
    this.values[cell] += 2
    (issue,) = compare(this, last).issues
    assert (issue.code, issue.target) == ("X-INFORCE", cell)
    assert issue.params["last_in_force"] == "30" and "30" in issue.message
    assert issue.render("en").startswith("行政规范性文件 in force")


def test_identical_table_is_flagged() -> None:
    same = consistent_document(T21, 5)
    same.metadata["year"] = "2023"
    twin = ReportDocument(T21, 1, {"year": "2022"}, dict(same.values))
    result = compare(same, twin)
    assert [n.code for n in result.notices] == ["X-SAME"]
    assert "2022" in result.notices[0].message


def test_tenfold_change_is_flagged_only_when_both_are_at_least_20() -> None:
    this, last = years()
    cell = CellRef("t2_licensing", "decisions")
    this.values[cell], last.values[cell] = Decimal(250), Decimal(25)
    assert ("X-RATIO", str(cell)) in codes(this, last)
    this.values[cell] = Decimal(249)
    assert ("X-RATIO", str(cell)) not in codes(this, last)
    this.values[cell], last.values[cell] = Decimal(190), Decimal(19)  # 19 < 20: too small to judge
    assert ("X-RATIO", str(cell)) not in codes(this, last)
    this.values[cell], last.values[cell] = Decimal(20), Decimal(200)
    (issue,) = [i for i in compare(this, last).issues if i.code == "X-RATIO"]
    assert issue.params["times"] == "10" and "200" in issue.message


def test_across_2019_to_2021_only_same_meaning_rows_compare_and_the_rest_is_said() -> None:
    last = consistent_document("national-2019", 3)
    last.metadata["year"] = "2020"
    this = consistent_document(T21, 4)
    this.metadata["year"] = "2021"
    for column in this.table.columns_for("t3_carried"):
        this.values[CellRef("t3_carried", column.id)] = last.values[CellRef("t3_next", column.id)]
    result = compare(this, last)
    assert not [i for i in result.issues if i.code == "X-CARRY"]
    not_applied = {n.params["rule"]: n.message for n in result.not_applied}
    assert set(not_applied) == {"X-INFORCE", "X-SAME"}
    assert "2019年版" in not_applied["X-INFORCE"]
    mapped = {here for _, here in pair_for("national-2019", T21).cells}
    assert CellRef("t2_licensing", "decisions") in mapped
    assert CellRef("t2_normative", "in_force") not in mapped
    this.values[CellRef("t3_carried", "total")] += 1
    assert [i.code for i in compare(this, last).issues if i.code == "X-CARRY"] == ["X-CARRY"]


def test_a_pair_without_mapping_applies_no_rule_and_says_so() -> None:
    result = compare(consistent_document(T21, 1), consistent_document("national-2014", 1))
    assert result.issues == () and len(result.not_applied) == 4
    assert "2014" in result.not_applied[0].message


def test_every_mapped_cell_exists_in_both_tables() -> None:
    for pair in pairs().values():
        last, this = ReportDocument.new(pair.last).table, ReportDocument.new(pair.this).table
        assert all(last.has_cell(a) and this.has_cell(b) for a, b in pair.cells)


def test_link_is_kept_as_a_top_level_key() -> None:
    document = consistent_document(T21, 1)
    assert link(document) is None
    set_link(document, "2022.govinfo", "abc")
    assert link(document) == {"file": "2022.govinfo", "sha256": "abc"}


def test_units_find_last_year_by_name_and_rename_and_nodes_compare() -> None:
    last, this = Collection(2022, T21), Collection(2023, T21)
    for name, seed in (("县财政局", 1), ("县旧局", 2), ("城关镇", 3)):
        document = consistent_document(T21, seed)
        document.metadata.update(unit=name, year="2022")
        take_in(last, document, f"{name}.xlsx", name)
    for name, seed in (("县财政局", 4), ("县新局", 5), ("新设街道", 6)):
        document = consistent_document(T21, seed)
        document.metadata.update(unit=name, year="2023")
        take_in(this, document, f"{name}.xlsx", name)
    this.renames["县旧局"] = "县新局"
    found = last_years_units(this, last)
    assert set(found) == {"县财政局", "县新局"}
    assert found["县新局"] is last.unit("县旧局").document
    results = compare_collections(this, last)
    assert set(results) == {"县财政局", "县新局"}
    carry = [i for i in results["县财政局"].issues if i.code == "X-CARRY"]
    assert carry and "2022年" in carry[0].message
    everyone = Node("全县", [], include=list(UnitStatus))
    node_result = compare(sum_node(this, everyone).document, sum_node(last, everyone).document)
    assert node_result.not_applied == ()
