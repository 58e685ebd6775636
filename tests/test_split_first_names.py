"""split22: the decoder's two misses of `split_heldout14` (its README, kinds K1 and K2), on text written here.

K1: a comment zone taken after the first name line that a later `@name` reply addresses leaves the comments before it
in the body: the linked margin now also runs when the taken zone starts after that line.
K2: a one-letter name over a comment too short for the name-like header rule was no header, so a short closing
section under it stayed below the margins: an initial set off by blank lines is now header-like.
"""

from __future__ import annotations

import json
from pathlib import Path

from newsetl.evaluate import eval_split
from newsetl.split import split_dump
from newsetl.split.features import doc_features, load_cues
from newsetl.split.model import MODEL_PATH, SplitModel
from newsetl.split.text import to_lines


def _decide(rows: list[dict[str, float]], linked_at: int | None) -> list[str]:
    """The packaged model's decoder over the given emission scores (missing labels: -30)."""
    m = SplitModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    em = [[r.get(lab, -30.0) for lab in m.labels] for r in rows]
    feats = [["bias"] for _ in rows]
    if linked_at is not None:
        assert m.linked_mark
        feats[linked_at].append(m.linked_mark)
    m.emissions = lambda f: em  # type: ignore[method-assign]
    return m.decide(feats).labels


# a page whose comment zone is clear from line 5 on, with two lines before it that lean (barely) to the body: the
# forced labelling scores a fraction of a point below the taken one (fix33: within the fitted `linked_taken_gap`)
ROWS = [
    {"title": 20},
    {"body": 20},
    {"body": 20},
    {"body": 2, "author": 4.6},
    {"body": 2, "ctext": 4.6},
    {"cstart": 20},
    {"author": 20},
    {"ctext": 20},
]
TAKEN = ["title", "body", "body", "body", "body", "cstart", "author", "ctext"]
FORCED = ["title", "body", "body", "author", "ctext", "cstart", "author", "ctext"]


def _gap(rows: list[dict[str, float]]) -> tuple[float, float]:
    """(the forced labelling's score minus the taken one's, the model's fitted `linked_taken_gap`)."""
    m = SplitModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    em = [[r.get(lab, -30.0) for lab in m.labels] for r in rows]
    ix = {lab: i for i, lab in enumerate(m.labels)}
    taken = m.taken_gap(em, [ix[lab] for lab in TAKEN], 0.0)
    return m.taken_gap(em, [ix[lab] for lab in FORCED], taken), m.linked_taken_gap


def test_a_name_line_addressed_later_joins_a_comment_zone_taken_after_it():
    gap, need = _gap(ROWS)
    assert need < gap < 0
    assert _decide(ROWS, None)[3:5] == ["body", "body"]  # no `@name` reply: the zone starts where the decoder put it
    labels = _decide(ROWS, 3)  # a later reply addresses line 3's name: the zone holds it
    assert labels[:3] == ["title", "body", "body"] and labels[3] == "author" and labels[4] == "ctext"
    assert labels[5:] == ["cstart", "author", "ctext"]


def test_a_forced_zone_far_below_the_taken_one_is_not_taken():
    """fix33: the lines between the addressed name line and the taken zone read clearly as body (article sections
    under name sub-heads): forcing the name line into the zone would cost far more than the fitted gap."""
    rows = [dict(r) for r in ROWS]
    rows[3], rows[4] = {"body": 2, "author": 1.5}, {"body": 2, "ctext": 1.5}
    gap, need = _gap(rows)
    assert gap < need < 0
    assert _decide(rows, 3) == _decide(rows, None) == TAKEN
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert data["trained"]["linked_taken"]["rows"] >= 1 and data["trained"]["linked_taken"]["wrong_lines"] == 0
    data.pop("linked_taken_gap")  # a model file without the fitted gap never forces a zone when one is taken
    m = SplitModel(data)
    assert m.linked_taken_gap == float("inf")


def test_a_zone_that_already_holds_the_addressed_name_line_is_left_as_it_is():
    rows = [dict(r) for r in ROWS]
    rows[5] = {"author": 20}
    rows[6] = {"ctext": 20}
    rows[7] = {"author": 20}
    rows.append({"ctext": 20})
    assert _decide(rows, 5) == _decide(rows, None)  # the addressed line is inside the taken zone: nothing moves
    assert _decide(rows, 1) == _decide(rows, None)  # a zone that would hold no body line before it is never forced


BODY = (
    "A pedestrian crossing will be built outside Brackley Primary School this summer after a campaign led by its "
    "oldest pupils.\n\nThe borough had said the road was too quiet to need one. The pupils counted the cars themselves "
    "for a fortnight and sent the figures to the borough in May.\n\n"
    '"We did it even when it was raining," said Noah, 11. "The vans go really fast at home time."\n\n'
)
SECTION = (
    "Deputy head, Brackley Primary\n\nReally proud of our Year 6 group. They stood out there every afternoon and never "
    "moaned once.\n\nlong-time Mill Lane resident\n\nAt last. I have lived on this road for thirty years and we have "
    "asked for a crossing every one of them.\n\nT\n\nwell done all of you\n"
)


def test_an_initial_set_off_by_blank_lines_over_short_text_is_header_like():
    lines = to_lines("Crossing Won\n\n" + BODY + SECTION)
    feats = doc_features(lines, load_cues())
    at = {ln.text: fs for ln, fs in zip(lines, feats)}
    assert "l:initial" in at["T"] and "hdr" in at["T"]
    assert "hdr" not in at["well done all of you"]
    # inside a list (no blank lines around it) a letter is no name
    listed = to_lines("Options\n\nThe council listed three routes for the new path.\n\nA\nB\nC\n\nA decision is due.\n")
    lf = doc_features(listed, load_cues())
    assert all("hdr" not in fs for ln, fs in zip(listed, lf) if ln.text in ("A", "B", "C"))


def test_a_short_closing_section_under_a_role_a_description_and_an_initial_is_taken():
    d = split_dump("Pupils Win New Crossing Outside Brackley Primary\n\n" + BODY + SECTION)
    assert d.method == "boundary" and len(d.body) == 3
    assert [c.author for c in d.comments] == ["Deputy head, Brackley Primary", "long-time Mill Lane resident", "T"]
    bare = split_dump("Pupils Win New Crossing Outside Brackley Primary\n\n" + BODY.rstrip("\n") + "\n")
    assert not bare.comments  # the article alone has none


def test_a_lone_initial_block_stays_a_run_for_the_loose_margin():
    """One or two closing blocks under one-letter names are still the loose margin's run (split19), not the tail
    margin's: only a run of three or more blocks counts them as headers for the closing runs."""
    lines = to_lines("Crossing Won\n\n" + BODY + "T\n\nWell done to all involved.\n")
    feats = doc_features(lines, load_cues())
    last = feats[-2:]
    assert all(any(f.startswith("tail_loose") for f in fs) for fs in last)
    assert not any(f.startswith("tail_short") or f.startswith("tail_blocks") for fs in feats for f in fs)
    section = to_lines("Crossing Won\n\n" + BODY + SECTION)
    marks = doc_features(section, load_cues())
    assert all(any(f.startswith("tail_blocks") for f in fs) for fs in marks[-6:])  # three blocks: a closing run


def test_split_heldout14_as_a_dev_set():
    """Untouched (f2074ce): lines 0.960 / 0.962, authors 0.934, 24/30; split22 (K1 003/014, K2 008 taken): 0.993 / 0.993,
    authors 0.992, 27/30 (011, 026, 029 are the closer's: split23). fix33: a fitting set of the linked forcing's gap
    when a zone is taken (`train.LINKED_TAKEN_SETS`: its 003 and 014 are the only such pages), nothing else."""
    rep = eval_split(str(Path(__file__).resolve().parents[1] / "eval" / "split_heldout14"))
    assert rep["documents"] == 30 and rep["invented_comments"] == "0/10"
    assert rep["lines"]["body"]["f1"] >= 0.99 and rep["lines"]["comment"]["f1"] >= 0.99
    assert rep["author_accuracy"] >= 0.985


# fix33: a street survey whose sections sit under short first-name sub-heads, then a real comment section (a count line,
# dated headers) in which a reader addresses one of the interviewees by `@name`
SURVEY = (
    "Harbour Swim Returns After Three Years\n\n"
    "The New Year swim off the north quay is back after the pier repairs. We asked people on the quay why they take "
    "the plunge.\n\n"
    "Gwen\n\n"
    "She has swum every year since she was twelve and brings a flask of soup for whoever comes out of the water last.\n\n"
    "Oskar\n\n"
    "He moved to the town in the spring and signed up after his neighbours dared him at the bowls club.\n\n"
    "Ravi\n\n"
    "He raises money for the lifeboat station and says the cold is the easy part of the morning.\n"
)
SURVEY_COMMENTS = (
    "\n3 Comments\n\n"
    "Lynne P\nJanuary 2, 2026 at 8:05 am\n\nFreezing just reading this.\n\n"
    "Bob\nJanuary 2, 2026 at 9:30 am\n\n@Oskar dared? Good on you, the bowls lot never dared me anything.\n\n"
    "Harriet\nJanuary 2, 2026 at 10:12 am\n\nThe soup is the real reason everyone goes.\n"
)


def test_article_sections_under_name_sub_heads_stay_in_the_body_when_a_reader_addresses_one():
    d = split_dump(SURVEY + SURVEY_COMMENTS)
    assert [c.author for c in d.comments] == ["Lynne P", "Bob", "Harriet"]
    assert any("bowls club" in p for p in d.body) and any("lifeboat station" in p for p in d.body)
    assert not any("bowls club" in p or "lifeboat" in p for c in d.comments for p in c.paragraphs)
