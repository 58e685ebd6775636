"""Where a shard worker's CPU goes (prints a profile; not a timed test): the generated night of bench_pipeline.py
(same seed), discovered and then processed shard after shard in this one process (`process_shard`, as
`newsetl run --workers 1` does), under cProfile. Prints the CPU seconds of each shard stage and the top functions
by own time and by cumulative time (call counts do not depend on the machine's load; seconds do).

    .venv/bin/python benchmarks/profile_shards.py [--docs 2000] [--corpus DIR] [--top 40] [--out FILE.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import CACHE, generate  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--corpus", help="an already generated corpus (default: generate --docs into a temp dir)")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--out", help="also write the profile here (for snakeviz, pstats)")
    args = ap.parse_args()
    from newsetl.config import get_settings
    from newsetl.extract.extractor import get_extractor
    from newsetl.night.discover import discover
    from newsetl.night.shard import process_shard

    settings = get_settings(cache_dir=CACHE, spacy_model="blank")
    get_extractor(settings.spacy_model, settings.cache_dir)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.corpus) if args.corpus else Path(tmp) / "in"
        if not args.corpus:
            generate(corpus, args.docs)
        lake = str(Path(tmp) / "lake")
        found = discover(str(corpus), lake, "2026-11-20", "profile", settings, wait_seconds=0)
        stages: Counter = Counter()
        prof = cProfile.Profile(time.process_time)  # CPU time: the machine is shared
        c0 = time.process_time()
        prof.enable()
        for sh in found["shards"]:
            stages.update(process_shard(sh, found["staging"], lake, "2026-11-20", settings).get("stages", {}))
        prof.disable()
        cpu = time.process_time() - c0
    print(f"load average {os.getloadavg()[0]:.1f}; {len(found['shards'])} shards, CPU {cpu:.1f} s (profiled)")
    print("stage seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in stages.items()))
    if args.out:
        prof.dump_stats(args.out)
    for key in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(prof, stream=out).sort_stats(key).print_stats(args.top)
        print(out.getvalue())


if __name__ == "__main__":
    main()
