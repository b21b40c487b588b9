#!/usr/bin/env bash
# Creates .deps/fer-venv with fer 25.10.3 and TensorFlow, for scripts/reference/*.py (not needed by the app or tests).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .deps/fer-venv/bin/python ]; then
  python3 -m venv .deps/fer-venv
  .deps/fer-venv/bin/pip install -q -r scripts/reference/requirements.txt
  .deps/fer-venv/bin/pip install -q --no-deps fer==25.10.3
fi
echo .deps/fer-venv/bin/python
