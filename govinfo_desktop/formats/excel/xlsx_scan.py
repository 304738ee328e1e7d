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

from govinfo_desktop.formats.excel.bounds import DamagedSheet, check_shared_strings, content_extent
from govinfo_desktop.formats.excel.sniff import ImportFailed, sheet_extent_ok
from govinfo_desktop.formats.messages import files as file_msg

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\s[^>]*?\bhidden="(?:1|true)"[^>]*>')
_COL_TAG = re.compile(rb"<(?:\w+:)?col\s[^>]*>")
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_ATTR_R = re.compile(rb'\br="([0-9]{1,7})"')
_COL_MIN = re.compile(rb'\bmin="([0-9]{1,5})"')
_COL_MAX = re.compile(rb'\bmax="([0-9]{1,5})"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_CACHED = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]")
_EMPTY_TEXT_RESULT = re.compile(rb'\bt="str".*<(?:\w+:)?v>\s*</', re.DOTALL)  # a formula giving ""

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
            _check_shared_strings(archive)
            members = _sheet_members(archive).items()
            return {name: _scan_sheet(archive, member, name) for name, member in members}
    except _TooLarge as error:
        raise ImportFailed(file_msg.SHEET_TOO_LARGE, name=path.name, sheet=error.args[0]) from error
    except DamagedSheet as error:
        raise ImportFailed(file_msg.DAMAGED_DETAIL, name=path.name, detail=error.notice) from error
    except DefusedXmlException as error:
        raise ImportFailed(file_msg.UNSAFE_XML, name=path.name) from error
    except ElementTree.ParseError as error:
        raise ImportFailed(file_msg.XML_UNPARSABLE, name=path.name) from error
    except KeyError as error:
        raise ImportFailed(file_msg.PART_MISSING, name=path.name, part=error.args[0]) from error


def _scan_sheet(archive: zipfile.ZipFile, member: str, name: str) -> SheetFacts:
    """Regular expressions over the raw XML: a tree of a big sheet would take seconds to build.

    OOXML never declares a DTD; a sheet that does is refused before anything expands an entity.
    """
    data = archive.read(member)
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise DefusedXmlException(member)
    facts = SheetFacts()
    _check_extent(data, name)
    if b'hidden="' in data:  # the regular expressions below are slow on a big sheet: skip them
        for tag in _HIDDEN_ROW.finditer(data):
            number = _ATTR_R.search(tag.group(0))
            if number:
                facts.hidden_rows.add(int(number.group(1)))
        head = data[: data.find(b"sheetData") % (len(data) + 1)]  # <cols> comes before the cells
        for tag in _COL_TAG.finditer(head):
            if _HIDDEN.search(tag.group(0)):
                low, high = _COL_MIN.search(tag.group(0)), _COL_MAX.search(tag.group(0))
                if low and high:
                    facts.hidden_cols.update(
                        range(int(low.group(1)), min(int(high.group(1)), 16384) + 1)
                    )
    facts.missing_formulas = _formulas_without_value(data)
    facts.comments = _comments(archive, member)
    return facts


def _check_extent(data: bytes, name: str) -> None:
    rows, cols = content_extent(data, name)
    if not sheet_extent_ok(rows, cols):
        raise _TooLarge(name)


def _check_shared_strings(archive: zipfile.ZipFile) -> None:
    for member in archive.namelist():
        if member.lower().endswith("sharedstrings.xml"):
            with archive.open(member) as stream:
                check_shared_strings(stream.read(4096))


def _formulas_without_value(data: bytes) -> set[Position]:
    missing: set[Position] = set()
    if b"<f" not in data and b":f>" not in data and b":f " not in data:
        return missing
    for formula in _FORMULA.finditer(data):
        start = max(data.rfind(b"<c ", 0, formula.start()), data.rfind(b":c ", 0, formula.start()))
        end = data.find(b"c>", formula.end())
        cell = data[start : end if end >= 0 else len(data)]
        if _CACHED.search(cell) or _EMPTY_TEXT_RESULT.search(cell):
            continue
        ref = _CELL_REF.search(data, max(start - 1, 0))
        if ref:
            missing.add((int(ref.group(2)), column_number(ref.group(1).decode())))
    return missing


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
    """Sheet name → part name, following the package relationships (not every writer uses xl/)."""
    part = _workbook_part(archive)
    folder = PurePosixPath(part).parent
    workbook = ElementTree.fromstring(archive.read(part))
    rels = ElementTree.fromstring(
        archive.read(str(folder / "_rels" / f"{PurePosixPath(part).name}.rels"))
    )
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    members: dict[str, str] = {}
    for sheet in workbook.iter():
        # Any namespace: transitional and strict OOXML name the relationship attribute differently.
        rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        if sheet.tag.endswith("}sheet") and rel_id in targets:
            members[sheet.get("name", "")] = _resolve(folder, targets[rel_id])
    return members


def _workbook_part(archive: zipfile.ZipFile) -> str:
    if "_rels/.rels" in archive.namelist():
        for rel in ElementTree.fromstring(archive.read("_rels/.rels")):
            if rel.get("Type", "").endswith("/officeDocument"):
                return _resolve(PurePosixPath(""), rel.get("Target", ""))
    return "xl/workbook.xml"
