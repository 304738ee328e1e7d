"""The support log: a small rotating file in the user's data folder that a clerk can attach to a request.

Qt-free; the window names the folder (qt/settings.log_directory) and opens it from 帮助 → 打开日志文件夹.
Uncaught exceptions (which PySide would only print to a console the clerk never sees) are written here.
"""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from govinfo_desktop import __version__

LOG_FILE = "govinfo-desktop.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
logger = logging.getLogger("govinfo_desktop")


def install_file_log(directory: Path) -> Path | None:
    """Log to `directory`/govinfo-desktop.log (1 MB × 4 files at most); None if it cannot be written.

    Never calls platform.platform(): under Wine it aborts the interpreter (via _wmi)."""
    path = directory / LOG_FILE
    if any(isinstance(h, RotatingFileHandler) for h in logger.handlers):
        return path
    try:
        directory.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None  # a read-only profile must not stop the program
    handler.setFormatter(logging.Formatter(_FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.info("start %s, Python %s on %s", __version__, sys.version.split()[0], sys.platform)
    sys.excepthook = log_uncaught
    return path


def log_uncaught(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    logger.critical("未处理的异常", exc_info=(kind, error, trace))
    sys.__excepthook__(kind, error, trace)
