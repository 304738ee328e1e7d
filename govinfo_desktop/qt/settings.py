"""The program's names and its settings store (an INI file, easier to support remotely than the registry)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from govinfo_desktop.formats.user_folders import APPLICATION, ORGANIZATION

__all__ = ["APPLICATION", "DISPLAY_NAME", "ORGANIZATION", "app_settings", "log_directory"]
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
