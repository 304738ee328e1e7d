"""The headless commands as other offices' scripts use them: output shapes and exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_desktop.cli import main
from govinfo_desktop.core.tabledef import CellRef
from govinfo_desktop.formats.govinfo_file import load_document, save_document
from tests.helpers import fresh_python, seed_document

EXAMPLE = Path(__file__).parent.parent / "examples" / "岳阳县2017-本级政府.govinfo"


def test_templates_lists_ids_and_titles(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [
        "national-2014",
        "national-2019",
        "national-2021",
    ]
    assert all("政府信息公开情况统计表" in line for line in lines)


def test_new_writes_an_empty_report(tmp_path: Path) -> None:
    out = tmp_path / "new.govinfo"
    assert main(["new", "--template", "national-2019", "-o", str(out)]) == 0
    document = load_document(out)
    assert document.table_id == "national-2019" and document.values == {}


def test_new_with_unknown_template_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--template", "national-1999", "-o", str(tmp_path / "x.govinfo")]) == 2
    assert "national-1999" in capsys.readouterr().err
    assert not (tmp_path / "x.govinfo").exists()


def test_check_json_shape_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["template"], data["errors"], data["warnings"]) == ("national-2014", 0, 3)
    first = data["problems"][0]
    assert set(first) == {"severity", "rule", "code", "message", "params", "cells"}
    assert (first["severity"], first["rule"], first["code"]) == ("warning", "A3", "A3")
    assert (first["params"]["actual"], first["params"]["expected"]) == ("31,535", "31,481")
    assert first["cells"][0] == {
        "row": "a1",
        "label": "(一)主动公开政府信息数",
        "column": None,
        "value": "31535",
    }
    assert data["blank_cells"][0]["row"] == "h4"


def test_check_exits_1_on_errors_and_names_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = seed_document()
    document.set_text(CellRef("c1", "value"), "4")
    path = tmp_path / "bad.govinfo"
    save_document(document, path)
    assert main(["check", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["errors"] == 1
    (error,) = [p for p in data["problems"] if p["severity"] == "error"]
    assert (
        error["rule"] == "A6" and error["message"] == "收到申请数应等于四种申请方式之和 3，现为 4"
    )


def test_check_of_a_matrix_table_gives_column_labels(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.govinfo"
    assert main(["new", "--template", "national-2021", "-o", str(path)]) == 0
    document = load_document(path)
    document.set_text(CellRef("t3_new", "commercial"), "2")
    save_document(document, path)
    assert main(["check", str(path), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    cells = [c for p in data["problems"] for c in p["cells"] if c["row"] == "t3_new"]
    assert {
        "row": "t3_new",
        "label": "一、本年新收政府信息公开申请数量",
        "column": "申请人情况 · 法人或其他组织 · 商业企业",
        "value": "2",
    } in cells


def test_check_text_output_lists_findings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "0 个错误，3 个警告，1 处未填写" in out
    assert "未填写  (四)政府信息公开专项经费" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.govinfo", None, "找不到文件"),
        ("broken.govinfo", b"{oops", "已损坏"),
        ("foreign.govinfo", b'{"format": "x"}', "不是政务公开年报统计表文件"),
    ],
)
def test_unreadable_input_exits_2_with_one_line_and_no_traceback(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "govinfo_desktop", "check", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_single_file_commands_do_not_import_the_collection_code(tmp_path: Path) -> None:
    """Every command's parser is built on each run: `pdf` and `check FILE` must not pay for 汇总 code."""
    code = (
        "import sys\n"
        "from govinfo_desktop.cli import main\n"
        f"main(['check', {str(EXAMPLE)!r}])\n"
        f"main(['pdf', {str(EXAMPLE)!r}, '-o', {str(tmp_path / 'x.pdf')!r}])\n"
        "heavy = ('cli_aggregate', 'cli_check_many', 'lastyear', 'collect_', 'aggregate')\n"
        "print([m for m in sys.modules if any(h in m for h in heavy)])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().splitlines()[-1] == "[]"


# Modules `pdf FILE` has no use for; each was once on its path (issue 14: print in a fraction of a second).
NOT_FOR_PRINTING = (
    "PySide6",
    "openpyxl",
    "python_calamine",
    "govinfo_desktop.qt",
    "govinfo_desktop.formats.excel",
    "govinfo_desktop.core.text_model",  # the report text: only with --text
    "urllib.request",  # with http, email and ssl: xml.sax.saxutils.escape brought them
    "xml.sax",
    "PIL._imaging",  # PIL.Image, which reportlab imports for pictures: loaded on first use (formats/pdf)
)


def test_pdf_of_one_file_imports_only_what_printing_needs(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from govinfo_desktop.cli import main\n"
        f"main(['pdf', {str(EXAMPLE)!r}, '-o', {str(tmp_path / 'x.pdf')!r}])\n"
        f"heavy = {NOT_FOR_PRINTING!r}\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_check_sees_a_blank_total_as_the_window_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govinfo_desktop.core.session import ReportSession  # noqa: PLC0415
    from tests.helpers import consistent_document  # noqa: PLC0415

    document = consistent_document("national-2021")
    total = CellRef("t3_carried", "total")
    assert total in document.validator.computed_cells
    del document.values[total]  # a total the file left blank: the window computes it
    path = tmp_path / "blank-total.govinfo"
    save_document(document, path)
    window = ReportSession(load_document(path)).findings()
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["errors"], data["warnings"], data["blanks"]) == (
        len(window.errors),
        len(window.warnings),
        len(window.blanks),
    ) == (0, 1, 0)
    out = tmp_path / "sum.govinfo"
    assert main(["aggregate", str(path), str(path), "-o", str(out), "--json"]) in (0, 1)
    summed = json.loads(capsys.readouterr().out)
    assert "T3-1" not in json.dumps(summed, ensure_ascii=False)


def test_argument_dispatch_loads_no_report_code() -> None:
    # `--version`, `--help` and the window's start decide before any command's modules load.
    code = (
        "import sys\n"
        "from govinfo_desktop import cli\n"
        "try:\n"
        "    cli.main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('govinfo_desktop.core')))\n"
    )
    version, loaded = fresh_python(code)
    assert version.startswith("govinfo-desktop") and loaded == "[]"


def test_commands_keep_parsed_tables_in_the_users_cache_folder(tmp_path: Path) -> None:
    # As the window does: the second command reads the table back as JSON, without tomllib.
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    run = [sys.executable, "-X", "importtime", "-m", "govinfo_desktop", "check", str(EXAMPLE)]
    first = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, check=False)
    cached = tmp_path / "cache" / "GovInfoDesktop" / "govinfo-desktop" / "tables"
    assert first.returncode == 0 and (cached / "tables-national-2014.json").is_file()
    again = subprocess.run(run, env=env, capture_output=True, text=True, timeout=60, check=False)
    assert again.returncode == 0 and again.stdout == first.stdout
    parsed = re.compile(r"\|\s*tomllib$", re.MULTILINE)
    assert parsed.search(first.stderr) and not parsed.search(again.stderr)
