"""`govinfo-desktop FILE` starts the real program (offscreen), opens FILE, and stays light at start-up."""

from __future__ import annotations

import gc
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from govinfo_desktop import cli
from tests.helpers import fresh_python

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "岳阳县2017-本级政府.govinfo"


def _start(tmp_path: Path, *args: str, cache: Path | None = None) -> dict:
    importlib.import_module("govinfo_desktop.qt.problems_panel")  # a broken import fails here
    importlib.import_module("govinfo_desktop.qt.metadata_panel")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "GOVINFO_DESKTOP_EXIT_WHEN_SHOWN": "1",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(cache or tmp_path / "cache"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "govinfo_desktop", *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_the_file_named_on_the_command_line_opens(tmp_path: Path) -> None:
    report = _start(tmp_path, str(EXAMPLE))
    assert report["title"].startswith(EXAMPLE.name)
    assert report["table"] == "national-2014"


@pytest.mark.slow
def test_start_up_imports_neither_openpyxl_nor_reportlab(tmp_path: Path) -> None:
    report = _start(tmp_path, str(EXAMPLE))
    assert report["openpyxl"] is False and report["reportlab"] is False
    assert 0 < report["rss_mb"] < 300


# What the first paint does not need, so must not load before it: the docks' panels, dialogs, the 正文
# tab, printing, 汇总, help, the support log, a table file's parser once its cache is written, and the
# child process that reads only damaged or non-.xlsx spreadsheets.
# A new import on the start path fails here rather than slowing every start unnoticed.
DEFERRED = {
    *(
        f"govinfo_desktop.{name}"
        for name in (
            "applog", "core.row_help", "core.simplified_chars", "core.text_issues",
            "core.year_check", "formats.excel", "formats.excel.child", "qt.collection_window",
            "qt.dialogs",
            "qt.import_report_dialog", "qt.metadata_panel", "qt.print_preview",
            "qt.problems_panel", "qt.row_help_panel", "qt.text_tab", "qt.user_guide",
        )
    ),
    "html", "logging.handlers", "openpyxl", "reportlab", "subprocess", "tomllib",
}  # fmt: skip


@pytest.mark.slow
def test_what_the_first_paint_does_not_need_is_loaded_after_it(tmp_path: Path) -> None:
    _start(tmp_path, str(EXAMPLE))  # the first start parses the table and caches it
    loaded = set(_start(tmp_path, str(EXAMPLE))["modules"])
    assert {"govinfo_desktop.qt.editor", "govinfo_desktop.core.session"} <= loaded  # a real list
    assert sorted(loaded & DEFERRED) == []


@pytest.mark.slow
def test_an_excel_file_at_start_shows_its_import_report_after_the_first_paint(
    tmp_path: Path,
) -> None:
    from govinfo_desktop.formats.excel.exporter import write_workbook  # noqa: PLC0415
    from tests.helpers import seed_document  # noqa: PLC0415

    workbook = tmp_path / "seed.xlsx"
    write_workbook(seed_document(), workbook)
    # An import leaves the report unsaved (kept for crash recovery): each start gets its own home.
    _start(tmp_path / "first", str(workbook), cache=tmp_path / "cache")
    report = _start(tmp_path / "later", str(workbook), cache=tmp_path / "cache")
    loaded = set(report["modules"])
    assert "govinfo_desktop.formats.excel.importer" in loaded  # the table was imported and shown
    assert report["table"] == "national-2014"
    # The importer checks the year against the tables; the rest waits for the first paint.
    assert sorted(loaded & DEFERRED) == [
        "govinfo_desktop.core.year_check",
        "govinfo_desktop.formats.excel",
    ]


@pytest.mark.slow
def test_without_a_file_a_blank_report_opens(tmp_path: Path) -> None:
    report = _start(tmp_path)
    assert report["table"] in {"national-2021", "national-2019", "national-2014"}
    assert not list((tmp_path / "data").rglob("*.lock"))  # nothing left behind after quitting


@pytest.mark.slow
def test_the_support_log_is_written_once_the_window_is_up(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache")}  # fmt: skip
    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from govinfo_desktop import app\n"
        "from govinfo_desktop.qt import window_start\n"
        "app.create_application()\n"
        "QTimer.singleShot(1500, lambda: QApplication.exit(0))\n"
        f"window_start.run([{str(EXAMPLE)!r}])\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, timeout=60, check=True,
                   capture_output=True)  # fmt: skip
    logs = list((tmp_path / "data").rglob("govinfo-desktop.log"))
    assert logs and "start " in logs[0].read_text(encoding="utf-8")


def test_no_command_goes_to_the_window(monkeypatch) -> None:
    seen: list[list[str]] = []
    from govinfo_desktop import app  # noqa: PLC0415

    monkeypatch.setattr(app, "main", lambda args: seen.append(list(args)) or 0)
    assert cli.main([]) == 0
    assert cli.main(["报表.govinfo"]) == 0
    assert seen == [[], ["报表.govinfo"]]


def test_the_report_code_loads_before_qt() -> None:
    # PySide6 reads the source of every module imported after it: the window's Qt-free modules come first.
    code = (
        "import sys\n"
        "from govinfo_desktop import app\n"
        "app._import_before_qt()\n"
        "print('PySide6' in sys.modules, 'govinfo_desktop.core.session' in sys.modules,"
        " 'govinfo_desktop.formats.govinfo_file' in sys.modules)\n"
    )
    assert fresh_python(code) == ["False True True"]


def test_pyside_loads_without_compiling_patterns_a_start_never_uses() -> None:
    # PySide6 changed its patterns if this fails: then app.PYSIDE_LAZY needs updating.
    code = (
        "from govinfo_desktop import app\n"
        "app.import_pyside()\n"
        "from shibokensupport.signature import parser\n"
        "from shibokensupport.signature.lib import pyi_generator\n"
        "lazy = [parser.arglistParser._finditer.func.__self__, pyi_generator.Formatter.brace_searcher,\n"
        "        pyi_generator.Formatter.opt_uni_searcher]\n"
        "print([(type(p).__name__, p.is_compiled) for p in lazy])\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "application = QApplication(['test'])\n"
        "try:\n"
        "    QWidget().setWindowTitle(1)\n"
        "except TypeError as error:\n"
        "    print(str(error).splitlines()[-1].strip())\n"
        "print(lazy[0].is_compiled)\n"
    )
    lines = fresh_python(code)
    assert lines[0] == str([("LazyPattern", False)] * 3)
    # A wrong call still names what would be right, from the pattern compiled then.
    assert lines[1:] == ["PySide6.QtWidgets.QWidget.setWindowTitle(arg__1: str, /)", "True"]


def test_pyside_learns_without_reading_source_that_no_module_of_ours_uses_its_features() -> None:
    # As in the installed program (no source shipped): every module later imported is "ignore" (-1).
    # PySide6 changed how it asks if this fails: then app._skip_feature_source_reading needs updating.
    code = (
        "from govinfo_desktop import app\n"
        "app.import_pyside()\n"
        "import shibokensupport.feature as feature\n"
        "from govinfo_desktop.qt.zoom import Zoom\n"  # a module that imports PySide6
        "from PySide6.QtCore import QSize\n"
        "print(feature.pyside_feature_dict.get(Zoom.__module__), QSize(2, 3).width())\n"
    )
    assert fresh_python(code) == ["-1 2"]


def test_the_cyclic_collector_waits_for_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    # Off from the imports to the first paint (window_start.run turns it on then), on again whatever happens.
    from govinfo_desktop import app  # noqa: PLC0415
    from govinfo_desktop.qt import window_start  # noqa: PLC0415

    seen: list[bool] = []

    def run(args: list[str]) -> int:
        seen.append(gc.isenabled())
        raise RuntimeError("the window failed")

    monkeypatch.setattr(window_start, "run", run)
    monkeypatch.setattr(app, "create_application", lambda: None)
    with pytest.raises(RuntimeError):
        app.main([])
    assert seen == [False] and gc.isenabled()
