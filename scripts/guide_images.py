"""Copies the screenshots the user guide shows into resources/guide/img, scaled down and in 256 colours.

Run by `make screenshots` after the screenshot scripts: python scripts/guide_images.py SHOTS_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "guide" / "img"
WIDTH = 760  # the guide's text column; the 1024-wide shots stay legible
# guide picture ← screenshot (1024×768 where one exists: the smaller office screen)
PICTURES = {
    "new.png": "gui-6-new-report-dialog.png",
    "open.png": "help-open-1024.png",
    "import.png": "help-import-1024.png",
    "fill.png": "help-row-help-1024.png",
    "fix.png": "help-problems-1024.png",
    "print.png": "help-preview-thousands-1024.png",
    "collect.png": "gui-collect-1-board-1024.png",
    "text.png": "gui-text-1024.png",
}


def shrink(source: Path, target: Path) -> int:
    image = QImage(str(source))
    if image.isNull():
        raise SystemExit(f"没有截图：{source}（先运行 make screenshots）")
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    # no dithering: screenshots are flat colours, and dither noise makes small text unreadable
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, flags)
    if not image.save(str(target), "PNG", 9):
        raise SystemExit(f"写不了 {target}")
    return target.stat().st_size


def main(shots: str) -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for name, shot in PICTURES.items():
        size = shrink(Path(shots) / shot, TARGET / name)
        print(f"{TARGET / name}  {size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
