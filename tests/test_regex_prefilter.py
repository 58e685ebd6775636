"""regex_prefilter: the literal strings every match contains, so a text without any of them is not scanned."""

import random
import re

from newsetl.regex_prefilter import may_match, required


def test_required_strings_of_alternations_sequences_and_repeats():
    assert required(re.compile(r"\b(last week|the previous week|a week ago)\b")) == {
        "last week",
        "the previous week",
        "a week ago",
    }
    assert required(re.compile(r"\bposted( by)?\b.{0,60}\b(on|at)\b")) == {"posted"}
    assert required(re.compile(r"(?:ab)+x\d")) == {"ab"}  # the longest mandatory literal
    assert required(re.compile(r"\b(was|\w+ed)\b")) == {"was", "ed"}


def test_no_prefilter_when_a_match_needs_no_literal():
    assert required(re.compile(r"\d+|x")) is None  # one branch holds no literal
    assert required(re.compile(r"(abc)?\d")) is None  # an optional literal is not required
    assert required(re.compile(r"monday", re.I)) is None  # other cases match too
    assert required(re.compile(r"x(?i:monday)")) == {"x"}
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
        "kilo",
        "lima",
        "mike",
        "november",
    ]
    assert required(re.compile("|".join(words))) is None  # too many strings to test
    assert required(re.compile("|".join(f"w{i}" for i in range(20)))) == {"w"}  # (the parser's common prefix)


def test_the_prefilter_never_hides_a_match():
    rnd = random.Random(3)
    patterns = [
        r"\b(said|told|according to)\b",
        r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s?(am|pm)\b|@\d{1,2}:\d{2}",
        r"(^|\s)@\w",
        r"\b(comments?|responses?)\s+(to|on)\s+[\"“]",
        r"(?:so|well)+,?\s(ab|cd)e",
    ]
    alphabet = [
        "said",
        "to",
        "told",
        "accord",
        "according to",
        " ",
        "@",
        "x",
        "10:30",
        "am",
        "comment",
        "responses",
        "on",
        '"',
        "so",
        "well",
        ",",
        "abe",
        "cde",
        "\n",
    ]
    for p in patterns:
        rx = re.compile(p)
        req = required(rx)
        assert req is not None, p
        for _ in range(3000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12)))
            if rx.search(text):
                assert may_match(req, text), (p, text)
