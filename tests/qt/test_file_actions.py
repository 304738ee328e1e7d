"""新建/打开/保存/另存为/导入/导出/打印 through the window, with every dialog replaced (nothing blocks)."""

from __future__ import annotations

import os
import shutil
import sys
import types
from pathlib import Path

import pytest

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.formats import atomic, govinfo_file
from govinfo_desktop.formats.messages import workbooks as book_msg
from govinfo_desktop.formats.reading import InputError, OpenedInput
from govinfo_desktop.qt import dialogs, file_actions
from tests.helpers import seed_document
from tests.qt.shell_support import make_window

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "岳阳县2017-本级政府.govinfo"


class Recorder:
    """Stands in for the dialogs: records messages, answers questions as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.unsaved_asked = 0
        self.unsaved_answer = dialogs.Unsaved.CANCEL
        self.save_path: Path | None = None
        self.open_path: Path | None = None
        self.new_choice: tuple[int, str] | None = None
        monkeypatch.setattr(dialogs, "show_error", lambda _parent, text: self.errors.append(text))
        monkeypatch.setattr(dialogs, "show_info", lambda _parent, text: self.infos.append(text))
        monkeypatch.setattr(dialogs, "ask_unsaved_changes", self._unsaved)
        monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: self.save_path)
        monkeypatch.setattr(dialogs, "ask_open_path", lambda *_args, **_kw: self.open_path)
        monkeypatch.setattr(dialogs, "ask_new_report", lambda _parent: self.new_choice)

    def _unsaved(self, _parent: object, _name: str) -> dialogs.Unsaved:
        self.unsaved_asked += 1
        return self.unsaved_answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    return Recorder(monkeypatch)


@pytest.fixture
def window(qtbot, tmp_path: Path):
    window = make_window(qtbot, tmp_path)
    window.start(None)
    return window


@pytest.fixture
def example(tmp_path: Path) -> Path:
    copy = tmp_path / "docs" / EXAMPLE.name
    copy.parent.mkdir()
    shutil.copy(EXAMPLE, copy)
    return copy


def _edit(window, value: str = "岳阳县人民政府办公室") -> None:
    window.editor.set_metadata("unit", value)
    assert window.is_modified()


def test_new_report_asks_for_the_year_and_picks_the_table(window, asked: Recorder) -> None:
    asked.new_choice = (2020, "national-2019")
    assert window.files.new_report()
    assert window.document().table_id == "national-2019"
    assert window.document().metadata["year"] == "2020"
    assert window.file_path is None and not window.is_modified()


@pytest.mark.parametrize(
    ("year", "table_id"),
    [(2014, "national-2014"), (2018, "national-2014"), (2019, "national-2019"),
     (2020, "national-2019"), (2021, "national-2021"), (2025, "national-2021")],
)  # fmt: skip
def test_new_report_dialog_follows_the_year_and_can_be_changed(
    qtbot, year: int, table_id: str
) -> None:
    dialog = dialogs.NewReportDialog(None, 2016)
    qtbot.addWidget(dialog)
    dialog.year.setValue(year)
    assert dialog.choice() == (year, table_id)
    dialog.table.setCurrentIndex(dialog.table.findData("national-2014"))
    assert dialog.choice() == (year, "national-2014")


def test_open_save_and_save_as(window, asked: Recorder, example: Path, tmp_path: Path) -> None:
    assert window.files.open_path(example)
    assert window.file_path == example and window.document().metadata["unit"] == "岳阳县人民政府"
    assert example.name in window.windowTitle()
    _edit(window)
    assert window.files.save()
    assert not window.is_modified()
    assert govinfo_file.load_document(example).metadata["unit"] == "岳阳县人民政府办公室"
    asked.save_path = tmp_path / "另存.govinfo"
    assert window.files.save_as()
    assert window.file_path == asked.save_path and asked.save_path.is_file()
    assert window.recent.paths()[0] == asked.save_path.resolve()


def test_opening_a_missing_or_broken_file_keeps_the_open_report(window, asked, tmp_path) -> None:
    _edit(window)
    before = window.document()
    assert not window.files.open_path(tmp_path / "不存在.govinfo")
    broken = tmp_path / "坏文件.govinfo"
    broken.write_text("{ not json", encoding="utf-8")
    assert not window.files.open_path(broken)
    assert len(asked.errors) == 2 and "不存在.govinfo" in asked.errors[0]
    assert "坏文件.govinfo" in asked.errors[1] and "Traceback" not in asked.errors[1]
    assert window.document() is before and window.is_modified()
    assert asked.unsaved_asked == 0  # a file that cannot be read never costs the clerk a question


def test_a_file_locked_by_another_program_says_so(window, asked, example, monkeypatch) -> None:
    real_read = Path.read_bytes

    def locked(path: Path) -> bytes:
        if path == example:
            raise PermissionError(13, "Permission denied")  # what Windows says for a locked file
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", locked)
    before = window.document()
    assert not window.files.open_path(example)
    assert len(asked.errors) == 1 and example.name in asked.errors[0]
    assert "被其他程序占用" in asked.errors[0] and "Permission" not in asked.errors[0]
    assert window.document() is before


def test_unsaved_changes_cancel_keeps_the_report(window, asked: Recorder, example: Path) -> None:
    _edit(window, "正在填写")
    asked.unsaved_answer = dialogs.Unsaved.CANCEL
    assert not window.files.open_path(example)
    assert asked.unsaved_asked == 1 and window.document().metadata["unit"] == "正在填写"
    asked.unsaved_answer = dialogs.Unsaved.DISCARD
    assert window.files.open_path(example)
    assert window.document().metadata["unit"] == "岳阳县人民政府"


def _assert_failed_save_keeps_state(window, asked: Recorder, target: Path, reason: str) -> None:
    document = window.document()
    assert not window.files.save_to(target)
    assert len(asked.errors) == 1 and reason in asked.errors[0] and target.name in asked.errors[0]
    assert window.document() is document and document.metadata["unit"] == "岳阳县人民政府办公室"
    assert window.is_modified() and window.isWindowModified()
    assert not target.exists()


def test_saving_into_a_read_only_folder_says_so(window, asked, monkeypatch, tmp_path) -> None:
    _edit(window)
    folder = tmp_path / "只读"
    folder.mkdir()

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    # root ignores folder permissions, so the refusal the OS would give is simulated where it happens
    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    _assert_failed_save_keeps_state(window, asked, folder / "报表.govinfo", "没有写入权限")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_saving_into_a_truly_read_only_folder(window, asked, tmp_path) -> None:
    _edit(window)
    folder = tmp_path / "只读"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        _assert_failed_save_keeps_state(window, asked, folder / "报表.govinfo", "没有写入权限")
    finally:
        folder.chmod(0o700)


def test_disk_full_says_so_and_keeps_the_report(window, asked, monkeypatch, tmp_path) -> None:
    _edit(window)

    def disk_full(path: Path, _data: bytes) -> None:
        raise atomic.save_failed(Path(path), OSError(28, "No space left on device"))

    monkeypatch.setattr(govinfo_file, "atomic_write_bytes", disk_full)
    _assert_failed_save_keeps_state(window, asked, tmp_path / "报表.govinfo", "磁盘空间不足")


def test_spreadsheet_opens_as_a_new_modified_report_with_its_import_report(
    window, asked: Recorder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    workbook = tmp_path / "下级报来.xlsx"
    workbook.write_bytes(b"PK\x03\x04")
    imported, report = seed_document(), object()
    monkeypatch.setattr(file_actions, "open_input", lambda _path: OpenedInput(imported, report))
    shown: list[tuple[object, object]] = []
    fake = types.ModuleType("govinfo_desktop.qt.import_report_dialog")
    fake.show_import_report = lambda parent, rep: shown.append((parent, rep))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    _edit(window, "未保存的本级报表")
    asked.unsaved_answer = dialogs.Unsaved.CANCEL
    assert not window.files.open_path(workbook)
    assert window.document().metadata["unit"] == "未保存的本级报表"  # never overwritten unasked
    asked.unsaved_answer = dialogs.Unsaved.DISCARD
    asked.open_path = workbook
    assert window.files.import_excel()
    assert window.document() is imported and window.file_path is None
    assert window.is_modified() and window.isWindowModified()
    assert shown == [(window, report)]


def test_import_without_the_excel_module_gives_a_clear_message(
    window, asked, monkeypatch, tmp_path
):
    workbook = tmp_path / "表.xlsx"
    workbook.write_bytes(b"PK\x03\x04")

    def no_excel(path: Path) -> OpenedInput:
        raise InputError(book_msg.EXCEL_IMPORT_MISSING, name=path.name)

    monkeypatch.setattr(file_actions, "open_input", no_excel)
    assert not window.files.open_path(workbook)
    assert asked.errors == ["“表.xlsx”：本版本尚不能导入 Excel 文件"]


def test_export_excel_and_blank_template(window, asked, monkeypatch, tmp_path) -> None:
    written: list[tuple[ReportDocument, Path, bool]] = []
    monkeypatch.setattr(
        "govinfo_desktop.formats.writing.write_output",
        lambda doc, path, blank_template=False: written.append((doc, path, blank_template)),
    )
    window.document().metadata["unit"] = "岳阳县人民政府"
    asked.save_path = tmp_path / "导出.xlsx"
    assert window.files.export_excel()
    assert written[-1] == (window.document(), asked.save_path, False)
    asked.save_path = tmp_path / "模板.xlsx"
    assert window.files.export_blank_template()
    blank, path, is_blank = written[-1]
    assert is_blank and path == asked.save_path and not blank.values
    assert "unit" not in blank.metadata and blank.table_id == window.document().table_id
    assert len(asked.infos) == 2 and not asked.errors


def test_export_failure_is_one_clear_message(window, asked, monkeypatch, tmp_path) -> None:
    def fail(_doc, path, blank_template=False):
        raise atomic.save_failed(Path(path), OSError(28, "No space left on device"))

    monkeypatch.setattr("govinfo_desktop.formats.writing.write_output", fail)
    asked.save_path = tmp_path / "导出.xlsx"
    assert not window.files.export_excel()
    assert asked.errors == [f"无法保存“{asked.save_path}”：磁盘空间不足"]


def test_print_actions_call_the_pdf_helper(window, asked, monkeypatch, tmp_path) -> None:
    calls: list[tuple] = []
    fake = types.ModuleType("govinfo_desktop.qt.print_preview")
    for name in ("show_preview", "print_document", "open_in_system_viewer"):
        setattr(fake, name, lambda parent, doc, _n=name: calls.append((_n, parent, doc)))
    fake.export_pdf = lambda parent, doc, path=None: calls.append(("export_pdf", parent, path))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, fake.__name__, fake)
    asked.save_path = tmp_path / "报表.pdf"
    for key in ("preview", "print", "export_pdf", "viewer"):
        window.menus.actions[key].trigger()
    document = window.document()
    assert calls == [
        ("show_preview", window, document),
        ("print_document", window, document),
        ("export_pdf", window, asked.save_path),
        ("open_in_system_viewer", window, document),
    ]


def test_missing_print_module_gives_a_chinese_message(window, asked, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "govinfo_desktop.qt.print_preview", None)  # import fails
    window.menus.actions["preview"].trigger()
    assert len(asked.errors) == 1 and "尚未提供" in asked.errors[0]


@pytest.mark.slow
def test_excel_out_and_back_in_through_the_window(window, asked, monkeypatch, example, tmp_path):
    from govinfo_desktop.qt import import_report_dialog  # noqa: PLC0415

    shown: list[object] = []
    monkeypatch.setattr(import_report_dialog, "show_import_report", lambda _p, r: shown.append(r))
    assert window.files.open_path(example)
    original = window.document()
    asked.save_path = tmp_path / "岳阳县2017.xlsx"
    assert window.files.export_excel() and asked.save_path.stat().st_size > 0
    assert window.files.open_path(asked.save_path)
    imported = window.document()
    assert imported is not original and imported.values == original.values
    assert imported.metadata["unit"] == "岳阳县人民政府"
    assert window.file_path is None and window.is_modified() and len(shown) == 1


@pytest.mark.slow
def test_pdf_export_through_the_window(window, asked, monkeypatch, example, tmp_path) -> None:
    from govinfo_desktop.qt import print_preview  # noqa: PLC0415

    told: list[str] = []
    monkeypatch.setattr(
        print_preview, "show_report", lambda _p, text, warning=False: told.append(text)
    )
    assert window.files.open_path(example)
    asked.save_path = tmp_path / "岳阳县2017.pdf"
    window.menus.actions["export_pdf"].trigger()
    assert asked.save_path.read_bytes().startswith(b"%PDF")
    assert len(told) == 1 and asked.save_path.name in told[0] and not asked.errors


def test_file_errors_follow_the_window_language(window, asked, english, monkeypatch, tmp_path):
    empty = tmp_path / "空.xlsx"
    empty.write_bytes(b"")
    assert not window.files.open_path(empty)
    _edit(window)

    def disk_full(path: Path, _data: bytes) -> None:
        raise atomic.save_failed(Path(path), OSError(28, "No space left on device"))

    monkeypatch.setattr(govinfo_file, "atomic_write_bytes", disk_full)
    assert not window.files.save_to(tmp_path / "报表.govinfo")
    assert asked.errors == [
        "“空.xlsx” is empty, not an Excel workbook",
        f"Cannot save “{tmp_path / '报表.govinfo'}”: the disk is full",
    ]
