"""The catalogue of file errors and import-report notices: every entry renders in Chinese and English
with its declared parameters, and every place that raises or notes one passes exactly those parameters."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import govinfo_desktop
from govinfo_desktop.core.messages import CHINESE, ENGLISH
from govinfo_desktop.core.notices import CodedError, Entry, Notice, catalogue, entry, notice
from govinfo_desktop.formats.excel import report_messages as say
from govinfo_desktop.formats.messages import documents as doc_msg
from govinfo_desktop.formats.messages import files as file_msg
from govinfo_desktop.formats.messages import saving as save_msg
from govinfo_desktop.formats.messages import workbooks as book_msg

# each catalogue module by the name the package imports it as (the call-site scan reads these names)
MODULES = {
    "file_msg": file_msg,
    "book_msg": book_msg,
    "doc_msg": doc_msg,
    "save_msg": save_msg,
    "say": say,
}
ENTRIES = sorted(
    (
        value
        for module in MODULES.values()
        for value in vars(module).values()
        if isinstance(value, Entry)
    ),
    key=lambda e: e.code,
)
PACKAGE = Path(govinfo_desktop.__file__).parent
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _sample(entry: Entry) -> dict[str, str]:
    return {name: f"<{name}>" for name in entry.params}


def test_the_catalogue_is_every_entry_of_both_modules_with_unique_codes() -> None:
    assert len(ENTRIES) > 80
    assert {e.code for e in ENTRIES} <= set(catalogue())
    assert len({e.code for e in ENTRIES}) == len(ENTRIES)


@pytest.mark.parametrize("item", ENTRIES, ids=lambda e: e.code)
def test_every_entry_renders_in_both_languages(item: Entry) -> None:
    sample = _sample(item)
    chinese = Notice(item, sample).render(CHINESE)
    english = Notice(item, sample).render(ENGLISH)
    for text in (chinese, english):
        assert not set("{}？") & set(text.replace("<", "").replace(">", "")), text
        assert all(f"<{name}>" in text for name in item.params), (item.code, text)
    assert english != chinese or item.template.zh == item.template.en  # a {detail} pass-through
    # English may quote what a clerk writes (“—”, “无”), but says nothing else in Chinese.
    assert not _CJK.search(english.replace("无", "")), english


def test_a_template_naming_an_undeclared_parameter_is_refused_when_declared() -> None:
    with pytest.raises(ValueError, match=r"\{rwo\}"):
        entry("test.typo", "row", "第 {rwo} 行", "row {row}")
    with pytest.raises(ValueError, match="重复"):
        entry(file_msg.FILE_EMPTY.code, "name", "{name}", "{name}")


def test_a_notice_with_the_wrong_parameters_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match=r"file\.empty"):
        notice(file_msg.FILE_EMPTY, nmae="a.xlsx")


def test_a_coded_error_reads_as_its_chinese_line_and_renders_in_english() -> None:
    reason = notice(save_msg.DISK_FULL)
    error = CodedError(save_msg.SAVE_FAILED, path="D:/报表.govinfo", reason=reason)
    assert str(error) == "无法保存“D:/报表.govinfo”：磁盘空间不足"
    assert error.render(ENGLISH) == "Cannot save “D:/报表.govinfo”: the disk is full"
    assert (error.code, error.params) == (
        "save.failed",
        {"path": "D:/报表.govinfo", "reason": "磁盘空间不足"},
    )


def _catalogue_calls() -> list[tuple[str, Entry, set[str] | None]]:
    """(where, entry, keyword names) for every call in the package that passes a catalogue entry
    first — raise X(file_msg.Y, …), report.add(…, say.Y, …), report.note(say.Y, …), notice(say.Y, …)."""
    by_name = {
        (alias, name): value
        for alias, module in MODULES.items()
        for name, value in vars(module).items()
        if isinstance(value, Entry)
    }
    found: list[tuple[str, Entry, set[str] | None]] = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            for index, arg in enumerate(node.args):
                if isinstance(arg, ast.Attribute) and isinstance(arg.value, ast.Name):
                    hit = by_name.get((arg.value.id, arg.attr))
                    if hit is not None:
                        where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                        found.append((where, hit, _names(node, node.args[index + 1 :])))
    return found


def _names(call: ast.Call, rest: list[ast.expr]) -> set[str] | None:
    """The parameter names a call passes: keywords, or Notice(entry, {"literal": …}); None when
    they cannot be read from the source (a ** spread)."""
    if rest and isinstance(rest[0], ast.Dict):
        keys = rest[0].keys
        if all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in keys):
            return {k.value for k in keys if isinstance(k, ast.Constant)}
        return None
    if rest:  # a mapping in a variable
        return None
    if any(k.arg is None for k in call.keywords):
        return None
    return {k.arg for k in call.keywords if k.arg is not None}


def _referenced() -> set[tuple[str, str]]:
    names = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in MODULES
            ):
                names.add((node.value.id, node.attr))
    return names


def test_every_call_passes_exactly_the_parameters_its_entry_declares() -> None:
    calls = _catalogue_calls()
    assert len(calls) > 60  # the scan found the call sites
    wrong = [
        (where, item.code, sorted(names), sorted(item.params))
        for where, item, names in calls
        if names is not None and names != item.params
    ]
    assert wrong == []


def test_every_entry_is_used_somewhere() -> None:
    referenced = _referenced()
    named = {
        value.code: (alias, name)
        for alias, module in MODULES.items()
        for name, value in vars(module).items()
        if isinstance(value, Entry)
    }
    assert [code for code, place in named.items() if place not in referenced] == []


def test_a_message_quoting_hostile_text_stays_one_line() -> None:
    """Found by `make fuzz`: a cell address with a carriage return in a damaged sheet split the CLI's
    refusal over two lines. Quoted text loses control characters and line breaks when rendered."""
    found = notice(book_msg.BAD_CELL_ADDRESS, sheet="表四\n复议", ref="\r9\x00")
    for language in (CHINESE, ENGLISH):
        text = found.render(language)
        assert len(text.splitlines()) == 1 and "\x00" not in text, repr(text)
    assert found.render() == "工作表“表四 复议”的单元格地址“ 9”无效"
