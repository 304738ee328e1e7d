"""Entry script for the frozen program: the same as the `govinfo-desktop` command."""

import sys

from govinfo_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
