"""The year a new report is for: reports are drafted from December and filed by 31 January."""

import datetime

import pytest

from govinfo_desktop.core.document import default_report_year


@pytest.mark.parametrize(
    ("today", "year"),
    [
        (datetime.date(2027, 1, 15), 2026),  # filing season: last year's report
        (datetime.date(2026, 6, 30), 2025),  # a late report in mid-year is still last year's
        (datetime.date(2026, 11, 30), 2025),
        (datetime.date(2026, 12, 1), 2026),  # December: drafting this year's report
    ],
)
def test_report_year_follows_the_filing_season(today: datetime.date, year: int) -> None:
    assert default_report_year(today) == year


def test_report_year_defaults_to_today() -> None:
    today = datetime.date.today()
    assert default_report_year() in (today.year, today.year - 1)
