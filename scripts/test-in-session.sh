#!/usr/bin/env bash
# Runs inside scripts/test.sh's D-Bus session: unlock a throwaway keyring, then run every suite.
set -euo pipefail
cd "$(dirname "$0")/.."
echo -n "mentora-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null

step() { printf '\n== %s\n' "$*"; }

step "UI type check (tsc; the IPC types are generated from Rust) and unit tests (vitest)"
npm --prefix ui run check --silent
npm --prefix ui test --silent
step "the UI build the shell embeds"
npm --prefix ui run build --silent

step "core and shell tests (cargo test --workspace)"
cargo test --workspace --quiet

step "build the window (mentora-app)"
cargo build -p mentora-app --quiet

step "end-to-end tests in a real window (Xvfb + tauri-driver + WebKitWebDriver)"
# Screenshots come from Xvfb's screen file (what a person sees; see tests/e2e/xwd.mjs).
MENTORA_E2E_FBDIR="$(mktemp -d)"
export MENTORA_E2E_FBDIR
trap 'rm -rf "$MENTORA_E2E_FBDIR"' EXIT
xvfb-run -a -s "-screen 0 1280x900x24 -nocursor -fbdir $MENTORA_E2E_FBDIR" node --test --test-concurrency=1 tests/e2e/
