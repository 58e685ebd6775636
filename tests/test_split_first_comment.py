"""split20: two kinds of first comment that the decoder and the closer leave in the body, taken by evidence other
than voice (`split/addendum.py`, patterns and limits in `split/data/cues.json` `first_comment`): a reader's labelled
update (`Update: ...`) and a short line in a non-Latin script (under a one-word name line: its author) right before
the first bare comment author. Every page here was written for these tests (fictional)."""

from __future__ import annotations

import json

from newsetl.split import Splitter
from newsetl.split.addendum import foreign_first, reader_update
from newsetl.split.assemble import assemble
from newsetl.split.cues import DATA
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
    raw = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    raw["first_comment"][key] = value
    path = tmp_path / f"cues_{key}.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return Splitter(cues_path=str(path))


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


def test_a_two_paragraph_update_moves_whole_and_a_body_update_without_comments_stays():
    more = "Residents should keep away from the slipway until the barriers are moved."
    d = Splitter()(_page([(None, "Update from the council: work on the slipway starts tomorrow."), (None, more)]))
    assert d.body == BODY and d.comments[0].author is None and d.comments[0].paragraphs[-1] == more
    closing = "Update, 4.15pm: the council said the slipway would reopen on Saturday."
    alone = Splitter()(_page([(None, closing)], named=[]))
    assert alone.body == [*BODY, closing] and not alone.comments


ARABIC = "الله يحفظ الصيادين. البحر كان قاسيا هذا الشتاء."
CHINESE = "希望早日修好，渔民太辛苦了。"
QUOTED = "渔民说：我们等了一个冬天。"


def _missed(text: str, moved: set[str]) -> tuple[list, list[list[str]], list[str]]:
    """The page's lines, features and the decoder's labels with the lines `moved` put back in the body (the
    decoder's miss on such pages; on these short pages it takes them itself)."""
    lines = to_lines(text)
    labels = Splitter().split_lines(lines)[1].labels
    assert all(labels[i] in COMMENT_ZONE for i, ln in enumerate(lines) if ln.text in moved)
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


def test_both_rules_never_give_comments_to_a_page_without_a_comment_zone():
    for before in ([(None, UPDATE)], [(None, CHINESE)], [("李明", CHINESE)]):
        lines = to_lines(_page(before, named=[]))
        feats = doc_features(lines, Splitter().cues)
        labels = ["title"] + ["body"] * (len(lines) - 1)
        cues = Splitter().cues
        assert reader_update(lines, feats, labels, cues) == labels == foreign_first(lines, feats, labels, cues)
