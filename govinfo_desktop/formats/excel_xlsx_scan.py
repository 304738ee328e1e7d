"""What calamine does not tell about an .xlsx, read from the sheet XML through defusedxml: formula cells
without a cached value, hidden rows and columns, cell comments, and the used range (checked before
calamine allocates it). Parsing through defusedxml also refuses entity tricks (billion laughs)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from govinfo_desktop.formats.excel_sniff import ImportFailed, sheet_extent_ok

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL_NS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")

Position = tuple[int, int]


@dataclass
class SheetFacts:
    missing_formulas: set[Position] = field(default_factory=set)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    comments: dict[Position, str] = field(default_factory=dict)


def column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def position(ref: str) -> Position | None:
    match = _REF.fullmatch(ref)
    return (int(match.group(2)), column_number(match.group(1))) if match else None


class _TooLarge(Exception):
    pass


def scan_xlsx(path: Path) -> dict[str, SheetFacts]:
    try:
        with zipfile.ZipFile(path) as archive:
            members = _sheet_members(archive).items()
            return {name: _scan_sheet(archive, member, name) for name, member in members}
    except _TooLarge as error:
        raise ImportFailed(
            f"“{path.name}”的工作表“{error}”范围异常大，不像一张统计表，未导入"
        ) from error
    except DefusedXmlException as error:
        raise ImportFailed(f"“{path.name}”含有不安全的 XML 结构（疑似恶意构造），未导入") from error
    except ElementTree.ParseError as error:
        raise ImportFailed(f"“{path.name}”已损坏（XML 无法解析），无法读取") from error
    except KeyError as error:
        raise ImportFailed(f"“{path.name}”已损坏（缺少 {error.args[0]}），无法读取") from error


def _scan_sheet(archive: zipfile.ZipFile, member: str, name: str) -> SheetFacts:
    facts = SheetFacts()
    root = ElementTree.fromstring(archive.read(member))
    rows = cols = 0
    for row in root.iter(f"{_NS}row"):
        number = int(row.get("r", "0") or 0)
        if row.get("hidden") in {"1", "true"}:
            facts.hidden_rows.add(number)
        for cell in row.iter(f"{_NS}c"):
            where = position(cell.get("r", ""))
            if where is None:
                continue
            rows, cols = max(rows, where[0]), max(cols, where[1])
            if cell.find(f"{_NS}f") is not None:
                cached = cell.find(f"{_NS}v")
                if cached is None or not (cached.text or "").strip():
                    facts.missing_formulas.add(where)
    if not sheet_extent_ok(rows, cols):
        raise _TooLarge(name)
    for col in root.iter(f"{_NS}col"):
        if col.get("hidden") in {"1", "true"}:
            low, high = int(col.get("min", "1")), min(int(col.get("max", "1")), 16384)
            facts.hidden_cols.update(range(low, high + 1))
    facts.comments = _comments(archive, member)
    return facts


def _comments(archive: zipfile.ZipFile, member: str) -> dict[Position, str]:
    sheet = PurePosixPath(member)
    rels_name = str(sheet.parent / "_rels" / f"{sheet.name}.rels")
    if rels_name not in archive.namelist():
        return {}
    comments: dict[Position, str] = {}
    for rel in ElementTree.fromstring(archive.read(rels_name)).iter(f"{_PKG_REL}Relationship"):
        if not rel.get("Type", "").endswith("/comments"):
            continue
        target = _resolve(sheet.parent, rel.get("Target", ""))
        for comment in ElementTree.fromstring(archive.read(target)).iter(f"{_NS}comment"):
            where = position(comment.get("ref", ""))
            text = "".join(t.text or "" for t in comment.iter(f"{_NS}t")).strip()
            if where and text:
                comments[where] = text
    return comments


def _resolve(base: PurePosixPath, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts: list[str] = []
    for part in (*base.parts, *target.split("/")):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in {"", "."}:
            parts.append(part)
    return "/".join(parts)


def _sheet_members(archive: zipfile.ZipFile) -> dict[str, str]:
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    members: dict[str, str] = {}
    for sheet in workbook.iter(f"{_NS}sheet"):
        target = targets.get(sheet.get(f"{_REL_NS}id"), "")
        if target:
            members[sheet.get("name", "")] = _resolve(PurePosixPath("xl"), target)
    return members
