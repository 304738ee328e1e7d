"""Issue 10 in the window: a damaged or hostile file gives one message and leaves the open report alone;
given on the command line (double-click), the window still comes up with the message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govinfo_desktop.formats import reading
from govinfo_desktop.qt import dialogs
from tests.formats.hostile_builders import (
    LIBREOFFICE_XLS,
    LIBREOFFICE_XLSX,
    SHEET,
    huge_unique_count,
    with_member,
    xls_with_bad_sheet_offsets,
    xls_with_dimensions,
)
from tests.qt.shell_support import make_window

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "岳阳县2017-本级政府.govinfo"


def _hostile(tmp_path: Path) -> list[Path]:
    deep = json.loads(EXAMPLE.read_text("utf-8"))
    deep["x"] = "@"
    files = {
        "ref.xlsx": with_member(
            LIBREOFFICE_XLSX.read_bytes(), SHEET, lambda d: d.replace(b'r="A1"', b'r="XFD99999999"')
        ),
        "strings.xlsx": with_member(
            LIBREOFFICE_XLSX.read_bytes(), "xl/sharedStrings.xml", huge_unique_count
        ),
        "dims.xls": xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 0x7FFFFFFF, 0xFFFF),
        "offset.xls": xls_with_bad_sheet_offsets(LIBREOFFICE_XLS.read_bytes()),
        "deep.govinfo": json.dumps(deep).replace('"@"', "[" * 5000 + "]" * 5000).encode(),
        "id.govinfo": EXAMPLE.read_bytes().replace(b"national-2014", b"../" * 100 + b"x"),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    return paths


def test_hostile_files_leave_the_open_report_untouched(qtbot, tmp_path, monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))
    window = make_window(qtbot, tmp_path)
    window.start(EXAMPLE)
    window.editor.set_metadata("head", "张三")  # unsaved work
    document = window.document()
    for path in _hostile(tmp_path):
        assert window.files.open_path(path) is False
        assert window.document() is document and document.metadata["head"] == "张三"
        assert window.is_modified()
    assert len(errors) == 6
    for message, path in zip(errors, _hostile(tmp_path), strict=True):
        assert path.name in message and "\n" not in message and "Traceback" not in message


def test_unexpected_reader_failure_is_a_message_not_a_crash(qtbot, tmp_path, monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: errors.append(text))

    def boom(_path):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(reading, "load_document", boom)
    window = make_window(qtbot, tmp_path)
    window.start(None)
    before = window.document()
    assert window.files.open_path(EXAMPLE) is False
    assert window.document() is before
    assert errors and EXAMPLE.name in errors[0]


@pytest.mark.parametrize("index", range(6))
def test_hostile_file_given_at_start_still_opens_the_window(qtbot, tmp_path, index) -> None:
    path = _hostile(tmp_path)[index]
    window = make_window(qtbot, tmp_path)
    error = window.start(path)
    assert error is not None and path.name in error
    assert window.editor is not None and window.document().values == {}
