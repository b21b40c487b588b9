"""Trains Mentora's voice-tone head (models/voice/voice_head.onnx + voice_head.json) and reports it.

Data: the Polish emotional speech set in the PyPI sdist nkululeko==1.14.1
(data/polish/polish_speech_emotions.zip: 450 one-word clips, 5 male speakers, anger / fear / neutral,
16 kHz; Mięsikowska & Świsulski 2020, CC BY 4.0). Nothing else of the sdist is used.

Features per clip: the voice encoder's output (models/voice/voice_encoder.onnx: Whisper-base layers
2-4 mean-pooled, 512, and 5 prosody values), normalised per speaker (each speaker's mean and spread
over their own clips, no labels: the "personal baseline" the app learns from a person's sessions) or,
before a baseline exists, by the training set's statistics.

Evaluation: leave-one-speaker-out (LOSO). For each held-out speaker the L2 strength is picked by an
inner LOSO over the other four only, the head is trained on the four and read on the fifth; the held-out
speaker's labels are never used for any choice. The MFCC baseline (13 MFCCs of the same log-mel, mean
and spread) goes through the same procedure in the same run. The shipped head is trained on all five
speakers with the strength the same inner procedure picks over all five.
The layers pooled, the prosody, the uncertainty threshold and the grid were fixed before this ran.

Usage: train_voice_head.py ENCODER_ONNX POLISH_ZIP OUT_DIR [REPORT_JSON]
"""

import hashlib
import io
import json
import os
import re
import sys
import zipfile

import numpy as np
import onnx
import onnxruntime as ort
from onnx import TensorProto, helper, numpy_helper

sys.path.insert(0, os.path.dirname(__file__))
from whisper_onnx import HOP, N_FFT, mel_filters  # noqa: E402

LABELS = ["anger", "fear", "neutral"]
CODE = {"a": "anger", "s": "fear", "n": "neutral"}
GRID = [0.01, 0.1, 1.0, 10.0]  # L2 strength (on the mean loss x n)
UNCERTAIN = 0.5  # a reading whose top probability is below this is "uncertain"
# A segment whose 517 values sit this far from the training voices (mean squared z-score against the
# training statistics) is "uncertain" too: unlike anything the head learned from. Held-out speakers
# (each against the other four's statistics) reach at most 2.3; a buzz, a whistle, noise or a chirp
# 6-11; the same speech sped up 1.6x (a higher voice) 1.4-1.9.
UNLIKE_ABOVE = 3.0
EMB, PROS = 512, 5


def read_clips(zip_path):
    out = []
    with zipfile.ZipFile(zip_path) as z:
        for name in sorted(z.namelist()):
            m = re.match(r"POLISH/m(\d)\.([asn])_(\w+)_(\d)\.wav$", name)
            if not m:
                continue
            data = z.read(name)
            i = data.index(b"data") + 8
            assert data[20:22] == b"\x03\x00" and int.from_bytes(data[24:28], "little") == 16000, name
            audio = np.frombuffer(data[i:], np.float32).copy()
            out.append(dict(name=name.split("/")[1], speaker=int(m.group(1)), label=LABELS.index(CODE[m.group(2)]),
                            word=m.group(3), audio=audio))
    return out


def encoder_features(encoder, clips):
    sha = hashlib.sha256(open(encoder, "rb").read()).hexdigest()[:16]
    cache = os.path.join(".deps", "voice-feature-cache", sha + ".npz")
    if os.path.exists(cache):
        z = np.load(cache)
        return z["x"]
    so = ort.SessionOptions()
    so.intra_op_num_threads = 2
    sess = ort.InferenceSession(encoder, so, providers=["CPUExecutionProvider"])
    rows = []
    for c in clips:
        emb, pros = sess.run(["embedding", "prosody"], {"audio": c["audio"][None, :]})
        rows.append(np.concatenate([emb[0], pros[0]]))
    x = np.asarray(rows, np.float32)
    os.makedirs(os.path.dirname(cache), exist_ok=True)
    np.savez(cache, x=x)
    return x


def mfcc_features(clips):
    """13 MFCCs (DCT-II of Whisper's log-mel, numpy), mean and standard deviation over frames."""
    fil = mel_filters()
    n = np.arange(N_FFT)
    window = 0.5 - 0.5 * np.cos(2 * np.pi * n / N_FFT)
    dct = np.cos(np.pi / 80 * (np.arange(80) + 0.5)[None, :] * np.arange(13)[:, None])
    rows = []
    for c in clips:
        a = np.pad(c["audio"], N_FFT // 2, mode="reflect")
        frames = np.lib.stride_tricks.sliding_window_view(a, N_FFT)[::HOP][:-1] * window
        p = np.abs(np.fft.rfft(frames, axis=1)) ** 2
        logm = np.log10(np.maximum(p @ fil.T, 1e-10))
        m = logm @ dct.T
        rows.append(np.concatenate([m.mean(0), m.std(0)]))
    return np.asarray(rows, np.float32)


def normalise(x, spk, mode, train_mask):
    """Per speaker ("own": each speaker's own statistics, no labels) or by the training rows ("global")."""
    out = np.empty_like(x)
    if mode == "global":
        mu, sd = x[train_mask].mean(0), x[train_mask].std(0) + 1e-6
        return (x - mu) / sd
    for s in np.unique(spk):
        r = spk == s
        out[r] = (x[r] - x[r].mean(0)) / (x[r].std(0) + 1e-6)
    return out


def fit(x, y, lam, iters=600):
    """Multinomial logistic regression, L2, full-batch gradient descent with Nesterov momentum."""
    n, d = x.shape
    k = int(y.max()) + 1
    w, b = np.zeros((d, k)), np.zeros(k)
    vw, vb = np.zeros_like(w), np.zeros_like(b)
    onehot = np.eye(k)[y]
    lr = 0.5 / (1.0 + np.mean(np.sum(x * x, 1)) / 4)
    for _ in range(iters):
        lw, lb = w + 0.9 * vw, b + 0.9 * vb
        z = x @ lw + lb
        z -= z.max(1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(1, keepdims=True)
        gw = x.T @ (p - onehot) / n + lam * lw / n
        gb = (p - onehot).mean(0)
        vw, vb = 0.9 * vw - lr * gw, 0.9 * vb - lr * gb
        w, b = w + vw, b + vb
    return w, b


def predict(x, w, b):
    z = x @ w + b
    z -= z.max(1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(1, keepdims=True)


def inner_pick(x, y, spk):
    """The L2 strength with the best mean accuracy when each of these speakers is left out in turn."""
    best = None
    for lam in GRID:
        accs = []
        for s in np.unique(spk):
            tr, te = spk != s, spk == s
            w, b = fit(x[tr], y[tr], lam)
            accs.append(np.mean(predict(x[te], w, b).argmax(1) == y[te]))
        if best is None or np.mean(accs) > best[1]:
            best = (lam, float(np.mean(accs)))
    return best[0]


def loso(x_raw, y, spk, mode, apply_mode=None):
    """Outer LOSO; `apply_mode` normalises the held-out speaker differently from training (no baseline)."""
    k = int(y.max()) + 1
    probs = np.zeros((len(y), k))
    per = {}
    for s in np.unique(spk):
        tr, te = spk != s, spk == s
        xt = normalise(x_raw, spk, mode, tr)
        lam = inner_pick(xt[tr], y[tr], spk[tr])
        w, b = fit(xt[tr], y[tr], lam)
        xa = normalise(x_raw, spk, apply_mode or mode, tr)
        probs[te] = predict(xa[te], w, b)
        per[int(s)] = dict(accuracy=float(np.mean(probs[te].argmax(1) == y[te])), l2=lam)
    return probs, per


def summary(probs, y, per, k):
    pred = probs.argmax(1)
    conf = np.zeros((k, k), int)
    for t, p in zip(y, pred):
        conf[t, p] += 1
    sure = probs.max(1) >= UNCERTAIN
    accs = [v["accuracy"] for v in per.values()]
    return dict(accuracy=float(np.mean(pred == y)), speaker_accuracy=per,
                speaker_spread=float(np.std(accs)), confusion=conf.tolist(),
                uncertain_rate=float(1 - sure.mean()),
                accuracy_when_sure=float(np.mean(pred[sure] == y[sure])) if sure.any() else None)


def head_onnx(w, b, wa, ba, path):
    g_nodes, inits = [], []

    def const(name, a):
        inits.append(numpy_helper.from_array(np.asarray(a, np.float32), name))
        return name

    def node(op, ins, out, **kw):
        g_nodes.append(helper.make_node(op, ins, [out], name=out + "_n", **kw))
        return out

    x = node("Concat", ["embedding", "prosody"], "x", axis=1)
    z = node("Div", [node("Sub", [x, "baseline_mean"], "xc"), "baseline_std"], "z")
    logits = node("Add", [node("MatMul", [z, const("w", w)], "zw"), const("b", b)], "logits")
    node("Softmax", [logits], "tone", axis=1)
    zp = node("Slice", [z, inits.append(numpy_helper.from_array(np.array([EMB], np.int64), "s0")) or "s0",
                        inits.append(numpy_helper.from_array(np.array([EMB + PROS], np.int64), "s1")) or "s1",
                        inits.append(numpy_helper.from_array(np.array([1], np.int64), "s_ax")) or "s_ax"], "zp")
    al = node("Add", [node("MatMul", [zp, const("wa", wa)], "zpa"), const("ba", ba)], "alogit")
    node("Sigmoid", [al], "arousal")
    f = lambda n, d: helper.make_tensor_value_info(n, TensorProto.FLOAT, [1, d])  # noqa: E731
    graph = helper.make_graph(g_nodes, "mentora_voice_head",
                              [f("embedding", EMB), f("prosody", PROS), f("baseline_mean", EMB + PROS),
                               f("baseline_std", EMB + PROS)],
                              [f("tone", 3), f("arousal", 1)], inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="mentora")
    model.ir_version = 8
    onnx.checker.check_model(model)
    onnx.save(model, path)


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    encoder, zip_path, out_dir = sys.argv[1:4]
    report_path = sys.argv[4] if len(sys.argv) > 4 else None
    clips = read_clips(zip_path)
    y = np.array([c["label"] for c in clips])
    spk = np.array([c["speaker"] for c in clips])
    x = encoder_features(encoder, clips).astype(np.float64)
    xm = mfcc_features(clips).astype(np.float64)
    print(f"{len(clips)} clips, {len(np.unique(spk))} speakers, features {x.shape[1]}, mfcc {xm.shape[1]}")

    report = {}
    for name, feats, mode, apply in [
        ("head, personal baseline", x, "own", None),
        ("head, no baseline yet", x, "own", "global"),
        ("head, trained without baselines", x, "global", None),
        ("mfcc baseline, personal baseline", xm, "own", None),
        ("mfcc baseline, no baselines", xm, "global", None),
    ]:
        probs, per = loso(feats, y, spk, mode, apply)
        report[name] = summary(probs, y, per, 3)
        r = report[name]
        print(f"{name:36s} LOSO accuracy {r['accuracy']:.3f} (speakers ±{r['speaker_spread']:.3f}), "
              f"uncertain {r['uncertain_rate']:.3f}, accuracy when sure {r['accuracy_when_sure']:.3f}")
    # Arousal (tense = anger or fear, calm = neutral) from the five prosody values alone.
    ya = (y != LABELS.index("neutral")).astype(int)
    probs, per = loso(x[:, EMB:], ya, spk, "own")
    report["arousal from prosody, personal baseline"] = summary(probs, ya, per, 2)
    print(f"arousal from prosody                 LOSO accuracy {report['arousal from prosody, personal baseline']['accuracy']:.3f}")
    print("confusion (rows true anger/fear/neutral, columns read):", report["head, personal baseline"]["confusion"])

    # The shipped head: all five speakers, the strength picked by LOSO over them.
    xn = normalise(x, spk, "own", np.ones(len(y), bool))
    lam = inner_pick(xn, y, spk)
    w, b = fit(xn, y, lam)
    lam_a = inner_pick(xn[:, EMB:], ya, spk)
    wa2, ba2 = fit(xn[:, EMB:], ya, lam_a)
    wa = (wa2[:, 1] - wa2[:, 0])[:, None]
    ba = np.array([ba2[1] - ba2[0]])
    os.makedirs(out_dir, exist_ok=True)
    head_onnx(w, b, wa, ba, os.path.join(out_dir, "voice_head.onnx"))
    meta = dict(
        labels=LABELS, uncertain_below=UNCERTAIN, unlike_training_above=UNLIKE_ABOVE, l2=lam, arousal_l2=lam_a,
        default_baseline=dict(mean=x.mean(0).astype(np.float32).tolist(), std=(x.std(0) + 1e-6).astype(np.float32).tolist()),
        loso=dict(personal=report["head, personal baseline"]["accuracy"],
                  no_baseline=report["head, no baseline yet"]["accuracy"],
                  mfcc=report["mfcc baseline, no baselines"]["accuracy"],
                  arousal=report["arousal from prosody, personal baseline"]["accuracy"]),
        confusion=report["head, personal baseline"]["confusion"],
        uncertain_rate=report["head, personal baseline"]["uncertain_rate"],
        data_sha256=hashlib.sha256(open(zip_path, "rb").read()).hexdigest(),
        data="nkululeko==1.14.1 data/polish (Mięsikowska & Świsulski 2020, CC BY 4.0): 450 clips, 5 male speakers",
    )
    with open(os.path.join(out_dir, "voice_head.json"), "w") as f:
        json.dump(meta, f, indent=1)
        f.write("\n")
    if report_path:
        with open(report_path, "w") as f:
            json.dump(report, f, indent=1)
            f.write("\n")


if __name__ == "__main__":
    main()
