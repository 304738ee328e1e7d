#!/usr/bin/env bash
# Installs the .deb in a Debian 11 root (glibc 2.31, made once by bullseye-root.sh) the way a clerk's
# apt would (Depends pulled in), runs the headless commands and the window (offscreen) there, checks the
# bundled IBus input-method plugin loads for an fcitx desktop under Xvfb, then removes the package and
# checks nothing is left under /opt/apps. Needs root (chroot, mount namespace).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' govinfo_desktop/__init__.py)
deb=dist/govinfo-desktop_${version}_amd64.deb
[ -f "$deb" ] || { echo "deb-smoke.sh: $deb missing, run make deb" >&2; exit 1; }
root=$(bash packaging/linux/bullseye-root.sh)
work="$root/root/冒烟 测试"   # a folder with a Chinese name and a space
rm -rf "$work" && mkdir -p "$work"
cp "$deb" "$work/govinfo-desktop.deb"
cp examples/岳阳县2017-本级政府.govinfo "$work/seed.govinfo"
cp packaging/linux/deb-smoke-inside.sh "$work/inside.sh"
# A private mount namespace: /proc and /dev inside the root vanish with it, whatever happens.
unshare --mount --fork bash -euc '
  root=$1
  mount --make-rprivate /
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    bash "/root/冒烟 测试/inside.sh"
' _ "$root"
# Chinese typing: the bundle against this machine's fcitx5 (its IBus frontend), see fcitx-check.sh.
bash packaging/linux/fcitx-check.sh
