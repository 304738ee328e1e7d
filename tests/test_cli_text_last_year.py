"""`check TABLE --text … --last-year LAST`: the per-section similarity to last year's text and the
cross-year findings in one `problems` list; the `.govinfo`'s remembered `last_year` link is followed too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.core.lastyear import set_link
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.text_model import store_text
from govinfo_desktop.core.text_parse import parse_text
from govinfo_desktop.formats.excel.labels import simplify
from govinfo_desktop.formats.govinfo_file import save_document
from tests.core.text_helpers import CORRECT_2021, document_2021

LAST_TEXT = CORRECT_2021.replace("2021", "2020")


def _this_year(tmp_path: Path, link: str | None = None) -> Path:
    document = document_2021()
    store_text(document, parse_text(CORRECT_2021, "national-2021", simplify))
    if link is not None:
        set_link(document, link)
    path = tmp_path / "2021.govinfo"
    save_document(document, path)
    return path


def _last_year(tmp_path: Path, with_text: bool = True) -> Path:
    document = ReportDocument.new("national-2021", unit="测试县人民政府", year="2020")
    document.set_text(CellRef("t3_next", "total"), "7")  # this year's 上年结转 is 3: X-CARRY
    if with_text:
        store_text(document, parse_text(LAST_TEXT, "national-2021", simplify))
    path = tmp_path / "2020.govinfo"
    save_document(document, path)
    return path


def _codes(data: dict) -> list[str]:
    return [p["code"] for p in data["problems"]]


def test_text_and_last_year_report_give_both_findings_in_one_list(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    this, last = _this_year(tmp_path), _last_year(tmp_path)
    argv = ["check", str(this), "--text", "--last-year", str(last), "--json"]
    code = main(argv)
    data = json.loads(capsys.readouterr().out)
    assert code == (1 if data["errors"] else 0)  # the sample table has errors of its own
    similar = [p for p in data["problems"] if p["code"] == "TXT-SIMILAR"]
    assert {p["section"] for p in similar} == {"overview", "problems", "other"}
    assert all(int(p["params"]["percent"]) > 50 for p in similar)
    assert "X-CARRY" in _codes(data)
    assert data["last_year"]["file"] == str(last) and data["last_year"]["text"] is True
    assert data["warnings"] == sum(1 for p in data["problems"] if p["severity"] == "warning")
    assert main(argv[:-1]) == code  # the same in text form
    out = capsys.readouterr().out
    assert "TXT-SIMILAR" in out and "X-CARRY" in out


def test_last_years_text_file_gives_the_similarity_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = tmp_path / "2020.txt"
    last.write_text(LAST_TEXT, "utf-8")
    assert (
        main(["check", str(_this_year(tmp_path)), "--text", "--last-year", str(last), "--json"])
        == 1
    )
    data = json.loads(capsys.readouterr().out)
    added = {c for c in _codes(data) if c.startswith(("TXT-", "X-"))}
    assert added == {"TXT-SIMILAR"} and "last_year" not in data


def test_a_fresh_text_is_not_similar(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    last = tmp_path / "2020.txt"
    last.write_text("一、总体情况\n本机关2020年完成了机构改革后的目录整合。\n", "utf-8")
    assert (
        main(["check", str(_this_year(tmp_path)), "--text", "--last-year", str(last), "--json"])
        == 1
    )
    assert "TXT-SIMILAR" not in _codes(json.loads(capsys.readouterr().out))


def test_remembered_link_is_followed_for_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _last_year(tmp_path)
    this = _this_year(tmp_path, link="2020.govinfo")  # relative to the report's folder
    assert main(["check", str(this), "--text", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert "TXT-SIMILAR" in _codes(data)
    assert (
        "X-CARRY" not in _codes(data) and "last_year" not in data
    )  # the link only brings the text


def test_a_link_to_a_missing_file_or_one_without_text_is_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    this = _this_year(tmp_path, link="gone.govinfo")
    assert main(["check", str(this), "--text", "--json"]) == 1
    assert "TXT-SIMILAR" not in _codes(json.loads(capsys.readouterr().out))
    _last_year(tmp_path, with_text=False)
    this = _this_year(tmp_path, link="2020.govinfo")
    assert main(["check", str(this), "--text", "--json"]) == 1
    assert "TXT-SIMILAR" not in _codes(json.loads(capsys.readouterr().out))


def test_last_year_report_without_text_still_gives_cross_year_findings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _last_year(tmp_path, with_text=False)
    assert main(["check", str(_this_year(tmp_path)), "--text", "--last-year", str(last)]) == 1
    out = capsys.readouterr().out
    assert "X-CARRY" in out and "没有正文" in out and "TXT-SIMILAR" not in out


def test_unreadable_last_year_ends_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    this = _this_year(tmp_path)
    for name, content in (("bad.govinfo", "not json"), ("bad.docx", "not a zip")):
        bad = tmp_path / name
        bad.write_text(content, "utf-8")
        assert main(["check", str(this), "--text", "--last-year", str(bad), "--json"]) == 2
        err = capsys.readouterr().err
        assert err.startswith("govinfo-desktop: ") and err.count("\n") == 1
