#!/bin/sh
# Optional, for the portable .tar.gz: add RecordRoute to your applications menu (no root needed).
# ./install-portable.sh            adds ~/.local/share/applications/recordroute.desktop, icons and ~/.local/bin/recordroute
# ./install-portable.sh --remove   takes them away again (your recordings and settings stay)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="$HOME/.local/share/applications" icons="$HOME/.local/share/icons" bin="$HOME/.local/bin"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/recordroute.desktop" "$bin/recordroute"
  find "$icons/hicolor" -name recordroute.png -delete 2>/dev/null || true
  echo "removed the menu entry"; exit 0
fi
mkdir -p "$apps" "$icons" "$bin"
ln -sf "$here/recordroute" "$bin/recordroute"
cp -r "$here/share/icons/." "$icons/"
sed "s#^Exec=recordroute#Exec=$here/recordroute#; s#^TryExec=recordroute#TryExec=$here/recordroute#" \
    "$here/share/applications/recordroute.desktop" > "$apps/recordroute.desktop"
echo "added RecordRoute to the applications menu ($apps/recordroute.desktop)"
