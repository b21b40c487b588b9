"""Writes tests/data/voice/parity.json: Python onnxruntime's outputs of the voice encoder and head on real
clips of the Polish set, for tests/it/voice.rs to compare with the Rust side (≤ 1e-4).

Usage (venv: scripts/reference/setup-sentiment-venv.sh):
  .deps/sentiment-venv/bin/python scripts/reference/voice_reference.py
"""

import json
import os
import sys
import zipfile

import numpy as np
import onnxruntime as ort

CLIPS = ["m1.a_nie_1.wav", "m2.s_stop_3.wav", "m3.n_tak_5.wav", "m4.a_podaj_2.wav", "m5.s_trzymaj_4.wav"]
ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def main():
    models = os.path.join(ROOT, "models", "voice")
    meta = json.load(open(os.path.join(models, "voice_head.json")))
    enc = ort.InferenceSession(os.path.join(models, "voice_encoder.onnx"), providers=["CPUExecutionProvider"])
    head = ort.InferenceSession(os.path.join(models, "voice_head.onnx"), providers=["CPUExecutionProvider"])
    mean = np.asarray(meta["default_baseline"]["mean"], np.float32)[None, :]
    std = np.asarray(meta["default_baseline"]["std"], np.float32)[None, :]
    z = zipfile.ZipFile(os.path.join(ROOT, ".deps", "voice-polish", "polish_speech_emotions.zip"))
    rows = []
    for name in CLIPS:
        data = z.read("POLISH/" + name)
        audio = np.frombuffer(data[data.index(b"data") + 8 :], np.float32)[None, :]
        emb, pros = enc.run(["embedding", "prosody"], {"audio": audio})
        tone, arousal = head.run(["tone", "arousal"], {"embedding": emb, "prosody": pros,
                                                       "baseline_mean": mean, "baseline_std": std})
        rows.append(dict(clip=name, samples=int(audio.shape[1]), embedding=emb[0].tolist(),
                         prosody=pros[0].tolist(), tone=tone[0].tolist(), arousal=float(arousal[0, 0])))
    out = os.path.join(ROOT, "tests", "data", "voice", "parity.json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as f:
        json.dump(dict(onnxruntime=ort.__version__, clips=rows), f)
        f.write("\n")
    print(f"wrote {out} ({len(rows)} clips)", file=sys.stderr)


if __name__ == "__main__":
    main()
