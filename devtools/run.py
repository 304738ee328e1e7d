"""`make run`: the program from a source checkout, with the development-only PySide6 work-around.

Installed builds run on CPython 3.12 (Windows) or a PySide6 without the leak, so they start through
`python -m govinfo_desktop` and never load this module.
"""

from __future__ import annotations

import sys

from devtools import pyside_refcount


def main() -> int:
    pyside_refcount.install()
    from govinfo_desktop.cli import main as program  # noqa: PLC0415 - after the work-around

    return program()


if __name__ == "__main__":
    sys.exit(main())
