"""What grows in a shard worker as a night gets bigger (prints figures; it is not a timed test).

Generates N documents the way `bench_pipeline.py` does (the same recombination of eval/split), then, in this one
process, either

  * `--mode extract`: splits each dump and runs the extractor over them in batches of 64 (no lake), or
  * `--mode shard`: the whole shard worker path (`discover`, then `process_shard` shard after shard into a temporary
    lake), as a `newsetl run --workers 1` process works through a night,

and at each checkpoint (documents done, after a full collection) prints the process's current and peak RSS, the
sizes of the known caches (gazetteer name lookups and decoded places, the `norm` memo, the splitter's cue memo,
spaCy's StringStore and lexemes), and with --trace the allocations that grew most since the previous checkpoint
(tracemalloc, by file:line; tracing makes the run 2-3x slower and adds its own memory to the RSS).

    .venv/bin/python benchmarks/mem_growth.py [--docs 20000] [--at 2000,5000,10000,20000] [--mode extract|shard]
        [--trace] [--top 12] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import gc
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import generate  # noqa: E402


def rss_parts() -> dict[str, float]:
    """VmRSS and its anonymous / file-backed (e.g. the memory-mapped gazetteer) / shared-memory parts, in MB."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("VmRSS:", "RssAnon:", "RssFile:", "RssShmem:")):
                k, v = line.split()[:2]
                out[k.rstrip(":")] = int(v) / 1024
    return out


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident set of this process in MB."""
    return rss_parts().get("VmRSS", 0.0), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (n, ctypes.c_size_t)
        for n in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def malloc_mb() -> dict[str, float]:
    """glibc's view of its heap: in use (small + mmapped blocks) and free but still held (fragmentation)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
        m = libc.mallinfo2()
    except (OSError, AttributeError):
        return {}
    return {
        "malloc_in_use": round((m.uordblks + m.hblkhd) / 2**20, 1),
        "malloc_free_held": round(m.fordblks / 2**20, 1),
        "heap_arena": round(m.arena / 2**20, 1),
    }


def cache_sizes(ex) -> dict[str, int]:
    from newsetl.extract import gazetteer
    from newsetl.split import cues

    out: dict[str, int] = {}
    for name, obj in (("gaz_index", ex.gaz.index), ("gaz_places", ex.gaz.places)):
        c = getattr(obj, "_cache", None)
        if c is not None:
            out[name] = len(c)
    out["norm"] = gazetteer.norm.cache_info().currsize
    for name in dir(cues):
        fn = getattr(cues, name)
        if hasattr(fn, "cache_info") and getattr(fn, "__module__", "") == cues.__name__:
            out[f"cues.{name}"] = fn.cache_info().currsize
    out["vocab.strings"] = len(ex.nlp.vocab.strings)
    out["vocab.lexemes"] = len(ex.nlp.vocab)
    return out


class Checkpoints:
    def __init__(self, at: list[int], trace: bool, top: int, ex, trim: bool = False):
        self.at, self.trace, self.top, self.ex, self.trim = sorted(at), trace, top, ex, trim
        self.t0, self.c0 = time.perf_counter(), time.process_time()
        self.prev = tracemalloc.take_snapshot() if trace else None

    def due(self, done: int) -> bool:
        return bool(self.at) and done >= self.at[0]

    def report(self, done: int) -> None:
        while self.at and done >= self.at[0]:
            self.at.pop(0)
        gc.collect()
        cur, peak = rss_mb()
        secs = time.perf_counter() - self.t0
        cpu = time.process_time() - self.c0
        print(
            f"\n== {done} docs, {secs:.0f} s ({secs / done * 1000:.1f} ms/doc; CPU {cpu / done * 1000:.1f} ms/doc), "
            f"load {os.getloadavg()[0]:.1f}: "
            f"RSS {cur:.0f} MB, peak {peak:.0f} MB",
            flush=True,
        )
        print("  RSS parts: " + ", ".join(f"{k} {v:.0f} MB" for k, v in rss_parts().items()), flush=True)
        print("  caches: " + ", ".join(f"{k} {v:,}" for k, v in cache_sizes(self.ex).items()), flush=True)
        print("  glibc: " + ", ".join(f"{k} {v} MB" for k, v in malloc_mb().items()), flush=True)
        if self.trim:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
            print(f"  after malloc_trim(0): RSS {rss_mb()[0]:.0f} MB", flush=True)
        if self.trace:
            snap = tracemalloc.take_snapshot()
            snap = snap.filter_traces((tracemalloc.Filter(False, tracemalloc.__file__),))
            traced, _ = tracemalloc.get_traced_memory()
            print(f"  traced now {traced / 1e6:.1f} MB; grew most since the last checkpoint:")
            for st in snap.compare_to(self.prev, "lineno")[: self.top]:
                fr = st.traceback[0]
                print(
                    f"    {st.size_diff / 1e6:+8.2f} MB {st.count_diff:+9,d} blocks  "
                    f"(now {st.size / 1e6:.2f} MB)  {fr.filename.split('site-packages/')[-1]}:{fr.lineno}"
                )
            self.prev = snap


def run_extract(corpus: Path, ex, cp: Checkpoints, zone: bool = False) -> None:
    from newsetl.extract.extractor import ArticleText
    from newsetl.split import split_dump

    files = sorted(corpus.rglob("*.txt"))
    done, batch = 0, []

    def flush() -> None:
        with ex.batch_zone(len(batch)) if zone else contextlib.nullcontext():
            for art, evs, _m in ex.run(batch):
                ex.event_rows(art.article_id, evs)
        batch.clear()

    for f in files:
        s = split_dump(f.read_text(encoding="utf-8"))
        batch.append(ArticleText(f.stem, s.body, date(2026, 11, 20)))
        if len(batch) >= 64:
            done += len(batch)
            flush()
            if cp.due(done):
                cp.report(done)
                if not cp.at:  # the last checkpoint: done
                    return
    if batch:
        done += len(batch)
        flush()
    cp.report(done)


def run_shards(corpus: Path, lake: Path, settings, cp: Checkpoints) -> None:
    from newsetl.run import discover, process_shard

    found = discover(str(corpus), str(lake), "2026-11-20", "mem_growth", settings, wait_seconds=0)
    shards = found["shards"]
    print(f"{len(shards)} shards of ~{cp_docs(corpus) / max(1, len(shards)):.0f} documents", flush=True)
    done = 0
    for sh in shards:
        c = process_shard(sh, found["staging"], str(lake), "2026-11-20", settings, progress=lambda _line: None)
        done += c.get("articles", 0)
        if cp.due(done):
            cp.report(done)
    cp.report(done)


def _tree(root: int) -> list[int]:
    """root and its descendants (from /proc)."""
    kids: dict[int, list[int]] = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                with open(f"/proc/{d}/stat", encoding="ascii", errors="replace") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            kids.setdefault(ppid, []).append(int(d))
    out, todo = [], [root]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += kids.get(p, [])
    return out


def _status(pid: int) -> dict[str, float]:
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(("VmRSS:", "VmHWM:", "RssAnon:", "RssFile:")):
                    k, v = line.split()[:2]
                    out[k.rstrip(":")] = int(v) / 1024
    except OSError:
        pass
    return out


def run_night(corpus: Path, lake: Path, workers: int, every: float) -> None:
    """`newsetl run --workers N` (bench_pipeline's child) in a fresh process; every `every` s, each process of its
    tree: current RSS (anonymous + file-backed) and peak; a line per process when its RSS moved by 5 MB."""
    import subprocess

    env = {**os.environ, "GX_ANALYTICS_ENABLED": "false", "NEWSETL_SPACY_MODEL": "blank"}
    bench = Path(__file__).resolve().parent / "bench_pipeline.py"
    proc = subprocess.Popen([sys.executable, str(bench), "--child", str(corpus), str(lake), str(workers)], env=env)
    t0, last, peaks = time.perf_counter(), {}, {}
    while proc.poll() is None:
        for pid in _tree(proc.pid):
            st = _status(pid)
            if not st:
                continue
            peaks[pid] = st.get("VmHWM", 0)
            if abs(st.get("VmRSS", 0) - last.get(pid, -99)) >= 5:
                last[pid] = st.get("VmRSS", 0)
                role = "run" if pid == proc.pid else "child"
                print(
                    f"{time.perf_counter() - t0:7.1f} s  {role} {pid}: RSS {st.get('VmRSS', 0):.0f} MB "
                    f"(anon {st.get('RssAnon', 0):.0f}, file {st.get('RssFile', 0):.0f}), peak {st.get('VmHWM', 0):.0f} MB",
                    flush=True,
                )
        time.sleep(every)
    print(f"exit {proc.returncode} after {time.perf_counter() - t0:.0f} s; peaks (VmHWM, MB): {peaks}")


def cp_docs(corpus: Path) -> int:
    return sum(1 for _ in corpus.rglob("*.txt"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=20000)
    ap.add_argument("--at", default="2000,5000,10000,20000")
    ap.add_argument("--mode", choices=("extract", "shard", "night"), default="extract")
    ap.add_argument("--lake", help="--mode night: the lake to write (kept; default a temporary one)")
    ap.add_argument("--workers", type=int, default=2, help="--mode night: newsetl run --workers N")
    ap.add_argument(
        "--zone", action="store_true", help="--mode extract: each batch in Extractor.batch_zone (as the shards)"
    )
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--trim", action="store_true", help="malloc_trim(0) after each checkpoint's figures")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--corpus", help="an already generated corpus (default: generate --docs into a temp dir)")
    args = ap.parse_args()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    if args.mode == "night":
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(args.corpus) if args.corpus else Path(tmp) / "in"
            if not args.corpus:
                generate(corpus, args.docs)
            run_night(corpus, Path(args.lake or Path(tmp) / "lake"), args.workers, 2.0)
        return
    from newsetl.config import get_settings
    from newsetl.extract.extractor import get_extractor

    settings = get_settings(spacy_model=os.environ.get("NEWSETL_SPACY_MODEL", "blank"))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "in"
        if not args.corpus:
            generate(corpus, args.docs)
        ex = get_extractor(settings.spacy_model, settings.cache_dir)
        list(ex.run([]))
        gc.collect()
        cur, peak = rss_mb()
        print(f"extractor loaded ({settings.spacy_model}): RSS {cur:.0f} MB, peak {peak:.0f} MB", flush=True)
        print("  caches: " + ", ".join(f"{k} {v:,}" for k, v in cache_sizes(ex).items()), flush=True)
        if args.trace:
            tracemalloc.start(1)
        cp = Checkpoints([int(x) for x in args.at.split(",")], args.trace, args.top, ex, args.trim)
        if args.mode == "extract":
            run_extract(corpus, ex, cp, args.zone)
        else:
            run_shards(corpus, Path(tmp) / "lake", settings, cp)


if __name__ == "__main__":
    main()
