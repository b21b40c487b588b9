#!/usr/bin/env bash
# Cold start and idle memory of the release app, medians of 5 runs under Xvfb (see bench-app.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
npm --prefix ui run build --silent
cargo build --release -p mentora-app --quiet
xvfb-run -a -s "-screen 0 1280x900x24" node scripts/bench-app.mjs target/release/mentora-app
