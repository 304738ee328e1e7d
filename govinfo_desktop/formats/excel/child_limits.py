"""The reader child's cap on its own memory: RLIMIT_AS on Linux/macOS, a Job Object on Windows.

Applied by the child itself before it opens the file, not by the parent in a preexec_fn: that hook is
POSIX-only and unsafe in a parent with threads (the window has Qt's), and the child is the program itself
started again (frozen build, Windows launcher or `-m`), so every platform takes the same path. A cap that
cannot be set is logged and the read goes on with the parent's timeout alone: a missing cap must never
refuse an honest file.
"""

from __future__ import annotations

import logging
import sys

_log = logging.getLogger(__name__)
_ON_WINDOWS = sys.platform == "win32"


def limit_own_memory(limit: int) -> bool:
    """Caps this process at `limit` bytes; False (and a log line) if the system would not."""
    try:
        if _ON_WINDOWS:
            from govinfo_desktop.formats.excel import child_job  # noqa: PLC0415 - ctypes: Windows only

            child_job.hold_job(child_job.kernel32(), limit)
        else:
            _limit_address_space(limit)
    except OSError as error:
        _log.warning("读取进程的内存上限未能设置，仅以超时限制：%s", error)
        return False
    return True


def _limit_address_space(limit: int) -> None:
    if sys.platform == "win32":
        raise OSError("RLIMIT_AS exists only on POSIX")
    import resource  # noqa: PLC0415 - POSIX only

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    except ValueError as error:  # a limit the system refuses comes as ValueError, not OSError
        raise OSError(str(error)) from error
