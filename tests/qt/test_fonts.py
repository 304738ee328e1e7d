"""Chinese never renders as boxes: a system CJK face is used when there is one, else the bundled one."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from govinfo_desktop.qt import fonts
from govinfo_desktop.resources import resource_path


def test_prefers_a_known_sans_face_of_the_system() -> None:
    assert fonts.choose_ui_family(["AR PL UMing CN", "Noto Sans CJK SC"]) == "Noto Sans CJK SC"
    assert fonts.choose_ui_family(["Some Local Hei"]) == "Some Local Hei"
    assert fonts.choose_ui_family([]) is None  # no Chinese face at all: bundle needed


def test_the_bundled_face_registers_and_has_the_glyphs(qapp) -> None:
    assert resource_path(*fonts.BUNDLED_FILE).stat().st_size > 4_000_000
    assert resource_path("fonts", "ui", "wqy-microhei-LICENSE.txt").is_file()
    family = fonts.register_bundled_font()
    assert family == fonts.BUNDLED_FAMILY
    assert QFontDatabase.WritingSystem.SimplifiedChinese in QFontDatabase.writingSystems(family)
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(char)) for char in "政府信息公开情况统计表岳阳县")


def test_the_application_font_is_pinned_to_a_chinese_face(qapp, monkeypatch) -> None:
    original = qapp.font()
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_args: []))
    try:
        assert fonts.ensure_cjk_font(qapp) == fonts.BUNDLED_FAMILY  # as on a system without one
        assert qapp.font().families() == [fonts.BUNDLED_FAMILY]
    finally:
        qapp.setFont(original)
