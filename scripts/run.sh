#!/usr/bin/env bash
# The README's run command: set up, build, and open the Mentora window.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset): Mentora opens a window; on a headless machine use: xvfb-run -a make run" >&2
  exit 2
fi
bash scripts/setup.sh
npm --prefix ui run build --silent
cargo build -p mentora-app
exec ./target/debug/mentora-app "$@"
