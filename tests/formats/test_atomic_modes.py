"""Written files get the usual permissions, keep a replaced file's mode, and go through symlinks."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from govinfo_desktop.formats.atomic import atomic_write_bytes

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umask_permissions(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        atomic_write_bytes(tmp_path / "new.govinfo", b"x")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.govinfo") == 0o640  # not mkstemp's 0600


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "shared.xlsx"
    target.write_bytes(b"old")
    target.chmod(0o664)
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and _mode(target) == 0o664


def test_a_symlinked_target_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real" / "report.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    atomic_write_bytes(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    dangling = tmp_path / "dangling.pdf"
    dangling.symlink_to(tmp_path / "real" / "later.pdf")
    atomic_write_bytes(dangling, b"made")
    assert dangling.is_symlink() and (tmp_path / "real" / "later.pdf").read_bytes() == b"made"
