"""`aggregate --renames` (机构改革) and a `.govinfo-set` as input; the rename map's two spellings."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection
from govinfo_desktop.core.renames import RenameMapError, parse_renames
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.collection_file import save_collection
from govinfo_desktop.formats.govinfo_file import load_document
from tests.collect_files import T21, unit_report, write_units

CELL = CellRef("t3_new", "natural")


def test_rename_map_reads_lines_and_json() -> None:
    text = "\ufeff# 2023 机构改革\n县财政所 = 县财政局\n\n县农业局＝县农业农村局\n"
    assert parse_renames(text) == {"县财政所": "县财政局", "县农业局": "县农业农村局"}
    assert parse_renames('{"甲": "乙"}') == {"甲": "乙"}
    with pytest.raises(RenameMapError, match="第 2 行"):
        parse_renames("甲=乙\n只有一个名字")
    with pytest.raises(RenameMapError, match="旧名"):
        parse_renames('{"甲": 1}')


def test_renames_merge_old_names_into_the_current_unit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 3, suffix=".govinfo", renamed=True)
    assert units.renamed is not None
    old, new = units.renamed
    renames = tmp_path / "改名.txt"
    renames.write_text(f"{old}={new}\n", encoding="utf-8")
    out = tmp_path / "t.govinfo"
    argv = ["aggregate", str(units.folder), "-o", str(out), "--json"]
    assert main([*argv, "--renames", str(renames)]) == 0
    names = {u["unit"] for u in json.loads(capsys.readouterr().out)["units"]}
    assert new in names and old not in names
    assert main(argv) == 0  # without the map the file counts under the name it carries
    names = {u["unit"] for u in json.loads(capsys.readouterr().out)["units"]}
    assert old in names and new not in names


def test_an_unreadable_rename_map_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    units = write_units(tmp_path / "in", 2, suffix=".govinfo")
    bad = tmp_path / "改名.txt"
    bad.write_text("没有等号\n", encoding="utf-8")
    argv = ["aggregate", str(units.folder), "-o", str(tmp_path / "t.govinfo")]
    assert main([*argv, "--renames", str(bad)]) == 2
    assert "改名.txt" in capsys.readouterr().err


def test_a_collection_file_contributes_its_units_latest_versions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    collection = Collection(2023, T21)
    first, second = unit_report("县教育局", 3), unit_report("县教育局", 4)
    other = unit_report("城关镇", 5)
    for number, document in enumerate((first, second, other)):
        take_in(collection, document, f"v{number}.govinfo", f"hash{number}")
    save_collection(collection, tmp_path / "县.govinfo-set")
    loose = write_units(tmp_path / "in", 2, suffix=".govinfo")
    out = tmp_path / "t.govinfo"
    argv = ["aggregate", str(tmp_path / "县.govinfo-set"), str(loose.folder), "-o", str(out)]
    assert main([*argv, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["units"]) == 4
    expected = sum(
        (d.values[CELL] for d in (second, other, *loose.reports.values())), Decimal(0)
    )
    assert load_document(out).values[CELL] == expected


def test_a_damaged_collection_file_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "坏.govinfo-set"
    broken.write_text("{not json", encoding="utf-8")
    argv = ["aggregate", str(broken), "-o", str(tmp_path / "t.govinfo"), "--json"]
    assert main(argv) == 2
    data = json.loads(capsys.readouterr().out)
    assert [Path(item["file"]).name for item in data["unreadable"]] == ["坏.govinfo-set"]
