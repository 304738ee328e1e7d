#!/usr/bin/env bash
# Builds a CPython that needs at most glibc 2.28 (统信UOS 20 / 银河麒麟 V10) into build/linux/python, once:
# the compiler is zig (PyPI's `ziglang` wheel, `zig cc -target x86_64-linux-gnu.2.28`), the sources are
# Debian's source packages (upstream tarballs, Debian's patches not applied). Later runs reuse the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Debian trixie's CPython: 3.13 (there is no 3.12 source package in any reachable suite), whose immortal
# None/True/False make the development-only devtools/pyside_refcount.py work-around unnecessary.
PY_SRC="python3.13=3.13.5-2+deb13u5"
ZLIB_SRC="zlib=1:1.3.dfsg+really1.3.1-1"
FFI_SRC="libffi=3.4.4-1"   # bookworm's: its tarball carries a generated configure
ZIG_VERSION=0.17.0
TARGET=x86_64-linux-gnu.2.28
top=$PWD/build/linux
prefix=$top/python
stamp=$prefix/.built-$TARGET-${PY_SRC#*=}
if [ -f "$stamp" ]; then
  exit 0
fi
mkdir -p "$top/src" "$top/apt/lists/partial" "$top/bin"

# Private apt configuration: deb-src lists for trixie and bookworm, without touching the machine's sources.
printf 'deb-src http://deb.debian.org/debian %s main\n' trixie bookworm \
  >"$top/apt/sources.list"
apt_opts=(-o Dir::Etc::SourceList="$top/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
  -o Dir::State::Lists="$top/apt/lists" -o Dir::Cache="$top/apt/cache")
fetch() {  # $1: name=version; leaves name_*.orig.tar.* in build/linux/src
  local name=${1%%=*}
  if ! ls "$top/src/${name}"_*.orig.tar.* >/dev/null 2>&1; then
    [ -f "$top/apt/updated" ] || { apt-get "${apt_opts[@]}" update -qq && touch "$top/apt/updated"; }
    (cd "$top/src" && apt-get "${apt_opts[@]}" source --download-only -qq "$1")
  fi
}
fetch "$PY_SRC"; fetch "$ZLIB_SRC"; fetch "$FFI_SRC"

# The compiler: zig from PyPI, behind wrapper scripts so autoconf sees a plain CC/AR/RANLIB.
[ -x "$top/tools/bin/python" ] || python3 -m venv "$top/tools"
"$top/tools/bin/python" -m pip install --quiet "ziglang==$ZIG_VERSION"
zig=$("$top/tools/bin/python" -c 'import ziglang, pathlib; print(pathlib.Path(ziglang.__file__).parent / "zig")')
export ZIG_GLOBAL_CACHE_DIR=$top/zig-cache ZIG_LOCAL_CACHE_DIR=$top/zig-cache
# zig cc turns on UBSan when no -O is given (autoconf's tests): off, it is not what we ship.
printf '#!/bin/sh\nexec "%s" cc -target %s -fno-sanitize=undefined "$@"\n' "$zig" "$TARGET" >"$top/bin/cc"
printf '#!/bin/sh\nexec "%s" ar "$@"\n' "$zig" >"$top/bin/ar"
printf '#!/bin/sh\nexec "%s" ranlib "$@"\n' "$zig" >"$top/bin/ranlib"
chmod +x "$top/bin/cc" "$top/bin/ar" "$top/bin/ranlib"
export CC=$top/bin/cc AR=$top/bin/ar RANLIB=$top/bin/ranlib
jobs=$(nproc)
deps=$top/deps
work=$top/work
rm -rf "$work" && mkdir -p "$work" "$deps"
log=$top/python-build.log
: >"$log"
trap 'echo "build-python.sh failed, see $log" >&2; tail -30 "$log" >&2' ERR

# zlib and libffi as static, position-independent libraries linked into CPython's modules.
tar -xf "$top"/src/zlib_*.orig.tar.* -C "$work"
(cd "$work"/zlib-* && CFLAGS="-O2 -fPIC" ./configure --static --prefix="$deps" >>"$log" 2>&1 && make -j"$jobs" install >>"$log" 2>&1)
tar -xf "$top"/src/libffi_*.orig.tar.* -C "$work"
(cd "$work"/libffi-* && CFLAGS="-O2 -fPIC" ./configure --prefix="$deps" --libdir="$deps/lib" \
  --disable-shared --enable-static --disable-docs --disable-multi-os-directory --disable-exec-static-tramp >>"$log" 2>&1 &&
  make -j"$jobs" install >>"$log" 2>&1)

tar -xf "$top"/src/python3.13_*.orig.tar.xz -C "$work"
cd "$work"/Python-3*
# Shared libpython: PyInstaller bundles libpython3.13.so (and loads it by path: the rpath is for the
# build machine only).
# No ssl: pip in this Python installs from a wheelhouse the host's pip downloaded.
# Only our own deps are seen: the host's libraries (lzma, bz2, ssl, sqlite…) are built for glibc 2.36.
PKG_CONFIG_LIBDIR=$deps/lib/pkgconfig PKG_CONFIG_PATH='' \
./configure --prefix="$prefix" --enable-shared --without-ensurepip --with-system-expat=no \
  --disable-test-modules CPPFLAGS="-I$deps/include" LDFLAGS="-L$deps/lib -Wl,-rpath,$prefix/lib" \
  LIBFFI_CFLAGS="-I$deps/include" LIBFFI_LIBS="-L$deps/lib -lffi" ZLIB_CFLAGS="-I$deps/include" \
  ZLIB_LIBS="-L$deps/lib -lz" py_cv_module__tkinter=n/a py_cv_module__gdbm=n/a py_cv_module__dbm=n/a \
  py_cv_module__lzma=n/a py_cv_module__bz2=n/a py_cv_module__ssl=n/a py_cv_module__hashlib=n/a \
  py_cv_module__sqlite3=n/a py_cv_module__uuid=n/a py_cv_module_readline=n/a py_cv_module__curses=n/a \
  py_cv_module__curses_panel=n/a >>"$log" 2>&1
# zig's linker takes -soname, not the joined -h<name> CPython's Makefile writes.
sed -i 's/-Wl,-h\$/-Wl,-soname,$/g' Makefile
# …and links nothing from .so inputs alone (libpython3.so, the stable-ABI shim): give it an empty object.
: >Modules/zig_empty.c && "$CC" -c -o Modules/zig_empty.o Modules/zig_empty.c
sed -i 's/-o $@ -Wl,-soname,$@ $^/-o $@ -Wl,-soname,$@ Modules\/zig_empty.o $^/' Makefile
# zig's clang refuses __DATE__/__TIME__ (not reproducible): the build date as fixed text instead.
sed -i -e "s/#define DATE __DATE__/#define DATE \"$(date -u '+%b %d %Y')\"/" \
  -e "s/#define TIME __TIME__/#define TIME \"$(date -u +%T)\"/" Modules/getbuildinfo.c
make -j"$jobs" >>"$log" 2>&1
rm -rf "$prefix"
make install >>"$log" 2>&1
"$prefix/bin/python3" -c 'import zlib, ctypes, pyexpat, _decimal, hashlib, venv, ensurepip'
touch "$stamp"
echo "CPython for glibc ${TARGET#*gnu.} in $prefix"
