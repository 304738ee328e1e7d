"""Atomic file writes: a crash or power cut in the middle never leaves a broken or half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from govinfo_desktop.core.notices import CodedError, Notice, notice
from govinfo_desktop.formats.messages import saving as save_msg


class SaveError(CodedError, OSError):
    """A file that could not be written: one catalogue notice; str() is plain Chinese naming the file."""


STALE_AFTER_SECONDS = 10 * 60  # no save takes this long: an older temporary file is a killed save's
_STARTED = time.time()


def temporary_files(path: Path) -> list[Path]:
    """Temporary files a save of `path` makes (ours by name: ".{name}.XXXXXXXX.tmp")."""
    path = Path(path)
    prefix = f".{path.name}."
    try:
        return [
            p for p in path.parent.iterdir() if p.name.startswith(prefix) and p.suffix == ".tmp"
        ]
    except OSError:
        return []


def remove_stale_temporaries(path: Path) -> int:
    """Removes what a save killed half-way left beside `path`: temporary files older than this session
    and older than any save could take (another program's save in progress is left alone)."""
    cutoff = min(_STARTED, time.time() - STALE_AFTER_SECONDS)
    removed = 0
    for candidate in temporary_files(path):
        with contextlib.suppress(OSError):
            if candidate.stat().st_mtime < cutoff and candidate.is_file():
                candidate.unlink()
                removed += 1
    return removed


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush and fsync it, then replace `path` in one step.

    A symlinked `path` is written through (its target is replaced, the link stays); the new file gets
    the replaced file's permissions, or those of any new file (0666 less the umask) — never mkstemp's
    private 0600, which would hide a shared report from colleagues."""
    path = _through_links(Path(path))
    mode = _mode_for(path)
    remove_stale_temporaries(path)
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise save_failed(path, error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            if mode is not None:
                os.fchmod(stream.fileno(), mode)
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise save_failed(path, error) from error
        raise
    _fsync_directory(path.parent)


def _through_links(path: Path) -> Path:
    """The file a (chain of) symlink(s) points to; a dangling link's target is created."""
    if not path.is_symlink():
        return path
    return Path(os.path.realpath(path))


def _mode_for(path: Path) -> int | None:
    if os.name != "posix":
        return None  # Windows files inherit the folder's permissions
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    # Reading the umask means setting it; set it straight back (saves run on the GUI thread only).
    current = os.umask(0o022)
    os.umask(current)
    return current


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


_REASONS = {
    2: save_msg.NO_FOLDER,
    13: save_msg.NO_PERMISSION,
    28: save_msg.DISK_FULL,
    30: save_msg.READ_ONLY_DISK,
}


def save_failed(path: Path, error: OSError) -> SaveError:
    """The SaveError for `error` writing `path`: the common causes in the clerk's words, others as the
    system gives them."""
    known = _REASONS.get(error.errno or 0)
    reason: Notice | str = notice(known) if known is not None else error.strerror or str(error)
    return SaveError(save_msg.SAVE_FAILED, path=path, reason=reason)
