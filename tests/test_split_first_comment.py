"""split20: two kinds of first comment that the decoder and the closer leave in the body, taken by evidence other
than voice (`split/addendum.py`, patterns and limits in `split/data/cues.json` `first_comment`): a reader's labelled
update (`Update: ...`) and a short line in a non-Latin script (under a one-word name line: its author) right before
the first bare comment author. Every page here was written for these tests (fictional)."""

from __future__ import annotations

from newsetl.split import Splitter
from newsetl.split.addendum import foreign_first, reader_update
from newsetl.split.assemble import assemble
from newsetl.split.cues import cues_variant
from newsetl.split.features import doc_features
from newsetl.split.labelled import COMMENT_ZONE
from newsetl.split.text import to_lines

TITLE = "Harbour Wall at Pellow Cove to Be Rebuilt After Winter Storms"
BODY = [
    "Work to rebuild the harbour wall at Pellow Cove will start in March, the county council said on Tuesday, "
    "after two winter storms tore a gap of about twenty metres in the old stonework.",
    "Fishing boats have been moored in the next bay since January, and the slipway has been closed to the public.",
    "The council said the repairs would cost about 1.2 million pounds, most of it from a coastal defence fund.",
]
NAMED = [
    ("Trevor Angove", ["My grandfather helped build that wall. Sad to see it like this."]),
    ("Kitty", ["About time. The gap has been there since Christmas."]),
    ("harbourwatcher", ["@Kitty the boats cannot wait much longer either, the next bay is full."]),
]


def _page(before: list[tuple[str | None, str]], named=NAMED) -> str:
    parts = [TITLE, ""]
    for p in BODY:
        parts += [p, ""]
    for name, text in before:
        parts += ([name, ""] if name else []) + [text, ""]
    for name, texts in named:
        parts += [name, ""] if name else []
        for t in texts:
            parts += [t, ""]
    return "\n".join(parts).rstrip("\n") + "\n"


def _without(tmp_path, key: str, value) -> Splitter:
    return Splitter(cues_path=cues_variant(tmp_path / f"cues_{key}.json", "first_comment", **{key: value}))


UPDATE = (
    "Update: the council said on Thursday evening that the contractor would bring the start forward to February "
    "if the weather allowed."
)


def test_a_readers_labelled_update_before_the_first_author_is_an_anonymous_comment(tmp_path):
    text = _page([(None, UPDATE)])
    d = Splitter()(text)
    assert d.body == BODY
    assert [(c.author, c.paragraphs) for c in d.comments][:2] == [(None, [UPDATE]), ("Trevor Angove", NAMED[0][1])]
    off = _without(tmp_path, "openers", [])(text)  # without the rule the decoder keeps the update in the body
    assert off.body == [*BODY, UPDATE] and off.comments[0].author == "Trevor Angove"


ARABIC = "الله يحفظ الصيادين. البحر كان قاسيا هذا الشتاء."
CHINESE = "希望早日修好，渔民太辛苦了。"
QUOTED = "渔民说：我们等了一个冬天。"


def _missed(text: str, moved: set[str]) -> tuple[list, list[list[str]], list[str]]:
    """The page's lines, features and the decoder's labels with the lines `moved` put back in the body (the
    decoder's miss on such pages; on these short pages it takes them itself, or the closer moves the first of
    several lines back: split26's refit does so for `LATER`'s news-voiced first line)."""
    lines = to_lines(text)
    labels = Splitter().split_lines(lines)[1].labels
    last = max(i for i, ln in enumerate(lines) if ln.text in moved)
    assert labels[last] in COMMENT_ZONE  # the line right above the first author is taken as a comment
    return (
        lines,
        doc_features(lines, Splitter().cues),
        ["body" if ln.text in moved else lab for ln, lab in zip(lines, labels)],
    )


def test_a_short_non_latin_line_under_a_one_word_name_before_the_first_author_is_a_comment():
    lines, feats, labels = _missed(_page([("ياسمين", ARABIC)]), {"ياسمين", ARABIC})
    k = [ln.text for ln in lines].index(ARABIC)
    assert labels[k - 1 : k + 2] == ["body", "body", "author"]
    out = foreign_first(lines, feats, labels, Splitter().cues)
    assert out[k - 1 : k + 2] == ["author", "ctext", "author"] and out[: k - 1] == labels[: k - 1]
    d = assemble(Splitter().cues, lines, out, None)[3]
    assert (d[0].author, d[0].paragraphs) == ("ياسمين", [ARABIC])


def test_an_anonymous_non_latin_line_is_a_comment_but_not_on_a_page_in_that_script():
    cues = Splitter().cues
    lines, feats, labels = _missed(_page([(None, CHINESE)]), {CHINESE})
    k = [ln.text for ln in lines].index(CHINESE)
    assert foreign_first(lines, feats, labels, cues)[k] == "cstart"
    lines, feats, labels = _missed(_page([(None, QUOTED), (None, CHINESE)]), {QUOTED, CHINESE})
    assert foreign_first(lines, feats, labels, cues) == labels  # the body itself holds that script
    long = CHINESE * 5  # longer than first_comment.foreign_most_chars: a paragraph, not a one-line comment
    lines, feats, labels = _missed(_page([(None, long)]), {long})
    assert foreign_first(lines, feats, labels, cues) == labels


def test_both_rules_apply_only_in_the_bare_layout_and_never_to_a_page_without_comments():
    cues = Splitter().cues
    for before in ([(None, UPDATE)], [(None, CHINESE)], [("李明", CHINESE)]):
        d = Splitter()(_page(before, named=[]))
        assert not d.comments and d.body[-1] == CHINESE if before[0][1] == CHINESE else d.body[-1] == UPDATE
        moved = {t for pair in before for t in pair if t}
        lines, feats, labels = _missed(_page(before), moved)
        assert (
            reader_update(lines, feats, labels, cues) != labels or foreign_first(lines, feats, labels, cues) != labels
        )
        a = labels.index("author")
        for i, lab in ((a + 1, "cmeta"), (2, "ctext")):  # comment metadata; a comment zone above the line
            other = [*labels[:i], lab, *labels[i + 1 :]]
            assert reader_update(lines, feats, other, cues) == other == foreign_first(lines, feats, other, cues)


EDITOR = "Update: This story has been updated to include a response from the harbour commissioners."
CREDIT = "Additional reporting by Jenna Pascoe."
# an update with two reader paragraphs under it (fix43: with one, the closer's `first_remainder` takes that paragraph
# to the body with the update, so nothing is left above the first author for this rule to be tried on)
LATER = [
    "Update from the council: work on the slipway starts tomorrow.",
    "Keep away from the slipway until then.",
    "Good news for the boats.",
]


def test_only_a_readers_update_right_above_the_first_author_is_taken():
    cues = Splitter().cues
    for before in (
        [EDITOR],  # an editor's note on the article (first_comment.editor_updates)
        ["Update: An earlier version of this article gave the wrong year for the storms."],
        LATER,  # two paragraphs away from the author line
    ):
        lines, feats, labels = _missed(_page([(None, t) for t in before]), set(before))
        assert reader_update(lines, feats, labels, cues) == labels, before
    d = Splitter()(_page([(None, UPDATE), (None, CREDIT)]))  # under a credit line: the article's closing lines
    assert d.body == [*BODY, UPDATE, CREDIT] and d.comments[0].author == "Trevor Angove"
    closing = "Update, 4.15pm: the council said the slipway would reopen on Saturday."
    alone = Splitter()(_page([(None, closing)], named=[]))
    assert alone.body == [*BODY, closing] and not alone.comments


def test_the_update_rule_never_empties_the_body():
    lines = to_lines(f"{TITLE}\n\n{UPDATE}\n\nTrevor Angove\n\n{NAMED[0][1][0]}\n")
    labels = ["title", "body", "author", "cstart"]
    assert [ln.text for ln in lines][2] == "Trevor Angove"
    assert reader_update(lines, doc_features(lines, Splitter().cues), labels, Splitter().cues) == labels


BLESSING = "一路平安，满载而归！"


def _festival(closing: list[str]) -> str:
    """A report on the cove's blessing of the boats closing on a line in Chinese or Greek that the body quotes."""
    report = [
        "Hundreds of people gathered on the quay at Pellow Cove on Sunday for the blessing of the fishing boats, "
        "held again this year after two winters without it.",
        "Families from the cove's Chinese and Greek crews decorated the boats with flags and flowers.",
    ]
    parts = ["Boats Blessed at Pellow Cove as Fleet Returns", ""]
    for p in report + closing:
        parts += [p, ""]
    for name, texts in NAMED:
        parts += [name, ""] + [x for t in texts for x in (t, "")]
    return "\n".join(parts)


def test_a_quoted_non_latin_closing_line_stays_in_the_body():
    for closing in (
        ["The skippers answered the priest together, in both languages:", BLESSING],  # after a colon
        ["The youngest skipper painted the words on his bow.", "「一路平安」"],  # opens with a quotation mark
        ["The harbour master read out the crews' wish for the season:", "Yilu", BLESSING],  # a word over it
    ):
        d = Splitter()(_festival(closing))
        assert d.body[-len(closing) :] == closing and d.comments[0].author == "Trevor Angove", closing
    greek = "Καλό ταξίδι, καλή ψαριά!"  # announced without a colon (first_comment.quote_announcers)
    sang = "As the last boat left, the crowd on the quay sang the old blessing after it."
    lines, feats, labels = _missed(_festival([sang, greek]), {greek})
    assert foreign_first(lines, feats, labels, Splitter().cues) == labels
