"""Trains Mentora's two text heads on MiniLM-L6 sentence embeddings (the encoder stays frozen):

* sentiment: logistic regression, negative/positive, on npm sentiment@5.0.2's amazon + yelp review
  sentences, MELD's train split (utterances labelled positive or negative) and the diary lines of
  assets/affect_train/ (written for training by two helpers who never saw the test set), then one
  temperature;
* emotion: softmax regression over the face model's seven labels on MELD's train split and the
  diary lines, with class weights (MELD is half neutral).

Kept apart (never trained on, never used to choose anything): imdb, MELD's test split, and the
`test` split of tests/data/affect/everyday_affect.jsonl (written by a helper that saw no code).
Chosen on dev only: the L2 strengths, the diary weight and the class-weight power on MELD dev +
the everyday set's `dev` split; the temperature (lowest log loss) and the neutral band (best
three-way macro-F1) on the everyday `dev` split alone (the text Mentora reads is diary-like).
The previous head (reviews only) is kept in head.json as `previous`, so `mentora sentiment eval`
prints today's and yesterday's figures side by side. Writes models/sentiment/head.json (committed),
which build_sentiment.py turns into the ONNX models.

usage: train_sentiment_head.py MINILM_DIR FIXTURES_DIR MELD_DIR EVERYDAY_JSONL DIARY_DIR OUT_JSON
"""

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort

sys.path.insert(0, str(Path(__file__).parent))
import bert_onnx  # noqa: E402
import sentiment_common as sc  # noqa: E402

LAMBDAS = [3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2]
DIARY_WEIGHTS = [1.0, 3.0]  # how much one diary line counts beside one review or TV line
POWERS = [0.0, 0.5, 1.0]  # class weight = (n / count) ** power
TEMPERATURES = [round(0.1 + 0.025 * i, 3) for i in range(77)]
BANDS = [round(0.05 * i, 2) for i in range(17)]
# MELD's emotion names → the face model's labels, in the face model's order.
EMOTIONS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]
MELD_EMOTION = {"anger": "angry", "disgust": "disgust", "fear": "fear", "joy": "happy",
                "sadness": "sad", "surprise": "surprise", "neutral": "neutral"}
EVERYDAY_EMOTION = {"anger": "angry", "disgust": "disgust", "fear": "fear", "joy": "happy",
                    "sadness": "sad", "surprise": "surprise", "neutral": "neutral"}


CACHE = Path(".deps/affect-embedding-cache")


def embed(session, tok, texts):
    """Sentence vectors (cached under .deps by the texts' sha256: the encoder never changes)."""
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:24]
    if (CACHE / f"{key}.npy").exists():
        return np.load(CACHE / f"{key}.npy")
    out = embed_uncached(session, tok, texts)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(CACHE / f"{key}.npy", out)
    return out


def embed_uncached(session, tok, texts):
    per = sc.run_windows(session, "embedding", tok, texts)
    out = []
    for embs, counts in per:
        w = np.array(counts, np.float64)
        e = (np.array(embs, np.float64) * w[:, None]).sum(0) / w.sum()
        out.append(e / np.linalg.norm(e))
    return np.array(out)


def fit_binary(x, y, lam, sw, iters=50):
    """Weighted, L2-regularised logistic regression (bias not penalised) by Newton's method."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    reg = np.full(xb.shape[1], lam * sw.sum())
    reg[-1] = 0.0
    for _ in range(iters):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ ((p - y) * sw) + reg * w
        hess = (xb * (sw * p * (1 - p))[:, None]).T @ xb + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:-1], w[-1]


def fit_softmax(x, y, k, lam, weights, rows, iters=600):
    """Weighted (per class and per row), L2-regularised softmax regression by full-batch Adam from zero."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros((xb.shape[1], k))
    onehot = np.eye(k)[y]
    sw = weights[y] * rows
    sw = sw / sw.sum()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    for t in range(1, iters + 1):
        z = xb @ w
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        g = xb.T @ ((p - onehot) * sw[:, None])
        g[:-1] += lam * w[:-1]
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        w -= 0.05 * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w[:-1].T, w[-1]


def probs_softmax(x, w, b):
    z = x @ w.T + b
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def macro_f1(y, pred, k):
    f = []
    for c in range(k):
        tp = int(((pred == c) & (y == c)).sum())
        fp = int(((pred == c) & (y != c)).sum())
        fn = int(((pred != c) & (y == c)).sum())
        f.append(2 * tp / max(2 * tp + fp + fn, 1))
    return float(np.mean(f)), f


def binary_accuracy(x, y, w, b):
    return float(((x @ w + b > 0).astype(int) == y).mean())


def three_way(valence, band):
    return np.where(valence <= -band, 0, np.where(valence >= band, 2, 1))


# MELD keeps some Windows-1252 punctuation as C1 control characters (U+0092 for an apostrophe …);
# Mentora's reader (src/text/affect_eval.rs) maps them the same way.
CP1252 = {0x91: "'", 0x92: "'", 0x93: '"', 0x94: '"', 0x85: "…", 0x96: "–", 0x97: "—"}


def read_meld(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    return [(r["Utterance"].translate(CP1252).strip(), r["sentiment"], MELD_EMOTION[r["emotion"]]) for r in rows]


def read_everyday(path, split):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            if r["split"] == split:
                out.append((r["text"], r["sentiment"], EVERYDAY_EMOTION[r["emotion"]]))
    return out


def grams(text, n=5):
    words = re.sub(r"[^a-z0-9 ]", "", text.lower()).split()
    return {" ".join(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}


def read_diary(folder, everyday):
    """The diary training lines, without any that shares five words in a row (or is the whole line,
    when shorter) with any line of the everyday set: its writer and the diary writers are the same
    kind of helper, and a shared phrase would let the test split flatter the heads."""
    held = set().union(*(grams(json.loads(line)["text"]) for line in open(everyday, encoding="utf-8") if line.strip()))
    out, dropped = [], 0
    for path in sorted(Path(folder).glob("*.jsonl")):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                if grams(r["text"]) & held:
                    dropped += 1
                    continue
                out.append((r["text"], r["sentiment"], EVERYDAY_EMOTION[r["emotion"]]))
    print(f"diary lines: {len(out)} kept, {dropped} left out for sharing a 5-word phrase with the everyday set")
    return out


def main(minilm, fixtures, meld, everyday, diary, out):
    minilm, fixtures, meld = Path(minilm), Path(fixtures), Path(meld)
    cfg = json.loads((minilm / "config.json").read_text())
    weights = bert_onnx.read_safetensors(minilm / "model.safetensors")
    model = bert_onnx.embedding_model(weights, cfg).SerializeToString()
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 2
    session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
    tok = sc.load_tokenizer(minilm / "tokenizer.json")

    reviews = {}
    for name in ("amazon", "yelp", "imdb"):
        texts, y = sc.load_fixture(fixtures / f"{name}.json")
        reviews[name] = (embed(session, tok, texts), y)
    sets = {"meld_train": read_meld(meld / "meld_train.csv"), "meld_dev": read_meld(meld / "meld_dev.csv"),
            "everyday_dev": read_everyday(everyday, "dev"), "diary": read_diary(diary, everyday)}
    emb = {k: embed(session, tok, [t for t, _, _ in v]) for k, v in sets.items()}
    for k, v in sets.items():
        print(f"embedded {k}: n = {len(v)}")

    def polar(name):
        keep = [i for i, (_, s, _) in enumerate(sets[name]) if s in ("positive", "negative")]
        return emb[name][keep], np.array([int(sets[name][i][1] == "positive") for i in keep])

    # Sentiment: reviews + MELD train + diary; λ and the diary weight by mean binary accuracy on the
    # two dev sets.
    xm, ym = polar("meld_train")
    xq, yq = polar("diary")
    x = np.vstack([reviews["amazon"][0], reviews["yelp"][0], xm, xq])
    y = np.concatenate([reviews["amazon"][1], reviews["yelp"][1], ym, yq])
    dev = [polar("meld_dev"), polar("everyday_dev")]
    best = None
    for dw in DIARY_WEIGHTS:
        sw = np.concatenate([np.ones(len(y) - len(yq)), np.full(len(yq), dw)])
        for lam in LAMBDAS:
            w, b = fit_binary(x, y, lam, sw)
            accs = [binary_accuracy(xd, yd, w, b) for xd, yd in dev]
            print(f"sentiment diary ×{dw:g} λ {lam:g}: MELD dev {accs[0]:.4f}, everyday dev {accs[1]:.4f}")
            if best is None or np.mean(accs) > best[0]:
                best = (float(np.mean(accs)), lam, dw, w, b)
    _, lam, dw, w, b = best
    # Temperature and neutral band on the everyday set's dev split only: Mentora reads diary lines
    # and chat messages, and a diary line's 1–5 should mean what it says. (On MELD's TV lines, said
    # without their scene, the same head is far less sure; the eval reports calibration on both.)
    # Cross-entropy against 1 (positive), 0 (negative) and ½ (neutral): a line with no feeling
    # either way should land near the middle of the scale, not at an end.
    soft = {"negative": 0.0, "neutral": 0.5, "positive": 1.0}
    xd = emb["everyday_dev"]
    yd = np.array([soft[s] for _, s, _ in sets["everyday_dev"]])
    z = xd @ w + b

    def nll(t):
        p = np.clip(1 / (1 + np.exp(-z / t)), 1e-9, 1 - 1e-9)
        return float(-(yd * np.log(p) + (1 - yd) * np.log(1 - p)).mean())

    temp = min(TEMPERATURES, key=nll)
    w, b = w / temp, b / temp
    print(f"temperature {temp} (everyday dev log loss {nll(1.0):.4f} → {nll(temp):.4f})")
    # Neutral band on |P(pos) − P(neg)|: the best three-way macro-F1 on the everyday dev split
    # (accuracy alone barely moves with the band and would leave almost nothing neutral).
    labels3 = {"negative": 0, "neutral": 1, "positive": 2}
    xs = emb["everyday_dev"]
    ys = np.array([labels3[s] for _, s, _ in sets["everyday_dev"]])
    valence = 2 / (1 + np.exp(-(xs @ w + b))) - 1
    band_f1 = {band: macro_f1(ys, three_way(valence, band), 3)[0] for band in BANDS}
    band = max(BANDS, key=lambda t: band_f1[t])
    print("neutral band (three-way everyday dev macro-F1): " + ", ".join(f"{t}: {a:.3f}" for t, a in band_f1.items()))
    xi, yi = reviews["imdb"]
    report = {"lambda": lam, "diary_weight": dw, "temperature": temp, "neutral_band": band,
              "meld_dev_accuracy": binary_accuracy(*dev[0], w, b),
              "everyday_dev_accuracy": binary_accuracy(*dev[1], w, b),
              "imdb_accuracy_held_out": binary_accuracy(xi, yi, w, b), "n_train": int(len(y))}
    print(json.dumps(report))

    # Emotion: MELD train + diary; λ and class-weight power by mean macro-F1 on the two dev sets.
    ye = {k: np.array([EMOTIONS.index(e) for _, _, e in v]) for k, v in sets.items()}
    xe = np.vstack([emb["meld_train"], emb["diary"]])
    yt = np.concatenate([ye["meld_train"], ye["diary"]])
    rows = np.concatenate([np.ones(len(ye["meld_train"])), np.full(len(ye["diary"]), dw)])
    counts = np.bincount(yt, minlength=len(EMOTIONS)).astype(np.float64)
    best_e = None
    for power in POWERS:
        cw = (counts.sum() / np.maximum(counts, 1)) ** power
        for lam_e in LAMBDAS:
            we, be = fit_softmax(xe, yt, len(EMOTIONS), lam_e, cw, rows)
            f = [macro_f1(ye[k], probs_softmax(emb[k], we, be).argmax(1), len(EMOTIONS))[0]
                 for k in ("meld_dev", "everyday_dev")]
            print(f"emotion power {power} λ {lam_e:g}: macro-F1 MELD dev {f[0]:.4f}, everyday dev {f[1]:.4f}")
            if best_e is None or np.mean(f) > best_e[0]:
                best_e = (float(np.mean(f)), power, lam_e, we, be)
    _, power, lam_e, we, be = best_e
    emotion_report = {"lambda": lam_e, "class_weight_power": power,
                      "meld_dev_macro_f1": macro_f1(ye["meld_dev"], probs_softmax(emb["meld_dev"], we, be).argmax(1), 7)[0],
                      "everyday_dev_macro_f1": macro_f1(ye["everyday_dev"], probs_softmax(emb["everyday_dev"], we, be).argmax(1), 7)[0],
                      "n_train": int(len(yt))}
    print(json.dumps(emotion_report))

    old = json.loads(Path(out).read_text()) if Path(out).exists() else {}
    previous = old.get("previous") or {k: old[k] for k in ("labels", "weight", "bias", "training") if k in old}
    f32 = lambda a: [float(v) for v in np.asarray(a, np.float32).ravel()]  # noqa: E731
    # Two logits (negative, positive) whose softmax equals the logistic model: ±z/2.
    head = {
        "labels": ["negative", "positive"],
        "features": "MiniLM-L6 mean-pooled, L2-normalised sentence embedding (384)",
        "neutral_band": band,
        "training": {"data": "npm sentiment@5.0.2 amazon.json + yelp.json; MELD train (nkululeko 1.14.1), "
                             "positive and negative utterances; assets/affect_train diary lines", **report},
        "weight": [f32(-w / 2), f32(w / 2)],
        "bias": f32([-b / 2, b / 2]),
        "emotion": {
            "labels": EMOTIONS,
            "training": {"data": "MELD train (nkululeko 1.14.1) and assets/affect_train diary lines, 7 emotions",
                         **emotion_report},
            "weight": [f32(row) for row in we],
            "bias": f32(be),
        },
        "previous": previous,
    }
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text(json.dumps(head, indent=1) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(*sys.argv[1:7])
