"""Issue 10: a .govinfo from another unit is untrusted — wrong types, absurd numbers, path-like table ids,
deep nesting, lone surrogates: one clear Chinese line each, or cleaned; unknown keys kept on save."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core import catalog
from govinfo_desktop.core.notices import Entry
from govinfo_desktop.core.safe_text import MAX_METADATA_CHARS
from govinfo_desktop.core.tableload import TableDefinitionError
from govinfo_desktop.formats import atomic
from govinfo_desktop.formats.atomic import SaveError
from govinfo_desktop.formats.govinfo_file import (
    DocumentFileError,
    dumps,
    load_document,
    loads,
    save_document,
    to_json,
)
from govinfo_desktop.formats.messages import documents as doc_msg
from govinfo_desktop.formats.messages import saving as save_msg
from tests.helpers import seed_document


def _data() -> dict[str, Any]:
    return to_json(seed_document())


def _text(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False)


def _refused(text: str, *expected: Entry) -> str:
    """The refusal's one Chinese line; `expected`: its code, then the code of the reason inside."""
    with pytest.raises(DocumentFileError) as caught:
        loads(text, "x.govinfo")
    message = str(caught.value)
    assert "x.govinfo" in message and "\n" not in message
    if expected:
        codes = caught.value.notice.codes()
        assert codes[: len(expected)] == [e.code for e in expected], message
    return message


@pytest.mark.parametrize(
    "table_id",
    ["../../etc/evil", "/tmp/evil", "\\\\host\\share\\evil", "x" * 300, "national-2021 "],
)
def test_table_id_is_looked_up_only_among_bundled_definitions(tmp_path: Path, table_id) -> None:
    (tmp_path / "evil.toml").write_text("this would be loaded as a table", encoding="utf-8")
    data = _data()
    data["table"]["id"] = table_id
    _refused(_text(data), doc_msg.DOCUMENT_REFUSED, doc_msg.TABLE_UNKNOWN)
    with pytest.raises(TableDefinitionError):
        catalog.load_table(table_id)


@pytest.mark.parametrize("version", ["9" * 5000, "1e400", '"abc"', "-3", "true", "0"])
def test_absurd_table_versions_are_refused(version: str) -> None:
    text = _text(_data()).replace('"version": 1', f'"version": {version}', 1)
    assert f'"version": {version}' in text
    if len(version) > 100:  # more digits than Python's int() reads: the JSON itself is refused
        _refused(text, doc_msg.DOCUMENT_STRUCTURE)
    else:
        _refused(text, doc_msg.DOCUMENT_REFUSED, doc_msg.TABLE_VERSION_BAD)


@pytest.mark.parametrize(
    ("change", "reason", "params"),
    [
        (lambda d: d["cells"].__setitem__(0, "a1"), doc_msg.CELL_SHAPE, {"index": "1"}),
        (lambda d: d["cells"][0].__setitem__("value", 12), doc_msg.CELL_VALUE_TYPE, None),
        (lambda d: d["cells"][0].__setitem__("row", ["a1"]), doc_msg.CELL_IDS, {"index": "1"}),
        (lambda d: d["cells"][0].__setitem__("note", {"x": 1}), doc_msg.CELL_NOTE_TYPE, None),
        (lambda d: d.__setitem__("cells", {"a1": "1"}), doc_msg.NOT_A_LIST, {"key": "cells"}),
        (lambda d: d.__setitem__("metadata", ["unit"]), doc_msg.METADATA_SHAPE, {}),
        (lambda d: d["metadata"].__setitem__("unit", {"name": "x"}), doc_msg.METADATA_TYPE, None),
        (
            lambda d: d["metadata"].__setitem__("unit", "单位" * 600),
            doc_msg.METADATA_TOO_LONG,
            {"label": "填报单位", "length": "1200"},
        ),
        (lambda d: d.__setitem__("extra_rows", [{"label": 3}]), doc_msg.EXTRA_ROW_SHAPE, None),
        (lambda d: d.__setitem__("extra_rows", ["row"]), doc_msg.EXTRA_ROW_SHAPE, {"index": "1"}),
        (lambda d: d.__setitem__("table", "national-2014"), doc_msg.NO_TABLE_INFO, {}),
        (lambda d: d["table"].__setitem__("id", 2014), doc_msg.TABLE_ID_TYPE, {}),
    ],
)
def test_wrong_types_are_one_clear_line(change, reason: Entry, params) -> None:
    data = _data()
    change(data)
    with pytest.raises(DocumentFileError) as caught:
        loads(_text(data), "x.govinfo")
    inner = caught.value.notice.params["reason"]
    assert (caught.value.code, inner.code) == (doc_msg.DOCUMENT_REFUSED.code, reason.code)
    if params is not None:
        assert inner.flat_params() == params
    assert "\n" not in str(caught.value)


def test_nesting_a_thousand_deep_is_refused() -> None:
    data = _data()
    text = _text(data)[:-1] + ', "deep": ' + "[" * 1000 + "]" * 1000 + "}"
    _refused(text, doc_msg.DOCUMENT_STRUCTURE)
    text = _text(data)[:-1] + ', "deep": ' + "[" * 100_000 + "]" * 100_000 + "}"
    _refused(text, doc_msg.DOCUMENT_STRUCTURE)


def test_null_metadata_is_not_the_text_none() -> None:
    data = _data()
    data["metadata"]["head"] = None
    document = loads(_text(data))
    assert "head" not in document.metadata and "None" not in document.metadata.values()


def test_a_cell_given_twice_is_refused() -> None:
    data = _data()
    data["cells"].append(dict(data["cells"][0], value="999"))
    assert _refused(_text(data), doc_msg.DOCUMENT_REFUSED, doc_msg.CELL_TWICE) == (
        "“x.govinfo”：主动公开政府信息数（a1.value）出现了两次，无法确定哪个值正确"
    )


def test_unknown_keys_in_table_and_extra_rows_survive_a_save() -> None:
    data = _data()
    data["table"]["province"] = "湖南"
    data["extra_rows"] = [{"label": "其他", "values": ["1", 2], "source": "S!A1", "colour": "红"}]
    document = loads(_text(data))
    saved = json.loads(dumps(document))
    assert saved["table"]["province"] == "湖南"
    assert saved["extra_rows"] == [
        {"colour": "红", "label": "其他", "values": ["1", "2"], "source": "S!A1"}
    ]


def test_lone_surrogate_and_control_characters_are_cleaned_so_saving_works(tmp_path: Path) -> None:
    text = _text(_data()).replace("岳阳县人民政府", "岳阳县\\ud800人民\\u0007政府")
    document = loads(text)
    assert document.metadata["unit"] == "岳阳县\ufffd人民政府"
    save_document(document, tmp_path / "ok.govinfo")
    assert "\ufffd" in (tmp_path / "ok.govinfo").read_text("utf-8")


def test_a_save_that_cannot_encode_is_a_save_error_not_silence(tmp_path: Path) -> None:
    document = seed_document()
    document.metadata["unit"] = "\ud800"  # put there by a bug, not by a file
    with pytest.raises(SaveError) as caught:
        save_document(document, tmp_path / "bad.govinfo")
    assert caught.value.code == save_msg.SAVE_FAILED.code
    assert caught.value.notice.params["reason"].code == save_msg.UNSAVABLE_CONTENT.code
    assert not (tmp_path / "bad.govinfo").exists()


def test_cli_exit_2_and_one_line_for_every_hostile_govinfo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    samples = {
        "deep": _text(_data())[:-1] + ', "d": ' + "[" * 1000 + "]" * 1000 + "}",
        "digits": _text(_data()).replace('"version": 1', '"version": ' + "9" * 5000, 1),
        "id": _text(_data()).replace("national-2014", "x" * 300),
        "type": _text(_data()).replace('"岳阳县人民政府"', "[1]"),
    }
    for name, text in samples.items():
        path = tmp_path / f"{name}.govinfo"
        path.write_text(text, encoding="utf-8")
        assert main(["check", str(path)]) == 2, name
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err, err


def test_stale_temporary_files_of_a_killed_save_are_removed(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "report.govinfo"
    save_document(seed_document(), target)
    stale = tmp_path / ".report.govinfo.abc123.tmp"
    fresh = tmp_path / ".report.govinfo.def456.tmp"
    other = tmp_path / ".other.govinfo.abc123.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"half")
    old = time.time() - 3600
    os.utime(stale, (old, old))
    os.utime(other, (old, old))
    monkeypatch.setattr(atomic, "_STARTED", time.time())  # this session began after the kill
    save_document(seed_document(), target)
    assert not stale.exists()
    assert fresh.exists(), "a save in progress right now (another program's) is left alone"
    assert other.exists(), "only the temporary files of this file, by name"
    os.utime(fresh, (old, old))
    load_document(target)
    assert not fresh.exists()


def test_longest_accepted_metadata_still_makes_a_pdf(tmp_path: Path) -> None:
    document = seed_document()
    for key in ("unit", "head", "preparer", "phone", "date"):
        document.metadata[key] = "岳阳县人民政府办公室" * (MAX_METADATA_CHARS // 10)
    path = tmp_path / "long.govinfo"
    save_document(document, path)
    assert main(["pdf", str(path), "-o", str(tmp_path / "long.pdf")]) == 0
    assert (tmp_path / "long.pdf").stat().st_size > 1000
