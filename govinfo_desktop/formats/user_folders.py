"""The program's names and its cache folder, known without Qt.

The headless commands keep parsed table definitions in the same cache folder as the window, and they
never load Qt. So the folder is found here the way Qt's QStandardPaths finds CacheLocation for these
names; qt.settings uses this too, and a test holds the two equal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from govinfo_desktop.core import toml_cache

ORGANIZATION = "GovInfoDesktop"
APPLICATION = "govinfo-desktop"


def cache_directory() -> Path:
    """<cache dir>/GovInfoDesktop/govinfo-desktop (%LOCALAPPDATA%\\…\\cache on Windows, ~/.cache on Linux):
    what can be made again at any time (parsed table definitions)."""
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / ORGANIZATION / APPLICATION / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / ORGANIZATION / APPLICATION
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    base = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".cache"  # Qt ignores a relative one
    return base / ORGANIZATION / APPLICATION


def use_table_cache() -> None:
    """Parsed table definitions kept as JSON in <cache folder>/tables (core.toml_cache): the window
    and every command read them back instead of parsing the TOML again."""
    toml_cache.use_cache_directory(cache_directory() / "tables")
