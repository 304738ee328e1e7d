"""Issue 10: damaged and hostile spreadsheets are refused in one clear line — never a crash of the process,
never gigabytes of memory — and odd but honest ones (100k formatted empty rows) are read."""

from __future__ import annotations

import io
import re
import resource
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from openpyxl.reader import excel as openpyxl_excel

from govinfo_desktop.core.notices import Entry
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.excel import child as excel_child
from govinfo_desktop.formats.excel import reader as excel_reader
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.excel.exporter import workbook_bytes
from govinfo_desktop.formats.excel.importer import ImportFailed, import_workbook
from govinfo_desktop.formats.excel.sniff import FileKind
from govinfo_desktop.formats.excel.xls_scan import check_xls
from govinfo_desktop.formats.messages import files as file_msg
from govinfo_desktop.formats.messages import workbooks as book_msg
from tests.formats.excel_builders import seed_rows, seed_text, seed_workbook
from tests.formats.hostile_builders import (
    LIBREOFFICE_XLS,
    LIBREOFFICE_XLSX,
    SHEET,
    first_cell_ref_set,
    huge_unique_count,
    with_member,
    without_member,
    xls_with_bad_sheet_offsets,
    xls_with_dimensions,
)
from tests.helpers import seed_document

ROOT = Path(__file__).resolve().parents[2]


def _refused(path: Path, *expected: Entry, seconds: float = 10.0) -> str:
    """The refusal's one Chinese line; `expected`: its code, then the code of the reason inside it."""
    started = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        import_workbook(path)
    assert time.perf_counter() - started < seconds
    message = str(caught.value)
    assert path.name in message and "\n" not in message and "Traceback" not in message
    if expected:
        codes = caught.value.notice.codes()
        assert codes[: len(expected)] == [e.code for e in expected], message
    return message


def _cli_check(path: Path) -> tuple[int, str, int]:
    """Exit code, stderr and the child's peak resident memory (MB) of `govinfo-desktop check path`."""
    script = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-m', 'govinfo_desktop', 'check', sys.argv[1]],"
        " capture_output=True, text=True, timeout=30)\n"
        "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
        "sys.stdout.write(f'{done.returncode}\\n{peak}\\n' + done.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    code, peak, stderr = done.stdout.split("\n", 2)
    return int(code), stderr, int(peak)


@pytest.mark.parametrize("row", [b"99999999", b"1048577", b"0"])
def test_cell_reference_past_excel_rows_is_refused_before_calamine(tmp_path: Path, row) -> None:
    path = tmp_path / "far.xlsx"
    path.write_bytes(
        with_member(LIBREOFFICE_XLSX.read_bytes(), SHEET, lambda d: first_cell_ref_set(d, row))
    )
    _refused(path, file_msg.DAMAGED_DETAIL, seconds=2.0)


def test_eight_digit_row_kills_nothing_through_the_command(tmp_path: Path) -> None:
    """It used to abort the process (SIGABRT) or climb to 12 GB; now exit 2 within the limits."""
    path = tmp_path / "XFD99999999.xlsx"
    path.write_bytes(
        with_member(
            LIBREOFFICE_XLSX.read_bytes(),
            SHEET,
            lambda d: d.replace(b'<c r="A1"', b'<c r="XFD99999999"', 1),
        )
    )
    code, stderr, peak = _cli_check(path)
    assert code == 2 and "Traceback" not in stderr and len(stderr.splitlines()) == 1, stderr
    assert peak < 500


def test_huge_shared_string_count_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "strings.xlsx"
    path.write_bytes(
        with_member(LIBREOFFICE_XLSX.read_bytes(), "xl/sharedStrings.xml", huge_unique_count)
    )
    _refused(path, file_msg.DAMAGED_DETAIL, book_msg.SHARED_STRINGS, seconds=2.0)


def test_row_tag_with_absurd_number_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "rows.xlsx"
    path.write_bytes(
        with_member(
            LIBREOFFICE_XLSX.read_bytes(),
            SHEET,
            lambda d: re.sub(rb'<row r="1"', b'<row r="99999999"', d, count=1),
        )
    )
    _refused(path, file_msg.DAMAGED_DETAIL, book_msg.BAD_ROW_NUMBER)


@pytest.mark.parametrize(("rows", "cols"), [(0x7FFFFFFF, 0xFFFF), (0xFFFFFFFF, 0x100)])
def test_xls_with_damaged_dimensions_is_refused_and_the_process_lives(
    tmp_path: Path, rows: int, cols: int
) -> None:
    path = tmp_path / "dims.xls"
    path.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), rows, cols))
    _refused(path, file_msg.XLS_RANGE)


def test_xls_with_bad_sheet_offset_or_truncated_is_refused(tmp_path: Path) -> None:
    """calamine panics on these (pyo3's PanicException is a BaseException): one clear line instead."""
    source = LIBREOFFICE_XLS.read_bytes()
    (tmp_path / "offset.xls").write_bytes(xls_with_bad_sheet_offsets(source))
    _refused(tmp_path / "offset.xls", file_msg.XLS_SHEET_OFFSET)
    (tmp_path / "cut.xls").write_bytes(source[:-100])
    _refused(tmp_path / "cut.xls", file_msg.DAMAGED)


def test_panic_inside_in_process_calamine_is_an_import_failure(tmp_path: Path, monkeypatch) -> None:
    class PanicException(BaseException):  # what pyo3 raises for a Rust panic
        pass

    def panic(*_args, **_kwargs):
        raise PanicException("range end index 64 out of range")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_filelike", panic)
    path = tmp_path / "x.xlsx"
    path.write_bytes(LIBREOFFICE_XLSX.read_bytes())
    with pytest.raises(ImportFailed) as caught:
        excel_reader.read_calamine(path)
    assert (caught.value.code, caught.value.params) == (file_msg.DAMAGED.code, {"name": "x.xlsx"})


def test_corrupt_lzma_member_is_refused(tmp_path: Path) -> None:
    data = bytearray(with_member(LIBREOFFICE_XLSX.read_bytes(), "", bytes, zipfile.ZIP_LZMA))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo(SHEET)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra) + 20
    data[start : start + 40] = bytes(40)
    path = tmp_path / "lzma.xlsx"
    path.write_bytes(bytes(data))
    _refused(path, file_msg.ZIP_DAMAGED)


def test_ods_without_mimetype_is_one_clear_line(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "a.ods", "w") as archive:
        archive.writestr("content.xml", "<office:document-content/>")
    _refused(tmp_path / "a.ods")


def test_openpyxl_fallback_runs_isolated_and_without_pictures(tmp_path: Path, monkeypatch) -> None:
    seen: list[str] = []

    def fake_isolated(path: Path, engine: str):
        seen.append(engine)
        return excel_reader.read_openpyxl(path)

    def unreadable(path: Path):
        raise ImportFailed(file_msg.UNREADABLE_WORKBOOK, name=path.name)

    monkeypatch.setattr(excel_reader, "read_isolated", fake_isolated)
    monkeypatch.setattr(excel_reader, "read_calamine", unreadable)
    path = tmp_path / "ok.xlsx"
    path.write_bytes(LIBREOFFICE_XLSX.read_bytes())
    grids = excel_reader.read_grids(path, FileKind.XLSX)
    assert seen == ["openpyxl"] and any(grid.values for grid in grids)
    assert openpyxl_excel.find_images("archive", "path") == ([], [])


def test_child_process_reads_a_normal_xls_like_in_process(tmp_path: Path) -> None:
    isolated = excel_child.read_isolated(LIBREOFFICE_XLS, "calamine")
    direct = excel_reader.read_calamine(LIBREOFFICE_XLS)
    assert [g.values for g in isolated] == [g.values for g in direct]


def test_huge_inf_and_nan_cells_are_refused_one_by_one(tmp_path: Path) -> None:
    """One cell of 1e28, 1e400 (infinity) or NaN used to make the whole file "not a statistics table"."""
    values = iter([b"<v>1e28</v>", b"<v>1e400</v>", b"<v>NaN</v>"])

    def spoil(data: bytes) -> bytes:
        return re.sub(rb"<v>\d+</v>", lambda m: next(values, m.group(0)), data)

    source = workbook_bytes(seed_document(), template=False)
    path = tmp_path / "big.xlsx"
    path.write_bytes(with_member(source, SHEET, spoil))
    result = import_workbook(path)
    refused = [entry for entry in result.report.coded() if entry[0] == say.CELL_INVALID.code]
    assert len(refused) == 3, result.report.lines()
    reasons = {dict(params)["reason"] for _, _, params in refused}
    assert reasons == {"数值过大，请检查是否多打了数字", "不是数字"}, reasons
    assert result.report.values_read == len(seed_document().values) - 3


def test_control_characters_and_long_unit_are_cleaned_with_a_note(tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes(seed_document(), template=False)))
    for row in workbook.active.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and "岳阳县人民政府" in cell.value:
                cell.value = cell.value.replace("岳阳县人民政府", "岳阳县@@@人民政府" + "办" * 1200)
    workbook.save(tmp_path / "long.xlsx")
    # openpyxl refuses to write \x01; put it into the XML by hand.
    raw = with_member(
        (tmp_path / "long.xlsx").read_bytes(),
        SHEET,
        lambda d: d.replace(b"@@@", "\u0001".encode()),
    )
    (tmp_path / "long.xlsx").write_bytes(raw)
    result = import_workbook(tmp_path / "long.xlsx")
    unit = result.document.metadata["unit"]
    assert "\x01" not in unit and unit.startswith("岳阳县人民政府") and len(unit) <= 200
    cut = [params for code, _, params in result.report.coded() if code == say.METADATA_CUT.code]
    assert cut == [(("label", "填报单位"), ("length", "1207"), ("limit", "200"))]
    assert workbook_bytes(result.document, template=False)  # exporting it again works


def test_hidden_sheet_holding_the_table_is_reported(tmp_path: Path) -> None:
    workbook = openpyxl.load_workbook(io.BytesIO(workbook_bytes(seed_document(), template=False)))
    for sheet in workbook.worksheets:
        sheet.sheet_state = "hidden"
    workbook.create_sheet("封面").append(["封面"])
    workbook.active = len(workbook.worksheets) - 1
    workbook.save(tmp_path / "hidden.xlsx")
    result = import_workbook(tmp_path / "hidden.xlsx")
    assert result.document.values[CellRef("a1", "value")] == 31535
    assert (say.TABLE_IN_HIDDEN_SHEET.code, "", (("sheet", "统计表"),)) in result.report.coded()


def test_sheet_with_150k_formatted_empty_rows_is_read(tmp_path: Path) -> None:
    rows = b"".join(
        b'<row r="%d" s="1" customFormat="true"><c r="A%d" s="1"/><c r="B%d" s="1"/></row>'
        % (i, i, i)
        for i in range(200, 150_200)
    )
    path = tmp_path / "formatted.xlsx"
    path.write_bytes(
        with_member(
            LIBREOFFICE_XLSX.read_bytes(),
            SHEET,
            lambda d: d.replace(b"</sheetData>", rows + b"</sheetData>"),
        )
    )
    started = time.perf_counter()
    result = import_workbook(path)
    assert time.perf_counter() - started < 10
    assert result.report.values_read > 50


def test_normal_import_stays_fast(tmp_path: Path) -> None:
    """The bounds are checked in-process on the common path (no child process for an .xlsx)."""
    path = tmp_path / "normal.xlsx"
    path.write_bytes(LIBREOFFICE_XLSX.read_bytes())
    import_workbook(path)
    best = min(_timed(import_workbook, path) for _ in range(5))
    assert best < 0.25, best


def _timed(function, *args) -> float:
    started = time.perf_counter()
    function(*args)
    return time.perf_counter() - started


def test_memory_of_this_process_is_untouched_by_a_bomb_in_the_child(tmp_path: Path) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    path = tmp_path / "dims.xls"
    path.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 0x7FFFFFFF, 0xFFFF))
    _refused(path)
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024


def test_workbook_without_sheet_part_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nosheet.xlsx"
    path.write_bytes(without_member(LIBREOFFICE_XLSX.read_bytes(), SHEET))
    _refused(path)


def _seed_with(rows_to_insert: dict[int, list]) -> Callable[[list[list]], list[list]]:
    def mutate(rows: list[list]) -> list[list]:
        body = [list(row) for row in rows]
        offset = len(body) - len(seed_rows(seed_text()))  # the title and header rows
        body[offset + 50][2] = 7  # 五 (二) differs from 四 (二), so a shift would show
        for at in sorted(rows_to_insert, reverse=True):
            body.insert(offset + at, rows_to_insert[at])
        return body

    return mutate


@pytest.mark.parametrize(
    "extra",
    [
        {44: ["其他情形數", "", 99]},  # the shared label in 三, the wrong part
        {47: ["(二)被依法糾錯數", "", 55]},  # given twice inside 四
        {44: ["(二)被依法糾錯數", "", 55], 48: ["其他情形數", "", 99]},
    ],
)
def test_a_shared_label_in_the_wrong_place_does_not_shift_four_and_five(
    tmp_path: Path, extra
) -> None:
    path = seed_workbook(tmp_path / "seed.xlsx", mutate=_seed_with(extra))
    values = import_workbook(path).document.values
    expected = {"s4_corrected": 2, "s4_other": 4, "s5_corrected": 7, "s5_other": 2}
    assert {row: values.get(CellRef(row, "value")) for row in expected} == expected


def test_declared_xls_dimensions_are_checked_before_any_reader(tmp_path: Path) -> None:
    path = tmp_path / "dims.xls"
    path.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 0x7FFFFFFF, 0xFFFF))
    assert "2147483647 行" in _refused(path, file_msg.XLS_RANGE, seconds=1.0)
    check_xls(LIBREOFFICE_XLS.read_bytes(), "ok.xls")  # a real file passes


def test_a_reader_aborting_in_the_child_is_a_refusal_and_this_process_lives(tmp_path: Path) -> None:
    """Without the DIMENSIONS check calamine aborts (Rust: memory allocation failed); the child dies."""
    path = tmp_path / "dims.xls"
    path.write_bytes(xls_with_dimensions(LIBREOFFICE_XLS.read_bytes(), 0x7FFFFFFF, 0xFFFF))
    started = time.perf_counter()
    with pytest.raises(ImportFailed) as caught:
        excel_child.read_isolated(path, "calamine")
    assert caught.value.code == file_msg.READ_LIMITS.code
    assert time.perf_counter() - started < 10
