#!/usr/bin/env bash
# Installs the Debian packages a purpose needs, when they are missing and we may (root + apt-get).
# Purposes: test (offscreen Qt, pdftoppm), gui (adds Xvfb and the xcb plugin's libraries), run.
# It never removes or replaces a package (apt-get --no-remove; "a|b" accepts either variant as present:
# libreoffice-calc-nogui conflicts with a desktop libreoffice-calc, which must stay), and it waits
# (bounded, APT_LOCK_WAIT seconds) for another apt or dpkg run to finish instead of failing.
set -u
purpose=${1:-test}
qt_libs="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0"
xcb_libs="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libcups2"
# LibreOffice opens our .xlsx in the tests (a second office program) and renders the Excel screenshots;
# Writer converts the report's .docx to PDF in a test; a CJK font so that it has glyphs for the labels. Measured: 32 s to install on this image.
office="libreoffice-calc|libreoffice-calc-nogui libreoffice-writer|libreoffice-writer-nogui fonts-wqy-microhei"
case "$purpose" in
  test) wanted="$qt_libs poppler-utils $office" ;;
  gui)  wanted="$qt_libs $xcb_libs poppler-utils xvfb x11-apps imagemagick $office" ;;
  run)  wanted="$qt_libs $xcb_libs" ;;
  *) echo "system-deps.sh: unknown purpose $purpose" >&2; exit 2 ;;
esac
command -v dpkg-query >/dev/null 2>&1 || exit 0   # not a Debian-like system: nothing to do here
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for want in $wanted; do
  present=""
  for pkg in ${want//|/ }; do installed "$pkg" && present=1; done
  # Of alternatives, the last is what we install: the lighter -nogui variant.
  [ -n "$present" ] || missing+=("${want##*|}")
done
((${#missing[@]})) || exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "缺少系统软件包（请管理员安装）: ${missing[*]}" >&2
  [ "$purpose" = run ] && exit 0 || exit 1
fi
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
wait_secs=${APT_LOCK_WAIT:-600}
# apt-get itself waits for the dpkg frontend lock this long (apt ≥ 1.9.11; older apt ignores it) …
lock_opt=(-o "DPkg::Lock::Timeout=$wait_secs")
# … and for older apt, wait here while another apt/dpkg holds the locks.
locks="/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock"
waited=0
while command -v fuser >/dev/null 2>&1 && fuser $locks >/dev/null 2>&1; do
  if ((waited >= wait_secs)); then
    echo "system-deps.sh: 另一个 apt/dpkg 进程占用软件包管理器超过 ${wait_secs} 秒，放弃安装" >&2
    exit 1
  fi
  ((waited % 30 == 0)) && echo "waiting for another apt/dpkg run to finish (${waited}s)…" >&2
  sleep 5
  waited=$((waited + 5))
done
apt-get "${lock_opt[@]}" update -qq >/dev/null
# --no-remove: if installing would remove anything (a conflicting package), apt refuses instead.
apt-get "${lock_opt[@]}" install -y -qq --no-remove --no-install-recommends "${missing[@]}" >/dev/null
