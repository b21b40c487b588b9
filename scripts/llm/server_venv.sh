#!/usr/bin/env bash
# Builds a real third-party llama.cpp front end: llama-cpp-python 0.3.36 with its OpenAI-compatible
# server, from the PyPI sdist (GGML_NATIVE=OFF, as llama-cpp-sys-2 builds llama.cpp), its other
# packages pinned in scripts/llm/server-requirements.txt. Used by the local-server tests
# (tests/it/chat_local_real.rs) and by the benchmark's peer (scripts/bench/llm.sh). ~6 min on two
# cores the first time; idempotent. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }
VENV=.deps/llm-peer-venv
if [ -x "$VENV/bin/python" ] && "$VENV/bin/python" -c "import llama_cpp.server.app" 2>/dev/null; then
  exit 0
fi
say "building llama-cpp-python 0.3.36 and its server from the PyPI sdist (a real local OpenAI-compatible server for the tests; ~6 min)"
rm -rf "$VENV"
python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --disable-pip-version-check -r scripts/llm/server-requirements.txt
CMAKE_ARGS="-DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL="$(nproc)" \
  "$VENV/bin/pip" install -q --disable-pip-version-check --no-binary llama-cpp-python "llama-cpp-python[server]==0.3.36"
"$VENV/bin/python" -c "import llama_cpp.server.app" || { say "llama-cpp-python's server does not import"; exit 1; }
