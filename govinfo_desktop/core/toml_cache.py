"""A TOML file's parsed content, kept as JSON in the user's cache folder between starts.

Parsing a table definition (16–40 KB of TOML) costs ~4–8 ms and tomllib's import ~2 ms; reading the same
content back as JSON costs ~0.2 ms. Opening an Excel file reads all three tables at start-up, so this is
tens of milliseconds before the window shows. The cache is keyed by the source's bytes (length and
CRC-32), so an edited or replaced definition is parsed again; any trouble with the cache (unwritable
folder, damaged file) only means parsing as before. The window and the commands use the user's cache
folder; no folder given (code calling the core directly): no cache.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from pathlib import Path
from typing import Any

FORMAT = 1  # bump when what is stored changes


class TomlCache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def load(self, path: Path) -> dict[str, Any]:
        """The parsed content of the TOML file `path`; OSError, TOMLDecodeError or
        UnicodeDecodeError as tomllib and reading raise them."""
        raw = path.read_bytes()
        key = f"{FORMAT}-{len(raw)}-{zlib.crc32(raw):08x}"
        cached = self._read(path, key)
        if cached is not None:
            return cached
        import tomllib  # noqa: PLC0415 - only on a cache miss

        data = tomllib.loads(raw.decode("utf-8"))
        self._write(path, key, data)
        return data

    def _file(self, path: Path) -> Path | None:
        if self.directory is None:
            return None
        return self.directory / f"{path.parent.name}-{path.stem}.json"

    def _read(self, path: Path, key: str) -> dict[str, Any] | None:
        file = self._file(path)
        if file is None:
            return None
        try:
            stored = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(stored, dict) or stored.get("key") != key:
            return None
        data = stored.get("data")
        return data if isinstance(data, dict) else None

    def _write(self, path: Path, key: str, data: dict[str, Any]) -> None:
        file = self._file(path)
        if file is None:
            return
        text = json.dumps({"key": key, "data": data}, ensure_ascii=False)
        partial = file.with_name(f"{file.name}.{os.getpid()}.tmp")
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, file)  # another instance may write the same: whole files only
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)


_cache = TomlCache(None)


def use_cache_directory(directory: Path | None) -> None:
    """Where parsed definitions are kept (the window passes the user's cache folder)."""
    global _cache  # noqa: PLW0603 - one cache per process, chosen once at start-up
    _cache = TomlCache(directory)


def load_toml(path: Path) -> dict[str, Any]:
    return _cache.load(path)
