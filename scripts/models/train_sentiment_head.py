"""Trains Mentora's sentiment head: logistic regression on MiniLM-L6 sentence embeddings.

Training data: npm sentiment@5.0.2 test/fixtures amazon.json + yelp.json (UCI "Sentiment Labelled
Sentences"). imdb.json is held out: it is never used for training or for choosing the
regularisation, only reported at the end. The L2 strength is chosen by cross-domain validation
(train on amazon, test on yelp and the reverse). Newton's method in float64 makes the result
deterministic. Writes models/sentiment/head.json (committed), which build_sentiment.py turns
into the ONNX models.

usage: train_sentiment_head.py MINILM_DIR FIXTURES_DIR OUT_JSON
"""

import json
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort

sys.path.insert(0, str(Path(__file__).parent))
import bert_onnx  # noqa: E402
import sentiment_common as sc  # noqa: E402

LAMBDAS = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]


def embed(session, tok, texts):
    per = sc.run_windows(session, "embedding", tok, texts)
    out = []
    for embs, counts in per:
        w = np.array(counts, np.float64)
        e = (np.array(embs, np.float64) * w[:, None]).sum(0) / w.sum()
        out.append(e / np.linalg.norm(e))
    return np.array(out)


def fit(x, y, lam, iters=50):
    """L2-regularised logistic regression (bias not penalised) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], lam * len(x))
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + reg * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:-1], w[-1]


def accuracy(x, y, w, b):
    return float(((x @ w + b > 0).astype(int) == y).mean())


def main(minilm, fixtures, out):
    minilm, fixtures = Path(minilm), Path(fixtures)
    cfg = json.loads((minilm / "config.json").read_text())
    weights = bert_onnx.read_safetensors(minilm / "model.safetensors")
    model = bert_onnx.embedding_model(weights, cfg).SerializeToString()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
    tok = sc.load_tokenizer(minilm / "tokenizer.json")

    data = {}
    for name in ("amazon", "yelp", "imdb"):
        texts, y = sc.load_fixture(fixtures / f"{name}.json")
        data[name] = (embed(session, tok, texts), y)
        print(f"embedded {name}: n = {len(y)}")

    (xa, ya), (xy, yy) = data["amazon"], data["yelp"]
    scores = []
    for lam in LAMBDAS:
        ay = accuracy(xy, yy, *fit(xa, ya, lam))
        ya_ = accuracy(xa, ya, *fit(xy, yy, lam))
        scores.append((ay + ya_) / 2)
        print(f"lambda {lam:g}: amazon→yelp {ay:.4f}, yelp→amazon {ya_:.4f}")
    lam = LAMBDAS[int(np.argmax(scores))]
    x = np.vstack([xa, xy])
    y = np.concatenate([ya, yy])
    w, b = fit(x, y, lam)
    xi, yi = data["imdb"]
    report = {
        "lambda": lam,
        "train_accuracy": accuracy(x, y, w, b),
        "imdb_accuracy_held_out": accuracy(xi, yi, w, b),
        "n_train": int(len(y)),
        "n_imdb": int(len(yi)),
    }
    print(json.dumps(report))
    # Two logits (negative, positive) whose softmax equals the logistic model: ±z/2.
    head = {
        "labels": ["negative", "positive"],
        "features": "MiniLM-L6 mean-pooled, L2-normalised sentence embedding (384)",
        "training": {"data": "npm sentiment@5.0.2 test/fixtures amazon.json + yelp.json", **report},
        "weight": [[float(v) for v in (-w / 2).astype(np.float32)], [float(v) for v in (w / 2).astype(np.float32)]],
        "bias": [float(np.float32(-b / 2)), float(np.float32(b / 2))],
    }
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(head, indent=1) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
