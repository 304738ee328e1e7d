"""Finds bundled data files (table definitions, fonts, icons, translations) from source or a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        Path(__file__).resolve().parent.parent / "resources",
        Path(sys.prefix) / "share" / "govinfo-desktop" / "resources",
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "tables").is_dir():
            return candidate
    raise FileNotFoundError("找不到程序的资源目录 resources/（安装不完整？）")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
