#!/usr/bin/env bash
# Installs the Debian packages that building (`make deb`) and testing (`make deb-smoke`) the .deb need on
# the build machine, when missing. Never removes or replaces a package; waits (bounded) for a held apt lock.
set -euo pipefail
wanted="binutils autoconf automake libtool make xz-utils debootstrap xvfb xauth fcitx5"
command -v dpkg-query >/dev/null || { echo "build-deps.sh: needs a Debian-like system" >&2; exit 1; }
missing=()
for pkg in $wanted; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
((${#missing[@]})) || exit 0
[ "$(id -u)" = 0 ] || { echo "build-deps.sh: as root, install: ${missing[*]}" >&2; exit 1; }
echo "installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
lock=(-o DPkg::Lock::Timeout=600)   # another apt/dpkg at work: wait up to 10 minutes
apt-get "${lock[@]}" update -qq >/dev/null
apt-get "${lock[@]}" install -y -qq --no-install-recommends --no-remove "${missing[@]}" >/dev/null
