"""Why a typed or imported text is not a value for its cell: one catalogue entry per reason, in Chinese
(the words shown before English existed, kept identical) and English.

`REFUSED` and `NOT_NUMBER_REFUSED` frame a reason with the text that was refused; the reasons themselves
are also used alone (an import report says "<reason>, not imported").
"""

from __future__ import annotations

from govinfo_desktop.core.notices import entry

REFUSED = entry("value.refused", "text reason", "“{text}”：{reason}", "“{text}”: {reason}")
NOT_NUMBER_REFUSED = entry(
    "value.refused_not_number", "text reason", "“{text}”{reason}", "“{text}” is {reason}"
)

NOT_A_NUMBER = entry("value.not_a_number", "", "不是数字", "not a number")
NO_NOT_APPLICABLE = entry(
    "value.no_not_applicable",
    "",
    "本行不能填“/”（不适用），没有请填 0",
    "this row cannot take “/” (not applicable); enter 0 if there is none",
)
HEADING_ROW = entry(
    "value.heading_row", "", "本行是标题行，不填数字", "this is a heading row and takes no number"
)
WRONG_UNIT = entry(
    "value.wrong_unit",
    "unit suffix",
    "单位应为“{unit}”，不是“{suffix}”",
    "the unit should be “{unit}”, not “{suffix}”",
)
EXTRA_TEXT = entry(
    "value.extra_text",
    "suffix",
    "多了“{suffix}”，只填数字",
    "“{suffix}” is extra; enter the number only",
)
CHINESE_NUMERALS = entry(
    "value.chinese_numerals",
    "",
    "请用阿拉伯数字填写，不要用汉字数字",
    "use digits (0–9), not Chinese numerals",
)
APPROXIMATE = entry(
    "value.approximate",
    "",
    "统计表不能填约数，请填准确数字",
    "the table takes exact figures, not approximate ones",
)
PERCENTAGE = entry(
    "value.percentage", "", "请填数量，不要填百分比", "enter a count, not a percentage"
)
BAD_GROUPING = entry(
    "value.bad_grouping",
    "",
    "千位分隔符位置不对",
    "the thousands separators are in the wrong places",
)
TOO_LARGE = entry(
    "value.too_large",
    "",
    "数值过大，请检查是否多打了数字",
    "the number is too large; check for extra digits",
)
NEGATIVE = entry("value.negative", "", "不能为负数", "cannot be negative")
MONEY_DECIMALS = entry(
    "value.money_decimals",
    "places",
    "金额最多保留 {places} 位小数（单位万元）",
    "amounts take at most {places} decimal places (in 10,000 yuan)",
)
NOT_WHOLE = entry("value.not_whole", "", "应为整数", "should be a whole number")
