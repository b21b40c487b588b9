#!/usr/bin/env bash
# `mentora llm bench` beside a peer in the same run: llama-cpp-python 0.3.36 built from its PyPI sdist
# (GGML_NATIVE=OFF, as llama-cpp-sys-2 builds llama.cpp: AVX2/FMA, no -march=native) on the same GGUF,
# prompt, threads and token limit, the two alternated three times. Not part of `make test` (the peer is
# built by scripts/setup.sh through scripts/llm/server_venv.sh). Usage: scripts/bench/llm.sh [THREADS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
THREADS=${1:-2}
RUNS=${2:-5}
GGUF=models/llm/SmolLM2-135M-Instruct.Q4_1.gguf
VENV=.deps/llm-peer-venv
# A release build does not look in the build tree for its models.
export MENTORA_MODELS_DIR="$PWD/models"
scripts/llm/server_venv.sh
cargo build -q --release -p mentora --bin mentora
prompt=$(mktemp)
./target/release/mentora llm bench --print-prompt > "$prompt"
for i in 1 2 3; do
  ./target/release/mentora llm bench --threads "$THREADS" --runs "$RUNS" --json
  "$VENV/bin/python" scripts/bench/llm_peer.py "$GGUF" "$THREADS" "$RUNS" "$prompt"
done
rm -f "$prompt"
