"""shiboken6's signature-support Python files, unpacked from its library at build time.

shiboken6 carries ~17 Python files (signature texts, __feature__ support) as base64 string literals in
its library and compiles them at every start: ~100 M instructions of a ~500 M PySide6 import (~15 ms).
When a folder `files.dir` sits next to shiboken6's __init__, shiboken6 loads them from there instead (its
own SBK_EMBED=0 layout), as normal modules with bytecode. The Windows stage and the .deb build both put
it there and compile it; a library in which the files are not found whole is left as it was.

    python3 packaging/shiboken_support.py SHIBOKEN6_FOLDER
"""

from __future__ import annotations

import base64
import io
import re
import sys
import zipfile
from pathlib import Path, PurePosixPath

SUPPORT_LOADER = "shibokensupport/signature/loader.py"
_BASE64_RUN = re.compile(rb"[A-Za-z0-9+/=\n]+")


def embedded_support(library: bytes) -> zipfile.ZipFile | None:
    """The zip of Python files (signature support) shiboken6 carries in its library as base64 string
    literals, which it compiles at every start; None if it is not found whole (every CRC checked)."""
    position = library.find(b"UEsDB")  # "PK\x03\x04", base64-encoded
    text = b""
    while position >= 0 and (run := _BASE64_RUN.match(library, position)) is not None:
        text += run.group().replace(b"\n", b"")
        position = run.end()
        while position < len(library) and library[position] == 0:
            position += 1  # the NULs between two literals
        if len(text) % 4 == 0:
            try:
                found = zipfile.ZipFile(io.BytesIO(base64.b64decode(text)))
                if SUPPORT_LOADER in found.namelist() and found.testzip() is None:
                    return found
            except (ValueError, zipfile.BadZipFile):
                pass  # more literals to come
    return None


def unpack(folder: Path) -> bool:
    """Unpack into <shiboken6 folder>/files.dir; False (and a warning) if the files are not found whole:
    the program then works as before. The caller compiles the folder for its Python."""
    libraries = sorted([*folder.glob("shiboken6*.dll"), *folder.glob("libshiboken6*.so*")])
    support = embedded_support(libraries[0].read_bytes()) if libraries else None
    if support is None:
        print(
            "shiboken_support: shiboken6's embedded support files not found; left embedded",
            file=sys.stderr,
        )
        return False
    target = folder / "files.dir"
    for name in support.namelist():
        path = PurePosixPath(name)
        if path.is_absolute() or ".." in path.parts:
            raise ValueError(
                f"shiboken_support: unexpected name in shiboken6's support files: {name!r}"
            )
        if not name.endswith("/"):
            (target / path).parent.mkdir(parents=True, exist_ok=True)
            (target / path).write_bytes(support.read(name))
    return True


if __name__ == "__main__":
    unpack(Path(sys.argv[1]))  # never fails a build: the program works either way
