"""`aggregate` keeps its output when it streams the units (issue 12): a fixed set of generated files
(random values, units with errors, an unreadable file, a duplicate file, a unit's second version, two
identical units, a renamed unit, blank totals and "/", a unit without a name, another year, another
table format) gives exactly the JSON, text and total recorded from the full-memory CLI before the
streaming path existed (tests/fixtures/aggregate_stream.json; GOLDEN_RECORD=1 rewrites it), and the
total equals a sum computed here, independently."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE, Value
from govinfo_desktop.formats.detail_export import read_detail
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from govinfo_desktop.formats.reading import open_input
from tests.collect_files import unit_report, write_unit_file, write_units
from tests.helpers import consistent_document

GOLDEN = Path(__file__).parent / "fixtures" / "aggregate_stream.json"
REGULATIONS = CellRef("t2_regulations", "issued")


def make_scenario(folder: Path) -> dict[str, ReportDocument]:
    """The files in `folder` (19 of them: enough for the process pool) and what each unit's latest
    report holds, by unit name as the total counts it."""
    units = write_units(folder, 10, errors=2, unreadable=1, duplicate=True, renamed=True)
    latest = dict(units.reports)
    assert units.renamed is not None
    second = unit_report("测试县第0002局", 99)
    write_unit_file(second, folder / "zz-第二版.xlsx")
    latest["测试县第0002局"] = second
    for name in ("复制甲单位", "复制乙单位"):
        copy = unit_report(name, 50)
        write_unit_file(copy, folder / f"{name}.govinfo")
        latest[name] = copy
    latest["空合计单位"] = _blank_totals_unit(folder / "空合计单位.govinfo")
    nameless = unit_report("", 61)
    write_unit_file(nameless, folder / "无名单位.xlsx")
    latest["无名单位"] = nameless
    other_year = unit_report("去年单位", 62, year="2022")
    write_unit_file(other_year, folder / "去年单位.govinfo")
    latest["去年单位"] = other_year
    save_document(consistent_document("national-2019", 2), folder / "旧格式.govinfo")
    (folder.parent / "改名.txt").write_text(f"{units.renamed[0]}={units.renamed[1]}\n", "utf-8")
    return latest


def _blank_totals_unit(path: Path) -> ReportDocument:
    document = unit_report("空合计单位", 70)
    for total in document.validator.totals.order:
        document.values.pop(total, None)  # settled from the parts before summing
    document.values[REGULATIONS] = NOT_APPLICABLE
    document.values[CellRef("t2_regulations", "repealed")] = NOT_APPLICABLE
    document.values[CellRef("t2_fees", "amount")] = Decimal("12.50")  # kept with its two places
    save_document(document, path)
    return document


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(argv)
    out = capsys.readouterr().out
    if "--json" in argv:  # the very text json.dumps gives, though written a unit at a time
        assert out == json.dumps(json.loads(out), ensure_ascii=False, indent=1) + "\n"
    return code, out


def values_json(values: dict[CellRef, Value]) -> dict[str, str | None]:
    return {
        str(cell): (
            value.value if value is NOT_APPLICABLE else str(value) if value is not None else None
        )
        for cell, value in sorted(values.items(), key=lambda item: str(item[0]))
    }


def record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    base = ["aggregate", "in", "--renames", "改名.txt"]
    code, out = run([*base, "-o", "t.govinfo", "--json", "--skip-unreadable"], capsys)
    total = load_document(tmp_path / "t.govinfo")
    result: dict[str, object] = {
        "skip_json": {"code": code, "report": json.loads(out)},
        "total": values_json(total.values),
        "total_metadata": total.metadata,
        "total_overrides": sorted(map(str, total.overrides)),
    }
    code, out = run([*base, "-o", "t2.govinfo", "--json"], capsys)
    result["blocked_json"] = {"code": code, "report": json.loads(out)}
    assert not (tmp_path / "t2.govinfo").exists()
    code, out = run([*base, "-o", "t.xlsx", "--skip-unreadable"], capsys)
    result["skip_text"] = {"code": code, "lines": out.splitlines()}
    result["xlsx"] = values_json(open_input(tmp_path / "t.xlsx").document.values)
    code, out = run(
        ["aggregate", "in/空合计单位.govinfo", "in/复制甲单位.govinfo", "-o", "c.govinfo"], capsys
    )
    result["two_units"] = {"code": code, "lines": out.splitlines()}
    result["two_units_total"] = values_json(load_document(tmp_path / "c.govinfo").values)
    return result


def independent_total(latest: dict[str, ReportDocument]) -> dict[str, str | None]:
    """Each unit's blank totals from its parts (as the window shows them), then per cell: the sum of
    the numbers, "/" when every unit wrote "/", blank when all are blank."""
    settled = []
    for document in latest.values():
        values = dict(document.values)
        plan = document.validator.totals
        for total in plan.order:
            if values.get(total) is None:
                computed = plan.value_of(total, values)
                if computed is not None:
                    values[total] = computed
        settled.append(values)
    total: dict[CellRef, Value] = {}
    for cell in next(iter(latest.values())).table.cells():
        found = [values.get(cell) for values in settled]
        numbers = [value for value in found if isinstance(value, Decimal)]
        if numbers:
            total[cell] = sum(numbers, Decimal(0))
        elif all(value is NOT_APPLICABLE for value in found):
            total[cell] = NOT_APPLICABLE
    return values_json(total)


@pytest.fixture
def scenario(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, ReportDocument]:
    monkeypatch.chdir(tmp_path)
    return make_scenario(tmp_path / "in")


def test_output_is_the_recorded_one_and_the_independent_sum(
    tmp_path: Path, scenario: dict[str, ReportDocument], capsys: pytest.CaptureFixture[str]
) -> None:
    result = record(tmp_path, capsys)
    if os.environ.get("GOLDEN_RECORD"):
        GOLDEN.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", "utf-8")
    golden = json.loads(GOLDEN.read_text("utf-8"))
    for key, value in golden.items():
        assert result[key] == value, key
    assert result["total"] == independent_total(scenario)
    report = result["skip_json"]["report"]  # type: ignore[index]
    assert sorted(u["unit"] for u in report["units"]) == sorted(scenario)
    codes = [notice["code"] for notice in report["notices"]]
    assert {"C-SAME-FILE", "C-NEW-VERSION", "C-COPY", "C-NO-UNIT", "C-YEAR"} <= set(codes)
    assert result["blocked_json"]["code"] == 2 and result["skip_json"]["code"] == 1  # type: ignore[index]


def test_the_full_memory_path_reports_the_same(
    tmp_path: Path, scenario: dict[str, ReportDocument], capsys: pytest.CaptureFixture[str]
) -> None:
    """--overview keeps every report (its bars need them): its report, total and 明细表 are the
    streamed ones."""
    base = ["aggregate", "in", "--renames", "改名.txt", "--json", "--skip-unreadable"]
    streamed = run([*base, "-o", "s.govinfo", "--detail", "s.xlsx"], capsys)
    full = run([*base, "-o", "f.govinfo", "--detail", "f.xlsx", "--overview"], capsys)
    assert streamed[0] == full[0] == 1
    as_full = json.loads(full[1])
    as_full["output"] = "s.govinfo"
    assert json.loads(streamed[1]) == as_full
    streamed_total, full_total = load_document(Path("s.govinfo")), load_document(Path("f.govinfo"))
    assert values_json(streamed_total.values) == values_json(full_total.values)
    assert streamed_total.metadata == full_total.metadata
    streamed_detail, full_detail = read_detail(Path("s.xlsx")), read_detail(Path("f.xlsx"))
    assert streamed_detail == full_detail and len(streamed_detail.units) == len(scenario)
    column = streamed_detail.units.index("空合计单位")
    assert streamed_detail.values[REGULATIONS][column] is NOT_APPLICABLE


def test_json_without_units_is_the_same_text(
    tmp_path: Path, scenario: dict[str, ReportDocument], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(["aggregate", "in/坏文件0.xlsx", "-o", "t.govinfo", "--json"], capsys)
    assert code == 2 and json.loads(out)["units"] == []
