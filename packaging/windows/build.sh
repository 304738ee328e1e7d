#!/usr/bin/env bash
# make windows-installer: stage the program (stage.py), build the two launchers (mingw-w64), make the
# icon from the SVG (rsvg-convert + ImageMagick) and compile the installer (makensis).
#   → dist/GovInfoDesktop-<version>-setup.exe
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/windows
python="${PYTHON:-python3}"
out=build/windows
started=$(date +%s)

bash "$here/build-deps.sh" build
version=$("$python" "$here/stage.py" --print-version)
numeric=$(echo "$version" | grep -oE '^[0-9]+(\.[0-9]+){0,3}')
IFS=. read -r v1 v2 v3 v4 <<<"$numeric"
comma="${v1:-0},${v2:-0},${v3:-0},${v4:-0}"
dotted="${v1:-0}.${v2:-0}.${v3:-0}"

"$python" "$here/stage.py" "$out/stage"

# Icon: PNGs at the sizes Windows asks for, packed into one .ico.
mkdir -p "$out/icon"
sizes=(16 20 24 32 40 48 64 256)
pngs=()
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" resources/icons/govinfo-desktop.svg -o "$out/icon/$size.png"
    pngs+=("$out/icon/$size.png")
done
magick=/usr/bin/convert
[[ -x $magick ]] || magick=convert
"$magick" "${pngs[@]}" "$out/icon/govinfo-desktop.ico"

# Launchers: the same C file as a GUI-subsystem and a console-subsystem program.
cc=x86_64-w64-mingw32-gcc-posix
windres=x86_64-w64-mingw32-windres
cp "$here/launcher/launcher.rc" "$here/launcher/govinfo-desktop.manifest" "$out/icon/"
build_launcher() {  # name subsystem description [defines…]
    local name=$1 subsystem=$2 description=$3
    shift 3
    "$windres" -c 65001 -I "$out/icon" \
        -DVER_COMMA="$comma" -DVER_DOT="\\\"$dotted\\\"" -DVER_NAME="\\\"$name\\\"" \
        -DVER_DESC="\\\"$description\\\"" "$out/icon/launcher.rc" -O coff -o "$out/$name.res"
    "$cc" -O2 -s -municode -Wall -Wextra -Werror "$@" "$here/launcher/launcher.c" "$out/$name.res" \
        -m"$subsystem" -lshell32 -static -o "$out/stage/$name.exe"
}
build_launcher govinfo-desktop windows "政务公开年报统计表填报助手" -DGOVINFO_GUI
build_launcher govinfo-desktop-cli console "政务公开年报统计表填报助手（命令行）"

mkdir -p dist
setup="dist/GovInfoDesktop-$version-setup.exe"
makensis -V2 -INPUTCHARSET UTF8 \
    -DVERSION="$dotted" -DSTAGE="$PWD/$out/stage" -DOUTFILE="$PWD/$setup" \
    -DICON="$PWD/$out/icon/govinfo-desktop.ico" "$here/installer.nsi"

staged_kb=$(du -sk "$out/stage" | cut -f1)
echo "windows-installer: $setup — $(du -k "$setup" | cut -f1) KB; staged program ${staged_kb} KB;" \
    "built in $(( $(date +%s) - started )) s"
