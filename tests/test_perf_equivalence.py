"""perf8's and perf18's mechanisms give the answers of the code they replaced: the splitter's emissions kept for the closer
(and its `never:` marks), the number after "No." on token arrays,
`lower_exact` on non-ASCII text."""

from __future__ import annotations

from newsetl.split.cues import _foldable, lower_exact
from newsetl.split.labelled import LABELS
from newsetl.split.model import SplitModel


def test_emissions_kept_only_for_the_same_list():
    labels = list(LABELS)
    model = SplitModel(
        {"labels": labels, "threshold": 1.0, "transitions": {}, "state": {"a": {labels[0]: 1.5}, "b": {labels[1]: 2.0}}}
    )
    feats = [["a"], ["b", "a"]]
    first = model.emissions(feats)
    assert model.emissions(feats) is first  # the closer's second ask
    other = [["a"], ["b", "a"], ["b"]]  # another document (another list): computed again
    assert model.emissions(other) == [first[0], first[1], [0.0, 2.0] + [0.0] * (len(labels) - 2)]
    assert model.emissions([list(fs) for fs in feats]) == first


def test_lower_exact_as_written():
    def as_written(text: str) -> str | None:
        if text.isascii():
            return text.lower()
        for c in set(text):
            if not c.isascii() and not _foldable(c):
                return None
        return text.lower()

    samples = [
        "Plain ASCII",
        "“Curly” quotes — dash",
        "Éric à Montréal",
        "ſtraße",
        "İstanbul",
        "\u212a Kelvin",
        "ı",
        "Ω and ω",
    ]
    for s in samples + [a + b for a in samples for b in samples]:
        assert lower_exact(s) == as_written(s), s


def test_shouting_as_written():
    """split.text.shouting (`isupper` over the words in C, then the lengths) against the expression it replaced."""
    import random

    from newsetl.split.text import shouting

    words = ["NATO", "UN", "USA", "Hello", "WORLD", "a", "ÉCOLE", "ΑΘΗΝΑ", "İSTANBUL", "A1B2", "12345", "X-RAY", "OK!"]
    rnd = random.Random(4)
    for _ in range(3000):
        t = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 6)))
        assert shouting(t) == (sum(1 for w in t.split() if len(w) >= 4 and w.isupper()) >= 2), t


def test_spaces_as_written():
    """split.text._spaces (no substitution when nothing would change, perf16) against WS_RE.sub on every mix."""
    import random

    from newsetl.split.text import WS_RE, _spaces

    parts = ["a", "Bé", "“q”", " ", "  ", "\t", "\u00a0", "\u2003", "\u202f", "\u3000", "x y", "—", "\u200b"]
    rnd = random.Random(16)
    for _ in range(3000):
        t = "".join(rnd.choice(parts) for _ in range(rnd.randint(0, 8)))
        assert _spaces(t) == WS_RE.sub(" ", t), repr(t)


def test_never_marks_as_the_prefix_test():
    """perf18: a line's `never:` features found as dict keys give the prefix test's rows (unknown labels ignored)."""
    labels = list(LABELS)
    model = SplitModel({"labels": labels, "threshold": 1.0, "transitions": {}, "state": {"a": {labels[0]: 1.5}}})
    feats = [["a", "never:" + labels[1], "never:nolabel", "never:"], ["never:" + labels[0], "a"], ["a"]]
    em = model.emissions(feats)
    assert (
        em[0][1] == -1e9 and em[0][0] == 1.5 and [x for i, x in enumerate(em[0]) if i > 1] == [0.0] * (len(labels) - 2)
    )
    assert em[1][0] == -1e9 and em[1][1:] == [0.0] * (len(labels) - 1)
    assert em[2] == [1.5] + [0.0] * (len(labels) - 1)


def test_numbered_on_token_arrays_as_token_by_token():
    """perf18: the number after "No." / "Nos." found on the token arrays is the one a token-by-token scan finds."""
    import random

    import spacy

    from newsetl.extract.components import NUMBER_SIGNS, _numbered

    def by_token(doc):
        return [
            i
            for i in range(2, len(doc))
            if doc[i].text[:1].isdigit()
            and doc[i - 1].text == "."
            and not doc[i - 2].whitespace_
            and doc[i - 2].text in NUMBER_SIGNS
        ]

    nlp, rnd = spacy.blank("en"), random.Random(18)
    parts = ["No", "Nos", "no", "NO", ".", "7", "12b", "Road", ",", "No.", "Nos.", "No .", "1st", "\u0663", "x"]
    found = 0
    for _ in range(3000):
        text = "".join(rnd.choice(parts) + rnd.choice(["", " ", "\n"]) for _ in range(rnd.randint(0, 12)))
        doc = nlp(text)
        assert _numbered(doc) == by_token(doc), text
        found += bool(by_token(doc))
    assert found > 100
    assert _numbered(nlp("Route No. 5 and Nos. 3, No 4.")) == [3, 7]
