"""Atomic file writes: a crash or power cut in the middle never leaves a broken or half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


class SaveError(OSError):
    """A file that could not be written; the message is plain Chinese and names the file."""


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush and fsync it, then replace `path` in one step."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise SaveError(_explain(path, error)) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise SaveError(_explain(path, error)) from error
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows has no directory handles to sync.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        handle = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _explain(path: Path, error: OSError) -> str:
    reasons = {
        2: "文件夹不存在",
        13: "没有写入权限（文件夹只读，或文件被其他程序占用）",
        28: "磁盘空间不足",
        30: "磁盘是只读的",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return f"无法保存“{path}”：{reason}"
