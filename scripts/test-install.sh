#!/usr/bin/env bash
# Installs the built .deb with apt on this machine and checks the installed app in a real window
# (onboarding screen, resources found in /usr/lib/Mentora). Needs root (or sudo) and a built package
# (make package).
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
deb=$(ls target/release/bundle/deb/Mentora_*_amd64.deb | head -1)
$SUDO apt-get install -y -q "./$deb"
dpkg -s mentora | sed -n '1,3p'
# Screenshots from Xvfb's screen file, as in make test (tests/e2e/xwd.mjs).
MENTORA_E2E_FBDIR="$(mktemp -d)"
export MENTORA_E2E_FBDIR
trap 'rm -rf "$MENTORA_E2E_FBDIR"' EXIT
dbus-run-session -- bash -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
  xvfb-run -a -s "-screen 0 1280x900x24 -nocursor -fbdir $MENTORA_E2E_FBDIR" node --test tests/e2e/installed.mjs'
