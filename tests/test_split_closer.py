"""The second stage for the line right before the first comment author (split/closer.py) and display names with a
full stop that later comments address (split/comment_lines.addressed_names). Every dump here was written for
these tests (fictional)."""

from __future__ import annotations

import json
from pathlib import Path

from newsetl.split import Splitter, split_dump
from newsetl.split.closer import candidate, voice_features
from newsetl.split.comment_lines import addressed_names
from newsetl.split.features import NEWS_VOICE, READER_VOICE, load_cues
from newsetl.split.model import MODEL_PATH
from newsetl.split.text import to_lines

ROOT = Path(__file__).resolve().parents[1]
BODY = [
    "Flooding closed the main road between the two river towns on Monday after three days of heavy rain, the "
    "regional authority said.",
    "Emergency crews evacuated about 200 residents from low-lying streets overnight and opened two shelters in "
    "school buildings, officials said.",
    "“The water came into the kitchen in less than an hour. We carried what we could upstairs,” said a retired "
    "teacher who lives near the old bridge.",
]


def dump(closing: str, *comments: tuple[str | None, str]) -> str:
    parts = ["Floods Close Road Between River Towns", "", *sum(([p, ""] for p in BODY), []), closing, ""]
    for author, text in comments:
        if author:
            parts += [author, ""]
        parts += [text, ""]
    return "\n".join(parts).rstrip("\n") + "\n"


COMMENTS = [
    ("Harriet Lowe", "Every spring the same story and every spring the council acts surprised."),
    ("dunmore_76", "Harriet, the new defences were never finished. Ask where the money went."),
]


def test_closing_news_line_before_the_first_author_stays_in_the_body(tmp_path):
    closing = "Schools in both towns will stay closed until Wednesday."
    d = split_dump(dump(closing, *COMMENTS))
    assert d.body[-1] == closing
    assert [c.author for c in d.comments] == ["Harriet Lowe", "dunmore_76"]
    # the decoder alone takes it for an anonymous first comment: the closer is what moves it back
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    data.pop("closer")
    (tmp_path / "m.json").write_text(json.dumps(data), encoding="utf-8")
    alone = Splitter(str(tmp_path / "m.json"))(dump(closing, *COMMENTS))
    assert alone.body[-1] == BODY[-1] and alone.comments[0].paragraphs == [closing]


def test_a_reader_voiced_first_comment_stays_a_comment():
    first = "So the defences were “on schedule” again. Nobody ever checks these promises, do they?"
    d = split_dump(dump(first, *COMMENTS))
    assert d.body[-1] == BODY[-1]
    assert [c.author for c in d.comments] == [None, "Harriet Lowe", "dunmore_76"]
    assert d.comments[0].paragraphs == [first]


def test_the_closer_is_fitted_and_applies_only_to_the_bare_layout():
    from newsetl.split.model import load_model

    closer = load_model().closer
    assert closer is not None and closer.weights and len(closer.stack) == 5
    cues = load_cues()
    # a dated header or a line in another language is left to the decoder
    assert candidate(["title", "body", "cstart", "author", "ctext"], [[], [], [], ["l:dated"], []]) is None
    assert candidate(["title", "body", "cstart", "author", "ctext"], [[], [], ["no_en_function"], [], []]) is None
    assert candidate(["title", "body", "cstart", "author", "ctext"], [[], [], [], [], []]) == 2
    vf = voice_features(
        ["w8", "c:news_words"], "The next hearing is due in March.", READER_VOICE, NEWS_VOICE, cues.closer
    )
    assert "v:next_step" in vf and "plain_sentence" in vf and "sent1" in vf


def test_a_display_name_with_a_full_stop_that_later_comments_address_is_an_author():
    text = dump(
        "The regional authority said the road would stay closed until the water level falls.",
        ("Harriet Lowe", "Every spring the same story and every spring the council acts surprised."),
        ("Odile.", "The pumps at the old bridge have not worked since last winter. I reported it twice."),
        ("dunmore_76", "Odile, did anyone from the council ever answer you?"),
    )
    d = split_dump(text)
    assert [c.author for c in d.comments] == ["Harriet Lowe", "Odile.", "dunmore_76"]


def test_addressed_names_relabels_the_name_line_the_decoder_took_for_text():
    lines = to_lines(
        "Title\n\nBody line of the article, long enough to be one.\n\nHarriet Lowe\n\nThe pumps never worked.\n\n"
        "Odile.\n\nHarriet, I reported it twice.\n\nThanks.\n\ndunmore_76\n\nOdile, did they answer?\n"
    )
    labels = ["title", "body", "author", "ctext", "ctext", "ctext", "ctext", "author", "ctext"]
    out = addressed_names(load_cues(), lines, labels, 2)
    assert out[4] == "author"  # `Odile.`, addressed further down
    assert out[6] == "ctext"  # `Thanks.` is a reader's opener, not a name (and nobody opens with it)
    assert out[:4] + out[5:] == labels[:4] + labels[5:]


def test_a_short_opener_with_a_full_stop_is_not_taken_for_a_name():
    text = dump(
        "The regional authority said the road would stay closed until the water level falls.",
        ("Harriet Lowe", "Every spring the same story and every spring the council acts surprised."),
        ("dunmore_76", "Thanks.\n\nThe pumps at the old bridge have not worked since last winter."),
        ("Odile Marchetti", "Thanks, dunmore. Same on our street."),
    )
    d = split_dump(text)
    assert [c.author for c in d.comments] == ["Harriet Lowe", "dunmore_76", "Odile Marchetti"]


def test_a_comment_section_whose_name_line_a_later_reply_addresses_is_taken(tmp_path):
    """Bare name lines with function words (`Gill from the Market`, `Resident of Quarry Row`), a slogan as a name and
    a lower-case first comment keep the decoder's comment zone under the weak-evidence margin; a later `@Gill from the
    Market` reply makes that name line a comment author, and the zone that holds it is taken (the linked margin)."""
    body = [
        "Plans to close the public toilets beside Ferndale bus station have drawn objections from traders and bus "
        "drivers, the town council said on Tuesday.",
        "The council says the block costs 38,000 pounds a year to clean and repair and is used by fewer than 200 "
        "people a day.",
        "Drivers on the longer routes say there is nowhere else to stop between the depot and the coast.",
        "“We are not closing anything without a plan for the drivers,” the council's leader said at Tuesday's meeting.",
        "A decision is due in March.",
    ]
    comments = [
        ("Gill from the Market", "the traders pay business rates. the least the town can do is keep a toilet open"),
        ("Resident of Quarry Row", "They said the same about the library and now it opens two days a week."),
        ("Resident of Quarry Row", "@Gill from the Market the traders have their own block behind the stalls"),
        ("SAVE OUR LOOS", "Objections close on the 3rd. Use the form on the council site."),
        ("P. Hale", "I drive the 17 and there is nowhere between here and the coast. Nobody asked us."),
    ]
    parts = ["Council Plans To Close Bus Station Toilets", ""]
    for p in body:
        parts += [p, ""]
    for author, text in comments:
        parts += [author, "", text, ""]
    text = "\n".join(parts).rstrip("\n") + "\n"
    d = split_dump(text)
    assert d.method == "boundary" and d.body == body
    assert [c.author for c in d.comments] == [a for a, _ in comments]
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["linked_evidence"] == "l:st:named_later" and data["threshold_linked"] == 0.0
    data.pop("linked_evidence")
    (tmp_path / "m.json").write_text(json.dumps(data), encoding="utf-8")
    tail = Splitter(str(tmp_path / "m.json"))(text)  # split16: its closing run of short voiced blocks takes it too
    assert tail.method == "boundary" and [c.author for c in tail.comments] == [a for a, _ in comments]
    data.pop("tail_evidence")
    (tmp_path / "m2.json").write_text(json.dumps(data), encoding="utf-8")  # (models are cached by path)
    alone = Splitter(str(tmp_path / "m2.json"))(text)  # without either, the whole comment section stays in the body
    assert alone.method == "no_comments_evidence" and not alone.comments


def test_the_linked_margin_is_fitted_on_pages_the_decoder_leaves_without_comments():
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    linked = data["trained"]["linked"]
    # every such page of the labelled sets has comments (none is a page without comments with an @name reply)
    assert linked["rows"] == linked["with_comments"] >= 1 and linked["invented"] == 0
