#!/usr/bin/env bash
# Creates .deps/sentiment-venv (numpy, onnx, onnxruntime 1.31.1, tokenizers) for retraining the head
# (scripts/models/train_sentiment_head.py) and writing the parity fixture (sentiment_reference.py).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -x .deps/sentiment-venv/bin/python ]; then
  python3 -m venv .deps/sentiment-venv
  .deps/sentiment-venv/bin/pip install -q --disable-pip-version-check -r scripts/models/sentiment-train-requirements.txt
fi
echo .deps/sentiment-venv/bin/python
