"""fix37: a review of split25/split26 on text written here (fictional).

1. An interview transcript under short speaker labels (`DB` / a question / `Ro` / an answer, or `Q` / `A`) is body:
   alternating labels, one always over a question and the other never, are no commenters' initials (transcript.py).
2. A capitalised two-letter word (`So`, `Hi.`, `Да`, `好的`) is no two-letter name (cues.json `short_name.words`), and
   a short name under a one-letter initial never cancels that initial's header (`P` / `Ok`).
3. A repeated author line is an author again only over comment text, never over metadata (repeat_authors.py).
4. The closer's `reported_question` cue moves a closing line that the decoder took as an anonymous comment back to the
   body, where the same model without the cue's weight keeps it a comment.
5. `first` is fitted without the voice-only sets.
"""

from __future__ import annotations

import json

from newsetl.split import Splitter, split_dump
from newsetl.split.closer import candidate
from newsetl.split.cues import DATA
from newsetl.split.features import doc_features, load_cues
from newsetl.split.model import MODEL_PATH
from newsetl.split.repeat_authors import repeated_authors
from newsetl.split.text import to_lines

ARTICLE = (
    "Corner Bakery Turns Fifty\n\n"
    "Photo: the shop front in spring, By Nia Cole\n\n"
    "The corner bakery on Mill Lane opened its doors fifty years ago this week, and the family still bakes every loaf "
    "by hand before dawn.\n\n"
    "Regulars queued round the block on Saturday for a free slice of the anniversary cake, the owners said.\n\n"
)


def _interview(ask: str, answer: str) -> str:
    return (
        ARTICLE + f"{ask}\n\nWhat time do you start?\n\n{answer}\n\nAt four, most days.\n\n"
        f"{ask}\n\nAnd the cake?\n\n{answer}\n\nMy mother's recipe.\n"
    )


def test_an_interview_under_short_speaker_labels_stays_in_the_body():
    for ask, answer in (("DB", "Ro"), ("Q", "A")):
        d = split_dump(_interview(ask, answer))
        assert d.comments == [], (ask, answer)
        assert d.body[-1] == "My mother's recipe."


def test_transcript_lines_need_alternation_and_questions_under_one_label():
    from newsetl.split.transcript import transcript_lines

    def run(text: str) -> set[str]:
        lines = to_lines(text)
        named = [ln.text in {"DB", "Ro", "Ed"} for ln in lines]
        return {lines[i].text for i in transcript_lines(lines, named, 2)}

    assert run(_interview("DB", "Ro")) == {"DB", "Ro"}
    assert run(_interview("DB", "Ro").replace("At four, most days.", "At four?")) == set()  # both labels ask
    no_turns = ARTICLE + "DB\n\nWhat time?\n\nRo\n\nAt four.\n\nEd\n\nAnd the cake?\n\nRo\n\nMy recipe.\n"
    assert run(no_turns) == set()  # three labels: no alternation of two
    assert transcript_lines(to_lines(_interview("DB", "Ro")), [True] * 14, 0) == set()  # no turns configured: none


def test_common_two_letter_words_are_no_short_names():
    cues = load_cues()
    for word in ("So", "Hi.", "OK", "No.", "Да", "好的", "谢谢"):
        assert not cues.is_short_name(word), word
    for name in ("Bo", "JT", "Ed.", "田中"):
        assert cues.is_short_name(name), name


def test_a_one_letter_initial_over_a_short_reply_opens_a_comment():
    text = (
        ARTICLE + "The shop will close for a week in August so the old oven can be replaced.\n\n"
        "P\n\nSo\n\nK\n\nHi.\n\n"
        "Mara Quill\n\nI have bought my bread there since I was a girl, congratulations to the whole family!\n\n"
        "Owen Tate\n\n@Mara Quill same here, the rye is the best in town.\n"
    )
    texts = [ln.text for ln in to_lines(text)]
    feats = doc_features(to_lines(text), load_cues())
    assert "hdr" in feats[texts.index("P")] and "hdr" in feats[texts.index("K")]
    assert [c.author for c in split_dump(text).comments][-2:] == ["Mara Quill", "Owen Tate"]


def test_a_repeated_author_line_over_metadata_stays_comment_text():
    lines = to_lines("T\n\nBody.\n\nDee Marsh\n\nLovely shop.\n\nDee Marsh\n\n5 likes\n\nAl Pike\n\nAgreed.\n")
    labels = ["title", "body", "author", "ctext", "ctext", "cmeta", "author", "ctext"]
    assert repeated_authors(lines, labels) is labels
    text_under = [*labels[:5], "ctext", "author", "ctext"]
    assert repeated_authors(lines, text_under)[4] == "author"


CLOSING = "Engineers said the wall would hold. Will it?"
WEIR = (
    "The Weir at Harkley Mill\n\nBy Ann Cole\n\nThe weir at Harkley Mill has been leaking for three winters now, and "
    "the footpath below it floods after every storm, the parish council said on Tuesday.\n\n"
    "Repairs were costed at 40,000 pounds in 2023, but the county has not set aside any money for them.\n\n"
    f"{CLOSING}\n\n"
    "Tom Harker\n\nI walk that path every day and it is a mess.\n\nJane Fell\n\nThe council never listens to us, sadly.\n"
)


def test_the_reported_question_cue_moves_a_closing_line_back_to_the_body(tmp_path):
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["closer"]["weights"]["v:reported_question"] > 0
    data["closer"]["weights"]["v:reported_question"] = 0.0
    (tmp_path / "m.json").write_text(json.dumps(data), encoding="utf-8")
    # split27's `reported_close` rule moves such a line too: the weight alone is measured here, without the rule
    cues = json.loads((DATA / "cues.json").read_text(encoding="utf-8"))
    assert cues["closer_page"].pop("reported_close")
    (tmp_path / "c.json").write_text(json.dumps(cues), encoding="utf-8")
    with_cue = Splitter(cues_path=tmp_path / "c.json")
    without = Splitter(model_path=tmp_path / "m.json", cues_path=tmp_path / "c.json")
    lines = to_lines(WEIR)
    feats = doc_features(lines, with_cue.cues)
    dec = with_cue.model.decide(feats)
    line = candidate(dec.labels, feats)
    assert line is not None and lines[line].text == CLOSING and dec.labels[line] == "cstart"  # the closer's candidate
    assert with_cue.split_lines(lines)[0].body[-1] == CLOSING
    kept = without.split_lines(lines)[0]
    assert kept.body[-1] != CLOSING and kept.comments[0].author is None and kept.comments[0].text == CLOSING


def test_first_is_fitted_without_the_voice_only_sets():
    from newsetl.split.closer_first import FIRST_SETS
    from newsetl.split.closer_fit import CLOSER_SETS, VOICE_ONLY_SETS

    assert VOICE_ONLY_SETS and not VOICE_ONLY_SETS & set(FIRST_SETS)
    assert set(CLOSER_SETS) - VOICE_ONLY_SETS <= set(FIRST_SETS)
