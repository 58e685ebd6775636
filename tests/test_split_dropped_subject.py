"""split30: a reader's narration with its subject dropped (`Cycled it on Saturday, ...`) right before the first bare
comment author is an anonymous first comment (`split/addendum.py` `dropped_subject`, pattern in `split/data/cues.json`
`first_comment.dropped_subject`), unless the page's body narrates so too or the line is an editor's note. Every page
here was written for these tests (fictional)."""

from __future__ import annotations

from newsetl.split import Splitter
from newsetl.split.cues import cues_variant, load_cues

TITLE = "Towpath Along the Kennet Reach Resurfaced After Two Years of Complaints"
BODY = [
    "The towpath along the Kennet reach between Lower Ashby and the marina has reopened after a resurfacing that "
    "took eleven weeks, the canal trust said on Monday.",
    "The trust said the new gravel surface would drain better after heavy rain and that benches would follow in "
    "the spring.",
    "The work cost about 300,000 pounds, shared between the trust and the district council.",
]
NAMED = [
    ("Brenda Sowerby", ["Good to have it back. The old surface was a bog from October to April."]),
    ("narrowboat_nell", ["@Brenda Sowerby agreed, and the moorings by the lock are tidier too."]),
]
DROPPED = "Cycled it on Saturday with the children, smooth all the way, but not one bin between the two bridges."


def _page(closing: str, body=BODY) -> str:
    parts = [TITLE, ""]
    for p in [*body, closing]:
        parts += [p, ""]
    for name, texts in NAMED:
        parts += [name, ""] + [x for t in texts for x in (t, "")]
    return "\n".join(parts).rstrip("\n") + "\n"


def _off(tmp_path) -> Splitter:
    return Splitter(cues_path=cues_variant(tmp_path / "cues_off.json", "first_comment", dropped_subject=[]))


def test_a_subject_dropped_narration_before_the_first_author_is_an_anonymous_comment(tmp_path):
    text = _page(DROPPED)
    d = Splitter()(text)
    assert d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments][:2] == [(None, [DROPPED]), ("Brenda Sowerby", NAMED[0][1])]
    off = _off(tmp_path)(text)  # without the rule the decoder keeps the line in the body
    assert off.body == [*BODY, DROPPED] and off.comments[0].author == "Brenda Sowerby"


def test_a_body_closing_with_its_subject_kept_stays_in_the_body():
    closing = "The trust cycled the route on Saturday and said the surface was smooth all the way."
    d = Splitter()(_page(closing))
    assert d.body == [*BODY, closing]
    assert d.comments[0].author == "Brenda Sowerby"


def test_a_participle_opening_a_body_sentence_is_no_dropped_subject():
    closing = "Opened in the 1790s, the canal carried coal to the town until the railway came."
    d = Splitter()(_page(closing))
    assert d.body == [*BODY, closing]


def test_a_diary_body_written_with_its_subject_dropped_is_left_to_the_decoder(tmp_path):
    body = [
        "Walked the towpath from Lower Ashby to the marina this morning for the first time since the resurfacing.",
        "The canal trust says the gravel will drain better after rain, and it did look dry after the night's storm.",
        "Watched two boats go through the lock while the kettle boiled on the bank.",
    ]
    closing = "Cycled it again in the afternoon, smooth all the way to the bridge."
    text = _page(closing, body)
    assert Splitter()(text) == _off(tmp_path)(text)  # the body opens lines so too: the rule moves nothing
    alone = _page(closing, [BODY[0], body[1], BODY[2]])  # its such lines rewritten: the rule takes the closing
    assert Splitter()(alone).comments[0].paragraphs == [closing]
    assert closing in _off(tmp_path)(alone).body


# fix48: lines that open like a dropped subject but are a footer, a name or noun in -ed, or an inverted passive
NOT_DROPPED = [
    "Reprinted with permission.",
    "Reproduced with permission from the Wendle Valley Echo.",
    "Continued on page 6.",
    "Ahmed on Monday told the trust he would complain to the ombudsman.",
    "Fred in the lock cottage said the gravel was already washing out.",
    "Charged with the repairs was a contractor from Upper Ashby.",
]


def test_a_footer_or_a_name_in_ed_before_the_first_author_stays_in_the_body():
    splitter = Splitter()
    for closing in NOT_DROPPED:
        d = splitter(_page(closing))
        assert d.body == [*BODY, closing], closing
        assert d.comments[0].author == "Brenda Sowerby", closing
    cues = load_cues()  # where the decoder itself reads the line as a reader's, the rule's own reading: no narration
    for line in ("Need to know: the lock closes for two days.", "Mohammed last year won the seat by nine votes."):
        assert any(rx.search(line) for rx in cues.first_dropped)
        assert any(rx.search(line) for rx in cues.first_dropped_not)


def test_a_first_person_diary_keeps_its_own_dropped_subject_closing_line(tmp_path):
    body = [
        "I set off along the towpath from Lower Ashby at first light, the first time since the resurfacing.",
        "The canal trust says the gravel drains better after rain, and my boots stayed dry for once.",
        "By the marina the mist had lifted and the lock keeper was already at work.",
    ]
    closing = "Walked home along the new gravel in the rain."
    d = Splitter()(_page(closing, body))
    assert d.body == [*body, closing] and d.comments[0].author == "Brenda Sowerby"
    quoted = [BODY[0], '"I walked it every day last week," said one neighbour, "and we took the dog."', BODY[2]]
    assert Splitter()(_page(DROPPED, quoted)).comments[0].paragraphs == [DROPPED]  # a quoted `I` is no diary


# fix51 (review16 finding 6): narration with a copula later in the line is no inverted passive, and a quotation
# continued into the next paragraph (no closing mark, news style) is no first-person body
NARRATED = "Rowed it on Thursday evening and the water by the boathouse was a mirror all the way up."


def test_narration_with_a_later_copula_before_the_first_author_is_an_anonymous_comment():
    d = Splitter()(_page(NARRATED))
    assert d.body == BODY
    assert [c.author for c in d.comments][:2] == [None, "Brenda Sowerby"]
    assert d.comments[0].paragraphs == [NARRATED]
    cues = load_cues()
    for line in ("Moored on the far bank was a second boat.", "Stored in the lock cottage were two tons of gravel."):
        assert any(rx.search(line) for rx in cues.first_dropped), line  # opens like a dropped subject
        assert any(rx.search(line) for rx in cues.first_dropped_not), line  # an inverted passive all the same
        assert Splitter()(_page(line)).body == [*BODY, line]


def test_a_quotation_running_into_the_next_paragraph_is_no_first_person_body():
    body = [
        BODY[0],
        "\u201cWe cleared the whole reach by hand before the gravel went down, said the trust's volunteer lead.",
        "\u201cIt took longer than anyone hoped, but the drains are finally right.\u201d",
        BODY[2],
    ]
    d = Splitter()(_page(DROPPED, body))
    assert d.body == body
    assert [c.author for c in d.comments][:2] == [None, "Brenda Sowerby"]
    assert d.comments[0].paragraphs == [DROPPED]


def test_a_hard_wrapped_quotation_is_read_over_its_whole_paragraph():
    body = [
        BODY[0],
        "\u201cThe gravel went down late in the autumn, and",
        "we walked it every evening after that,\u201d said the trust's volunteer lead.",
        BODY[2],
    ]
    text = "\n".join([TITLE, "", body[0], "", body[1], body[2], "", body[3], "", DROPPED, ""])
    text += "\n".join(x for name, texts in NAMED for x in (name, "", *texts, "")) + "\n"
    d = Splitter()(text)
    assert [c.author for c in d.comments][:2] == [None, "Brenda Sowerby"]
    assert d.comments[0].paragraphs == [DROPPED]
