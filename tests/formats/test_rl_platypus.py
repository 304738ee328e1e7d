"""reportlab imported without paying for what our PDFs never use (issue 14): platypus's two costly unused
patterns compile on first use, and PIL.Image (pictures) loads on first use."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from govinfo_desktop.formats.pdf.rl_platypus import LazyPattern, lazily_compiled

# A fresh interpreter: whichever module of ours brings reportlab.platypus in, the two patterns are lazy.
FRESH = """
from govinfo_desktop.formats.pdf.document import build_pdf
from tests.helpers import seed_document
build_pdf(seed_document())
from reportlab.lib import textsplit
from reportlab.platypus import paragraph
for pattern in (paragraph.uri_pat, textsplit.rx):
    print(type(pattern).__name__, pattern.is_compiled)
import sys
print("PIL._imaging" in sys.modules)
from PIL import Image
from reportlab.lib.utils import ImageReader
print(ImageReader(Image.new("L", (3, 2))).getSize())
"""


@pytest.fixture(scope="module")
def fresh() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", FRESH], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.splitlines()


def test_printing_leaves_both_patterns_uncompiled(fresh: list[str]) -> None:
    # A reportlab whose patterns changed would print "Pattern": then LAZY in rl_platypus needs updating.
    assert fresh[:2] == ["LazyPattern False", "LazyPattern False"]


def test_printing_leaves_pillow_unloaded_until_a_picture_needs_it(fresh: list[str]) -> None:
    assert fresh[2:] == ["False", "(3, 2)"]


def test_a_lazy_pattern_matches_as_the_compiled_one() -> None:
    uri = sys.modules["reportlab.platypus.paragraph"].uri_pat  # there since rl_platypus was imported
    pattern, flags = uri._args if isinstance(uri, LazyPattern) else (uri.pattern, uri.flags)
    lazy, real = LazyPattern(re.compile, pattern, flags), re.compile(pattern, flags)
    assert not lazy.is_compiled
    for text in ("https://www.gov.cn/zhengce/index.htm", "ftp://10.0.0.1:21/x", "不是网址"):
        found, expected = lazy.match(text), real.match(text)
        assert (found and found.groups()) == (expected and expected.groups())
    assert lazy.is_compiled and lazy.flags == real.flags


def test_re_compile_is_itself_again_after_the_block_even_on_error() -> None:
    original = re.compile
    with pytest.raises(RuntimeError), lazily_compiled((lambda pattern, flags: pattern == "a+",)):
        lazy = re.compile("a+")
        other = re.compile("b+")
        raise RuntimeError
    assert re.compile is original
    assert isinstance(lazy, LazyPattern) and not lazy.is_compiled
    assert isinstance(other, re.Pattern)
    assert lazy.sub("x", "caaat") == "cxt" and lazy.is_compiled


def test_reportlab_uses_its_c_accelerator() -> None:
    """rl-accel (pinned in pyproject.toml and the .deb's requirements) formats numbers and measures text
    in C: the same bytes as reportlab's Python fallbacks, a print several ms faster."""
    from reportlab.lib import rl_accel  # noqa: PLC0415

    for name in ("fp_str", "asciiBase85Encode", "instanceStringWidthTTF", "escapePDF"):
        assert type(getattr(rl_accel, name)).__name__ == "builtin_function_or_method", name
