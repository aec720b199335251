#!/usr/bin/env bash
# The size of a production install: a new virtual environment with the locked production dependencies and the
# platform, as `make run` makes .venv; prints the total and the largest packages (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3.11}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
"$PYTHON" -m venv "$scratch/venv"
pip=("$scratch/venv/bin/pip" install --quiet --disable-pip-version-check --require-hashes --no-deps)
"${pip[@]}" -r requirements/build.txt
"${pip[@]}" -r requirements/base.txt
"$scratch/venv/bin/pip" install --quiet --disable-pip-version-check --no-deps --no-build-isolation .
echo "largest packages (MB):"
du -sm "$scratch"/venv/lib/python*/site-packages/* | sort -rn | head -12
echo "production install: $(du -sm "$scratch/venv" | cut -f1) MB"
