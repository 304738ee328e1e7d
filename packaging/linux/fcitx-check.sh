#!/usr/bin/env bash
# Chinese typing on UOS/Kylin goes through fcitx. Checks, on this machine, that the frozen program started
# with QT_IM_MODULE=fcitx (as those desktops set it) opens an input context in a running fcitx5 through
# fcitx5's IBus frontend: Xvfb, a private D-Bus session, fcitx5, the program, then fcitx5's own debug list.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=${1:-build/linux/pyinstaller/dist/govinfo-desktop}
bash scripts/system-deps.sh run >/dev/null   # the X11 libraries the bundle expects from the system
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/data XDG_CACHE_HOME=$home/cache \
  timeout 90 dbus-run-session -- bash -euc '
  Xvfb :93 -screen 0 1280x800x24 >/dev/null 2>&1 & xvfb=$!
  export DISPLAY=:93
  sleep 1
  fcitx5 --disable=wayland,notificationitem,kimpanel >"$HOME/fcitx5.log" 2>&1 & fcitx=$!
  for _ in $(seq 50); do
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.ListNames 2>/dev/null |
      grep -q org.freedesktop.portal.IBus && break
    sleep 0.2
  done
  QT_IM_MODULE=fcitx "$1/govinfo-desktop" examples/岳阳县2017-本级政府.govinfo >"$HOME/app.log" 2>&1 & app=$!
  sleep 5
  info=$(dbus-send --session --print-reply --dest=org.fcitx.Fcitx5 /controller org.fcitx.Fcitx.Controller1.DebugInfo)
  kill $app $fcitx $xvfb 2>/dev/null || true
  echo "$info" | grep "IC \[" || true
  echo "$info" | grep -q "frontend:ibus" || { echo "no IBus input context in fcitx5"; tail "$HOME/app.log"; exit 1; }
  echo "fcitx5 $(fcitx5 --version 2>/dev/null | head -1): the program holds an input context (IBus frontend)"
' _ "$bundle" 2>&1 | { grep -v 'Failed to set fd limit' || true; }
