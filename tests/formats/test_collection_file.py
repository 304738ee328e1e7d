"""The .govinfo-set file: a round trip keeps everything, unknown keys included; bad files are refused."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_desktop.core.collect_intake import take_in
from govinfo_desktop.core.collection import Collection, Node, UnitStatus
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.collect_read import expand_inputs, read_unit_files
from govinfo_desktop.formats.collection_file import (
    CollectionFileError,
    dumps,
    load_collection,
    loads,
    save_collection,
)
from tests.collect_files import write_units
from tests.helpers import consistent_document


def sample() -> Collection:
    collection = Collection(2023, "national-2021")
    for index, name in enumerate(["县财政局", "城关镇"]):
        document = consistent_document("national-2021", index + 1)
        document.metadata.update(unit=name, year="2023")
        take_in(collection, document, f"{name}.xlsx", f"sha{index}", "2024-01-20T09:00:00")
    collection.units[0].tags = ["县本级"]
    collection.units[0].set_status(UnitStatus.RETURNED, "表三不平", "2024-01-21T10:00:00")
    collection.renames["县财政所"] = "县财政局"
    collection.nodes.append(
        Node("县本级", ["县本级"], county_figures={CellRef("t3_new", "total"): Decimal(5)})
    )
    return collection


def test_round_trip_keeps_units_versions_history_nodes(tmp_path: Path) -> None:
    path = tmp_path / "县汇总.govinfo-set"
    original = sample()
    save_collection(original, path)
    loaded = load_collection(path)
    assert dumps(loaded) == dumps(original)
    unit = loaded.units[0]
    assert unit.status is UnitStatus.RETURNED and unit.history[-1].note == "表三不平"
    assert unit.latest.sha256 == "sha0" and unit.latest.file_name == "县财政局.xlsx"
    assert unit.document.values == original.units[0].document.values
    assert loaded.nodes[0].county_figures == {CellRef("t3_new", "total"): Decimal(5)}
    assert loaded.renames == {"县财政所": "县财政局"}


def test_unknown_keys_everywhere_are_kept() -> None:
    data = json.loads(dumps(sample()))
    data["future"] = {"x": 1}
    data["units"][0]["phone"] = "123"
    data["units"][0]["versions"][0]["signed_by"] = "张三"
    data["units"][0]["history"][0]["by"] = "李四"
    data["nodes"][0]["colour"] = "red"
    again = json.loads(dumps(loads(json.dumps(data, ensure_ascii=False))))
    again.pop("generator"), data.pop("generator")
    assert again == data


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("not json", "已损坏"),
        ('{"format": "govinfo-report"}', "不是汇总文件"),
        ('{"format": "govinfo-collection", "format_version": 99}', "升级"),
        ('{"format": "govinfo-collection", "format_version": 1}', "内容不完整"),
    ],
)
def test_bad_files_are_refused_in_one_line(text: str, words: str) -> None:
    with pytest.raises(CollectionFileError, match=words):
        loads(text, "x.govinfo-set")


def test_reading_many_units_shares_equal_values_and_cells(tmp_path: Path) -> None:
    write_units(tmp_path, 3, suffix=".govinfo")
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    paths = expand_inputs([tmp_path])
    assert [p.suffix for p in paths] == [".govinfo"] * 3
    first, second, _ = (item.document for item in read_unit_files(paths))
    cell = CellRef("t3_new", "total")
    shared_keys = {id(key) for key in first.values} & {id(key) for key in second.values}
    assert len(shared_keys) == len(first.values)
    assert first.values[cell] is not None and isinstance(first.values[cell], Decimal)
