"""The program's names and its settings store (an INI file, easier to support remotely than the registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

ORGANIZATION = "GovInfoDesktop"
APPLICATION = "govinfo-desktop"
DISPLAY_NAME = "GovInfo 年报统计表"


def app_settings() -> QSettings:
    """The user's settings: <config dir>/GovInfoDesktop/govinfo-desktop.ini on every platform."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def log_directory() -> Path:
    """<data dir>/GovInfoDesktop/govinfo-desktop/logs (%LOCALAPPDATA% on Windows, ~/.local/share on Linux)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "logs"


def cache_directory() -> Path:
    """<cache dir>/GovInfoDesktop/govinfo-desktop (%LOCALAPPDATA%\\…\\cache on Windows, ~/.cache on Linux):
    what can be made again at any time (parsed table definitions)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base)
