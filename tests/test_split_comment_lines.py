"""Comment-zone lines the model labelled as metadata (`cmeta`) that the page shows are a comment's text or a
comment header (`split/comment_lines.py`). The labels are given, so these test the assembly alone; the pages are
written for these tests."""

from __future__ import annotations

from newsetl.split.assemble import assemble
from newsetl.split.comment_lines import is_metadata
from newsetl.split.features import load_cues
from newsetl.split.text import to_lines

HEAD = "Curfew Extended In Port City\n\nThe curfew was extended by a week on Sunday after two nights of unrest.\n\n"


def _comments(text: str, zone: list[str]):
    lines = to_lines(HEAD + text)
    labels = ["title", "body"] + zone
    assert len(labels) == len(lines)
    return assemble(load_cues(), lines, labels, None)[3]


def test_a_header_whose_only_line_is_labelled_metadata_gets_it_as_text():
    got = _comments(
        "Rosa M.\nLOL\nReply\nKwame\nThe shops stayed shut all week.\n",
        ["author", "cmeta", "cmeta", "author", "ctext"],
    )
    assert [(c.author, c.paragraphs) for c in got] == [
        ("Rosa M.", ["LOL"]),
        ("Kwame", ["The shops stayed shut all week."]),
    ]


def test_metadata_under_a_header_is_never_taken_as_text():
    got = _comments(
        "Rosa M.\n3 hours ago\nLike\nKwame\nThe shops stayed shut all week.\n",
        ["author", "cmeta", "cmeta", "author", "ctext"],
    )
    assert [(c.author, c.paragraphs) for c in got] == [("Kwame", ["The shops stayed shut all week."])]


def test_a_header_with_its_text_keeps_its_metadata_lines():
    got = _comments(
        "Rosa M.\nStay safe\nThe port workers deserve better.\n",
        ["author", "cmeta", "ctext"],
    )
    assert [(c.author, c.paragraphs) for c in got] == [("Rosa M.", ["The port workers deserve better."])]


def test_a_one_line_anonymous_comment_after_the_wide_break_is_a_comment():
    text = (
        "Nobody believes the curfew will last only a week.\n\n\n"
        "Sad times.\n\n\n"
        "The governor should resign.\n\n\n"
        "Not again\n"
    )
    got = _comments(text, ["cstart", "cmeta", "cstart", "cmeta"])
    assert [c.paragraphs for c in got] == [
        ["Nobody believes the curfew will last only a week."],
        ["Sad times."],
        ["The governor should resign."],
        ["Not again"],
    ]


def test_without_a_wider_break_between_comments_a_metadata_line_stays_metadata():
    got = _comments("Nobody believes the curfew will last.\n\nNot again\n", ["cstart", "cmeta"])
    assert [c.paragraphs for c in got] == [["Nobody believes the curfew will last."]]


def test_a_parsed_header_labelled_metadata_under_a_signed_comment_opens_the_next_comment():
    got = _comments(
        "Ana P. | 2 May 2024, 9:10\nThe curfew helps nobody.\n2. Tomas\nMay 3, 2024 at 9:15 am\nIt helps the night shift.\n",
        ["author", "ctext", "cmeta", "cmeta", "ctext"],
    )
    assert [(c.author, c.paragraphs, c.commented_at) for c in got] == [
        ("Ana P.", ["The curfew helps nobody."], "2 May 2024, 9:10"),
        ("Tomas", ["It helps the night shift."], "May 3, 2024 at 9:15 am"),
    ]


def test_a_signature_under_an_anonymous_comment_still_signs_it():
    got = _comments(
        "The curfew helps nobody.\nPosted by: Ruth K. | 2 May 2024, 9:10\nIt helps the night shift.\n",
        ["cstart", "cmeta", "cstart"],
    )
    assert [c.author for c in got] == ["Ruth K.", None]


def test_metadata_kinds():
    cues = load_cues()
    assert all(is_metadata(cues, t) for t in ["12 likes", "Reply", "2 hours ago", "Comments (4)", "7", "Share"])
    assert not any(is_metadata(cues, t) for t in ["LOL", "Stay strong", "Not again", "Sad times."])


def test_a_short_last_paragraph_labelled_metadata_stays_in_its_comment():
    text = "Nobody believes the curfew will last only a week.\n\nStay strong\n\n\nThe governor should resign.\n"
    got = _comments(text, ["cstart", "cmeta", "cstart"])
    assert [c.paragraphs for c in got] == [
        ["Nobody believes the curfew will last only a week.", "Stay strong"],
        ["The governor should resign."],
    ]


def test_a_comment_start_after_a_paragraph_break_with_text_under_it_is_a_name_line():
    text = (
        "Nobody believes the curfew will last only a week.\n\n\n"
        "The governor should resign.\n\n"
        "Who pays?\n\n"
        "The traders, as always.\n"
    )
    got = _comments(text, ["cstart", "cstart", "cstart", "ctext"])
    assert [(c.author, c.paragraphs) for c in got] == [
        (None, ["Nobody believes the curfew will last only a week."]),
        (None, ["The governor should resign."]),
        ("Who pays?", ["The traders, as always."]),
    ]


def test_text_after_the_wide_break_is_a_new_comment_where_paragraph_breaks_are_single():
    text = (
        "Rosa M.\n\n"
        "The curfew helps nobody.\n\n"
        "The traders lose a week of sales.\n\n\n"
        "No need to be sorry, you are right.\n"
    )
    got = _comments(text, ["author", "ctext", "ctext", "ctext"])
    assert [(c.author, c.paragraphs) for c in got] == [
        ("Rosa M.", ["The curfew helps nobody.", "The traders lose a week of sales."]),
        (None, ["No need to be sorry, you are right."]),
    ]


def test_plus_one_is_a_comment_only_where_nothing_else_is_its_text():
    alone = _comments("Rosa M.\n+1\nKwame\nThe shops stayed shut.\n", ["author", "cmeta", "author", "ctext"])
    assert [(c.author, c.paragraphs) for c in alone] == [("Rosa M.", ["+1"]), ("Kwame", ["The shops stayed shut."])]
    voted = _comments("Rosa M.\nThe shops stayed shut.\n+1\n", ["author", "ctext", "cmeta"])
    assert [(c.author, c.paragraphs) for c in voted] == [("Rosa M.", ["The shops stayed shut."])]


def test_a_name_like_line_inside_a_hard_wrapped_comment_is_text():
    # the page starts every comment after a blank line; `we left in 2019` has none before or after it (split11)
    got = _comments(
        "Amara K.\n\nThe curfew will not end this.\n\nport_kid_88\n\ngrew up by the harbour.\nwe left in 2019\n"
        "my father is still there.\n",
        ["author", "ctext", "author", "ctext", "author", "ctext"],
    )
    assert [(c.author, c.paragraphs) for c in got] == [
        ("Amara K.", ["The curfew will not end this."]),
        ("port_kid_88", ["grew up by the harbour.\nwe left in 2019\nmy father is still there."]),
    ]


def test_name_lines_right_under_text_stay_names_on_a_page_without_blank_lines():
    # a forum page puts every header right under the previous comment: there the line is a name (split11)
    got = _comments(
        "Amara K.\nThe curfew will not end this.\nport_kid_88\ngrew up by the harbour.\nmy father is still there.\n",
        ["author", "ctext", "author", "ctext", "ctext"],
    )
    assert [c.author for c in got] == ["Amara K.", "port_kid_88"]
