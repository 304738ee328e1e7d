"""`python -m govinfo_desktop`: the same as the `govinfo-desktop` command."""

import sys

from govinfo_desktop.cli import main

sys.exit(main())
