#!/usr/bin/env bash
# Linux release build: PyInstaller onedir bundle -> default models (checksummed) -> .deb -> portable .tar.gz
# (-> AppImage when appimagetool is on PATH). Run from anywhere, with the build environment's python3:
#
#   python3 -m pip install ".[models,build]" -c packaging/constraints.txt
#   packaging/linux/build.sh                 # artifacts in dist/: recordroute_<v>_<arch>.deb, RecordRoute-<v>-linux-<arch>.tar.gz
#
# Options: --skip-build (reuse dist/RecordRoute), --dist DIR (PyInstaller's output, default dist),
#          --work DIR (PyInstaller's work folder, default build), --no-models (bundle without models),
#          --no-tarball (skip the portable .tar.gz). DEB_COMPRESSION=gzip makes a faster, larger .deb.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist="$root/dist" work="$root/build" skip_build=0 models=1 tarball=1
while [ $# -gt 0 ]; do
  case "$1" in
    --skip-build) skip_build=1 ;;
    --no-models) models=0 ;;
    --no-tarball) tarball=0 ;;
    --dist) dist=$(realpath -m "$2"); shift ;;
    --work) work=$(realpath -m "$2"); shift ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
python=${PYTHON:-python3}
version=$("$python" -c "import tomllib; print(tomllib.load(open('$root/pyproject.toml', 'rb'))['project']['version'])")
arch=$(dpkg --print-architecture 2>/dev/null || uname -m)
bundle="$dist/RecordRoute"

step() { printf '\n== %s (%ds)\n' "$1" "$SECONDS"; }

if [ "$skip_build" = 0 ]; then
  step "pyinstaller"
  RECORDROUTE_BUNDLE_MODELS=0 "$python" -m PyInstaller --noconfirm --log-level WARN \
      --distpath "$dist" --workpath "$work" "$root/build.spec"
fi
[ -x "$bundle/recordroute" ] || { echo "build.sh: no bundle at $bundle" >&2; exit 1; }

if [ "$models" = 1 ]; then
  step "fetch-models"
  "$python" "$root/packaging/fetch-models" "$bundle"
fi

step "deb"
"$here/make-deb.sh" "$bundle" "$version" "$arch" "$dist/recordroute_${version}_${arch}.deb"

if [ "$tarball" = 1 ]; then
  step "tar.gz"
  stage=$(mktemp -d)
  trap 'rm -rf "$stage"' EXIT
  top="RecordRoute-$version"
  mkdir -p "$stage/$top/share/applications"
  cp -a "$bundle/." "$stage/$top/"
  cp "$here/recordroute.desktop" "$stage/$top/share/applications/"
  cp -r "$here/icons" "$stage/$top/share/icons"
  cp "$here/install-portable.sh" "$stage/$top/"
  tar -C "$stage" -czf "$dist/RecordRoute-$version-linux-$arch.tar.gz" "$top"
fi

if command -v appimagetool >/dev/null 2>&1; then
  step "AppImage"
  "$here/make-appimage.sh" "$bundle" "$dist/RecordRoute-$version-$(uname -m).AppImage"
else
  echo "(AppImage skipped: appimagetool is not on PATH; see packaging/README.md)"
fi

step "checksums"
(cd "$dist" && shopt -s nullglob && sha256sum ./*.deb ./*.tar.gz ./*.AppImage | sed 's# \./# #' > SHA256SUMS.txt)
cat "$dist/SHA256SUMS.txt"
echo "done in ${SECONDS}s"
