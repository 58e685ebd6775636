"""split28: `split_heldout18`'s K12 (a column's sign-off name opening the comment zone) and K6b (the remainder of a
decoder-made anonymous first comment after `first` moves its opening paragraph), on text written here (fictional)."""

from __future__ import annotations

from newsetl.split import Splitter
from newsetl.split.closer import Closer
from newsetl.split.features import doc_features, load_cues
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
    out = zone_signoff(cues, lines, decoded, doc_features(lines, cues))
    assert out == _labels("body", "meta", "author", "ctext", "author", "ctext")
    assert decoded[2] == "cstart"  # a copy
    # the name taken as the zone's first (textless) header: a sign-off likewise
    as_header = _labels("body", "author", "author", "ctext", "author", "ctext")
    assert zone_signoff(cues, lines, as_header, doc_features(lines, cues))[3] == "meta"


def test_a_name_with_its_own_text_a_date_line_or_no_zone_is_left_alone():
    cues = load_cues()
    lines = to_lines(COLUMN)
    # the name has comment text under it: a commenter
    with_text = _labels("cstart", "author", "ctext", "ctext", "author", "ctext")
    assert zone_signoff(cues, lines, with_text, doc_features(lines, cues)) is with_text
    # a date/time line in the name's place is comment metadata, no sign-off
    dated = to_lines(COLUMN.replace("Nadia Brennick\n\ncanal", "Jun 3, 2018 at 10:15 am\n\ncanal", 1))
    decoded = _labels("cstart", "cmeta", "author", "ctext", "author", "ctext")
    assert zone_signoff(cues, dated, decoded, doc_features(dated, cues)) is decoded
    # a one-word heading or a comment-section heading is no writer's name; a greeting under the name is its text
    for other in ("Discussion", "Reader Comments"):
        heading = to_lines(COLUMN.replace("Nadia Brennick\n\ncanal", other + "\n\ncanal", 1))
        assert zone_signoff(cues, heading, decoded, doc_features(heading, cues)) is decoded
    greeting = to_lines(COLUMN.replace("\ncanal_dave\n", "\nHi Nadia,\n", 1))
    assert zone_signoff(cues, greeting, decoded, doc_features(greeting, cues)) is decoded
    # no comment zone: nothing to change, nothing given
    body = ["title", "body", "body", "body", "body", "body", "body", "body"]
    assert zone_signoff(cues, lines, body, doc_features(lines, cues)) is body


NEWS = """Harbour Wall Repairs to Begin in March

The harbour board agreed on Monday to repair the storm-damaged sea wall, after engineers found cracks along its eastern arm.

Boats will be moved to the inner basin while the work goes on, the board's chairman said.

Fishermen said they welcomed the repairs but asked for the work to finish before the summer season.
"""

REPLIES = "\nKieran Lusk\n\nAbout time. The eastern arm is a disgrace.\n\nPriya Nair\n\nI hope the slipway stays open for us.\n"


def _split(text: str):
    doc = Splitter()(text)
    return doc, [c.author for c in doc.comments], [c.text for c in doc.comments], "\n".join(doc.body)


def test_a_short_capitalised_comment_under_a_name_is_no_sign_off():
    """A commenter's name over a two-word comment (`Quite Right`) reads like a name line over a textless name line
    (the decoder: an anonymous comment `Ada Morrow`, its metadata `Quite Right`): a name line is no paragraph of the
    body's, so neither goes to the body and the comment zone keeps its three comments."""
    for short in ("Quite Right", "Fully Agree"):
        doc, authors, texts, body = _split(NEWS + "\nAda Morrow\n\n" + short + "\n" + REPLIES)
        assert "Ada Morrow" not in body and short not in body
        assert len(doc.comments) == 3 and authors[-2:] == ["Kieran Lusk", "Priya Nair"]


def test_a_first_person_anonymous_comment_or_a_heading_above_a_textless_name_stays_out_of_the_body():
    """A reader's first-person paragraph (in a third-person news body) or a `Comments` heading above a textless name
    line is no body close: both stay in the comment zone."""
    mine = "Good news for the harbour, I moor my boat there and the cracks worry me."
    doc, authors, texts, body = _split(NEWS + "\n" + mine + "\n\nAda Morrow\n" + REPLIES)
    assert "I moor my boat" not in body and mine in texts
    doc, authors, texts, body = _split(NEWS + "\nComments\n\nAda Morrow\n" + REPLIES)
    assert "Comments" not in body and "Ada Morrow" not in body
    assert authors[-2:] == ["Kieran Lusk", "Priya Nair"]


def test_a_columns_name_right_above_the_first_commenter_is_its_sign_off():
    column = COLUMN.replace("Column: ", "", 1).replace("canal_dave", "Martin Hale")
    doc, authors, texts, body = _split(column)
    assert "Nadia Brennick" not in texts and "Nadia Brennick" not in body
    assert authors == ["Martin Hale", "Nadia Brennick"] and texts[0].startswith("I walk it too")
    assert body.endswith("Say hello to the herons.")


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
