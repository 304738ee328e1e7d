"""A rename map for 机构改革 (old unit name → current name), as a clerk writes it: a JSON object, or one
`旧名=新名` a line (blank lines and lines starting with # ignored; ＝ and → accepted as well)."""

from __future__ import annotations

import json

_ARROWS = ("=", "＝", "→", "->")


class RenameMapError(ValueError):
    """The map cannot be read; the message names the line."""


def parse_renames(text: str, name: str = "改名表") -> dict[str, str]:
    stripped = text.lstrip("\ufeff").strip()
    if stripped.startswith("{"):
        return _from_json(stripped, name)
    renames: dict[str, str] = {}
    for number, raw in enumerate(stripped.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        old, new = _split(line)
        if not old or not new:
            raise RenameMapError(f"“{name}”第 {number} 行应为“旧名=新名”：{line}")
        renames[old] = new
    return renames


def _split(line: str) -> tuple[str, str]:
    for arrow in _ARROWS:
        if arrow in line:
            old, _, new = line.partition(arrow)
            return old.strip(), new.strip()
    return "", ""


def _from_json(text: str, name: str) -> dict[str, str]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise RenameMapError(f"“{name}”不是有效的 JSON（第 {error.lineno} 行）") from error
    if not isinstance(data, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and k.strip() and v.strip()
        for k, v in data.items()
    ):
        raise RenameMapError(f"“{name}”应为 {{\"旧名\": \"新名\"}} 形式的对象")
    return {k.strip(): v.strip() for k, v in data.items()}
