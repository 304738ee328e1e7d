"""What every command module shares: the exit codes (a contract) and the one-line error."""

from __future__ import annotations

EXIT_OK, EXIT_ERRORS, EXIT_UNREADABLE = 0, 1, 2


class CommandError(Exception):
    """Ends a command with one clear line on stderr and exit code 2."""
