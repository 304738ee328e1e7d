#!/usr/bin/env bash
# Runs inside the Debian 11 root (see deb-smoke.sh), in the folder that holds the .deb and the seed.
set -euo pipefail
cd "/root/冒烟 测试"
export DEBIAN_FRONTEND=noninteractive
step() { printf '\n== %s\n' "$*"; }
step "glibc $(ldd --version | head -1 | awk '{print $NF}'), install with apt (Depends from the mirror)"
apt-get update -qq
# The bundle carries libxcb-cursor.so.0 (Debian 10 lacks it): the root must not have it, so it is tested.
apt-get remove -y -qq --purge libxcb-cursor0 >/dev/null 2>&1 || true
apt-get install -y -qq --no-install-recommends ./govinfo-desktop.deb >apt.log 2>&1 || { tail -20 apt.log; exit 1; }
dpkg-query -W -f='${Package} ${Version} ${Installed-Size} KB\n' govinfo-desktop
if dpkg -s libxcb-cursor0 >/dev/null 2>&1; then
  echo "libxcb-cursor0 got installed: the bundled copy would not be tested"; exit 1
fi
for path in /opt/apps/cn.gov.govinfo-desktop/info /opt/apps/cn.gov.govinfo-desktop/entries/applications \
  /usr/share/applications/cn.gov.govinfo-desktop.desktop /usr/share/mime/packages/cn.gov.govinfo-desktop.xml \
  /usr/share/icons/hicolor/scalable/apps/cn.gov.govinfo-desktop.svg; do
  [ -e "$path" ] || { echo "missing: $path"; exit 1; }
done
export XDG_CONFIG_HOME=$PWD/config XDG_DATA_HOME=$PWD/data XDG_CACHE_HOME=$PWD/cache

step "templates"
govinfo-desktop templates
step "check the seed's table"
set +e; govinfo-desktop check seed.govinfo; code=$?; set -e
[ "$code" -le 1 ] || { echo "check failed with $code"; exit 1; }
step "pdf"
govinfo-desktop pdf seed.govinfo -o 年报.pdf
head -c 5 年报.pdf | grep -q '%PDF-' && echo "年报.pdf: $(stat -c %s 年报.pdf) bytes"

step "window (offscreen): time from start to painted window, 3 runs"
for run in 1 2 3; do
  start=$(date +%s%N)
  line=$(QT_QPA_PLATFORM=offscreen GOVINFO_DESKTOP_EXIT_WHEN_SHOWN=1 govinfo-desktop seed.govinfo | tail -1)
  end=$(date +%s%N)
  echo "run $run: $(( (end - start) / 1000000 )) ms to exit; $line"
done
echo "$line" | grep -q '"title": "seed.govinfo' || { echo "the window did not show the report"; exit 1; }

step "input method: QT_IM_MODULE=fcitx on X11 (Xvfb) loads the bundled IBus plugin"
apt-get install -y -qq --no-install-recommends xvfb xauth >>apt.log 2>&1
# A bare root has no machine id; libdbus (Qt's IBus plugin) aborts without one, a real system has it.
[ -s /etc/machine-id ] || od -An -tx1 -N16 /dev/urandom | tr -d ' \n' >/etc/machine-id
set +e
QT_IM_MODULE=fcitx QT_DEBUG_PLUGINS=1 GOVINFO_DESKTOP_EXIT_WHEN_SHOWN=1 LD_DEBUG=libs \
  timeout 60 xvfb-run -a govinfo-desktop seed.govinfo >im.log 2>&1
set -e
qt=/opt/apps/cn.gov.govinfo-desktop/files/_internal/PySide6/Qt   # the loader prints …/plugins/platforms/../../lib
for soname in libxcb-cursor.so.0 libxcb-util.so.1; do   # bullseye's libxcb-image0 brings its own util
  grep -q "calling init: $qt/.*lib/$soname\$" im.log || { echo "the bundled $soname was not loaded"; exit 1; }
done
if grep -q 'libibusplatforminputcontextplugin.so' im.log && grep -q '"title"' im.log; then
  echo "ibus input context plugin loaded (xcb window shown, bundled libxcb-cursor/-util loaded)"
else
  tail -20 im.log; echo "the IBus plugin did not load"; exit 1
fi

step "remove"
dpkg -r govinfo-desktop >/dev/null
left=$(find /opt/apps -mindepth 1 2>/dev/null | head -5 || true)
[ -z "$left" ] || { echo "left under /opt/apps: $left"; exit 1; }
[ ! -e /usr/bin/govinfo-desktop ] && [ ! -e /usr/share/applications/cn.gov.govinfo-desktop.desktop ]
echo "removed; nothing left under /opt/apps"
dpkg --purge govinfo-desktop >/dev/null   # the root stays clean for the next run
