"""The seal-ready PDF: fonts (and their cache), styles, the page, the tables and blocks, the document."""

import importlib.util
import sys


def _defer_pillow() -> None:
    """reportlab imports PIL.Image on its first import (10–20 ms) but uses it only for pictures, which our
    PDFs never have: the module is set up to load when it is first used (importlib.util.LazyLoader)."""
    if "PIL.Image" in sys.modules:
        return
    try:
        spec = importlib.util.find_spec("PIL.Image")  # runs PIL/__init__.py only (a version string)
    except ImportError:
        return
    if spec is None or spec.loader is None:
        return
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules["PIL.Image"] = module
    spec.loader.exec_module(module)
    sys.modules["PIL"].Image = module  # type: ignore[attr-defined]  # what a real import sets


_defer_pillow()
