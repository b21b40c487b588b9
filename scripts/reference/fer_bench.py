#!/usr/bin/env python3
"""Time fer's own Python pipeline (Haar + Keras mini-Xception) on one frame; prints JSON.

    .deps/fer-venv/bin/python scripts/reference/fer_bench.py FRAME.png RUNS
Called by `mentora emotion bench` so both pipelines are timed in the same run on the same frame.
"""
import json
import os
import sys
import time

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import cv2  # noqa: E402
import numpy as np  # noqa: E402
import fer.fer as fer_module  # noqa: E402


def p50(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


def main() -> None:
    path, runs = sys.argv[1], int(sys.argv[2])
    det = fer_module.FER(use_tflite=False)
    img = cv2.imread(path)
    for _ in range(3):
        det.detect_emotions(img)  # warm up (graph tracing)
    frame = []
    faces = 0
    for _ in range(runs):
        t0 = time.perf_counter()
        faces = len(det.detect_emotions(img))
        frame.append((time.perf_counter() - t0) * 1e3)
    x = np.zeros((1, 64, 64, 1), np.float32)
    model = det._FER__emotion_classifier
    cnn = []
    for _ in range(runs):
        t0 = time.perf_counter()
        model(x)
        cnn.append((time.perf_counter() - t0) * 1e3)
    print(json.dumps({"p50_frame_ms": p50(frame), "p50_cnn_ms": p50(cnn), "faces": faces, "runs": runs}))


if __name__ == "__main__":
    main()
