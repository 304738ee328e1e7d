"""The child process's side of excel_child: limit its own memory, read, hand the grids back.

Kept apart from excel_child (the parent's side, which excel_reader uses) so that the two readers do not
import each other."""

from __future__ import annotations

import pickle
from pathlib import Path

from govinfo_desktop.formats.excel import reader as excel_reader
from govinfo_desktop.formats.excel.child import CHILD_ERROR_EXIT, MEMORY_LIMIT
from govinfo_desktop.formats.excel.sniff import ImportFailed


def child_main(args: list[str]) -> int:
    """The child's side: limit itself, read, write the grids (or the one-line refusal) to RESULT."""
    engine, source, result = args
    _limit_memory()

    reader = excel_reader.read_openpyxl if engine == "openpyxl" else excel_reader.read_calamine
    try:
        grids = reader(Path(source))
    except ImportFailed as error:  # handed back whole, code and parameters, for the parent to raise
        with Path(result).open("wb") as stream:
            pickle.dump(error, stream, protocol=pickle.HIGHEST_PROTOCOL)
        return CHILD_ERROR_EXIT
    with Path(result).open("wb") as stream:
        pickle.dump(grids, stream, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


def _limit_memory() -> None:
    try:
        import resource  # noqa: PLC0415 - POSIX only
    except ImportError:  # Windows: the timeout is the limit there
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
