"""`aggregate` and the several-file / last-year `check`: output shapes, sums and exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.collection_file import load_collection
from govinfo_desktop.formats.detail_export import read_detail
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from tests.collect_files import write_units
from tests.helpers import consistent_document


def independent_sum(reports: list, cell: CellRef) -> Decimal | None:
    present = [r.values[cell] for r in reports if isinstance(r.values.get(cell), Decimal)]
    return sum(present) if present else None


def test_unreadable_input_is_listed_and_nothing_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 5, errors=1, unreadable=1, duplicate=True, renamed=True)
    out = tmp_path / "县合计.govinfo"
    assert main(["aggregate", str(units.folder), "-o", str(out), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert [Path(item["file"]).name for item in data["unreadable"]] == ["坏文件0.xlsx"]
    assert data["output"] is None and not out.exists()


def test_skip_unreadable_sums_the_rest_like_an_independent_computation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 7, errors=2, unreadable=1, duplicate=True, renamed=True)
    out = tmp_path / "县合计.govinfo"
    argv = ["aggregate", str(units.folder), "-o", str(out), "--json", "--skip-unreadable"]
    assert main(argv) == 1  # two included units have errors
    data = json.loads(capsys.readouterr().out)
    assert len(data["units"]) == 7  # the duplicate file is not a unit of its own
    with_errors = {u["unit"] for u in data["units"] if u["errors"]}
    assert with_errors == set(units.with_errors)
    assert any(n["code"] == "C-SAME-FILE" for n in data["notices"])
    assert units.renamed is not None and units.renamed[0] in {u["unit"] for u in data["units"]}
    total = load_document(out)
    for cell in total.table.cells():
        assert total.values.get(cell) == independent_sum(list(units.reports.values()), cell), cell
    assert data["totals"]["errors"] >= 1


def test_clean_units_exit_0_and_xlsx_and_set_outputs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 4, suffix=".govinfo")
    argv = ["aggregate", str(units.folder), "-o", str(tmp_path / "t.xlsx")]
    assert main([*argv, "--detail", str(tmp_path / "明细.xlsx")]) == 0
    assert "合计（4 个单位）" in capsys.readouterr().out
    assert (tmp_path / "t.xlsx").stat().st_size > 0
    assert len(read_detail(tmp_path / "明细.xlsx").units) == 4
    assert main(["aggregate", str(units.folder), "-o", str(tmp_path / "t.pdf")]) == 0
    assert (tmp_path / "t.pdf").read_bytes().startswith(b"%PDF")
    files = sorted(units.folder.glob("*.govinfo"))
    assert main(["aggregate", *map(str, files), "-o", str(tmp_path / "c.govinfo-set")]) == 0
    collection = load_collection(tmp_path / "c.govinfo-set")
    assert len(collection.units) == 4 and collection.nodes[0].name == "合计"


def test_a_file_of_another_format_is_refused_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 3, suffix=".govinfo")
    old = consistent_document("national-2019", 2)
    save_document(old, units.folder / "旧格式.govinfo")
    assert main(["aggregate", str(units.folder), "-o", str(tmp_path / "t.govinfo"), "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    (refused,) = data["refused"]
    assert "旧格式" in refused["file"] and "2019" in refused["reason"]


def test_check_several_files_prints_one_line_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 3, errors=1, unreadable=1, suffix=".govinfo")
    assert main(["check", str(units.folder)]) == 2
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert sum("无法读取" in line for line in lines) == 1
    assert sum("1 个错误" in line or "2 个错误" in line for line in lines) == 1
    files = sorted(units.folder.glob("*.govinfo"))
    assert main(["check", *map(str, files), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [Path(item["file"]).name for item in data] == [f.name for f in files]
    assert {"template", "errors", "warnings", "blanks", "problems"} <= set(data[0])


def test_check_with_last_year_reports_cross_year_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    this, last = consistent_document("national-2021", 1), consistent_document("national-2021", 2)
    this.metadata["year"], last.metadata["year"] = "2023", "2022"
    for column in this.table.columns_for("t3_carried"):
        this.values[CellRef("t3_carried", column.id)] = last.values[CellRef("t3_next", column.id)]
    this.values[CellRef("t3_carried", "natural")] += 1
    this.values[CellRef("t3_next", "natural")] += 1  # keeps T3-1 balanced
    save_document(this, tmp_path / "2023.govinfo")
    save_document(last, tmp_path / "2022.govinfo")
    argv = ["check", str(tmp_path / "2023.govinfo"), "--last-year", str(tmp_path / "2022.govinfo")]
    main([*argv, "--json"])
    data = json.loads(capsys.readouterr().out)
    carry = [p for p in data["problems"] if p["code"] == "X-CARRY"]
    assert len(carry) == 1 and carry[0]["cells"][0]["row"] == "t3_carried"
    assert "2022年" in carry[0]["message"] and "自然人" in carry[0]["message"]
    assert data["last_year"]["year"] == 2022 and data["last_year"]["not_applied"] == []
    main(argv)
    assert "X-CARRY" in capsys.readouterr().out


def test_last_year_with_several_files_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    save_document(consistent_document("national-2021", 1), tmp_path / "a.govinfo")
    argv = ["check", str(tmp_path / "a.govinfo"), str(tmp_path / "a.govinfo")]
    assert main([*argv, "--last-year", str(tmp_path / "a.govinfo")]) == 2
    assert "--last-year" in capsys.readouterr().err
