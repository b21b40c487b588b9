#!/usr/bin/env bash
# Mentora's window beside a bare Tauri 2 window: cold start, idle RSS/PSS on the first screen and
# after unlock with the chat screen open, medians of RUNS (3) under Xvfb (see bench-app.mjs).
# PROFILE=debug measures the debug builds instead of release ones.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm --prefix ui run build --silent
PROFILE="${PROFILE:-release}"
flag=(--release); [ "$PROFILE" = debug ] && flag=()
# Mentora as installed: with its models and ONNX Runtime (release builds do not look in the build
# tree), so that its start-up includes what a real start does (the models' checksums).
export MENTORA_MODELS_DIR="$PWD/models" ORT_DYLIB_PATH="$PWD/.deps/onnxruntime/libonnxruntime.so.1.31.1"
# One invocation for both, so that they share one tauri build (the same features).
cargo build "${flag[@]}" -p mentora-app -p bare-window --quiet
exec dbus-run-session -- bash -c '
  echo -n mentora-bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  xvfb-run -a -s "-screen 0 1280x900x24" node scripts/bench-app.mjs "target/$0/mentora-app" "target/$0/bare-window"' "$PROFILE"
