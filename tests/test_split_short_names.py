"""split25: three kinds of `split_heldout16` (its README, K8 and K9), on text written here.

K8: the first short blocks of a comment section, under one- or two-letter names (`Bo`, `Cy`) over one-word or emoji-only
comments, were left in the body above the taken zone: a two-letter name that is no lower-case word is now header-like
as an initial is (cues.json `short_name`, never a CRF feature), an emoji-only line is never name-like, and where the decoder took a zone
below the first line of a closing run of short blocks, the labelling forced from that line replaces it when it scores
within the fitted `tail_taken_gap` of the taken one (model.SplitModel._tail_taken).
K9: a commenter's long name line, repeated for their second comment, was read as text of the comment above it: a
comment-zone text line that repeats a decoded author line is that author again (repeat_authors.py).
"""

from __future__ import annotations

import json
import math

from newsetl.split import split_dump
from newsetl.split.features import doc_features, load_cues
from newsetl.split.line_features import name_like
from newsetl.split.model import MODEL_PATH, SplitModel
from newsetl.split.repeat_authors import repeated_authors
from newsetl.split.text import to_lines
from tests.split_util import toy_tail_model

BODY = (
    "Harbour Market Moves to the Old Fish Hall\n\n"
    "Illustrative image, By Tom Reed\n\n"
    "The Saturday market on the harbour front is moving indoors to the old fish hall from next month, the traders' "
    "group said.\n\n"
    "Stallholders have complained for years about the wind off the water, which blew over two gazebos last winter.\n\n"
    "The hall has room for forty stalls, ten more than the quay, and a cafe will open in the old auction office.\n\n"
    "The market opens at eight and closes at two, every Saturday from March to November.\n\n"
)
COMMENTS = (
    "Bo\n\nGood.\n\n"
    "Cy\n\n🎣👍\n\n"
    "Harbour Traders Group\n\nStall bookings open on the first of February. Details on our page.\n\n"
    "early riser\n\nEight is too late, the best stalls will be gone by nine.\n\n"
    "Harbour Traders Group\n\n@early riser the doors stay shut until half past seven for setting up.\n\n"
    "fish pie fan\n\nA cafe in the old auction office is a lovely idea, I hope they keep the old clock.\n"
)


def test_two_letter_names_are_header_like_and_emoji_lines_are_no_names():
    feats = doc_features(to_lines(BODY + COMMENTS), load_cues())
    texts = [ln.text for ln in to_lines(BODY + COMMENTS)]
    assert "hdr" in feats[texts.index("Bo")] and "hdr" in feats[texts.index("Cy")]
    assert "hdr" not in feats[texts.index("Good.")]
    assert not name_like("🎣👍") and not name_like("👍 👍") and name_like("Cy") and name_like("tui_22")
    assert load_cues().short_name.match("Bo") and not load_cues().short_name.match("ok")
    assert not load_cues().initial.match("Bo")  # the line flag (a CRF feature) stays one-letter
    lower = to_lines("Title\n\nA body line that says something about the harbour.\n\nok\n\nfine\n\nThe end.\n")
    assert "hdr" not in doc_features(lower, load_cues())[2]  # a lower-case two-letter word is no name


def test_first_short_blocks_under_two_letter_names_open_the_comments():
    d = split_dump(BODY + COMMENTS)
    assert [c.author for c in d.comments] == [
        "Bo",
        "Cy",
        "Harbour Traders Group",
        "early riser",
        "Harbour Traders Group",
        "fish pie fan",
    ]
    assert d.body[-1].startswith("The market opens at eight")


def _toy(gap: float) -> SplitModel:
    return toy_tail_model(tail_taken_gap=gap)


def test_tail_forcing_replaces_a_taken_zone_within_its_gap_only():
    feats = [["T"], ["B"], ["N", "tail_blocks"], ["X", "tail_blocks"], ["A", "tail_blocks"], ["C", "tail_blocks"]]
    taken = ["title", "body", "body", "body", "author", "ctext"]
    forced = ["title", "body", "author", "ctext", "author", "ctext"]
    assert _toy(math.inf).decide(feats).labels == taken
    assert _toy(-0.5).decide(feats).labels == taken  # the forced labelling scores 1.0 below the taken one
    assert _toy(-1.5).decide(feats).labels == forced
    no_run = [[f for f in fs if f != "tail_blocks"] for fs in feats]
    assert _toy(-1.5).decide(no_run).labels == taken


def test_the_packaged_model_has_a_fitted_tail_taken_gap():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert math.isfinite(data["tail_taken_gap"]) and data["trained"]["tail_taken"]["rows"] > 0


def test_a_repeated_long_author_line_is_an_author_again():
    name = "Cllr Jo Bright, Harbour Ward, Seabury Town Council"
    lines = to_lines(
        f"T\n\nBody.\n\n{name}\n\nWe will review it.\n\n\nTried it once.\n\n{name}\n\nhttps://a.example/x\n"
    )
    labels = ["title", "body", "author", "ctext", "cstart", "ctext", "ctext"]
    assert repeated_authors(lines, labels) == ["title", "body", "author", "ctext", "cstart", "author", "ctext"]
    no_text_under = [*labels[:5], "ctext", "author"]
    assert repeated_authors(lines, no_text_under) is no_text_under
    body_only = ["title", "body", "body", "body", "body", "body", "body"]
    assert repeated_authors(lines, body_only) is body_only  # never outside a decoded comment zone
