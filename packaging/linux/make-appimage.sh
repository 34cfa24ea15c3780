#!/usr/bin/env bash
# make-appimage.sh BUNDLE OUT.AppImage: wrap the onedir bundle as an AppImage. Needs `appimagetool` on PATH
# (from the AppImage project's releases; no Debian or PyPI package carries it, see packaging/README.md).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$1 out=$2
appdir=$(mktemp -d)/RecordRoute.AppDir
trap 'rm -rf "$(dirname "$appdir")"' EXIT
mkdir -p "$appdir/opt/recordroute" "$appdir/usr/share"
cp -a "$bundle/." "$appdir/opt/recordroute/"
cp -r "$here/icons" "$appdir/usr/share/icons"
install -m 755 "$here/appimage/AppRun" "$appdir/AppRun"
cp "$here/recordroute.desktop" "$appdir/recordroute.desktop"
cp "$here/icons/hicolor/256x256/apps/recordroute.png" "$appdir/recordroute.png"
ARCH=$(uname -m) appimagetool --no-appstream "$appdir" "$out"
