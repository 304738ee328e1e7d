"""The child process's side of excel_child: limit its own memory, read, hand the grids back.

Kept apart from excel_child (the parent's side, which excel_reader uses) so that the two readers do not
import each other."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path
from typing import Any

from govinfo_desktop.formats.excel import reader as excel_reader
from govinfo_desktop.formats.excel.child import CHILD_ERROR_EXIT, MEMORY_LIMIT
from govinfo_desktop.formats.excel.child_limits import limit_own_memory
from govinfo_desktop.formats.excel.sniff import ImportFailed
from govinfo_desktop.formats.messages import files as file_msg


def child_main(args: list[str]) -> int:
    """The child's side: limit itself, read, write the grids (or the one-line refusal) to RESULT."""
    engine, source, result = args
    # Warnings go to stderr, which the parent copies into its support log.
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    limit_own_memory(MEMORY_LIMIT)

    reader = excel_reader.read_openpyxl if engine == "openpyxl" else excel_reader.read_calamine
    try:
        grids = reader(Path(source))
    except MemoryError:  # the cap held: an allocation beyond it failed
        return _refuse(ImportFailed(file_msg.READ_LIMITS, name=Path(source).name), result)
    except ImportFailed as error:  # handed back whole, code and parameters, for the parent to raise
        # The readers turn any failure into "unreadable"; one for lack of memory is the cap's refusal.
        if isinstance(error.__cause__, MemoryError):
            error = ImportFailed(file_msg.READ_LIMITS, name=Path(source).name)
        return _refuse(error, result)
    _write(grids, result)
    return 0


def _refuse(error: ImportFailed, result: str) -> int:
    _write(error, result)
    return CHILD_ERROR_EXIT


def _write(answer: Any, result: str) -> None:
    with Path(result).open("wb") as stream:
        pickle.dump(answer, stream, protocol=pickle.HIGHEST_PROTOCOL)
