"""split31: a page's closing run of three or more blocks, each one name line over one paragraph set off by blank lines,
whose comments show no reader voice, is marked for the tail margin (`tail_short`, never a CRF feature) when one of its
names has a commenter's shape (cues.json `closing_runs.strict_names`: a lower-case-led handle, initials, a surname
initial, a handle with a digit or underscore). A run under section headings stays unmarked. fix48: name shape alone is
no evidence of comments (prize lists, programmes, headings, brands took comment-free runs), so the rule is off unless
`closing_runs.strict_runs` is true; the tests of its reading switch it on. Every page here was written for these tests
(fictional)."""

from __future__ import annotations

import copy

import pytest

from newsetl.split import Splitter
from newsetl.split.cues import cues_variant
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


@pytest.fixture
def on_path(tmp_path) -> str:
    return cues_variant(tmp_path / "strict_on.json", "closing_runs", strict_runs=True)


def test_an_unvoiced_strict_run_under_commenters_names_is_a_tail_mark_and_taken_when_switched_on(on_path):
    lines = to_lines(_page(COMMENTS))
    assert not load_cues().run_strict_names  # fix48: off by default
    cues = load_cues(on_path)
    assert cues.run_strict_names
    marked = _marked(lines, cues)
    assert marked and marked[0] == "heronwatch" and marked[-1] == COMMENTS[-1][1]
    assert all(set(fs) & set(TAIL_MARKS) <= MARK_ONLY for fs in doc_features(lines, cues))  # no CRF run feature
    off = copy.copy(cues)
    off.run_strict_names = []  # as before split31: an unvoiced run is no run
    assert not _marked(lines, off)
    d, dec = Splitter(cues_path=on_path).split_lines(lines)
    assert dec is not None and dec.tail is not None and d.method == "boundary"
    assert [(c.author, c.paragraphs) for c in d.comments] == [(a, [t]) for a, t in COMMENTS]
    assert d.body == BODY


def test_section_headings_or_a_loose_alternation_make_no_strict_run(on_path):
    cues = load_cues(on_path)
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


SCHOOL = [
    "Brindle Hey School held its prize day on Friday in the main hall, with the mayor handing out the awards.",
    "The head said it had been a strong year in every form and thanked the parents for their support.",
    "This year's prizes went to the following pupils.",
]
STATION = [
    "Brindle Hey station reopened on Monday after a rebuild that took fourteen months and cost the county three "
    "million pounds.",
    "Trains to the city will run every twenty minutes from six in the morning, the operator said.",
    "Here is what changes for travellers.",
]
# comment-free closing runs whose headers have a commenter's shape (fix48: each took three invented comments on main)
NOT_COMMENTS = {
    "forms": [
        ("5C", "Ruby Marsh, for a study of the canal locks."),
        ("6D", "Owen Tate, for reading the most books."),
        ("7E", "Lena Frost, for a model of the old viaduct."),
    ],
    "initials": [
        ("R. M.", "Form prize for a long study of the canal locks and their keepers."),
        ("O. T.", "Reading prize for more books than any other pupil in the school."),
        ("L. F.", "Design prize for a model of the old viaduct made from card."),
    ],
    "surname initials": [
        ("Ruby M.", "Form prize for a long study of the canal locks and their keepers."),
        ("Owen T.", "Reading prize for more books than any other pupil in the school."),
        ("Lena F.", "Design prize for a model of the old viaduct made from card."),
    ],
    "one initial": [
        ("Ruby Marsh", "Form prize for a long study of the canal locks and their keepers."),
        ("Owen Tate", "Reading prize for more books than any other pupil in the school."),
        ("Lena F.", "Design prize for a model of the old viaduct made from card."),
    ],
    "times": [
        ("09:30", "Welcome from the chair of governors."),
        ("10:15", "A talk on the canal by the county archivist."),
        ("11:00", "Prizes and closing words from the head."),
    ],
    "brands": [
        ("iPhone", "Given to the best computing project of the year."),
        ("eBay", "Sponsor of the reading prize for the second year."),
        ("e-safety", "A talk for every form by the local police officer."),
    ],
    "headings": [
        ("Buses", "Single fares on the school bus stay at one pound until the summer term."),
        ("Parking", "The staff car park has forty spaces, and parents may use it from two."),
        ("e-bikes", "Hire bikes can be left in the racks by the south door of the gym."),
    ],
}


@pytest.mark.parametrize("kind", sorted(NOT_COMMENTS))
def test_a_comment_free_list_under_commenter_shaped_headers_stays_body(kind):
    body = STATION if kind == "headings" else SCHOOL
    text = "Brindle Hey Prize Day\n\n" + "\n\n".join(body) + "\n\n"
    text += "\n\n".join(x for head, line in NOT_COMMENTS[kind] for x in (head, line)) + "\n"
    d = Splitter()(text)
    assert d.comments == [] and d.method == "no_comments_evidence"
    assert d.body[:3] == body and d.body[3:] == [x for pair in NOT_COMMENTS[kind] for x in pair]


def _kept(d) -> str:
    kept = [d.title, d.caption or "", *d.body]
    for c in d.comments:
        kept += [c.author or "", c.commented_at or "", *c.paragraphs]
    return "\n".join(kept)


@pytest.mark.parametrize("kind", ["times", "forms", "initials"])
def test_no_line_vanishes_even_where_the_strict_rule_takes_a_list(kind, on_path):
    """The programme's times did not vanish on main: a header line reading as a date or time is the comment's time
    (`commented_at`); every input line is somewhere in the document."""
    text = "Brindle Hey Prize Day\n\n" + "\n\n".join(SCHOOL) + "\n\n"
    text += "\n\n".join(x for head, line in NOT_COMMENTS[kind] for x in (head, line)) + "\n"
    for splitter in (Splitter(), Splitter(cues_path=on_path)):
        kept = _kept(splitter(text))
        assert all(ln.strip() in kept for ln in text.splitlines())
