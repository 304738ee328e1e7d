"""年度: a plausible year (2008 — the 条例 took effect — to next year), and the table format for it.

A year outside the format's years (2018 on the 2021 form, 2022 on the 2019 form) is a warning that
names the right format; the clerk may still keep it (a late correction of an old report happens).
"""

from __future__ import annotations

import datetime
import re

from govinfo_desktop.core import catalog
from govinfo_desktop.core.notices import Notice, entry, notice

FIRST_YEAR = 2008  # 《政府信息公开条例》 in force from 2008-05-01: no annual report before

NOT_A_YEAR = entry(
    "notice.year_invalid",
    "text first last",
    "年度“{text}”不是有效年份：应为 {first}—{last} 之间的四位年份",
    "Year “{text}” is not valid: it should be a four-digit year from {first} to {last}",
)
OTHER_FORMAT = entry(
    "notice.year_other_format",
    "year right this",
    "{year}年度的报表应使用{right}，本表是{this}",
    "A report for {year} should use {right}; this table is {this}",
)


def check_year(text: str, table_id: str, today: datetime.date | None = None) -> Notice | None:
    """None when the year is empty (not filled in yet) or fits the table."""
    text = text.strip()
    if not text:
        return None
    last = (today or datetime.date.today()).year + 1
    match = re.fullmatch(r"((?:19|20)\d\d)\s*(?:年度?)?", text)
    year = int(match.group(1)) if match else None
    if year is None or not FIRST_YEAR <= year <= last:
        return notice(NOT_A_YEAR, text=text, first=str(FIRST_YEAR), last=str(last))
    ids = catalog.table_ids()
    # The report's own format first: a year it covers (the usual case) loads no other definition,
    # which the 报表信息 panel would otherwise do at every start (~10 ms after the first paint).
    if table_id in ids and catalog.table(table_id).covers_year(year):
        return None
    covering = [t for t in ids if catalog.table(t).covers_year(year)]
    if not covering or table_id in covering:
        return None  # 2008–2013: no national format yet, any table may be used
    right = covering[0]
    return notice(
        OTHER_FORMAT,
        year=str(year),
        right=catalog.table(right).name,
        this=catalog.table(table_id).name,
    )
