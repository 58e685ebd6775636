"""(ev43) "the Konduga-Bama road": a hyphenated pair of known place names that ends a capitalised sequence before a
road noun (wordlists.json `road_pair_nouns`) names the road's two ends, each a place, as "the Konduga–Bama road"
written with a dash does (the places component reads capitalised sequences with their hyphens as one name)."""

from __future__ import annotations

import re

ROAD_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b")


def road_pair(
    gaz, nouns: frozenset, text: str, seq: re.Match, tok_m: re.Match, front: tuple = (frozenset(), None)
) -> list[tuple[int, int, str, bool]]:
    """The two ends of the token `tok_m` (a match inside the sequence `seq`) as (start, end, name, whole) hits, or
    none: the token ends the sequence, has one hyphen between two capitalised names the gazetteer knows, and a road
    noun follows it, or (fix50) a front noun of `front` ("axis", "corridor") whose context pattern matches the
    sentence before it ("along the Goma-Sake axis", "fighting ... the Beni-Butembo axis"; not "a blow to the
    Tehran-Beirut axis")."""
    s, e, seq_end = seq.start() + tok_m.start(), seq.start() + tok_m.end(), seq.end()
    tok = text[s:e].rstrip(".,;:")
    if e != seq_end or tok.count("-") != 1 or not nouns:
        return []
    m = ROAD_NOUN_AFTER.match(text, s + len(tok))
    noun = m.group(1).lower() if m is not None else ""
    if noun not in nouns and (
        noun not in front[0] or front[1] is None or not front[1].search(text[max(0, s - 120) : s])
    ):
        return []
    a, b = tok.split("-")
    if not (a[:1].isupper() and b[:1].isupper() and gaz.lookup(a) and gaz.lookup(b)):
        return []
    return [(s, s + len(a), a, False), (s + len(a) + 1, s + len(tok), b, False)]
