"""Runs a spreadsheet reader that hostile input can abort (calamine's .xls/.ods readers, openpyxl) in a child
process with a memory and time limit, so a damaged file costs a refusal and never the clerk's window.

Rust aborts the whole process when an allocation fails (a damaged DIMENSIONS record asking for 2^31 rows
does that) and panics on a bad record offset; neither can be caught in-process. The child caps its own
memory (child_limits: RLIMIT_AS on Linux/macOS, a Job Object on Windows) and the parent gives it a
wall-clock timeout; it writes the grids to a file it is given (a windowed frozen build has no usable
stdout). The child is this very program started again, so the frozen build needs nothing extra:
`govinfo-desktop --read-grids-child ENGINE SOURCE RESULT`.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from govinfo_desktop.formats.excel.sniff import ImportFailed
from govinfo_desktop.formats.messages import files as file_msg

_log = logging.getLogger(__name__)

CHILD_FLAG = "--read-grids-child"
MEMORY_LIMIT = 480 * 1024 * 1024  # address space of the child: resident memory stays below this
TIME_LIMIT = (
    6.0  # seconds; with the scan before it (≤ 2 s on a 40 MB sheet), any input ends within 10 s
)
CHILD_ERROR_EXIT = 3


WINDOWS_CHILD = "govinfo-desktop-cli.exe"


def self_command() -> list[str]:
    """This program, as the child is started: the frozen build or the installed launcher as it is."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    program = Path(sys.executable)
    if program.name.lower().startswith("govinfo-desktop") and program.suffix.lower() == ".exe":
        # The Windows launchers run Python with `-m govinfo_desktop` themselves. The console one, also
        # from the window: a failing GUI launcher would show its stderr in a message box.
        return [str(program.with_name(WINDOWS_CHILD))]
    return [sys.executable, "-m", "govinfo_desktop"]


def read_isolated(path: Path, engine: str) -> list[Any]:
    """The sheets of `path` read by `engine` ("calamine" or "openpyxl") in a limited child process."""
    with tempfile.TemporaryDirectory(prefix="govinfo-read-") as folder:
        result = Path(folder) / "grids.pickle"
        command = [*self_command(), CHILD_FLAG, engine, str(path), str(result)]
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)  # no console flashing up on Windows
        try:
            done = subprocess.run(
                command,
                capture_output=True,
                timeout=TIME_LIMIT,
                creationflags=flags,
                stdin=subprocess.DEVNULL,
                env=_child_environment(),
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise ImportFailed(
                file_msg.READ_TIMEOUT, name=path.name, seconds=f"{TIME_LIMIT:.0f}"
            ) from error
        except OSError as error:
            raise ImportFailed(file_msg.READER_NOT_STARTED, name=path.name, detail=error) from error
        return _outcome(path, done, result)


def _child_environment() -> dict[str, str]:
    """This package importable in the child whatever its working folder; Rust backtraces off."""
    env = {**os.environ, "RUST_BACKTRACE": "0"}
    if not getattr(sys, "frozen", False):
        here = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    return env


def _outcome(path: Path, done: subprocess.CompletedProcess[bytes], result: Path) -> list[Any]:
    said = done.stderr.decode("utf-8", "replace").strip()
    if said:  # the support log (the window's; INFO stays off the console): a cap not set, an abort
        _log.info("%s: 读取进程（退出码 %s）：%s", path.name, done.returncode, said[-2000:])
    if done.returncode == CHILD_ERROR_EXIT and result.exists():
        with result.open("rb") as stream:
            refusal: ImportFailed = pickle.load(stream)  # noqa: S301 - written by our own child
        raise refusal
    if done.returncode != 0 or not result.exists():
        # Killed by the memory limit, a Rust abort or a crash: the file asked for something absurd.
        raise ImportFailed(file_msg.READ_LIMITS, name=path.name)
    with result.open("rb") as stream:
        grids: list[Any] = pickle.load(stream)  # noqa: S301 - written just now by our own child
    return grids
