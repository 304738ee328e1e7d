"""The frozen program's launcher: an fcitx desktop gets Qt's IBus plugin when no fcitx plugin is bundled."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "launcher.py"
_spec = importlib.util.spec_from_file_location("govinfo_launcher", SCRIPT)
assert _spec and _spec.loader
launcher = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(launcher)


@pytest.fixture
def plugins(tmp_path: Path) -> Path:
    folder = tmp_path / "platforminputcontexts"
    folder.mkdir()
    (folder / "libibusplatforminputcontextplugin.so").write_bytes(b"")
    return folder


@pytest.mark.parametrize("asked", ["fcitx", "fcitx5", "fcitx;ibus"])
def test_fcitx_without_its_plugin_becomes_ibus(plugins: Path, asked: str) -> None:
    environ = {"QT_IM_MODULE": asked}
    assert launcher.use_ibus_for_fcitx(environ, plugins) is True
    assert environ == {"QT_IM_MODULE": "ibus", "IBUS_USE_PORTAL": "1"}


@pytest.mark.parametrize("environ", [{}, {"QT_IM_MODULE": "ibus"}, {"QT_IM_MODULE": "xim"}])
def test_other_settings_are_left_alone(plugins: Path, environ: dict[str, str]) -> None:
    before = dict(environ)
    assert launcher.use_ibus_for_fcitx(environ, plugins) is False
    assert environ == before


def test_a_bundled_fcitx_plugin_is_used_as_asked(plugins: Path) -> None:
    (plugins / "libfcitx5platforminputcontextplugin.so").write_bytes(b"")
    environ = {"QT_IM_MODULE": "fcitx"}
    assert launcher.use_ibus_for_fcitx(environ, plugins) is False
    assert environ == {"QT_IM_MODULE": "fcitx"}
