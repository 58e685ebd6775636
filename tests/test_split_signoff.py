"""split28: `split_heldout18`'s K12 (a column's sign-off name opening the comment zone) and K6b (the remainder of a
decoder-made anonymous first comment after `first` moves its opening paragraph), on text written here (fictional)."""

from __future__ import annotations

from newsetl.split.closer import Closer
from newsetl.split.features import load_cues
from newsetl.split.signoff import zone_signoff
from newsetl.split.text import to_lines

COLUMN = """Column: Why I Still Walk to Work

For ten years I have walked the two miles to the office along the canal, in rain and in sun.

So leave the car at home one morning this week. Take the towpath. Say hello to the herons.

Nadia Brennick

canal_dave

I walk it too. The herons are the best part.

Nadia Brennick

@canal_dave they are. The one by the lock knows me now.
"""


def _labels(*zone: str) -> list[str]:
    return ["title", "body", *zone]


def test_a_textless_name_opening_the_zone_is_the_bodys_sign_off_with_the_paragraph_above_it():
    cues = load_cues()
    assert cues.zone_signoff
    lines = to_lines(COLUMN)
    assert [ln.text for ln in lines][3] == "Nadia Brennick"
    decoded = _labels("cstart", "cmeta", "author", "ctext", "author", "ctext")
    out = zone_signoff(cues, lines, decoded)
    assert out == _labels("body", "meta", "author", "ctext", "author", "ctext")
    assert decoded[2] == "cstart"  # a copy
    # the name taken as the zone's first (textless) header: a sign-off likewise
    assert zone_signoff(cues, lines, _labels("body", "author", "author", "ctext", "author", "ctext"))[3] == "meta"


def test_a_name_with_its_own_text_a_date_line_or_no_zone_is_left_alone():
    cues = load_cues()
    lines = to_lines(COLUMN)
    # the name has comment text under it: a commenter
    with_text = _labels("cstart", "author", "ctext", "ctext", "author", "ctext")
    assert zone_signoff(cues, lines, with_text) is with_text
    # a date/time line in the name's place is comment metadata, no sign-off
    dated = to_lines(COLUMN.replace("Nadia Brennick\n\ncanal", "Jun 3, 2018 at 10:15 am\n\ncanal", 1))
    decoded = _labels("cstart", "cmeta", "author", "ctext", "author", "ctext")
    assert zone_signoff(cues, dated, decoded) is decoded
    # a one-word heading or a comment-section heading is no writer's name; a greeting under the name is its text
    for other in ("Discussion", "Reader Comments"):
        heading = to_lines(COLUMN.replace("Nadia Brennick\n\ncanal", other + "\n\ncanal", 1))
        assert zone_signoff(cues, heading, decoded) is decoded
    greeting = to_lines(COLUMN.replace("\ncanal_dave\n", "\nHi Nadia,\n", 1))
    assert zone_signoff(cues, greeting, decoded) is decoded
    # no comment zone: nothing to change, nothing given
    body = ["title", "body", "body", "body", "body", "body", "body", "body"]
    assert zone_signoff(cues, lines, body) is body


def _closer(first: float) -> Closer:
    c = Closer({}, 0.0, (1.0, 0.0, 0.0, 0.0, 0.0), None, first)
    c.logodds = lambda *a, **k: -5.0  # type: ignore[method-assign]
    return c


def test_one_paragraph_left_above_the_first_author_after_first_moves_goes_to_the_body_too():
    bare = [["w"]] * 8
    labels = ["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"]
    texts = ["t"] * 8
    kept = _closer(1.5).adjust(None, bare, texts, labels, set(), set(), {})
    assert kept == ["title", "body", "body", "body", "cstart", "author", "ctext", "author"]
    moved = _closer(1.5).adjust(None, bare, texts, labels, set(), set(), {}, remainder=True)
    assert moved == ["title", "body", "body", "body", "body", "author", "ctext", "author"]
    # two paragraphs left: the anonymous comment stays (it opens with the next one)
    three = ["title", "body", "cstart", "ctext", "ctext", "author", "ctext", "author"]
    out = _closer(1.5).adjust(None, bare, texts, three, set(), set(), {}, remainder=True)
    assert out == ["title", "body", "body", "cstart", "ctext", "author", "ctext", "author"]
