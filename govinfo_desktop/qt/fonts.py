"""Makes sure Chinese never renders as boxes: use a CJK face the system has, else register the bundled one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from govinfo_desktop.resources import resource_path

BUNDLED_FILE = ("fonts", "ui", "wqy-microhei.ttc")
BUNDLED_FAMILY = "WenQuanYi Micro Hei"
# Sans faces clerks know, best first: Windows, macOS, UOS/Kylin and common Linux installs.
PREFERRED = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
    "Droid Sans Fallback",
    "SimHei",
)


def choose_ui_family(system_families: list[str]) -> str | None:
    """The best Chinese sans face among the system's, or None when it has none at all."""
    available = set(system_families)
    for family in PREFERRED:
        if family in available:
            return family
    return system_families[0] if system_families else None


def register_bundled_font() -> str | None:
    """Load the bundled WenQuanYi Micro Hei; return its family name (None if the file is missing)."""
    path = resource_path(*BUNDLED_FILE)
    font_id = QFontDatabase.addApplicationFont(str(path)) if path.is_file() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return families[0] if families else None


def ensure_cjk_font(app: QApplication) -> str | None:
    """Pin the application font to a Chinese-capable family; returns the family used."""
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    family = choose_ui_family(list(chinese)) or register_bundled_font()
    if family:
        font = QFont(app.font())
        font.setFamilies([family])  # pinned, so Qt never falls back to a face without the glyphs
        app.setFont(font)
    return family
