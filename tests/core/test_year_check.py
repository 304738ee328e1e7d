"""年度: plausible years only, and a warning naming the right format for the year."""

from __future__ import annotations

import datetime

import pytest

from govinfo_desktop.core import catalog
from govinfo_desktop.core.year_check import check_year

TODAY = datetime.date(2026, 3, 1)


def _code(text: str, table_id: str) -> str | None:
    notice = check_year(text, table_id, TODAY)
    return None if notice is None else notice.code


def test_plausible_years_fit_their_format() -> None:
    assert _code("2017", "national-2014") is None
    assert _code("2017年度", "national-2014") is None
    assert _code("2020", "national-2019") is None
    assert _code("2027", "national-2021") is None  # next year: a report prepared early
    assert _code("", "national-2021") is None  # not filled in yet
    assert _code("2010", "national-2021") is None  # before any national format: no advice


def test_implausible_years_are_named() -> None:
    for text in ("2007", "2028", "1999", "20x", "二〇二一"):
        assert _code(text, "national-2021") == "notice.year_invalid", text
    notice = check_year("2028", "national-2021", TODAY)
    assert (
        notice is not None
        and notice.render() == "年度“2028”不是有效年份：应为 2008—2027 之间的四位年份"
    )


def test_a_year_of_another_format_names_the_right_one() -> None:
    notice = check_year("2018", "national-2021", TODAY)
    assert notice is not None and notice.code == "notice.year_other_format"
    assert notice.params["right"].startswith("2014年版")
    later = check_year("2022", "national-2019", TODAY)
    assert later is not None and later.params["right"].startswith("2021年版")
    assert "should use" in later.render("en")


def test_a_year_its_own_format_covers_loads_no_other(monkeypatch: pytest.MonkeyPatch) -> None:
    # The 报表信息 panel checks the year at every start, just after the first paint.
    loaded: list[str] = []
    real = catalog.table

    def recording(table_id: str) -> catalog.TableDefinition:
        loaded.append(table_id)
        return real(table_id)

    monkeypatch.setattr(catalog, "table", recording)
    assert _code("2017", "national-2014") is None
    assert loaded == ["national-2014"]
