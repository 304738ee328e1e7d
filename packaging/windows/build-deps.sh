#!/usr/bin/env bash
# Debian packages the Windows installer build needs (nsis, mingw-w64, ImageMagick) and, with `smoke`,
# the ones its Wine test needs (wine, wine64, wine32:i386, Xvfb, a zh_CN locale).
# Installs only what is missing, never removes or replaces a package, waits (bounded) for a held apt lock.
set -euo pipefail

mode="${1:-build}"
build_pkgs=(nsis gcc-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 imagemagick librsvg2-bin binutils)
smoke_pkgs=(wine wine64 wine32:i386 xvfb x11-utils x11-apps xauth locales)

pkgs=("${build_pkgs[@]}")
[[ "$mode" == smoke ]] && pkgs+=("${smoke_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"

wait_for_apt() {
    local waited=0
    while fuser /var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock >/dev/null 2>&1; do
        if (( waited >= 600 )); then
            echo "build-deps: apt/dpkg is still locked after 10 minutes; try again later" >&2
            exit 1
        fi
        (( waited == 0 )) && echo "build-deps: waiting for another apt/dpkg to finish…" >&2
        sleep 5
        waited=$((waited + 5))
    done
}

if printf '%s\n' "${missing[@]}" | grep -q ':i386$' && ! dpkg --print-foreign-architectures | grep -qx i386; then
    $sudo dpkg --add-architecture i386
    wait_for_apt
    $sudo apt-get update -q
fi

echo "build-deps: installing ${missing[*]}" >&2
wait_for_apt
if ! $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-remove \
        --no-install-recommends "${missing[@]}"; then
    wait_for_apt
    $sudo apt-get update -q
    wait_for_apt
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-remove \
        --no-install-recommends "${missing[@]}"
fi
