#!/usr/bin/env bash
# `mentora sentiment bench` beside a peer in the same run: Python onnxruntime 1.31.1 (the same
# version Mentora loads) on the same ONNX file, tokenizer and 1,000 messages, one thread, one message
# at a time, tokenising included; the int8 (default) and fp32 models, the four alternated three
# times. Not part of `make test`. Usage: scripts/bench/sentiment.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
export MENTORA_MODELS_DIR="$PWD/models"
export ORT_DYLIB_PATH="${ORT_DYLIB_PATH:-$PWD/.deps/onnxruntime/libonnxruntime.so.1.31.1}"
PY=$(bash scripts/reference/setup-sentiment-venv.sh | tail -1)
cargo build -q --release -p mentora --bin mentora
for i in 1 2 3; do
  for m in sentiment-int8 sentiment; do
    ./target/release/mentora sentiment bench --model "$m"
  done
  for f in int8 fp32; do
    "$PY" scripts/bench/sentiment_peer.py "models/sentiment/minilm_sentiment_$f.onnx"
  done
done
