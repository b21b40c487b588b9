"""Writes tests/fixtures/sentiment_reference.json: Python onnxruntime's probabilities for a fixed set of
texts on the same ONNX files Mentora runs (the built-in fp32 and int8 models and the tiny 5-label
test model), with the same tokenizer.json and the same ≤ 256-token windows, combined the same way.
The Rust tests must match these within 1e-4.

usage: sentiment_reference.py   (run from the repository root, after scripts/setup.sh;
       python: scripts/reference/setup-sentiment-venv.sh)
"""

import json
import sys
from pathlib import Path

import onnxruntime as ort

sys.path.insert(0, "scripts/models")
import sentiment_common as sc  # noqa: E402

LONG = " ".join([
    "The first week of the new job was exhausting and I barely slept.",
    "My manager was kind, though, and the team made me feel welcome.",
    "On Thursday the project deadline moved and everything fell apart for a while.",
    "By Sunday I had gone for a long walk, cooked a proper meal and called my sister.",
] * 14)

TEXTS = [
    "I love this, what a wonderful day!",
    "This was the worst meal I have ever had.",
    "I feel okay, nothing special happened today.",
    "Not bad at all, actually pretty good.",
    "I'm so tired of everything going wrong 😞",
    "Ich bin heute sehr traurig und müde.",
    "Je suis tellement heureuse aujourd'hui !",
    "Hoy fue un día terrible en el trabajo.",
    "ok",
    LONG,
]

MODELS = {
    "sentiment": "models/sentiment/minilm_sentiment_fp32.onnx",
    "sentiment-int8": "models/sentiment/minilm_sentiment_int8.onnx",
    "tiny-bert-5label": ".deps/test-models/tiny-bert-5label/model.onnx",
}


def main():
    tok = sc.load_tokenizer("models/sentiment/tokenizer.json")
    out = {"texts": TEXTS, "windows": [len(sc.windows(tok, t)) for t in TEXTS], "probs": {}, "emotions": {}}
    for name, path in MODELS.items():
        s = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
        per = sc.run_windows(s, "logits", tok, TEXTS)
        out["probs"][name] = [[float(p) for p in sc.combined_probs(*x)] for x in per]
        if any(o.name == "emotion_logits" for o in s.get_outputs()):
            per = sc.run_windows(s, "emotion_logits", tok, TEXTS)
            out["emotions"][name] = [[float(p) for p in sc.combined_probs(*x)] for x in per]
    out["onnxruntime"] = ort.__version__
    Path("tests/fixtures/sentiment_reference.json").write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print("wrote tests/fixtures/sentiment_reference.json", out["windows"])


if __name__ == "__main__":
    main()
