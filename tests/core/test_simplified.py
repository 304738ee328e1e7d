"""The simplified form offered for metadata read in traditional characters."""

from __future__ import annotations

from govinfo_desktop.core.simplified import simplified, simplified_offer
from govinfo_desktop.core.simplified_chars import SIMPLIFIED


def test_unit_names_in_traditional_characters_are_simplified() -> None:
    assert simplified("嶽陽縣人民政府") == "岳阳县人民政府"
    assert simplified("湖南省嶽陽市財政局辦公室") == "湖南省岳阳市财政局办公室"
    assert simplified_offer("岳阳县人民政府") is None
    assert simplified_offer("嶽陽縣") == "岳阳县"


def test_characters_that_may_stay_as_they_are_are_kept() -> None:
    assert simplified("乾縣人民政府") == "乾县人民政府"  # 乾县 is a county in Shaanxi
    assert "於" not in SIMPLIFIED and "瞭" not in SIMPLIFIED


def test_the_map_covers_far_more_than_the_tables_own_characters() -> None:
    from govinfo_desktop.formats.traditional_chars import TRADITIONAL  # noqa: PLC0415

    assert len(SIMPLIFIED) > 3000 and len(SIMPLIFIED) > 10 * len(TRADITIONAL)
    assert SIMPLIFIED["嶽"] == "岳" and SIMPLIFIED["僞"] == "伪" and SIMPLIFIED["偽"] == "伪"
