"""The line right before the first comment author: the body's closing line or an anonymous first comment?

The CRF decides this line mostly by position and layout (three of the five seeds, and most of the training set,
put an anonymous comment there), so a short closing news line (`A second convoy is expected next week.`) is
taken as a comment and an analytic first comment can be left in the body; the decoder's own evidence for either
reading of that one line is often a fraction of a point. This second stage looks at the line's **voice**
(reader: first/second person, evaluative and hedging words, questions, quoting the article, fragments and
several sentences; news: attribution, dates and numbers, news formulas, one declarative sentence) and weighs it
against the decoder's evidence for the line, measured as the difference between the best labelling and the best
labelling with the line on the other side.

The parts are fitted by `newsetl train split` (`fit_closer`): a logistic voice model over the line's features
(one row per labelled page), a learned reader-voice score over the line's words and voice marks (`reader_voice.py`,
fitted on every body and comment line of the labelled seed-style sets; split14), and a logistic stack of (decoder
evidence, voice score, reader score) fitted on out-of-fold scores (leave one labelled set out). Stored under `closer`
in `data/split_model.json`; without it nothing changes.

Applied only where a comment zone was already taken, the decoder labelled the line L right after the body zone as
an anonymous comment (cstart) and the first author line is at L+1: L may go back to the body. Nothing else moves,
no line ever goes from the body to the comments, and a page without comments is never given any. (Moving a body
line the other way was tried: out of the labelled sets it moved more closing lines wrongly than it fixed; again in
split17 with the reader score: 4 right, 4 wrong out of fold.) split17: where the decoder's anonymous first comment has
two or more paragraphs (`first_of_many`), its first paragraph may go back to the body likewise, under the log-odds
`first` fitted out of fold (`closer_first.fit_first`): a closing body paragraph the decoder joined to the comment under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..logistic import sigmoid_array
from .labelled import COMMENT_ZONE
from .reader_voice import ReaderVoice, reader_tokens

NEG = -1e9
# the line's own text features that the voice model reads (the CRF's names); everything else is layout/context
VOICE_PREFIXES = ("c:", "p1", "p2", "w", "q", "excl", "num", "mostly_quoted", "lower_start", "end_punct", "shout")
VOICE_EXTRA = {"quotes_earlier", "nonlatin", "no_en_function"}
HEADER_MARKS = {"l:header", "l:header_weak", "l:dated"}
FOREIGN = {"no_en_function", "nonlatin"}  # the CRF's marks of a line not in English
SENTENCE = re.compile(r"[^.!?…]+(?:[.!?…]+[”\"’)]*|$)")
FIRST_SING = {"p1", "p1:3"}  # the CRF's first-person-singular marks


def candidate(labels: list[str], feats: list[list[str]] | None = None) -> int | None:
    """The line before the first author line, when every line before it is in the body zone and it is labelled
    body or cstart (an anonymous first comment), else None. With `feats`, only where that author line is a bare
    name line (no comment-header pattern, no date), no comment-zone line is metadata (the bare layout of the
    seed-style sets the closer is fitted on) and the line itself is in English (the voice cues are)."""
    a = next((i for i, lab in enumerate(labels) if lab == "author"), None)
    if a is None or a < 2:
        return None
    if feats is not None and any(f in HEADER_MARKS for f in feats[a]):
        return None
    if feats is not None and any(lab == "cmeta" for lab in labels[a:]):
        return None  # comment metadata (dates, Reply/Like, counters): not the bare layout the closer was fitted on
    line = a - 1
    if labels[line] not in ("body", "cstart") or any(lab in COMMENT_ZONE for lab in labels[:line]):
        return None
    if feats is not None and any(f in FOREIGN for f in feats[line]):
        return None  # the voice cues are English: a line in another language is left to the decoder
    return line


def first_of_many(labels: list[str], feats: list[list[str]]) -> int | None:
    """The first line of an anonymous first comment of two or more lines (cstart, then ctext up to the first author
    line), in the same bare layout and language as `candidate`, else None (split17: a closing body line the decoder
    joined to the anonymous comment under it)."""
    a = next((i for i, lab in enumerate(labels) if lab == "author"), None)
    if a is None or a < 3 or labels[a - 1] != "ctext":
        return None
    k = a - 1
    while k > 0 and labels[k] == "ctext":
        k -= 1
    if labels[k] != "cstart" or any(lab in COMMENT_ZONE for lab in labels[:k]):
        return None
    if any(f in HEADER_MARKS for f in feats[a]) or any(lab == "cmeta" for lab in labels[a:]):
        return None
    return None if any(f in FOREIGN for f in feats[k]) else k


def paragraph_end(labels: list[str], feats: list[list[str]], k: int) -> int:
    """The line after the comment paragraph that opens at line k (its lines under k have no blank line before them:
    the CRF's `gap0`), so a hard-wrapped paragraph moves whole."""
    j = k + 1
    while j < len(labels) and labels[j] == "ctext" and "gap0" in feats[j]:
        j += 1
    return j


def moved_end(labels: list[str], feats: list[list[str]], k: int, remainder: bool) -> int:
    """The line after what goes back to the body with the comment paragraph opening at line k: that paragraph, and
    with `remainder` (split28, `first` moves only) the one paragraph after it too when the first author line is
    right under that one."""
    end = paragraph_end(labels, feats, k)
    if remainder and end < len(labels) and labels[end] == "ctext":
        rest = paragraph_end(labels, feats, end)
        if rest < len(labels) and labels[rest] == "author":
            return rest
    return end


def voice_features(
    feats: list[str], text: str, reader: set[str], news: set[str], cues: dict | None = None
) -> list[str]:
    """The voice features of one line: its text features, counts of reader- and news-voice marks, sentences,
    the `closer_cues` of cues.json that match, and whether it is one plain declarative sentence."""
    out = [f for f in feats if f in VOICE_EXTRA or f.startswith(VOICE_PREFIXES)]
    out += ["v:" + k for k, rx in (cues or {}).items() if rx.search(text)]
    r = sum(1 for f in feats if f in reader)
    nv = sum(1 for f in feats if f in news)
    out.append("reader" + ("0" if r == 0 else "1" if r == 1 else "2+"))
    out.append("news" + ("0" if nv == 0 else "1" if nv == 1 else "2+"))
    sents = [s for s in SENTENCE.findall(text) if s.strip()]
    out.append("sent" + ("1" if len(sents) <= 1 else "2" if len(sents) == 2 else "3+"))
    if len(sents) > 1 and any(len(s.split()) <= 3 for s in sents):
        out.append("fragment")
    if (
        len(sents) == 1
        and len(text.split()) >= 5
        and text[:1].isupper()
        and text.endswith(".")
        and not re.search(r"[:;“”\"…?!]", text)
    ):
        out.append("plain_sentence")
    return out


def page_voice(feats: list[list[str]], labels: list[str], line: int, share: float | None) -> list[str]:
    """The line's voice relative to its page's own body (split23): `pg:p1_body` when the body before it speaks in
    the first person singular (a column, a letter: at least `share` of its body lines, and two; cues.json
    `closer_page.first_person_body_share`), and `pg:p1_both` when the line does too, so that a first-person closing
    line of a first-person body need not read as a reader's. `share` None: no such mark."""
    if share is None:
        return []
    body = [i for i in range(line) if labels[i] == "body"]
    n = sum(1 for i in body if FIRST_SING.intersection(feats[i]))
    if n < 2 or n < share * len(body):
        return []
    return ["pg:p1_body", "pg:p1_both"] if FIRST_SING.intersection(feats[line]) else ["pg:p1_body"]


WORD = re.compile(r"\w+")


def _plain(text: str) -> str:
    """The words of a text, lower-cased, between spaces (quotation marks, `>` and punctuation dropped)."""
    return " " + " ".join(WORD.findall(text.lower())) + " "


def quoted_later(texts: list[str], line: int, words: int | None) -> list[str]:
    """`pg:quoted_later` when a line after `line` repeats one of its sentences of at least `words` words (quotation
    marks, `>` and case aside): readers quote the article's text, so a line quoted further down reads as the body's
    (split26; cues.json `closer_page.quoted_sentence_words`; None: no such mark)."""
    if words is None:
        return []
    sents = [_plain(s) for s in SENTENCE.findall(texts[line])]
    sents = [s for s in sents if len(s.split()) >= words]  # whole words: " a b " in " x a b y "
    later = [_plain(t) for t in texts[line + 1 :]]
    return ["pg:quoted_later"] if any(s in t for s in sents for t in later) else []


def quoted_marked(texts: list[str], line: int, words: int | None, quotation: re.Pattern | None) -> bool:
    """Whether a later line quotes one of the line's sentences of at least `words` words as a quotation: inside a
    span of `quotation` (cues.json `closer_page.quotation`: a `> ` reply, quotation marks), case and punctuation
    aside (split27: a reader quoting the candidate marks it as the article's; a repeat without marks may be a stock
    reply). A sentence the line itself quotes, or one repeating a line above it, is the article's words quoted by
    whoever wrote the line, so a later quotation of it says nothing of the line (fix41). None: never."""
    if words is None or quotation is None:
        return False
    above = [_plain(t) for t in texts[:line]]
    sents = [_plain(s) for s in SENTENCE.findall(quotation.sub(" ", texts[line]))]
    sents = [s for s in sents if len(s.split()) >= words and not any(s in t for t in above)]
    spans = [_plain(" ".join(g for g in m.groups() if g)) for t in texts[line + 1 :] for m in quotation.finditer(t)]
    return any(s in q for s in sents for q in spans)


def reported_view(text: str, reported: re.Pattern | None, voiced: re.Pattern | None) -> bool:
    """Whether a line reports a view in the third person and closes on a question (`reported`, cues.json
    `closer_page.reported_close`: the reporting verb before the question, not inside it) with no first- or
    second-person word (`voiced`: a reader's own view or question; fix41). None: never."""
    if reported is None or not reported.search(text):
        return False
    return voiced is None or not voiced.search(text)


def reader_marked(feats: list[list[str]], labels: list[str], line: int, marks: frozenset, share: float | None) -> bool:
    """Whether the line carries one of the reader-voice `marks` (cues.json `closer_page.quotation.reader_marks`): a
    first-person-singular mark counts only where the body before it is not itself in the first person (a column's
    closing line speaks as its body does; `page_voice`) (fix41)."""
    own = marks.intersection(feats[line])
    if own & FIRST_SING and page_voice(feats, labels, line, share):
        own -= FIRST_SING
    return bool(own)


def ruled_back(
    feats: list[list[str]],
    texts: list[str],
    labels: list[str],
    line: int,
    share: float | None,
    quote_words: int | None,
    quotation: re.Pattern | None,
    reported: re.Pattern | None,
    voiced: re.Pattern | None,
    quote_marks: frozenset,
) -> bool:
    """Whether a one-line candidate goes back to the body before the stack is asked (`Closer.adjust`'s page rules:
    a later quotation of it without reader-voice marks, or a reported view closing on a question). Read by
    `Closer.adjust` only: the closer's fit does not see it (split28's fitting use was taken back, 32e2f29)."""
    return (
        quoted_marked(texts, line, quote_words, quotation)
        and not reader_marked(feats, labels, line, quote_marks, share)
    ) or reported_view(texts[line], reported, voiced)


def decoder_evidence(model, em: list[list[float]], labels: list[str], line: int) -> float:
    """How much better (decoder score) the chosen labelling is than the best one with `line` on the other side:
    positive when the line was taken as a comment, negative when it was left in the body."""
    idx = {lab: k for k, lab in enumerate(model.labels)}
    path = [idx[lab] for lab in labels]
    best = _path_score(model, em, path)
    alt = [list(r) for r in em]
    as_comment = labels[line] in COMMENT_ZONE
    for k, z in enumerate(model.zone):
        if as_comment:  # the line and everything before it in the body zone
            for i in range(line + 1):
                if z:
                    alt[i][k] = NEG
        elif model.labels[k] != "cstart":
            alt[line][k] = NEG
    other, _ = model.viterbi(alt, model.all_labels, model.body_zone)
    return (best - other) if as_comment else (other - best)


def _path_score(model, em: list[list[float]], path: list[int]) -> float:
    s = em[0][path[0]]
    for i in range(1, len(path)):
        s += model.trans[path[i - 1]][path[i]] + em[i][path[i]]
    return s


def page_context(labels: list[str], line: int) -> tuple[list[int], list[int]]:
    """The page's other body lines and its comment text lines (by the decoder's labels), around `line`."""
    body = [i for i, lab in enumerate(labels[:line]) if lab == "body"]
    comments = [i for i in range(line + 1, len(labels)) if labels[i] in ("cstart", "ctext")]
    return body, comments


def relative(v: float, body: list[float], comments: list[float]) -> float:
    """How much nearer the line's voice score is to the page's body lines than to its comments (> 0: reads like
    the body); 0 when the page has no lines on one side."""
    if not body or not comments:
        return 0.0
    return abs(v - sum(comments) / len(comments)) - abs(v - sum(body) / len(body))


@dataclass
class Closer:
    weights: dict[str, float]  # voice model: positive = news voice (the body's closing line)
    bias: float
    # weights of (decoder evidence, voice score, relative voice, reader score) and a bias (split23's fifth input, the
    # reader score relative to the page's body, was never fitted: removed in fix33)
    stack: tuple[float, ...]
    reader: ReaderVoice | None = None  # the learned line-level reader-voice score (reader_voice.py), split14
    # split17: the stack's log-odds under which the first line of a multi-line anonymous first comment goes back to
    # the body (fitted out of fold by train.fit_closer); None: such a comment is left as the decoder made it
    first: float | None = None

    @classmethod
    def from_dict(cls, data: dict | None) -> Closer | None:
        if not data:
            return None
        stack = [float(x) for x in data["stack"]]
        if len(stack) == 4:  # a model file from before the reader score: its weight is 0
            stack.insert(3, 0.0)
        if len(stack) == 6:  # a model file with split23's relative reader score: never fitted, its weight must be 0
            if stack[4] != 0.0:
                raise ValueError("closer stack: the relative reader score (split23) is no longer an input")
            del stack[4]
        reader = ReaderVoice(data["reader"]) if data.get("reader") else None
        first = data.get("first")
        return cls(dict(data["weights"]), float(data["bias"]), tuple(stack), reader, None if first is None else first)

    def voice(self, vf: list[str]) -> float:
        return self.bias + sum(self.weights.get(f, 0.0) for f in vf)

    def comment_logodds(self, inputs: list[float]) -> float:
        return sum(w * x for w, x in zip(self.stack, inputs)) + self.stack[-1]

    def inputs(
        self,
        evidence: float,
        vf: list[str],
        body: list[list[str]],
        comments: list[list[str]],
        text: str = "",
    ) -> list[float]:
        """(decoder evidence, voice, relative voice, reader score); an input without weight is 0 (not computed).
        `body`: the voice features of the page's body lines before the line (the relative voice; none: 0)."""
        v = self.voice(vf) if self.stack[1] or self.stack[2] else 0.0
        rel = relative(v, [self.voice(x) for x in body], [self.voice(x) for x in comments]) if self.stack[2] else 0.0
        reader = self.reader if self.stack[3] else None
        r = reader.score(reader_tokens(text, vf)) if reader is not None else 0.0
        return [evidence, v, rel, r]

    def adjust(
        self,
        model,
        feats: list[list[str]],
        texts: list[str],
        labels: list[str],
        reader,
        news,
        cues: dict,
        share: float | None = None,
        quote_words: int | None = None,
        quotation: re.Pattern | None = None,
        reported: re.Pattern | None = None,
        voiced: re.Pattern | None = None,
        quote_marks: frozenset = frozenset(),
        remainder: bool = False,
    ) -> list[str]:
        """The labels with the candidate line moved back to the body when the stack says so (a copy). Without a
        one-line candidate, the first line of a multi-line anonymous first comment under `first` (split17). `share`:
        the first-person body share of `page_voice` (cues.json; None: no page-relative mark); `quote_words`: the sentence
        length of `quoted_later`; `quotation`: a later quotation of the line's sentence moves it (`quoted_marked`)
        unless it carries one of the reader-voice `quote_marks` (`reader_marked`); `reported`: so does a line it
        matches (a reported view closing on a question, split27) with no first- or second-person word (`voiced`).
        Both rules read one-line candidates only (fix41: never the first paragraph of a longer comment). `remainder`:
        when `first` moves a paragraph and exactly one paragraph is left right above the first author, it goes too
        (split28, heldout18 K6b)."""
        line, need, one = candidate(labels, feats), 0.0, True
        if (line is None or labels[line] != "cstart") and self.first is not None:
            line, need, one = first_of_many(labels, feats), self.first, False
        if line is None or labels[line] != "cstart":
            return labels
        quoted = one and ruled_back(
            feats, texts, labels, line, share, quote_words, quotation, reported, voiced, quote_marks
        )
        if (
            not quoted
            and self.logodds(model, feats, texts, labels, line, (reader, news, cues), share, quote_words) > need
        ):
            return labels
        out = list(labels)
        end = moved_end(labels, feats, line, remainder and not one)
        out[line:end] = ["body"] * (end - line)
        if out[end] == "ctext":  # the rest of a multi-paragraph anonymous comment opens it
            out[end] = "cstart"
        return out

    def logodds(
        self,
        model,
        feats: list[list[str]],
        texts: list[str],
        labels: list[str],
        line: int,
        voice,
        share: float | None = None,
        quote_words: int | None = None,
    ) -> float:
        """The stack's log-odds that `line` (taken by the decoder as an anonymous comment) is a comment; `voice`
        is (reader marks, news marks, closer cues), `share` as in `adjust`."""
        ev = decoder_evidence(model, model.emissions(feats), labels, line)

        def vf(i: int) -> list[str]:
            return voice_features(feats[i], texts[i], *voice)

        body, comments = page_context(labels, line) if self.stack[2] else ([], [])
        own = vf(line) + page_voice(feats, labels, line, share) + quoted_later(texts, line, quote_words)
        return self.comment_logodds(self.inputs(ev, own, [vf(i) for i in body], [vf(i) for i in comments], texts[line]))


def fit_logistic(rows: list[Any], ys: list[int], l2: float, dense: bool = False) -> tuple[Any, float]:
    """L2-regularised logistic regression by gradient descent (deterministic: zero start, fixed steps).
    Sparse rows are lists of feature names (returns ({name: weight}, bias)); dense rows lists of floats."""
    import numpy as np

    if dense:
        names: list = list(range(len(rows[0])))
        x = np.array(rows, dtype=np.float64)
    else:
        names = sorted({f for r in rows for f in r})
        col = {f: i for i, f in enumerate(names)}
        x = np.zeros((len(rows), len(names)))
        for i, r in enumerate(rows):
            for f in r:
                x[i, col[f]] = 1.0
    y = np.array(ys, dtype=np.float64)
    w, b, n = np.zeros(x.shape[1]), 0.0, len(y)
    for _ in range(FIT_STEPS):
        p = sigmoid_array(x @ w + b)
        w -= FIT_RATE * (x.T @ (p - y) + l2 * w) / n
        b -= FIT_RATE * float((p - y).mean())
    if dense:
        return [round(float(v), 4) for v in w], round(b, 4)
    return {f: round(float(v), 4) for f, v in zip(names, w) if abs(v) >= 1e-3}, round(b, 4)


FIT_STEPS, FIT_RATE = 3000, 0.5

__all__ = [
    "Closer",
    "candidate",
    "first_of_many",
    "paragraph_end",
    "moved_end",
    "voice_features",
    "decoder_evidence",
    "fit_logistic",
    "page_context",
    "page_voice",
    "quoted_later",
    "quoted_marked",
    "reader_marked",
    "reported_view",
    "ruled_back",
]
