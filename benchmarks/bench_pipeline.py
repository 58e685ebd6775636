"""Throughput and memory of a whole night (`make bench`; prints figures, it is not a timed test).

Generates N synthetic dumps by recombining the project's labelled documents (eval/split) with fresh
numbers and comments shuffled, then prints, in one run:

  * tokenizer-only words/s: spaCy's blank English tokenizer over the same dump texts (the yardstick);
  * for each worker count (default 1 and 2), `newsetl run` end to end in a fresh process (discover, shards,
    finalize, GX gate, publish, summary; extractor loading included): words/s, the ratio to the tokenizer,
    wall seconds per step, worker seconds per shard stage (read, split, extract, write), the start-up
    (imports + extractor) and the peak RSS of the run's process, of its largest shard worker and of the gate process;
  * with --big N: the same for a generated N-document night with the last worker count (default off; 100000
    for the scaling check), with peak RSS and time per document compared to the first night.

Words are whitespace-separated words of the input dumps (title, body and comments), the same count for the
tokenizer and the pipeline, so the ratio compares like with like on the same (possibly loaded) machine.

    .venv/bin/python benchmarks/bench_pipeline.py [N_DOCS] [--workers 1,2] [--big 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = os.environ.get("NEWSETL_CACHE_DIR") or str(ROOT / "data" / "cache")


def generate(out: Path, n: int, seed: int = 7) -> int:
    """n dumps recombined from eval/split (same seed, same corpus); returns the bytes written."""
    rnd = random.Random(seed)
    bases = [json.loads(g.read_text(encoding="utf-8")) for g in sorted((ROOT / "eval" / "split").glob("*.gold.json"))]
    total = 0
    for i in range(n):
        g = rnd.choice(bases)
        donor = rnd.choice(bases)
        body = list(g["body"])
        body[0] = body[0].replace(" ", " ", 1) + f" (report {i})"
        comments = g["comments"] + donor["comments"][: rnd.randint(0, 4)]
        parts = [g["title"] + f" #{i}", ""]
        if g["caption"]:
            parts += [g["caption"], ""]
        for p in body:
            parts += [p, ""]
        for j, c in enumerate(comments):
            if c["author"] and j > 0:
                parts += [c["author"], ""]
            elif j > 0:
                parts += [""]
            for p in c["text"]:
                parts += [p, ""]
        text = "\n".join(parts)
        sub = out / f"d{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"doc{i:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def tokenizer_rate(corpus: Path) -> tuple[int, float]:
    """(words, words/s) of spaCy's blank English tokenizer over the dump texts (read time excluded)."""
    import spacy

    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    tok = spacy.blank("en").tokenizer
    t = time.perf_counter()
    for tx in texts:
        tok(tx)
    return words, words / (time.perf_counter() - t)


def child(corpus: str, lake: str, workers: int) -> None:
    """One run in this (fresh) process; prints a JSON line."""
    t0 = time.perf_counter()
    from newsetl.config import get_settings
    from newsetl.extract.extractor import get_extractor

    t_imp = time.perf_counter() - t0
    settings = get_settings(cache_dir=CACHE, spacy_model="blank")
    t = time.perf_counter()
    get_extractor(settings.spacy_model, settings.cache_dir)  # what every worker pays once
    startup = {"imports": round(t_imp, 2), "extractor": round(time.perf_counter() - t, 2)}
    get_extractor.cache_clear()  # the run below pays it again, as `newsetl run` does
    from newsetl.run import run_pipeline

    t = time.perf_counter()
    s = run_pipeline(corpus, lake, "2026-11-20", f"bench_w{workers}", settings, workers=workers)
    wall = time.perf_counter() - t
    ru_me, ru_kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = ru_me.ru_utime + ru_me.ru_stime + ru_kids.ru_utime + ru_kids.ru_stime  # the run and its workers
    out = {"wall": wall, "cpu": cpu, "startup": startup, "rss_mb": ru_me.ru_maxrss / 1024}
    out["worker_rss_mb"] = ru_kids.ru_maxrss / 1024
    keys = ("tables", "timings", "stages", "shards", "workers", "body_words")
    rss = {k: s.get(k) for k in ("worker_peak_rss_mb", "gate_peak_rss_mb", "gate_process")}  # each process's own
    print(json.dumps({**out, **{k: s[k] for k in keys}, **rss}))


def run_child(corpus: Path, lake: Path, workers: int) -> dict:
    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "NEWSETL_CACHE_DIR": CACHE, "NEWSETL_SPACY_MODEL": "blank"}
    cmd = [sys.executable, __file__, "--child", str(corpus), str(lake), str(workers)]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise SystemExit(r.stderr[-4000:])
    return json.loads(r.stdout.strip().splitlines()[-1])


def report(label: str, r: dict, words: int, tok_rate: float, docs: int) -> None:
    rate = words / r["wall"]
    print(f"\n{label}: {docs} documents, {words} words in {r['wall']:.1f} s (this process's start-up included)")
    print(
        f"  pipeline {rate:,.0f} words/s = {docs / r['wall']:.1f} docs/s; ratio to the tokenizer {rate / tok_rate:.3f}"
    )
    print(
        f"  CPU {r['cpu']:.1f} s in all processes = {words / r['cpu']:,.0f} words per CPU-second; "
        f"{r['cpu'] / r['wall']:.2f} cores busy on average (on a shared machine wall time follows the free cores)"
    )
    print(
        "  start-up in a fresh process: imports "
        f"{r['startup']['imports']:.2f} s + extractor {r['startup']['extractor']:.2f} s (paid once per worker)"
    )
    st, tm = r["stages"], r["timings"]
    print(
        f"  shards: {r['shards']} in {r['workers']} worker(s), {tm.get('process_shard', 0):.1f} s wall; worker seconds: "
        + ", ".join(f"{k} {st.get(k, 0):.1f}" for k in ("load", "read", "split", "extract", "write"))
    )
    print(
        "  steps (wall s): "
        + ", ".join(f"{k} {v:.1f}" for k, v in tm.items())
        + "   [validate = GX gate, publish = switch]"
    )
    tail = sum(tm.get(k, 0) for k in ("finalize", "validate", "publish", "summary"))
    print(
        f"  serial tail after the shards (finalize + GX gate + publish + summary/report): {tail:.1f} s wall = "
        f"{tail / r['wall']:.0%} of the run"
    )
    kids = (
        f", largest shard worker {r['worker_peak_rss_mb'] or 0:.0f} MB" if r["workers"] > 1 else " (shards in-process)"
    )
    gate = f", gate process {r['gate_peak_rss_mb']:.0f} MB" if r.get("gate_peak_rss_mb") else " (gate in-process)"
    if r.get("gate_process"):
        g = r["gate_process"]
        print(
            f"  gate process: imports {g['import_s']:.1f} s, prepares the GX project {g.get('prepare_s', 0):.1f} s, "
            f"then waited {g['waited_s']:.1f} s for the night (0 = they ran into the tail), "
            f"finalized in {g.get('finalize_s', 0):.1f} s, validated in {g['validate_s']:.1f} s"
        )
    print(f"  peak RSS: run process {r['rss_mb']:.0f} MB{kids}{gate}; largest child {r['worker_rss_mb']:.0f} MB")
    print(f"  rows: {r['tables']}")


def bench_night(tmp: Path, n: int, workers: list[int], label: str) -> dict[int, dict]:
    corpus = tmp / f"in{n}"
    nbytes = generate(corpus, n)
    words, tok = tokenizer_rate(corpus)
    print(f"\n== {label}: {n} generated dumps, {nbytes / 1e6:.1f} MB, {words} words")
    print(f"tokenizer only (spaCy blank English): {tok:,.0f} words/s")
    out = {}
    for w in workers:
        r = run_child(corpus, tmp / f"lake{n}_{w}", w)
        report(f"newsetl run --workers {w}", r, words, tok, n)
        out[w] = {**r, "words": words, "tok": tok, "docs": n}
    if len(workers) > 1:
        base = words / out[workers[0]]["wall"]
        for w in workers[1:]:
            print(f"--workers {w}: {words / out[w]['wall'] / base:.2f}x the --workers {workers[0]} throughput")
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs", nargs="?", type=int, default=2000)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts to run (default 1,2)")
    ap.add_argument("--big", type=int, default=0, help="also run a generated night of this many documents")
    args = ap.parse_args()
    workers = [int(w) for w in args.workers.split(",")]
    print(f"cores available: {len(os.sched_getaffinity(0))}; load average: {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as tmp:
        small = bench_night(Path(tmp), args.docs, workers, "night")
        if args.big:
            w = workers[-1]
            big = bench_night(Path(tmp), args.big, [w], "big night")
            a, b = small[w], big[w]
            per_a, per_b = a["wall"] / a["docs"], b["wall"] / b["docs"]
            print(
                f"\nscaling {a['docs']} -> {b['docs']} documents (--workers {w}): peak RSS of the run process "
                f"{a['rss_mb']:.0f} -> {b['rss_mb']:.0f} MB ({b['rss_mb'] / a['rss_mb'] - 1:+.1%})"
                + (
                    f", of the largest child (shard worker or gate) {a['worker_rss_mb']:.0f} -> "
                    f"{b['worker_rss_mb']:.0f} MB ({b['worker_rss_mb'] / a['worker_rss_mb'] - 1:+.1%})"
                    if a["worker_rss_mb"] and b["worker_rss_mb"]
                    else ""
                )
                + f"; time per document {per_a * 1000:.1f} -> {per_b * 1000:.1f} ms ({per_b / per_a - 1:+.1%})"
            )


if __name__ == "__main__":
    main()
