#!/usr/bin/env bash
# Installs the Debian packages a purpose needs, when they are missing and we may (root + apt-get).
# Purposes: test (offscreen Qt, pdftoppm), gui (adds Xvfb and the xcb plugin's libraries), run.
set -u
purpose=${1:-test}
qt_libs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0"
xcb_libs="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libcups2"
# LibreOffice opens our .xlsx in the tests (a second office program) and renders the Excel screenshots;
# a CJK font so that it has glyphs for the labels. Measured: 32 s to install on this image.
office="libreoffice-calc-nogui libreoffice-writer-nogui fonts-wqy-microhei"
case "$purpose" in
  test) wanted="$qt_libs poppler-utils $office" ;;
  gui)  wanted="$qt_libs $xcb_libs poppler-utils xvfb x11-apps imagemagick $office" ;;
  run)  wanted="$qt_libs $xcb_libs" ;;
  *) echo "system-deps.sh: unknown purpose $purpose" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not a Debian-like system: nothing to do here
missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
((${#missing[@]})) || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "缺少系统软件包（请管理员安装）: ${missing[*]}" >&2
  [ "$purpose" = run ] && exit 0 || exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
