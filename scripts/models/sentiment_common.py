"""Shared by the sentiment scripts: tokenisation, windowing and batching exactly as Mentora's Rust code does it."""

import json

import numpy as np
from tokenizers import Tokenizer

WINDOW = 256  # tokens per window, [CLS] and [SEP] included
CLS, SEP = 101, 102


def load_tokenizer(path):
    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def windows(tok, text):
    """Token id windows of one text: ≤ WINDOW tokens each, every window framed by [CLS] … [SEP]."""
    ids = tok.encode(text, add_special_tokens=False).ids
    step = WINDOW - 2
    return [[CLS] + ids[i:i + step] + [SEP] for i in range(0, max(len(ids), 1), step)]


def batch_inputs(rows):
    """Right-padded int64 inputs for a list of id lists."""
    width = max(len(r) for r in rows)
    ids = np.zeros((len(rows), width), np.int64)
    mask = np.zeros((len(rows), width), np.int64)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = r
        mask[i, :len(r)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}


def run_windows(session, output, tok, texts, batch=64):
    """Runs every window of every text; returns, per text, (outputs per window, tokens per window)."""
    flat, owner = [], []
    for t, text in enumerate(texts):
        for w in windows(tok, text):
            flat.append(w)
            owner.append(t)
    order = sorted(range(len(flat)), key=lambda i: len(flat[i]))
    outs = [None] * len(flat)
    for s in range(0, len(order), batch):
        idx = order[s:s + batch]
        res = session.run([output], batch_inputs([flat[i] for i in idx]))[0]
        for j, i in enumerate(idx):
            outs[i] = res[j]
    per = [([], []) for _ in texts]
    for i, t in enumerate(owner):
        per[t][0].append(outs[i])
        per[t][1].append(len(flat[i]))
    return per


def softmax(x):
    e = np.exp(x - x.max())
    return e / e.sum()


def combined_probs(logits_per_window, tokens_per_window):
    """A text's probabilities: the windows' softmax probabilities weighted by their token counts."""
    w = np.array(tokens_per_window, np.float64)
    p = np.array([softmax(np.asarray(l, np.float64)) for l in logits_per_window])
    return (p * w[:, None]).sum(0) / w.sum()


def load_fixture(path):
    # Each file ends with one empty row without a class ({"text": "", "class": null}): not a sample.
    rows = [r for r in json.load(open(path)) if r.get("class") in (0, 1)]
    return [r["text"] for r in rows], np.array([r["class"] for r in rows])
