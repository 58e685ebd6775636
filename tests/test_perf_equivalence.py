"""perf8's mechanisms give the answers of the code they replaced: the splitter's emissions kept for the closer,
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
