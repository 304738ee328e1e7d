#!/usr/bin/env bash
# Makes (once) a Debian 11 "bullseye" root (glibc 2.31, the oldest Debian reachable here; UOS 20 and
# Kylin V10 have 2.28–2.31) under build/linux/bullseye-root, for `make deb-smoke`. Prints its path.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD/build/linux/bullseye-root
if [ ! -f "$root/.ready" ]; then
  rm -rf "$root"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase bullseye "$root" http://deb.debian.org/debian >"$root.log" 2>&1 ||
    { tail -20 "$root.log" >&2; exit 1; }
  # Without these, apt-get in the root cannot reach the mirror by name.
  cp /etc/resolv.conf "$root/etc/resolv.conf"
  touch "$root/.ready"
fi
echo "$root"
