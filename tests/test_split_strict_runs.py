"""split31: a page's closing run of three or more blocks, each one name line over one paragraph set off by blank lines,
whose comments show no reader voice, is marked for the tail margin (`tail_short`, never a CRF feature) when one of its
names has a commenter's shape (cues.json `closing_runs.strict_names`: a lower-case-led handle, initials, a surname
initial, a handle with a digit or underscore). A run under section headings stays unmarked. Every page here was written
for these tests (fictional)."""

from __future__ import annotations

import copy

from newsetl.split import Splitter
from newsetl.split.features import MARK_ONLY, TAIL_MARKS, doc_features, load_cues
from newsetl.split.text import to_lines

BODY = [
    "The footbridge over the Wendle at Caddon Mill will close for six weeks from Monday while its deck is replaced, "
    "the parish council said.",
    "Walkers will be sent along the lane to the road bridge, a detour of about a mile each way.",
    "The council said the old deck had rotted in places and could no longer be patched.",
    "The work is paid for from the county's small bridges fund.",
]
# plain remarks with no reader-voice cue: no `I`, `we`, `you`, thanks or questions
COMMENTS = [
    ("heronwatch", "Deck has been soft by the middle post since the spring floods."),
    ("Dilys R.", "Six weeks is optimistic for that job."),
    ("TB", "Lane detour is fine on foot, less so with a pushchair."),
]


def _page(blocks: list[tuple[str, str]]) -> str:
    parts = ["Caddon Mill Footbridge To Close For Repairs", ""]
    for p in BODY:
        parts += [p, ""]
    for head, text in blocks:
        parts += [head, "", text, ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def _marked(lines, cues) -> list[str]:
    return [ln.text for ln, fs in zip(lines, doc_features(lines, cues)) if set(TAIL_MARKS) & set(fs)]


def test_an_unvoiced_strict_run_under_commenters_names_is_a_tail_mark_and_taken():
    lines = to_lines(_page(COMMENTS))
    cues = load_cues()
    assert cues.run_strict_names
    marked = _marked(lines, cues)
    assert marked and marked[0] == "heronwatch" and marked[-1] == COMMENTS[-1][1]
    assert all(set(fs) & set(TAIL_MARKS) <= MARK_ONLY for fs in doc_features(lines, cues))  # no CRF run feature
    off = copy.copy(cues)
    off.run_strict_names = []  # as before split31: an unvoiced run is no run
    assert not _marked(lines, off)
    d, dec = Splitter().split_lines(lines)
    assert dec is not None and dec.tail is not None and d.method == "boundary"
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in COMMENTS]
    assert d.body == BODY


def test_section_headings_or_a_loose_alternation_make_no_strict_run():
    cues = load_cues()
    sections = [
        ("Detour", "Walkers use the lane to the road bridge."),
        ("Dates", "The bridge closes on Monday for six weeks."),
        ("Cost", "The county fund pays for the new deck."),
    ]
    lines = to_lines(_page(sections))
    assert not _marked(lines, cues)  # Title Case headings: no commenter's name among them
    two_lines = [*COMMENTS[:2], ("TB", "Lane detour is fine on foot.\nLess so with a pushchair.")]
    assert not _marked(to_lines(_page(two_lines)), cues)  # a block of two text lines: no strict alternation
    assert not _marked(to_lines(_page(COMMENTS[:2])), cues)  # two blocks: the short run's voice rule, unchanged
