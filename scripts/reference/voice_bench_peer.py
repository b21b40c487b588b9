"""The peer of `mentora voice bench`: the same recording (the Polish clips in name order, each followed by
0.4 s of silence), the same models and the same segmentation, in Python onnxruntime. Prints JSON medians.

Usage: voice_bench_peer.py CLIPS_ZIP SECONDS RUNS THREADS   (venv: scripts/reference/setup-sentiment-venv.sh)
"""

import json
import os
import sys
import time
import zipfile

import numpy as np
import onnxruntime as ort

SR, CHUNK, CONTEXT = 16000, 512, 64
START, STOP = 0.5, 0.35
MIN_SILENCE, MIN_SPEECH, PAD = SR * 300 // 1000, SR * 250 // 1000, SR // 10
MAX_SPEECH = SR * 30 - 2 * PAD
ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def stream(zip_path, seconds):
    z = zipfile.ZipFile(zip_path)
    names = sorted(n for n in z.namelist() if n.endswith(".wav"))[:60]
    parts, want, have = [], int(seconds * SR), 0
    while have < want:
        for n in names:
            d = z.read(n)
            a = np.frombuffer(d[d.index(b"data") + 8 :], np.float32)
            parts += [a, np.zeros(SR * 4 // 10, np.float32)]
            have += len(a) + SR * 4 // 10
            if have >= want:
                break
    return np.concatenate(parts)[:want]


def session(path, threads):
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])


def main():
    zip_path, seconds, runs, threads = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    models = os.path.join(ROOT, "models", "voice")
    meta = json.load(open(os.path.join(models, "voice_head.json")))
    vad, enc, head = session(os.path.join(models, "silero_vad.onnx"), 1), session(os.path.join(models, "voice_encoder.onnx"), threads), session(os.path.join(models, "voice_head.onnx"), 1)
    mean = np.asarray(meta["default_baseline"]["mean"], np.float32)[None]
    std = np.asarray(meta["default_baseline"]["std"], np.float32)[None]
    audio = stream(zip_path, seconds)
    sr = np.array(SR, np.int64)
    rtf, vad_us, lat, segments = [], [], [], 0
    for run in range(runs + 1):
        t0 = time.perf_counter()
        state = np.zeros((2, 1, 128), np.float32)
        context = np.zeros(CONTEXT, np.float32)
        start = silence = None
        spans = 0
        for i in range(0, len(audio), CHUNK):
            chunk = audio[i : i + CHUNK]
            x = np.concatenate([context, chunk, np.zeros(CHUNK - len(chunk), np.float32)])[None]
            context = x[0, -CONTEXT:]
            t = time.perf_counter()
            p, state = vad.run(["output", "stateN"], {"input": x, "state": state, "sr": sr})
            if run:
                vad_us.append((time.perf_counter() - t) * 1e6)
            p, end_of_chunk, span = float(p[0, 0]), i + CHUNK, None
            if start is None:
                if p >= START:
                    start, silence = i, None
            else:
                if p >= START:
                    silence = None
                elif p < STOP and silence is None:
                    silence = i
                if silence is not None and end_of_chunk - silence >= MIN_SILENCE:
                    span = (start, silence) if silence - start >= MIN_SPEECH else None
                    start = silence = None
                elif end_of_chunk + CHUNK - start > MAX_SPEECH:
                    span, start, silence = (start, end_of_chunk), end_of_chunk, None
            if span:
                a, b = max(0, span[0] - PAD), min(len(audio), span[1] + PAD)
                t = time.perf_counter()
                e, pr = enc.run(["embedding", "prosody"], {"audio": audio[a:b][None]})
                head.run(["tone", "arousal"], {"embedding": e, "prosody": pr, "baseline_mean": mean, "baseline_std": std})
                if run:
                    lat.append((time.perf_counter() - t) * 1e3)
                spans += 1
        if run:
            rtf.append((time.perf_counter() - t0) / (len(audio) / SR))
            segments = spans
    med = lambda v: float(np.median(v)) if v else float("nan")  # noqa: E731
    print(json.dumps(dict(onnxruntime=ort.__version__, segments=segments, real_time_factor_p50=med(rtf),
                          segment_latency_ms_p50=med(lat), vad_us_per_chunk_p50=med(vad_us))))


if __name__ == "__main__":
    main()
