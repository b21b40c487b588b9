#!/usr/bin/env bash
# Builds the installable packages with the Tauri bundler: a .deb, then an AppImage; both carry ONNX
# Runtime and every model as resources (src-tauri/tauri.package.conf.json, merged into tauri.conf.json).
# Output: target/release/bundle/{deb,appimage}/. The AppImage step needs the bundler's tools from
# GitHub (AppRun, linuxdeploy); without network access it says so and the .deb still stands.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The resources are added only here, so that dev builds do not copy 140 MB next to target/debug and
# the CLI keeps finding them in the build tree.
tauri() { TAURI_APP_PATH=src-tauri ui/node_modules/.bin/tauri build --config src-tauri/tauri.package.conf.json "$@"; }
tauri --bundles deb
if ! tauri --bundles appimage; then
  echo "[package] the AppImage could not be built (the Tauri bundler downloads AppRun and linuxdeploy from GitHub); the .deb is ready" >&2
fi
ls -la target/release/bundle/*/ 2>/dev/null || true
