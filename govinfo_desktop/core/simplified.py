"""The simplified form of a text read from a file in traditional characters (嶽陽縣人民政府 → 岳阳县人民政府).

Offered, never applied silently: the clerk may keep the original (a unit that writes its own name in
traditional characters). Characters that may also stay as they are (乾县, 於 as a surname) are not
changed (see scripts/gen_traditional_table.py).
"""

from __future__ import annotations

from govinfo_desktop.core.simplified_chars import SIMPLIFIED

_TABLE = str.maketrans(SIMPLIFIED)


def simplified(text: str) -> str:
    return text.translate(_TABLE)


def simplified_offer(text: str) -> str | None:
    """The simplified form when it differs from `text`, else None."""
    converted = simplified(text)
    return converted if converted != text else None
