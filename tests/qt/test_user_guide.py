"""帮助 → 使用说明: the shipped guide opens offline, covers the clerk's tasks, and its pictures are there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from govinfo_desktop.qt import user_guide
from govinfo_desktop.resources import resource_path
from tests.qt.shell_support import make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
GUIDE = resource_path(*user_guide.GUIDE)
SECTIONS = ("新建", "打开", "导入 Excel", "填写", "改正问题", "打印", "汇总", "正文")


def _images() -> list[Path]:
    names = re.findall(r'<img src="([^"]+)"', GUIDE.read_text(encoding="utf-8"))
    return [GUIDE.parent / name for name in names]


def test_the_guide_covers_each_task_with_a_picture() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f"、{section}</h2>" in text, section
    images = _images()
    assert len(images) == len(SECTIONS)
    assert all(image.is_file() for image in images), [str(i) for i in images if not i.is_file()]
    sizes = [image.stat().st_size for image in images]
    assert max(sizes) < 150_000 and sum(sizes) < 900_000  # small: it ships in every installer
    assert "http" not in text  # offline: nothing to fetch
    assert "非官方" in text or "不是官方" in text  # the 填报提示 are not presented as 指标解释


def test_the_help_menu_opens_the_guide(qtbot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.menus.actions["guide"].trigger()
    dialog = window.menus.guide
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and not dialog.isModal()
    shown = dialog.browser.toPlainText()
    assert "使用说明" in shown and all(section in shown for section in SECTIONS)
    for image in _images():  # the browser finds every picture in the local folder
        url = dialog.browser.source().resolved(QUrl(image.relative_to(GUIDE.parent).as_posix()))
        data = dialog.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, url)
        assert data, url.toString()
