"""Entry script for the frozen program: the same as the `govinfo-desktop` command."""

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path

from govinfo_desktop.cli import main

_FCITX = {"fcitx", "fcitx5"}


def use_ibus_for_fcitx(environ: MutableMapping[str, str], plugins: Path) -> bool:
    """UOS/Kylin desktops set QT_IM_MODULE=fcitx, but the PySide6 wheels carry no fcitx plugin, and Qt
    would then give no input method at all. fcitx5 also serves the IBus protocol, whose plugin Qt
    ships: ask for that one instead, through the IBus portal name fcitx5 owns (without the portal,
    Qt's plugin gives up unless an ibus-daemon program is installed). True when changed."""
    wanted = [name for name in environ.get("QT_IM_MODULE", "").split(";") if name]
    if not wanted or wanted[0] not in _FCITX or any(plugins.glob("*fcitx*")):
        return False
    environ["QT_IM_MODULE"] = "ibus"
    environ.setdefault("IBUS_USE_PORTAL", "1")
    return True


if __name__ == "__main__":
    bundle = Path(getattr(sys, "_MEIPASS", Path(__file__).parent))
    use_ibus_for_fcitx(os.environ, bundle / "PySide6" / "Qt" / "plugins" / "platforminputcontexts")
    sys.exit(main())
