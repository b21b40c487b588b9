"""The peer for `mentora sentiment bench`: Python onnxruntime on the same ONNX file, the same
tokenizer.json and the same 1,000 messages (the npm sentiment fixtures in order amazon, yelp, imdb,
the first 1,000 of at most 64 tokens), one message at a time on one thread, tokenising included,
as the Rust bench does. Prints p50/p90/p99 in ms.

usage: sentiment_peer.py [MODEL.onnx]   (from the repository root, after scripts/setup.sh;
       python: scripts/reference/setup-sentiment-venv.sh)
"""

import statistics
import sys
import time

import onnxruntime as ort

sys.path.insert(0, "scripts/models")
import sentiment_common as sc  # noqa: E402

FIXTURES = ".deps/npm-sentiment/package/test/fixtures/{}.json"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "models/sentiment/minilm_sentiment_int8.onnx"
    tok = sc.load_tokenizer("models/sentiment/tokenizer.json")
    texts = []
    for name in ("amazon", "yelp", "imdb"):
        texts.extend(sc.load_fixture(FIXTURES.format(name))[0])
    short = [t for t in texts if len(tok.encode(t, add_special_tokens=False).ids) + 2 <= 64][:1000]
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = 1
    opts.inter_op_num_threads = 1
    s = ort.InferenceSession(path, opts, providers=["CPUExecutionProvider"])
    outputs = [o.name for o in s.get_outputs() if o.name in ("logits", "emotion_logits")]

    def score(text):
        (w,) = sc.windows(tok, text)
        res = s.run(outputs, sc.batch_inputs([w]))
        return [sc.softmax(r[0]) for r in res]

    for t in short[:20]:
        score(t)
    lat = []
    for t in short:
        start = time.perf_counter()
        score(t)
        lat.append((time.perf_counter() - start) * 1e3)
    lat.sort()
    q = lambda p: lat[round((len(lat) - 1) * p)]  # noqa: E731
    print(f"python onnxruntime {ort.__version__} {path}: {len(lat)} messages of ≤ 64 tokens, one thread: "
          f"p50 {statistics.median(lat):.2f} ms, p90 {q(0.9):.2f} ms, p99 {q(0.99):.2f} ms")


if __name__ == "__main__":
    main()
