"""Label normalisation and metadata reading, on their own."""

from __future__ import annotations

import pytest

from govinfo_desktop.formats.excel.labels import TRADITIONAL, is_close, label_keys, simplify
from govinfo_desktop.formats.excel.metadata import read_metadata
from govinfo_desktop.formats.excel.reader import SheetGrid
from tests.formats.excel_builders import seed_text


@pytest.mark.parametrize(
    "text",
    ["(一)收到申请数", "（一）收到申请数", "一、收到申请数", "1.收到申请数", "1、收到申请数", "1．收到申请数",
     "(1)收到申请数", " 收到 申请\n数 ", "(一)收到申請數", "其中：收到申请数"],
)  # fmt: skip
def test_numbering_width_spaces_and_traditional_characters_fold_away(text: str) -> None:
    assert label_keys(text) == ("收到申请数", "收到申请数")


def test_trailing_notes_are_dropped_for_the_core_key_even_nested() -> None:
    full, core = label_keys(
        "规范性文件(行政机关制定发布的决定、公告…“规定”“办法”(含细则)等字样的公文)"
    )
    assert core == "规范性文件" and full.startswith("规范性文件(")
    assert label_keys("第二十条第(一)项") == ("第二十条第(一)项", "第二十条第(一)项")
    assert label_keys("1.5万") == ("1.5万", "1.5万")  # a number is not numbering


def test_every_traditional_character_of_the_seed_table_has_a_simplified_form() -> None:
    text = simplify(seed_text())
    left = {ch for ch in text if ch in "們個這條數與當麵製誌複屬於國隱應關"}
    assert left == set()
    assert TRADITIONAL["麵"] == "面" and TRADITIONAL["製"] == "制"


def test_slips_match_approximately_but_different_rows_do_not() -> None:
    assert is_close("不是《条列》所指政府信息", "不是《条例》所指政府信息")
    assert is_close("政务微博公开政府信息数", "政府微博公开政府信息数")
    assert not is_close("当面申请数", "传真申请数")
    assert not is_close("其他", "总计")


def _grid(cells: dict[tuple[int, int], str]) -> SheetGrid:
    return SheetGrid("Sheet1", dict(cells))


def test_metadata_in_one_cell_each_in_label_and_next_cell_and_several_in_one_cell() -> None:
    grid = _grid({
        (1, 1): "2019年度政府信息公开情况统计表（全县汇总）",
        (2, 1): "填报单位(盖章)：", (2, 2): "某县人民政府办公室",
        (40, 1): "单位负责人：张三　　填表人：李四　　联系电话：０７３０-1234567",
        (41, 1): "填报日期：", (41, 3): "2020年1月5日",
    })  # fmt: skip
    assert read_metadata([grid]) == {
        "year": "2019",
        "scope": "全县汇总",
        "unit": "某县人民政府办公室",
        "head": "张三",
        "preparer": "李四",
        "phone": "０７３０-1234567",
        "date": "2020年1月5日",
    }


def test_year_from_a_separate_line_and_traditional_labels() -> None:
    grid = _grid(
        {
            (1, 1): "政府信息公開情況統計表(本級政府)",
            (2, 1): "(2017年度)",
            (3, 1): "填報單位(蓋章):嶽陽縣",
        }
    )
    assert read_metadata([grid]) == {"scope": "本级政府", "year": "2017", "unit": "嶽陽縣"}
