"""Reading units' files for a collection: expand folders, hash each file, open it like any report.

Each file is read on its own (`read_unit_file` is picklable in and out), so callers may read them in a
process pool; a file that cannot be read becomes an `Unreadable` with the reason, never an exception.
"""

from __future__ import annotations

import hashlib
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from govinfo_desktop.core.document import ReportDocument
from govinfo_desktop.formats.govinfo_file import SUFFIX
from govinfo_desktop.formats.reading import SPREADSHEET_SUFFIXES, InputError, open_input

UNIT_SUFFIXES = (SUFFIX, *SPREADSHEET_SUFFIXES)


@dataclass
class UnitFile:
    path: Path
    sha256: str
    document: ReportDocument
    import_lines: list[str] = field(default_factory=list)


@dataclass
class Unreadable:
    path: Path
    reason: str


def expand_inputs(inputs: Iterable[Path]) -> list[Path]:
    """Files as given; folders become their report files (recursively, sorted; temp files skipped)."""
    found: list[Path] = []
    for path in map(Path, inputs):
        if path.is_dir():
            found.extend(
                sorted(
                    child
                    for child in path.rglob("*")
                    if child.is_file()
                    and child.suffix.lower() in UNIT_SUFFIXES
                    and not child.name.startswith(("~$", "."))
                )
            )
        else:
            found.append(path)
    return found


def read_unit_file(path: Path) -> UnitFile | Unreadable:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return Unreadable(path, f"无法读取“{path.name}”：{error.strerror or error}")
    try:
        opened = open_input(path)
    except InputError as error:
        return Unreadable(path, str(error))
    lines = list(opened.import_report.lines()) if opened.import_report is not None else []
    return UnitFile(path, hashlib.sha256(data).hexdigest(), opened.document, lines)


_SHARED: dict[object, object] = {}
_SHARED_LIMIT = 200_000


def _shared(item: object, key: object) -> object:
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) >= _SHARED_LIMIT:
            return item
        _SHARED[key] = found = item
    return found


def compact(result: UnitFile | Unreadable) -> UnitFile | Unreadable:
    """Share equal cell keys and values between reports, so that holding a thousand units costs a few
    MB: each report read (or unpickled from a worker) otherwise owns ~45 KB of identical small objects."""
    if isinstance(result, UnitFile):
        values = result.document.values
        result.document.values = {
            _shared(cell, cell): _shared(value, _value_key(value))  # type: ignore[misc]
            for cell, value in values.items()
        }
    return result


def _value_key(value: object) -> object:
    # Decimal("1.0") == Decimal("1") but must keep its own text (万元 as entered).
    return (value, value.as_tuple().exponent) if isinstance(value, Decimal) else value


def read_unit_files(
    paths: list[Path],
    workers: int = 1,
    progress: Callable[[int, int], bool] | None = None,
    *,
    share: bool = True,
) -> Iterator[UnitFile | Unreadable]:
    """Yield each file's result in order; `progress(done, total)` returning False stops early.
    `share`: values shared between the reports (`compact`), for a caller that keeps them all.

    At most a few chunks are read ahead of the caller, so a caller that lets each report go holds
    only those. A frozen program reads in one process: its workers would start the program again."""
    finish = compact if share else _as_is
    if workers <= 1 or len(paths) < 8 or getattr(sys, "frozen", False):
        for done, path in enumerate(paths, 1):
            yield finish(read_unit_file(path))
            if progress is not None and not progress(done, len(paths)):
                return
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for done, result in enumerate(_read_ahead(pool, paths, workers * 2), 1):
            yield finish(result)
            if progress is not None and not progress(done, len(paths)):
                pool.shutdown(wait=False, cancel_futures=True)
                return


_CHUNK = 8


def _read_ahead(
    pool: ProcessPoolExecutor, paths: list[Path], window: int
) -> Iterator[UnitFile | Unreadable]:
    """In order, with at most `window` chunks submitted and not yet taken (pool.map submits all at
    once, and finished results would wait in the parent)."""
    chunks = (paths[start : start + _CHUNK] for start in range(0, len(paths), _CHUNK))
    pending: deque[Future[list[UnitFile | Unreadable]]] = deque()
    for chunk in chunks:
        pending.append(pool.submit(_read_chunk, chunk))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _read_chunk(paths: list[Path]) -> list[UnitFile | Unreadable]:
    return [read_unit_file(path) for path in paths]


def _as_is(result: UnitFile | Unreadable) -> UnitFile | Unreadable:
    return result


SET_SUFFIX = ".govinfo-set"


def read_collection_units(path: Path) -> tuple[list[UnitFile], dict[str, str]] | Unreadable:
    """A collection file as input: the latest version of each of its units (under the file name it
    was sent as, with its hash), and the collection's renames."""
    from govinfo_desktop.formats.collection_file import (  # noqa: PLC0415 - only for sets
        CollectionFileError,
        load_collection,
    )

    try:
        collection = load_collection(path)
    except CollectionFileError as error:
        return Unreadable(Path(path), str(error))
    files: list[UnitFile] = []
    for unit in collection.units:
        latest = unit.latest
        if latest is not None:
            name = latest.file_name or f"{unit.name}{SUFFIX}"
            files.append(UnitFile(Path(name), latest.sha256, latest.document))
    return files, dict(collection.renames)
