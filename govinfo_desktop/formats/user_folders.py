"""The program's names and its cache folder, known without Qt.

The window reads a file named on the command line before PySide6 loads (PySide6 then reads the source of
every module imported after it), and that read already wants the parsed-table cache. So the folder is
found here the way Qt's QStandardPaths finds CacheLocation for these names; qt.settings uses this too,
and a test holds the two equal.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

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
