"""packaging/shiboken_support.py: shiboken6's embedded signature-support files, unpacked for bytecode."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import shiboken6

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("support", ROOT / "packaging/shiboken_support.py")
assert _spec is not None and _spec.loader is not None
support = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(support)


def _library() -> tuple[str, bytes]:
    """This machine's shiboken6 library: it carries the files as the Windows DLL does."""
    found = next(
        p for p in Path(shiboken6.__file__).parent.iterdir() if p.name.startswith("libshiboken6")
    )
    return found.name, found.read_bytes()


def test_the_embedded_files_are_unpacked_next_to_shiboken6(tmp_path: Path) -> None:
    name, library = _library()
    (tmp_path / name).write_bytes(library)
    assert support.unpack(tmp_path)
    loader = tmp_path / "files.dir" / support.SUPPORT_LOADER
    assert "def feature_imported" in loader.read_text(encoding="utf-8")
    assert (tmp_path / "files.dir" / "signature_bootstrap.py").is_file()


def test_the_windows_library_name_is_found_too(tmp_path: Path) -> None:
    (tmp_path / "shiboken6.abi3.dll").write_bytes(_library()[1])
    assert support.unpack(tmp_path) and (tmp_path / "files.dir" / support.SUPPORT_LOADER).is_file()


def test_a_library_without_them_whole_is_left_as_it_was(tmp_path: Path, capsys) -> None:
    name, library = _library()
    (tmp_path / name).write_bytes(
        library[: library.find(b"UEsDB") + 4000]
    )  # the first literals only
    assert not support.unpack(tmp_path)
    assert not (tmp_path / "files.dir").exists()
    assert "left embedded" in capsys.readouterr().err
