"""Guards on the closing runs of one or two header + text blocks that the splitter's tail and loose margins measure
(doc_structure.tails; fix27). The patterns are data (`cues.json` `closing_runs`), never CRF features.

A page's last short section is a comment section only if its text shows one: a section heading ("Further reading",
"Sources"), a Q/A label or a language label over a translation makes no run, nor does a web address or a list of
names under a header. A loose run (split19: headers that are only name-like lines) needs real evidence besides:
at least half of its blocks hold a reader-voiced line with an English function word, or a short line in a non-Latin
script under a one-word name (a comment in another language, not a translated block)."""

from __future__ import annotations

from .cues import Cues
from .text import Line


def not_a_comment_run(lines: list[Line], hdr: list[bool], first: int, cues: Cues) -> bool:
    """The run from `first` to the page's end has a heading-like header or a text line that is no comment."""
    for i in range(first, len(lines)):
        t = lines[i].text.strip()
        pats = cues.run_headings if hdr[i] else cues.run_not_comments
        if any(rx.search(t) for rx in pats):
            return True
    return False


def loose_evidence(
    lines: list[Line], loose: list[bool], reader: list[int], text: list[list[str]], cues: Cues
) -> list[int]:
    """Per line, 1 where it shows a comment in a loose run: reader-voiced with an English function word (cues.json
    `function_words`, either list: `cues.any_function`, matched on its lower-cased words), or in a non-Latin script,
    at most `cues.run_foreign_chars` characters long, right under a one-word header line; else 0 (the voice `_tail_blocks` counts for the loose run)."""
    out = [0] * len(lines)
    for i, ln in enumerate(lines):
        voiced = bool(reader[i]) and any(w.strip(".,:;!?'’\"()") in cues.any_function for w in ln.text.lower().split())
        foreign = "nonlatin" in text[i] and i > 0 and loose[i - 1] and len(lines[i - 1].text.split()) == 1
        out[i] = int(not loose[i] and (voiced or (foreign and len(ln.text) <= cues.run_foreign_chars)))
    return out
