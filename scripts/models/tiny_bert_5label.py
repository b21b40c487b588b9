"""Writes a tiny BERT-shaped 5-label classifier (random weights, fixed seed) for tests.

It has the inputs, output and label count of an ONNX export of nlptown's
bert-base-multilingual-uncased-sentiment (BertForSequenceClassification → `logits` [batch, 5]),
so the "install the full model" code path is tested without the 670 MB original.

usage: tiny_bert_5label.py TOKENIZER_JSON OUT_DIR
"""

import shutil
import sys
from pathlib import Path

import numpy as np
import onnx

sys.path.insert(0, str(Path(__file__).parent))
import bert_onnx  # noqa: E402

CFG = {"hidden_size": 32, "num_attention_heads": 4, "num_hidden_layers": 2, "intermediate_size": 64,
       "vocab_size": 30522, "max_position_embeddings": 512, "layer_norm_eps": 1e-12}


def main(tokenizer, out):
    rng = np.random.default_rng(20261122)
    h, i = CFG["hidden_size"], CFG["intermediate_size"]
    r = lambda *shape: (rng.standard_normal(shape) * 0.2).astype(np.float32)  # noqa: E731
    w = {
        "bert.embeddings.word_embeddings.weight": r(CFG["vocab_size"], h),
        "bert.embeddings.position_embeddings.weight": r(CFG["max_position_embeddings"], h),
        "bert.embeddings.token_type_embeddings.weight": r(2, h),
        "bert.embeddings.LayerNorm.weight": np.ones(h, np.float32),
        "bert.embeddings.LayerNorm.bias": np.zeros(h, np.float32),
        "bert.pooler.dense.weight": r(h, h), "bert.pooler.dense.bias": r(h),
        "classifier.weight": r(5, h) * 5, "classifier.bias": r(5),
    }
    for n in range(CFG["num_hidden_layers"]):
        p = f"bert.encoder.layer.{n}."
        for part in ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"):
            w[p + part + ".weight"], w[p + part + ".bias"] = r(h, h), r(h)
        w[p + "intermediate.dense.weight"], w[p + "intermediate.dense.bias"] = r(i, h), r(i)
        w[p + "output.dense.weight"], w[p + "output.dense.bias"] = r(h, i), r(h)
        for ln in ("attention.output.LayerNorm", "output.LayerNorm"):
            w[p + ln + ".weight"], w[p + ln + ".bias"] = np.ones(h, np.float32), np.zeros(h, np.float32)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    m = bert_onnx.classifier_model(w, CFG, "tiny random 5-label BERT for tests (stands in for nlptown)")
    onnx.save(m, out / "model.onnx")
    shutil.copyfile(tokenizer, out / "tokenizer.json")
    print(f"wrote {out}/model.onnx, tokenizer.json")


if __name__ == "__main__":
    main(*sys.argv[1:3])
