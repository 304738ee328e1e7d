#!/usr/bin/env bash
# Writes PNGs of what a clerk sees into screenshots/: the windows (under Xvfb) and the PDFs (pdftoppm).
# Each part is a script of its own under scripts/; this runs those that exist.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p screenshots
py=.venv/bin/python
for part in scripts/screenshots_*.py; do
  [ -e "$part" ] || continue
  echo "== $part"
  case "$part" in
    *_gui_text*|*_gui_help*)  # at both office screen sizes
      xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" "$py" "$part" screenshots
      xvfb-run -a -s "-screen 0 1024x768x24 -dpi 96" "$py" "$part" screenshots --small ;;
    *_gui*) xvfb-run -a -s "-screen 0 1366x768x24 -dpi 96" "$py" "$part" screenshots ;;
    *) "$py" "$part" screenshots ;;
  esac
done
# The guide's pictures are committed files: refresh them only when asked (make guide-images), so taking
# screenshots to look at the program never leaves the checkout changed.
if [ "${GUIDE_IMAGES:-0}" = 1 ]; then
  echo "== the user guide's pictures"
  "$py" scripts/guide_images.py screenshots
fi
ls -1 screenshots
