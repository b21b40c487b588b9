#!/usr/bin/env python3
"""Record fer's own Keras probabilities as the parity fixture for the Rust pipeline.

Runs fer 25.10.3's FER.detect_emotions (its Haar detection, padding, square box, offsets, resize,
scaling and the Keras mini-Xception, use_tflite=False) on each photo. Only fer's rounding of the
output to two decimals is disabled (fer.fer.round), so the fixture keeps full precision.
min_face_size=30 lets fer find the small face in messi5.jpg; everything else is fer's default.

    bash scripts/reference/setup-venv.sh
    .deps/fer-venv/bin/python scripts/reference/fer_reference.py > tests/fixtures/fer_reference.json
"""
import hashlib
import json
import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
import cv2  # noqa: E402
import tensorflow as tf  # noqa: E402
import fer  # noqa: E402
import fer.fer as fer_module  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PHOTOS = [
    os.path.join(ROOT, "tests/fixtures/photos/astronaut.png"),
    os.path.join(ROOT, "tests/fixtures/photos/camera.png"),
    "/usr/share/doc/opencv-doc/examples/data/messi5.jpg",
]


def main() -> None:
    fer_module.round = lambda x, n=None: x  # keep full precision
    detector = fer_module.FER(use_tflite=False, min_face_size=30)
    out = {
        "generator": "scripts/reference/fer_reference.py",
        "fer": fer.__version__,
        "tensorflow": tf.__version__,
        "opencv_python": cv2.__version__,
        "labels": ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"],
        "photos": [],
    }
    for path in PHOTOS:
        data = open(path, "rb").read()
        img = cv2.imread(path)
        faces = detector.detect_emotions(img)
        out["photos"].append({
            "path": os.path.relpath(path, ROOT) if path.startswith(ROOT) else path,
            "sha256": hashlib.sha256(data).hexdigest(),
            "faces": [{
                "box": [int(v) for v in f["box"]],
                "probabilities": [float(f["emotions"][k]) for k in out["labels"]],
            } for f in faces],
        })
    json.dump(out, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
