"""CPU seconds per shard stage and per spaCy component on the bench's night (prints figures; not a timed test).

`stages`: the generated night (bench_pipeline.py's corpus) processed shard after shard in this process as
`newsetl run --workers 1` does (`process_shard`), its stage clock (`perf_counter`) read as CPU time
(`process_time`): read, split, extract, write; `--rounds` nights, the first one (lazy builds) left out of the mean.
`components`: the night's articles split once, then each document made and run through the pipeline one component at a
time, each timed in CPU seconds (`make_doc`, every component, the rows). No profiler: the figures are the code's own.

    .venv/bin/python benchmarks/stage_cpu.py CORPUS [--rounds 3] [--components]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import types
from collections import Counter
from datetime import date
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import CACHE  # noqa: E402


def _night(corpus: str, tmp: str, settings):
    from newsetl.night.discover import discover

    return discover(corpus, tmp + "/lake", "2026-11-20", "stage_cpu", settings, wait_seconds=0)


def stages(corpus: str, rounds: int, settings) -> None:
    from newsetl.night import shard

    total: Counter = Counter()
    with mock.patch.object(shard, "time", types.SimpleNamespace(perf_counter=time.process_time)):
        _rounds(shard, corpus, rounds, settings, total)
    n = max(1, rounds - 1)
    print("CPU s per stage, mean: " + ", ".join(f"{k} {v / n:.2f}" for k, v in total.items()))


def _rounds(shard, corpus: str, rounds: int, settings, total: Counter) -> None:
    """`rounds` nights with the shard's stage clock reading CPU time; all but the first (lazy builds) into `total`."""
    for r in range(rounds):
        with tempfile.TemporaryDirectory() as tmp:
            found = _night(corpus, tmp, settings)
            st: Counter = Counter()
            c0 = time.process_time()
            for sh in found["shards"]:
                out = shard.process_shard(sh, found["staging"], tmp + "/lake", "2026-11-20", settings, lambda _: None)
                st.update(out["stages"])
            st["all"] = time.process_time() - c0
        print(f"night {r} (load {os.getloadavg()[0]:.1f}): " + ", ".join(f"{k} {v:.2f}" for k, v in st.items()))
        if r or rounds == 1:
            total.update(st)


def components(corpus: str, settings, extractor) -> None:
    from newsetl.lake import Lake
    from newsetl.night.shard import _entries, _input_root, _prepare

    arts = []
    with tempfile.TemporaryDirectory() as tmp:
        found = _night(corpus, tmp, settings)
        lake = Lake(tmp + "/lake")
        for sh in found["shards"]:
            root = sh.get("root") or _input_root(lake, found["staging"])
            for _, entry in list(_entries(sh["paths"], settings, root, Counter())):
                if entry.doc is not None and (p := _prepare(entry, settings, date(2026, 11, 20))) is not None:
                    arts.append(p[3])
    list(extractor.nlp.pipe(extractor.make_doc(a.body, a.reference_date) for a in arts[:50]))  # lazy builds
    cpu: Counter = Counter()
    for a in arts:
        t0 = time.process_time()
        doc = extractor.make_doc(a.body, a.reference_date)
        t1 = time.process_time()
        cpu["make_doc"] += t1 - t0
        for name, proc in extractor.nlp.pipeline:
            doc = proc(doc)
            t2 = time.process_time()
            cpu[name] += t2 - t1
            t1 = t2
        extractor.mentions(doc, "x")
        extractor.event_rows("x", doc._.events)
        cpu["rows"] += time.process_time() - t1
    total = sum(cpu.values())
    print(f"load {os.getloadavg()[0]:.1f}; {len(arts)} articles; CPU s per component:")
    for k, v in cpu.items():
        print(f"  {k:22s} {v:6.2f}  {100 * v / total:5.1f}%")
    print(f"  {'total':22s} {total:6.2f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--components", action="store_true")
    args = ap.parse_args()
    from newsetl.config import get_settings
    from newsetl.extract.extractor import get_extractor

    settings = get_settings(cache_dir=CACHE, spacy_model="blank")
    extractor = get_extractor(settings.spacy_model, settings.cache_dir)
    if args.components:
        components(args.corpus, settings, extractor)
    else:
        stages(args.corpus, args.rounds, settings)


if __name__ == "__main__":
    main()
