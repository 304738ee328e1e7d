"""The .govinfo document file: round trip, unknown fields kept, broken files refused, atomic save."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from govinfo_desktop.core import value_messages
from govinfo_desktop.core.document import ExtraRow, ReportDocument
from govinfo_desktop.core.notices import Entry
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.core.values import NOT_APPLICABLE
from govinfo_desktop.formats import atomic
from govinfo_desktop.formats.atomic import SaveError
from govinfo_desktop.formats.govinfo_file import (
    DocumentFileError,
    dumps,
    load_document,
    loads,
    save_document,
)
from govinfo_desktop.formats.messages import documents as doc_msg
from govinfo_desktop.formats.messages import files as file_msg
from tests.helpers import consistent_document, seed_document


def _same(a: ReportDocument, b: ReportDocument) -> None:
    assert (a.table_id, a.metadata, a.values, a.notes) == (
        b.table_id,
        b.metadata,
        b.values,
        b.notes,
    )


@pytest.mark.parametrize("table_id", ["national-2014", "national-2019", "national-2021"])
def test_round_trip_keeps_every_value_exactly(tmp_path: Path, table_id: str) -> None:
    document = consistent_document(table_id)
    document.notes[next(iter(document.table.cells()))] = "含上年结转 2 件"
    document.metadata.update(head="张三", preparer="李四", phone="0730-1234567", date="2018-01-20")
    path = tmp_path / "report.govinfo"
    save_document(document, path)
    _same(load_document(path), document)


def test_money_and_not_applicable_survive(tmp_path: Path) -> None:
    document = ReportDocument.new("national-2021")
    document.set_text(CellRef("t2_fees", "amount"), "12.3400")
    document.set_text(CellRef("t2_regulations", "issued"), "/")
    path = tmp_path / "r.govinfo"
    save_document(document, path)
    loaded = load_document(path)
    assert loaded.values[CellRef("t2_fees", "amount")] == Decimal("12.3400")
    assert str(loaded.values[CellRef("t2_fees", "amount")]) == "12.3400"
    assert loaded.values[CellRef("t2_regulations", "issued")] is NOT_APPLICABLE


def test_values_are_stored_as_text_never_floats() -> None:
    data = json.loads(dumps(seed_document()))
    assert all(isinstance(cell["value"], str) for cell in data["cells"])
    assert data["format"] == "govinfo-report" and data["format_version"] == 1
    assert data["table"] == {"id": "national-2014", "version": 1}


def test_unknown_fields_are_kept_on_load_and_save() -> None:
    data = json.loads(dumps(seed_document()))
    data["signature"] = {"by": "county office", "hash": "abc"}
    data["metadata"]["district_code"] = "430621"
    data["cells"][0]["checked_by"] = "王五"
    data["cells"].append({"row": "future_row", "column": "value", "value": "7"})
    again = json.loads(dumps(loads(json.dumps(data))))
    assert again["signature"] == {"by": "county office", "hash": "abc"}
    assert again["metadata"]["district_code"] == "430621"
    assert again["cells"][0]["checked_by"] == "王五"
    assert {"row": "future_row", "column": "value", "value": "7"} in again["cells"]


def test_extra_rows_are_kept() -> None:
    document = seed_document()
    document.extra_rows.append(ExtraRow("其他主动公开文件", ["186", "86"], "Sheet1!A9"))
    assert loads(dumps(document)).extra_rows == document.extra_rows


@pytest.mark.parametrize(
    ("content", "codes", "params"),
    [
        (b"not json at all", [doc_msg.DOCUMENT_UNPARSABLE], {"name": "bad.govinfo", "line": "1"}),
        (b'{"format": "something-else"}', [doc_msg.NOT_GOVINFO], {"name": "bad.govinfo"}),
        (
            b'{"format": "govinfo-report", "format_version": 99}',
            [doc_msg.FORMAT_VERSION_NEWER],
            {"name": "bad.govinfo", "version": "99"},
        ),
        (
            b'{"format": "govinfo-report", "format_version": 1, "table": {"id": "national-1999"}}',
            [doc_msg.DOCUMENT_REFUSED, doc_msg.TABLE_UNKNOWN],
            None,
        ),
        (
            b'{"format": "govinfo-report", "format_version": 1}',
            [doc_msg.DOCUMENT_REFUSED, doc_msg.NO_TABLE_INFO],
            None,
        ),
        (b"\xff\xfe\x00garbage", [doc_msg.DOCUMENT_NOT_UTF8], {"name": "bad.govinfo"}),
        (
            b'{"format": "govinfo-report", "format_version": 1, "table": {"id": "national-2014"},'
            b' "cells": [{"row": "c1", "column": "value", "value": "three"}]}',
            [
                doc_msg.DOCUMENT_REFUSED,
                doc_msg.CELL_VALUE_BAD,
                value_messages.NOT_NUMBER_REFUSED,
                value_messages.NOT_A_NUMBER,
            ],
            None,
        ),
        (
            b'{"format": "govinfo-report", "format_version": 1, "table": {"id": "national-2014"},'
            b' "cells": [{"row": "c1", "column": "value", "value": 3.5}]}',
            [doc_msg.DOCUMENT_REFUSED, doc_msg.CELL_VALUE_TYPE],
            None,
        ),
    ],
)
def test_broken_or_foreign_files_are_refused_clearly(
    tmp_path: Path, content: bytes, codes: list[Entry], params: dict[str, str] | None
) -> None:
    path = tmp_path / "bad.govinfo"
    path.write_bytes(content)
    with pytest.raises(DocumentFileError) as caught:
        load_document(path)
    error = caught.value
    assert error.notice.codes() == [entry.code for entry in codes]
    if params is not None:
        assert error.params == params
    assert "bad.govinfo" in str(error) and "\n" not in str(error)


def test_a_refused_value_names_the_row_and_cell_in_the_clerks_words(tmp_path: Path) -> None:
    with pytest.raises(DocumentFileError) as caught:
        loads(
            '{"format": "govinfo-report", "format_version": 1, "table": {"id": "national-2014"},'
            ' "cells": [{"row": "c1", "column": "value", "value": "three"}]}',
            "bad.govinfo",
        )
    assert str(caught.value) == "“bad.govinfo”：收到申请数（c1.value）的值“three”不是数字"


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(DocumentFileError) as caught:
        load_document(tmp_path / "nope.govinfo")
    assert caught.value.code == file_msg.FILE_NOT_FOUND.code
    assert caught.value.params == {"path": str(tmp_path / "nope.govinfo")}


def test_interrupted_save_leaves_the_old_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.govinfo"
    save_document(seed_document(), path)
    before = path.read_bytes()

    def crash(_: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", crash)
    changed = seed_document()
    changed.set_text(CellRef("c1", "value"), "4")
    with pytest.raises(SaveError, match="磁盘空间不足"):
        save_document(changed, path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "report.govinfo"
    ]  # no temporary left behind


def test_save_into_a_read_only_folder_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root in CI, where chmod does not stop writes; the OS answer is simulated instead.
    def refuse(*_: object, **__: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match="没有写入权限"):
        save_document(seed_document(), tmp_path / "r.govinfo")
    assert list(tmp_path.iterdir()) == []


def test_save_into_a_missing_folder_is_explained(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="文件夹不存在"):
        save_document(seed_document(), tmp_path / "missing" / "r.govinfo")
