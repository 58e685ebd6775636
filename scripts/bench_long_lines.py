"""Extraction cost of one very long "sentence" with no full stop (issue 11, perf29): flattened tables, ' | '-joined
menus and live-blog tickers put thousands of characters on one line. Prints, for lines of 4/8/16/32 KB of news-like
fragments joined by ' | ', the CPU seconds (time.process_time) of extracting an article made of that one line, and
the ratio to the half-length line (about 2 when the cost is linear, 4 when it is quadratic). Not a timed test.

    .venv/bin/python scripts/bench_long_lines.py [--sep SEP] [KB ...]   (default ' | ', 4 8 16 32; NEWSETL_SPACY_MODEL
    picks the model). (fix114) --sep ', ' times a comma-joined line (one prose unit up to the hard cap, then pieces cut
    in gaps between triggers), --sep '. ' a paragraph of short sentences.
"""

from __future__ import annotations

import itertools
import sys
import time
from datetime import date

FRAGMENTS = (
    "Police said",
    "Protesters gathered in {p}",
    "Two killed in {p}",
    "Gunmen attacked a convoy near {p}",
    "Troops clashed with rebels outside {p}",
    "Markets",
    "Weather",
    "Three wounded as a bomb exploded in {p}",
    "Students marched through {p} on Tuesday",
    "Sport",
    "Five people were arrested in {p}",
    "Officials said the army shelled {p}",
    "Opinion",
    "Rioters set fire to shops in {p}",
    "Villagers fled an air strike on {p}",
)
PLACES = ("Lagos", "Kabul", "Aleppo", "Mosul", "Karachi", "Nairobi", "Mogadishu", "Peshawar", "Benghazi", "Kano")


def long_line(n_chars: int, sep: str = " | ") -> str:
    """A line of about `n_chars` characters: FRAGMENTS (their places cycled) joined by `sep`, no full stop."""
    parts, size = [], 0
    places = itertools.cycle(PLACES)
    for frag in itertools.cycle(FRAGMENTS):
        text = frag.format(p=next(places))
        parts.append(text)
        size += len(text) + len(sep)
        if size >= n_chars:
            return sep.join(parts)
    raise AssertionError


def main(kbs: list[int], sep: str = " | ") -> None:
    from newsetl.config import get_settings
    from newsetl.extract.extractor import ArticleText, get_extractor

    settings = get_settings()
    ex = get_extractor(settings.spacy_model, settings.cache_dir)
    list(ex.run([ArticleText("warm", [long_line(2000, sep)], date(2018, 11, 5))]))  # warm-up: lazy patterns
    prev = None
    for kb in kbs:
        art = ArticleText(f"l{kb}", [long_line(kb * 1024, sep)], date(2018, 11, 5))
        c0 = time.process_time()
        ((_a, evs, _m),) = list(ex.run([art]))
        rows = ex.event_rows(art.article_id, evs)
        cpu = time.process_time() - c0
        ratio = f"  x{cpu / prev:.2f} of the half-length line" if prev else ""
        print(f"{kb:>3} KB {sep!r} line: {cpu:7.2f} s CPU, {len(rows)} event rows{ratio}", flush=True)
        prev = cpu


if __name__ == "__main__":
    args = sys.argv[1:]
    sep = " | "
    if args[:1] == ["--sep"]:
        sep, args = args[1], args[2:]
    main([int(a) for a in args] or [4, 8, 16, 32], sep)
