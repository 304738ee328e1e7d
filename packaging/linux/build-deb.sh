#!/usr/bin/env bash
# Builds dist/govinfo-desktop_<version>_amd64.deb in the UOS store layout from a PyInstaller one-folder build.
set -euo pipefail
cd "$(dirname "$0")/../.."
appid=cn.gov.govinfo-desktop
version=$(.venv/bin/python -c 'import govinfo_desktop; print(govinfo_desktop.__version__)')
.venv/bin/python -m pip install --quiet pyinstaller==6.22.3
.venv/bin/pyinstaller packaging/pyinstaller/govinfo-desktop.spec --noconfirm --distpath build/pyinstaller/dist \
  --workpath build/pyinstaller/work >/dev/null
stage=build/deb/root
rm -rf build/deb && mkdir -p "$stage/DEBIAN" "$stage/opt/apps/$appid/files" \
  "$stage/opt/apps/$appid/entries/applications" "$stage/opt/apps/$appid/entries/icons/hicolor/scalable/apps" \
  "$stage/usr/share/applications"
cp -a build/pyinstaller/dist/govinfo-desktop/. "$stage/opt/apps/$appid/files/"
if [ -f resources/icons/govinfo.svg ]; then
  cp resources/icons/govinfo.svg "$stage/opt/apps/$appid/entries/icons/hicolor/scalable/apps/$appid.svg"
fi
desktop="$stage/opt/apps/$appid/entries/applications/$appid.desktop"
cat > "$desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=GovInfo Desktop
Name[zh_CN]=政务公开年报统计表填报助手
Comment[zh_CN]=填报、检查、导入导出和打印政府信息公开工作年度报告统计表
Exec=/opt/apps/$appid/files/govinfo-desktop %f
Icon=$appid
Categories=Office;
MimeType=application/x-govinfo-report;
Terminal=false
DESKTOP
# Kylin does not read the UOS entries/ folder: also install the menu entry in the standard place.
cp "$desktop" "$stage/usr/share/applications/$appid.desktop"
cat > "$stage/opt/apps/$appid/info" <<INFO
{"appid": "$appid", "name": "政务公开年报统计表填报助手", "version": "$version.0", "arch": ["amd64"],
 "permissions": {"autostart": false, "notification": false, "trayicon": false, "clipboard": true,
                 "account": false, "bluetooth": false, "camera": false, "audio_record": false,
                 "installed_apps": false}}
INFO
size=$(du -sk "$stage/opt" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: govinfo-desktop
Version: $version
Architecture: amd64
Maintainer: GovInfo Desktop <govinfo-desktop@localhost>
Installed-Size: $size
Depends: libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libglib2.0-0,
 libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libx11-xcb1, libcups2
Section: office
Priority: optional
Description: 政务公开年报统计表填报助手
 Fill, check, exchange (Excel) and print the statistics table of the
 政府信息公开工作年度报告, offline.
CONTROL
mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$stage" "dist/govinfo-desktop_${version}_amd64.deb" >/dev/null
ls -l "dist/govinfo-desktop_${version}_amd64.deb"
