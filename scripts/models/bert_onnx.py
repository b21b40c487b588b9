"""Builds BERT-architecture ONNX graphs from plain numpy weights (no PyTorch needed).

Used for Mentora's sentiment model (MiniLM-L6 encoder + mean pooling + L2 normalisation + a
logistic-regression head) and for the tiny 5-label test model that stands in for nlptown's.
Inputs are the usual `input_ids`, `attention_mask`, `token_type_ids` (int64, [batch, sequence]).
Everything here is deterministic: the same weights give the same bytes.
"""

import json
import struct

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

OPSET = 17


def read_safetensors(path):
    """All tensors of a .safetensors file as numpy arrays (the format is a JSON header + raw data)."""
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    dtypes = {"F32": np.float32, "I64": np.int64}
    out = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        a, b = meta["data_offsets"]
        out[name] = np.frombuffer(data[a:b], dtype=dtypes[meta["dtype"]]).reshape(meta["shape"])
    return out


class Graph:
    """A small helper that names nodes and initializers in order."""

    def __init__(self):
        self.nodes, self.inits, self.n = [], [], 0

    def const(self, name, array):
        self.inits.append(numpy_helper.from_array(np.asarray(array, order="C"), name))
        return name

    def op(self, op_type, inputs, **attrs):
        self.n += 1
        out = f"{op_type.lower()}_{self.n}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=f"n{self.n}", **attrs))
        return out

    def named(self, op_type, inputs, out, **attrs):
        self.n += 1
        self.nodes.append(helper.make_node(op_type, inputs, [out], name=f"n{self.n}", **attrs))
        return out


def _linear(g, x, w, b, prefix):
    """x @ w.T + b with w in PyTorch's [out, in] layout."""
    wt = g.const(prefix + ".wT", w.T.astype(np.float32))
    bb = g.const(prefix + ".b", b.astype(np.float32))
    return g.op("Add", [g.op("MatMul", [x, wt]), bb])


def _layer_norm(g, x, w, b, eps, prefix):
    return g.op("LayerNormalization", [x, g.const(prefix + ".g", w), g.const(prefix + ".b", b)],
                axis=-1, epsilon=eps)


def encoder(g, weights, cfg, prefix=""):
    """Adds the BERT encoder; returns (last_hidden_state, float mask [B,S])."""
    p = prefix
    hidden, heads = cfg["hidden_size"], cfg["num_attention_heads"]
    d = hidden // heads
    eps = cfg.get("layer_norm_eps", 1e-12)
    words = g.op("Gather", [g.const("word_embeddings", weights[p + "embeddings.word_embeddings.weight"]), "input_ids"])
    seq = g.op("Shape", ["input_ids"], start=1, end=2)  # [sequence] as a 1-D tensor
    zero = g.const("zero_1d", np.array([0], np.int64))
    pos = g.op("Slice", [g.const("position_embeddings", weights[p + "embeddings.position_embeddings.weight"]), zero, seq, zero])
    types = g.op("Gather", [g.const("token_type_embeddings", weights[p + "embeddings.token_type_embeddings.weight"]),
                            "token_type_ids"])
    x = g.op("Add", [g.op("Add", [words, pos]), types])
    x = _layer_norm(g, x, weights[p + "embeddings.LayerNorm.weight"], weights[p + "embeddings.LayerNorm.bias"], eps, "emb_ln")

    mask = g.op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
    # Padding gets -1e9 before the softmax, so a padded row equals the same text run alone.
    bias = g.op("Mul", [g.op("Sub", [g.const("one_f", np.array(1.0, np.float32)), mask]),
                        g.const("neg_big", np.array(-1e9, np.float32))])
    bias = g.op("Unsqueeze", [bias, g.const("axes_1_2", np.array([1, 2], np.int64))])
    split = g.const("shape_heads", np.array([0, 0, heads, d], np.int64))
    merge = g.const("shape_merge", np.array([0, 0, hidden], np.int64))
    scale = g.const("scale", np.array(1.0 / np.sqrt(d), np.float32))
    for i in range(cfg["num_hidden_layers"]):
        lp = f"{p}encoder.layer.{i}."
        w = lambda n: weights[lp + n]  # noqa: E731
        q = g.op("Transpose", [g.op("Reshape", [_linear(g, x, w("attention.self.query.weight"), w("attention.self.query.bias"), f"l{i}.q"), split])], perm=[0, 2, 1, 3])
        k = g.op("Transpose", [g.op("Reshape", [_linear(g, x, w("attention.self.key.weight"), w("attention.self.key.bias"), f"l{i}.k"), split])], perm=[0, 2, 3, 1])
        v = g.op("Transpose", [g.op("Reshape", [_linear(g, x, w("attention.self.value.weight"), w("attention.self.value.bias"), f"l{i}.v"), split])], perm=[0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), bias])
        ctx = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), merge])
        attn = _linear(g, ctx, w("attention.output.dense.weight"), w("attention.output.dense.bias"), f"l{i}.o")
        x = _layer_norm(g, g.op("Add", [attn, x]), w("attention.output.LayerNorm.weight"), w("attention.output.LayerNorm.bias"), eps, f"l{i}.ln1")
        h = _linear(g, x, w("intermediate.dense.weight"), w("intermediate.dense.bias"), f"l{i}.i")
        # Exact GELU: 0.5 * h * (1 + erf(h / sqrt(2))).
        erf = g.op("Erf", [g.op("Div", [h, g.const(f"l{i}.sqrt2", np.array(np.sqrt(2.0), np.float32))])])
        h = g.op("Mul", [g.op("Mul", [h, g.op("Add", [erf, g.const(f"l{i}.one", np.array(1.0, np.float32))])]),
                         g.const(f"l{i}.half", np.array(0.5, np.float32))])
        out = _linear(g, h, w("output.dense.weight"), w("output.dense.bias"), f"l{i}.f")
        x = _layer_norm(g, g.op("Add", [out, x]), w("output.LayerNorm.weight"), w("output.LayerNorm.bias"), eps, f"l{i}.ln2")
    return x, mask


def mean_pool_normalize(g, hidden, mask):
    """sentence-transformers' mean pooling over real tokens, then L2 normalisation."""
    m = g.op("Unsqueeze", [mask, g.const("pool_axis_last", np.array([-1], np.int64))])
    axis1 = g.const("pool_axis_1", np.array([1], np.int64))
    summed = g.op("ReduceSum", [g.op("Mul", [hidden, m]), axis1], keepdims=0)
    count = g.op("Max", [g.op("ReduceSum", [m, axis1], keepdims=0), g.const("pool_eps", np.array(1e-9, np.float32))])
    mean = g.op("Div", [summed, count])
    norm = g.op("Max", [g.op("ReduceL2", [mean], axes=[-1], keepdims=1),
                        g.const("norm_eps", np.array(1e-12, np.float32))])
    return g.op("Div", [mean, norm])


def head(g, x, w, b, out_name, prefix="head"):
    """Linear head: logits = x @ w.T + b."""
    return g.named("Add", [g.op("MatMul", [x, g.const(f"{prefix}.wT", w.T.astype(np.float32))]),
                           g.const(f"{prefix}.b", b.astype(np.float32))], out_name)


def _inputs():
    return [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
            for n in ("input_ids", "attention_mask", "token_type_ids")]


def model(g, outputs, doc):
    graph = helper.make_graph(g.nodes, "mentora", _inputs(), outputs, initializer=g.inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                          producer_name="mentora scripts/models", producer_version="1", doc_string=doc)
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def embedding_model(weights, cfg):
    """Encoder + pooling + normalisation → `embedding` [batch, hidden] (used to train the head)."""
    g = Graph()
    hidden, mask = encoder(g, weights, cfg)
    g.named("Identity", [mean_pool_normalize(g, hidden, mask)], "embedding")
    out = [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", cfg["hidden_size"]])]
    return model(g, out, "MiniLM-L6 sentence embedding (mean pooling, L2-normalised)")


def sentiment_model(weights, cfg, w, b, doc, emotion=None):
    """Encoder + pooling + normalisation + head → `logits` [batch, classes] (first output), the
    sentence vector it was computed from, `embedding` [batch, hidden] (second output: the
    L2-normalised mean-pooled vector, used by the crisis detector's semantic layer) and, given
    `emotion` = (weight, bias), `emotion_logits` [batch, emotions] (third output) from the same vector."""
    g = Graph()
    hidden, mask = encoder(g, weights, cfg)
    vec = mean_pool_normalize(g, hidden, mask)
    head(g, vec, w, b, "logits")
    g.named("Identity", [vec], "embedding")
    out = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", w.shape[0]]),
           helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", cfg["hidden_size"]])]
    if emotion is not None:
        head(g, vec, emotion[0], emotion[1], "emotion_logits", prefix="emotion")
        out.append(helper.make_tensor_value_info("emotion_logits", TensorProto.FLOAT, ["batch", emotion[0].shape[0]]))
    return model(g, out, doc)


def classifier_model(weights, cfg, doc):
    """BertForSequenceClassification's shape: [CLS] → pooler (dense + tanh) → classifier → `logits`."""
    g = Graph()
    hidden, _ = encoder(g, weights, cfg, prefix="bert.")
    cls = g.op("Gather", [hidden, g.const("cls_index", np.array(0, np.int64))], axis=1)
    pooled = g.op("Tanh", [_linear(g, cls, weights["bert.pooler.dense.weight"], weights["bert.pooler.dense.bias"], "pooler")])
    n = weights["classifier.weight"].shape[0]
    g.named("Identity", [_linear(g, pooled, weights["classifier.weight"], weights["classifier.bias"], "classifier")], "logits")
    out = [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", n])]
    return model(g, out, doc)
