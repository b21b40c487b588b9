#!/usr/bin/env python3
"""The peer of `mentora llm bench`: the same GGUF, prompt, thread count and token limit through
llama-cpp-python (built from its PyPI sdist, see llm.sh). Prints one JSON line with the same fields.

Each run starts from an empty KV cache (Mentora makes a fresh context per answer), samples like
Mentora (top-k 40, top-p 0.95, min-p 0.05, temperature 0.7, repeat penalty 1.1 over 64 tokens),
and times the first streamed token (prompt processing included) and the tokens after it."""
import json
import resource
import statistics
import sys
import time

from llama_cpp import Llama



def main():
    path, threads, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    prompt = open(sys.argv[4], encoding="utf-8").read().strip()
    system = "You are a warm, brief companion."
    t = time.perf_counter()
    llm = Llama(model_path=path, n_ctx=2048, n_threads=threads, n_threads_batch=threads, verbose=False)
    load_s = time.perf_counter() - t
    msgs = [{"role": "system", "content": system}, {"role": "user", "content": prompt}]
    ttft, tps, counts = [], [], []
    for run in range(runs):
        llm.reset()
        start = time.perf_counter()
        first = last = None
        n = 0
        for chunk in llm.create_chat_completion(
            messages=msgs, max_tokens=128, temperature=0.7, top_k=40, top_p=0.95, min_p=0.05,
            repeat_penalty=1.1, seed=1000 + run, stream=True,
        ):
            delta = chunk["choices"][0]["delta"]
            if delta.get("content"):
                now = time.perf_counter()
                if first is None:
                    first = now
                last = now
                n += 1
        ttft.append(((first or time.perf_counter()) - start) * 1000.0)
        if n > 1 and last > first:
            tps.append((n - 1) / (last - first))
        counts.append(n)
    print(json.dumps({
        "peer": "llama-cpp-python", "threads": threads, "runs": runs, "load_s": round(load_s, 3),
        "ttft_ms_median": round(statistics.median(ttft), 1),
        "gen_tokens_per_s_median": round(statistics.median(tps), 1) if tps else 0.0,
        "gen_tokens_median": statistics.median(counts),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1000.0),
    }))


if __name__ == "__main__":
    main()
