#!/usr/bin/env bash
# The README's test command: set up, then every test (core, shell, UI, end-to-end in a real window)
# inside a private D-Bus session with an unlocked gnome-keyring, so the real Secret Service is used
# and the person's own keyring is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
exec dbus-run-session -- bash scripts/test-in-session.sh
