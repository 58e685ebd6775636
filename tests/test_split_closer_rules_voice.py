"""fix41 (review 13b): split27's two closer rules (cues.json `closer_page.quotation`, `closer_page.reported_close`) move
a candidate anonymous first comment back to the body before the closer's stack is asked. They must not take a
reader's own words: a question whose reporting verb sits inside it or a line in the first or second person is no
reported view; a sentence the candidate itself quotes, or one repeating the article, quoted again further down says
nothing of the candidate, and a line in a reader's voice is not a quoted body line; and neither rule reads the first
paragraph of a longer anonymous comment. Text written here.
"""

from __future__ import annotations

from newsetl.split import split_dump
from newsetl.split.closer import Closer, quoted_marked, reported_view
from newsetl.split.features import load_cues

ARTICLE = """Library Opening Hours Cut From April

The reading room of the town library on Castle Street.

The town library will close at five on weekdays and stay shut on Sundays from April, the trustees said on Tuesday.

The trustees said the cut would save about ninety thousand pounds a year and that no staff would lose their jobs.

Volunteers who run the homework club on Sunday afternoons said they had not been told where the club would meet.

The trustees' chair, Helen Oduya, said the hours would be reviewed next spring. "No branch will close," she said.

"""
NAMED = """
Priya Shah

My two go to the homework club every week, so this one hurts.

Tom Ellery

Five o'clock is no use to anyone who works in the city.
"""


def _first(text: str) -> tuple[str | None, str]:
    doc = split_dump(ARTICLE + text + NAMED)
    assert len(doc.comments) >= 2, doc.comments
    return doc.comments[0].author, doc.comments[0].paragraphs[0]


def test_reader_questions_are_no_reported_view():
    cues = load_cues()
    rx, voiced = cues.reported, cues.voiced
    assert reported_view("Parents say the boat leaves too early. Will anyone at the operator listen?", rx, voiced)
    assert reported_view("But some islanders ask: who will carry the shopping up from the quay?", rx, voiced)
    for own in (
        "So the hours go. Has anybody told the trustees that the bus stops at six?",  # the verb inside the question
        "Ninety thousand pounds saved. Who said the town had no money?",
        "I said at the meeting this would happen. Did anybody listen?",  # the reader's own view
        "Our trustees say the club can move. Where to, exactly?",
        "Good news for nobody. I wonder who will notice?",
    ):
        assert not reported_view(own, rx, voiced), own


def test_a_reader_question_before_the_named_comments_stays_a_comment():
    for line in (
        "Shorter hours again. Has anybody told the trustees that the last bus leaves at six?",
        "I said at the meeting this would happen. Did anybody listen?",
        "Ninety thousand pounds saved. Who said the town had no money?",
    ):
        author, first = _first(line + "\n")
        assert author is None and first == line


def test_a_later_quotation_of_the_articles_words_or_of_a_readers_line():
    cues = load_cues()
    body = ["T", "The bridge will reopen on Friday, the council said. It is safe for every kind of traffic."]
    own = "“It is safe for every kind of traffic.” We have heard that one before."
    reply = "“It is safe for every kind of traffic” - until the next survey."
    assert not quoted_marked([*body, own, "Al", reply], 2, 4, cues.quotation)  # the line quotes it itself
    repeat = "It is safe for every kind of traffic. We have heard that one before."
    assert not quoted_marked([*body, repeat, "Al", reply], 2, 4, cues.quotation)  # it repeats the article
    # a reader's line quoted by a reply stays a comment (a first-person view on a third-person page)
    line = "Ninety thousand pounds? I would have kept the doors open for half of that and still had money over."
    quote = "> " + line.split("? ")[1].rstrip(".")  # its second sentence, whole
    author, first = _first(f"{line}\n\nJo Baines\n\n{quote}\n\nGo on then.\n")
    assert author is None and first == line


def test_the_first_paragraph_of_a_longer_anonymous_comment_is_left_to_the_stack():
    cues = load_cues()
    texts = [
        "T",
        "The library will close at five from April, the trustees said.",
        "The trustees say the club can move. Where will it go?",
        "It has met there on Sundays for eleven years.",
        "Priya Shah",
        "> The trustees say the club can move",
        "x",
    ]
    labels = ["title", "body", "cstart", "ctext", "author", "ctext", "ctext"]
    feats: list[list[str]] = [[] for _ in texts]
    feats[3] = ["gap1"]
    keep = Closer({}, 0.0, (0.0, 0.0, 0.0, 0.0, 50.0), None, -50.0)  # the stack always keeps it
    keep.logodds = lambda *a, **k: 50.0  # type: ignore[method-assign]
    args = (None, feats, texts, labels, set(), set(), {}, None, 4, cues.quotation, cues.reported, cues.voiced)
    assert keep.adjust(*args, cues.quote_marks) == labels
