"""The cache folder found without Qt is the one Qt's QStandardPaths names for the program."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QStandardPaths

from govinfo_desktop.formats import user_folders
from govinfo_desktop.qt import settings


@pytest.fixture
def program_names(qapp):
    before = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    yield
    QCoreApplication.setOrganizationName(before[0])
    QCoreApplication.setApplicationName(before[1])


@pytest.mark.parametrize("xdg", ["absolute", "unset", "relative/cache"])
def test_the_cache_folder_is_qts(program_names, monkeypatch, tmp_path: Path, xdg: str) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg == "unset":
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg") if xdg == "absolute" else xdg)
    qt_answer = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    assert user_folders.cache_directory() == Path(qt_answer)
    assert settings.APPLICATION in qt_answer  # a real answer, with the program's names in it
