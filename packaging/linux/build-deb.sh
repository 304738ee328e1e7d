#!/usr/bin/env bash
# Builds dist/govinfo-desktop_<version>_amd64.deb for 统信UOS / 银河麒麟 (glibc ≥ 2.28) and current Debian/Ubuntu:
# a PyInstaller one-folder build on our own CPython for glibc 2.28 (build-python.sh) and PySide6 6.9.3
# (requirements-deb.txt), in the UOS store layout, refused when any file needs a newer glibc.
set -euo pipefail
cd "$(dirname "$0")/../.."
appid=cn.gov.govinfo-desktop
top=build/linux
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' govinfo_desktop/__init__.py)
bash packaging/linux/build-deps.sh
bash packaging/linux/build-python.sh

# The build venv: pinned wheels for glibc ≤ 2.28 that the host's pip downloads (our CPython has no ssl).
req=packaging/linux/requirements-deb.txt
venv=$top/venv
stamp=$venv/.requirements-$(sha256sum "$req" | cut -c1-16)
if [ ! -f "$stamp" ]; then
  platforms=(--platform manylinux2014_x86_64)
  for minor in $(seq 28 -1 17); do platforms+=(--platform "manylinux_2_${minor}_x86_64"); done
  python3 -m pip download --quiet --disable-pip-version-check --no-deps --only-binary=:all: \
    --implementation cp --python-version 3.13 "${platforms[@]}" -d "$top/wheels" -r "$req"
  rm -rf "$venv"
  "$top/python/bin/python3" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-index \
    --find-links "$top/wheels" -r "$req"
  touch "$stamp"
fi

echo "PyInstaller (one-folder build)…"
"$venv/bin/python" -m PyInstaller packaging/pyinstaller/govinfo-desktop.spec --noconfirm --log-level WARN \
  --distpath "$top/pyinstaller/dist" --workpath "$top/pyinstaller/work" >"$top/pyinstaller.log" 2>&1 ||
  { tail -30 "$top/pyinstaller.log" >&2; exit 1; }
grep -o 'left out [0-9]* system libraries' "$top/pyinstaller.log" || true
bundle=$top/pyinstaller/dist/govinfo-desktop
# shiboken6's signature-support files as modules with bytecode, not compiled from its library each start.
python3 packaging/shiboken_support.py "$bundle/_internal/shiboken6"
if [ -d "$bundle/_internal/shiboken6/files.dir" ]; then
  "$venv/bin/python" -m compileall -q --invalidation-mode unchecked-hash "$bundle/_internal/shiboken6/files.dir"
fi

# Qt 6.9's xcb plugin links libxcb-cursor.so.0 and libxcb-util.so.1, which Debian 10-based systems
# (UOS 20) lack (buster has libxcb-util0, .so.0): carry Debian 11's next to the Qt libraries (tiny, need
# glibc 2.8; what they link is in Depends). The gate below checks them with the rest.
extra=$PWD/$top/xcb-extra   # absolute: apt reads relative Dir:: paths from /var/lib/apt
if [ ! -f "$extra/.done" ]; then
  rm -rf "$extra" && mkdir -p "$extra/apt/lists/partial" "$extra/cache"
  printf 'deb http://deb.debian.org/debian bullseye main\n' >"$extra/apt/sources.list"
  apt_opts=(-o Dir::Etc::SourceList="$extra/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o Dir::State::Lists="$extra/apt/lists" -o Dir::Cache="$extra/cache" -o Dir::State::status=/dev/null)
  apt-get "${apt_opts[@]}" update -qq
  (cd "$extra" && apt-get "${apt_opts[@]}" download -qq libxcb-cursor0=0.1.1-4 libxcb-util1=0.4.0-1+b1 2>/dev/null)
  for package in "$extra"/*.deb; do dpkg-deb -x "$package" "$extra/root"; done
  touch "$extra/.done"
fi
for soname in libxcb-cursor.so.0 libxcb-util.so.1; do
  cp -L "$extra/root/usr/lib/x86_64-linux-gnu/$soname" "$bundle/_internal/PySide6/Qt/lib/$soname"
done

# The gate: every ELF file's highest needed GLIBC_/GLIBCXX_ versions; above 2.28 / 3.4.25 (UOS 20's
# gcc 8) the build fails.
python3 packaging/linux/glibc_scan.py "$bundle" --max-glibc 2.28 --max-glibcxx 3.4.25

stage=$top/deb
opt=$stage/opt/apps/$appid
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$opt/entries/applications" "$opt/entries/icons/hicolor/scalable/apps" \
  "$opt/entries/mime/packages" "$stage/usr/bin"
cp -a "$bundle" "$opt/files"
ln -s "/opt/apps/$appid/files/govinfo-desktop" "$stage/usr/bin/govinfo-desktop"
cp resources/icons/govinfo-desktop.svg "$opt/entries/icons/hicolor/scalable/apps/$appid.svg"
sed "s/@APPID@/$appid/g" packaging/linux/govinfo-desktop.desktop >"$opt/entries/applications/$appid.desktop"
cp packaging/linux/govinfo-mime.xml "$opt/entries/mime/packages/$appid.xml"
sed -e "s/@APPID@/$appid/g" -e "s/@VERSION@/$version/g" packaging/linux/info.json >"$opt/info"
# Kylin and other distributions do not read the UOS entries/ folder: the same files where they look.
for part in applications/$appid.desktop icons/hicolor/scalable/apps/$appid.svg mime/packages/$appid.xml; do
  mkdir -p "$stage/usr/share/$(dirname "$part")"
  cp "$opt/entries/$part" "$stage/usr/share/$part"
done
install -m 755 packaging/linux/postinst "$stage/DEBIAN/postinst"
install -m 755 packaging/linux/postinst "$stage/DEBIAN/postrm"
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$(du -sk "$stage" | cut -f1)/" packaging/linux/control \
  >"$stage/DEBIAN/control"
mkdir -p dist
deb=dist/govinfo-desktop_${version}_amd64.deb
dpkg-deb --root-owner-group -Zxz --build "$stage" "$deb" >/dev/null
echo "$deb: $(du -m "$deb" | cut -f1) MB (installed $(du -sm "$stage/opt" | cut -f1) MB)"
