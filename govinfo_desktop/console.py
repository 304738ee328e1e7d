"""Console output that never stops the program over a character the console cannot show.

A Western Windows console (code page 1252) or Wine's default cannot encode Chinese: print() would raise
UnicodeEncodeError and a `check` would end in a traceback. Such characters become "?" instead; a
Chinese console (code page 936) or a UTF-8 one still shows every character.
"""

from __future__ import annotations

import sys
from typing import TextIO


def tolerate_unencodable(*streams: TextIO | None) -> None:
    """Keeps each stream's encoding and makes it replace what that encoding lacks."""
    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # None (a GUI process has no console) or a plain StringIO
            continue
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # a closed or detached stream: nothing will be written
            continue
