"""Row labels compared the way a clerk would: numbering, width, spaces, traditional characters and
trailing explanatory notes do not make two labels different.

`TRADITIONAL` maps every traditional (and common variant) form of the characters used in the three
tables' labels, headers and metadata to the simplified form the table definitions use. It was built from
OpenCC's STCharacters/TWVariants/HKVariants dictionaries (Apache-2.0), restricted to those characters, so
that no conversion library is needed at run time; mechanical-conversion slips such as 麵 (for 面) and
製 (for 制) are included because OpenCC lists them as traditional forms.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata

_PAIRS = (  # traditional, simplified, traditional, simplified, …
    "佈布係系俬私俱具個个傢家傳传內内則则動动務务勵励匯汇區区參参員员單单噹当國国圍围執执報报寀采實实審审專专對对屬属廢废強强彙汇後后徑径從从復复徵征應应捲卷採采據据"
    "數数於于時时會会條条業业構构標标樣样機机檢检權权決决沒没況况減减滙汇濟济為为無无熱热爲为獎奖獲获現现當当發发眾众確确碼码祇只祕秘穩稳穫获箇个範范簽签籤签糾纠納纳"
    "級级細细組组結结絡络給给統统經经綫线維维網网線线編编縣县總总織织繫系繳缴繼继續续纍累罰罚義义聞闻聯联職职舉举菓果萬万蓋盖蔘参處处號号衆众衕同衹只補补製制複复覆复"
    "見见規规計计訓训訟讼訪访設设許许訴诉註注証证詢询試试話话誌志認认說说説说談谈請请證证議议護护讀读負负責责費费購购輯辑輿舆轉转辦办迴回逕径這这過过鄉乡錯错錶表鎮镇"
    "門门開开閤合閱阅閲阅關关際际隱隐隻只電电項项題题額额類类駁驳體体髮发麪面麵面點点齣出"
)
TRADITIONAL = dict(zip(_PAIRS[::2], _PAIRS[1::2], strict=True))
_TRANSLATE = str.maketrans(TRADITIONAL)

_CN_DIGITS = "一二三四五六七八九十"
_NUMBERING = re.compile(
    rf"^(?:[{_CN_DIGITS}]+[、.,:]"  # 一、 一.
    rf"|\([{_CN_DIGITS}]+\)[、.]?"  # (一)
    r"|\(\d{1,2}\)[、.]?"  # (1)
    r"|\d{1,2}(?:[、.,:)](?!\d)|\s))"  # 1. 1、 1) — not 1.5
)
_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")
_SPACES = re.compile(r"\s+")
_WHERE = "其中:"
APPROX_RATIO = 0.86


def simplify(text: str) -> str:
    return text.translate(_TRANSLATE)


def normalise(text: str) -> str:
    """Simplified characters, NFKC (full width → half width), no spaces, no quotes; 〔〕【】 as ()."""
    text = unicodedata.normalize("NFKC", simplify(str(text)))
    text = _SPACES.sub("", text).translate(_QUOTES)
    for ch in "〔【［":
        text = text.replace(ch, "(")
    for ch in "〕】］":
        text = text.replace(ch, ")")
    return text.replace("．", ".").replace("，", ",")


def strip_numbering(text: str) -> str:
    """“(一)收到申请数” → “收到申请数”; also drops a leading “其中:”."""
    previous = None
    while previous != text:
        previous = text
        text = _NUMBERING.sub("", text, count=1)
        text = text.removeprefix(_WHERE)
    return text


def strip_notes(text: str) -> str:
    """Drop trailing parenthesised notes (a province's explanation), balanced, possibly nested."""
    while text.endswith(")"):
        depth, index = 0, len(text) - 1
        while index >= 0:
            depth += {")": 1, "(": -1}.get(text[index], 0)
            if depth == 0:
                break
            index -= 1
        if index <= 0:
            return text
        text = text[:index]
    return text


@functools.lru_cache(maxsize=4096)
def label_keys(text: str) -> tuple[str, str]:
    """(full key with notes, core key without notes), both without numbering."""
    full = strip_numbering(normalise(text))
    return full, strip_notes(full)


def is_close(a: str, b: str) -> bool:
    """Labels that differ by a slip or two (“条列” for “条例”, 政务微博 for 政府微博)."""
    shorter, longer = sorted((len(a), len(b)))
    if shorter < 4 or longer - shorter > max(2, longer // 6):
        return False
    if len(set(a) & set(b)) < 0.75 * max(len(set(a)), len(set(b))):
        return False  # cheap test first: most pairs share few characters
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= APPROX_RATIO and matcher.ratio() >= APPROX_RATIO
