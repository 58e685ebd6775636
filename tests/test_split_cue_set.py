"""The RE2 prefilter of the splitter's cues (split/cue_set.py) never leaves out a pattern that `re` matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from newsetl.sources import decode
from newsetl.split.cue_set import PLAIN_LINE, CueSet
from newsetl.split.cues import load_cues, lower_exact
from newsetl.split.text import to_lines

ROOT = Path(__file__).resolve().parents[1]
re2 = pytest.importorskip("re2")


def _lines() -> list[str]:
    """Lines of the labelled dumps, and random lines built from the cues' own words, cased every way, with digits,
    punctuation and the characters the patterns name."""
    cues = load_cues()
    out = [
        ln.text for f in sorted((ROOT / "eval" / "split").glob("*.txt")) for ln in to_lines(decode(f.read_bytes())[0])
    ]
    words = sorted({w for p in [*cues.text.values(), *cues.line.values()] for w in re.findall(r"[a-z]{2,}", p.source)})
    bits = ["12", "3:45", "2021", "@ana", ":)", "(c)", "...", "!!", "#4", "-", "|", "*", "Q:", "http://x.com", "  "]
    bits += [*"—–…”‘«»•·„", "’s", "n’t", "I’m", "€5", "£3", "2′"]  # typographic marks
    rnd = random.Random(5)
    for _ in range(3000):
        toks = [rnd.choice(words if rnd.random() < 0.7 else bits) for _ in range(rnd.randint(1, 9))]
        toks = [t.upper() if rnd.random() < 0.1 else t.capitalize() if rnd.random() < 0.2 else t for t in toks]
        end = rnd.choice(["", ".", "?", ":", ",", "”"])
        out.append(rnd.choice(["", "“", "> ", "By ", "- "]) + " ".join(toks) + end)
        out.append("".join(toks))  # marks glued to words: word boundaries next to them
    return out


def test_the_set_reports_every_cue_that_re_matches():
    cues = load_cues()
    asked = marked = 0
    for t in _lines():
        low = lower_exact(t)
        for group, cue_set in ((cues.text, cues.text_set), (cues.line, cues.line_set)):
            may = cue_set.may(t, low)
            if may is None:
                assert not PLAIN_LINE.fullmatch(t)
                continue
            marked += not t.isascii()
            asked += 1
            for k, p in group.items():
                if k not in may:
                    assert not (p.fast or p.rx).search(low if p.fast else t) and not p.rx.search(t), (k, t)
    assert asked > 5000 and marked > 1000  # lines with curly quotes, dashes, ... asked of the set too
    long = " ".join(t for t in _lines()[-2000:] if t.isascii())[:19_000]  # every kind of cue, still asked of the set
    may = cues.text_set.may(long, lower_exact(long))
    assert may is not None and all(k in may for k, p in cues.text.items() if p.rx.search(long))


def test_what_the_set_holds_and_what_it_leaves_out():
    cues = load_cues()
    held = len(cues.text) - len(cues.text_set.always) + len(cues.line) - len(cues.line_set.always)
    assert held >= 40  # of 54: look-arounds, `\\u` escapes and repeats over 1000 stay out and run on every line
    assert "opener" in cues.text_set.always  # (?=[,.!]): a look-ahead
    odd = CueSet({"a": type("P", (), {"source": r"x{,3}", "fast": None, "ignorecase": False})()})
    assert odd.always == {"a"}  # `re` reads {,3} as a repeat, RE2 as text: kept out
    assert cues.line_set.may("Café au lait", "café au lait") is None  # not ASCII: every pattern is tried
    assert cues.line_set.may("tab\there", "tab\there") is None  # not printable
    assert cues.line_set.may("“Fine,” she said — it’s…", "“fine,” she said — it’s…") is not None  # typographic marks
    assert cues.line_set.may("\u00a0x", "\u00a0x") is None  # a no-break space is `\s` in `re`, not in RE2


def test_first_character_dispatch_never_skips_a_match():
    """A line is not tried against an anchored line pattern or an author header that cannot start with its first
    character; every skipped pattern indeed does not match, whatever the case or the fold of that character."""
    import random

    cues = load_cues()
    heads = ["By Ana on May 3, 2021 at 10:14", "Posted by Bo at 9:00", "— Ana", "www.x.org Ana", "Reply", "Share this"]
    firsts = ["b", "B", "p", "P", "k", "\u212a", "s", "ſ", "i", "İ", "ı", "—", "~", "(", "©", "»", "•", "#", "1", " "]
    rnd = random.Random(11)
    lines = heads + [c + h[1:] for h in heads for c in firsts]
    lines += [rnd.choice(firsts) + rnd.choice(heads)[rnd.randint(0, 5) :] for _ in range(400)]
    skipped = 0
    for t in lines:
        low = lower_exact(t)
        skip = cues.line_skip(t, low)
        for k, pat in cues.line.items():
            if k in skip:
                skipped += 1
                assert not pat.rx.search(t), (k, t)
        first = next(((m, w) for rx, w in cues.headers if (m := rx.match(t))), (None, False))
        got = cues.header_match(t)
        assert (got[0] and got[0].re, got[1]) == (first[0] and first[0].re, first[1]), t
    assert skipped > 1000
