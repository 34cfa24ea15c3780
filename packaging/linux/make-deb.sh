#!/usr/bin/env bash
# make-deb.sh BUNDLE VERSION ARCH OUT.deb: package a PyInstaller onedir bundle with dpkg-deb.
# Installs to /opt/recordroute, links /usr/bin/recordroute, adds the .desktop file and hicolor icons.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bundle=$1 version=$2 arch=$3 out=$4
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

mkdir -p "$stage/opt/recordroute" "$stage/usr/bin" "$stage/usr/share/applications" \
         "$stage/usr/share/doc/recordroute" "$stage/DEBIAN"
cp -a "$bundle/." "$stage/opt/recordroute/"
ln -s /opt/recordroute/recordroute "$stage/usr/bin/recordroute"
install -m 644 "$here/recordroute.desktop" "$stage/usr/share/applications/recordroute.desktop"
cp -r "$here/icons" "$stage/usr/share/icons"
find "$stage/usr/share/icons" -type f -exec chmod 644 {} +
cat > "$stage/usr/share/doc/recordroute/copyright" <<TXT
RecordRoute Desktop $version - MIT License.
Bundled third-party components (Qt/PySide6: LGPLv3; FFmpeg via PyAV: LGPL; CTranslate2: MIT;
ONNX Runtime: MIT; Whisper base model: MIT; all-MiniLM-L6-v2: Apache-2.0) keep their own licenses,
found next to each component under /opt/recordroute/_internal.
TXT

size_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# What Qt's xcb platform plugin and the microphone (PortAudio) need from the system.
cat > "$stage/DEBIAN/control" <<CTL
Package: recordroute
Version: $version
Architecture: $arch
Maintainer: RecordRoute maintainers <recordroute@localhost>
Installed-Size: $size_kb
Section: sound
Priority: optional
Depends: libxcb-cursor0, libxkbcommon-x11-0, libxkbcommon0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0,
 libxcb-render-util0, libxcb-randr0, libxcb-shape0, libxcb-xfixes0, libxcb-xkb1, libx11-xcb1, libegl1,
 libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libportaudio2
Recommends: fonts-noto-cjk
Description: local-first recording assistant
 Drop a recording on a window and get a transcript, meeting minutes and search
 over everything you have recorded, in Korean and English, without a byte
 leaving your machine. Includes the Whisper base and MiniLM models, so it works
 offline from the first start. Command line: recordroute --help.
CTL
cat > "$stage/DEBIAN/postinst" <<'SH'
#!/bin/sh
set -e
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
SH
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
# The user's library and settings live in their home folder and are never part of the package.
# xz (dpkg's default) makes the smallest download but takes minutes for ~900 MB; checks use DEB_COMPRESSION=gzip.
case "${DEB_COMPRESSION:-xz}" in
  gzip) zopts=(-Zgzip -z1) ;;
  *) zopts=(-Zxz -z6) ;;
esac
dpkg-deb --root-owner-group "${zopts[@]}" --build "$stage" "$out" >/dev/null
echo "wrote $out ($(du -h "$out" | cut -f1))"
