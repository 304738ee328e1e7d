"""The Qt layer (the only place that imports PySide6)."""

from govinfo_desktop.qt import pyside_fixes

pyside_fixes.install()
