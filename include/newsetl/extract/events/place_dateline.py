"""(ev26, fix60) A paragraph's dateline ("TUMACO.- ...", "DEDZA: ...") as a place of its sentences: it yields to another
place the sentence locates its event at (moved out of places.py, unchanged)."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..text_cache import blank_before
from .merging import AREAS

ITEM_NUMBER = re.compile(r"[ \t]*\(?\d{1,2}[.)][ \t]+")


def _clause_locates(art, sp, moved) -> bool:
    """(fix60) The place span `sp` locates the event of its clause: not named as where people came from or went to
    (`heading_yield_not_before`: "two men from Lilongwe"; `moved`: "taken to X", "told reporters in X") nor as a
    person's home before a person noun (`place_person_noun_after`: "the killing of a Nairobi businessman")."""
    before = art.text[max(0, sp.start_char - 40) : sp.start_char]
    return not (
        moved(sp)
        or art.res.pattern_search("heading_yield_not_before", before) is not None
        or art.res.patterns_rx("place_person_noun_after").match(art.text, sp.end_char) is not None
    )


def without_paragraph_dateline(art, spans: list, moved=lambda sp: False) -> list:
    """place_cues.json `paragraph_dateline` (ev26): a place in capitals opening a paragraph before a dash ("TUMACO.- An
    attack ... near the village of Candelillas", "KALAT — ... in the Mangochar area") is the dispatch's dateline, where
    the story was filed: it yields to another place of the sentence that is no coarser than it (a peer town or a finer
    place; never its own bracket, "KALAT (Balochistan) —", nor a province above it, "officials in Khyber Pakhtunkhwa
    said"); it stays when none is named."""
    cfg = art.res.place_cues.get("paragraph_dateline", {})
    if not cfg.get("enabled") or len(spans) < 2:
        return spans
    after = re.compile(cfg["after"])
    text, starts = art.text, art.para_starts  # (ascending: bisected, not made a set at every call: issue 11)
    heads, ends = [], []
    for sp in spans:
        i = bisect_left(starts, sp.start_char)
        opens = (i < len(starts) and starts[i] == sp.start_char) or blank_before(text, sp.start_char)
        if not opens and i > 0 and ITEM_NUMBER.fullmatch(text, starts[i - 1], sp.start_char):
            opens = True  # (ev91) "1. MTHATHA: ...": an item number before the item's dateline
        if opens and sp.text.isupper():
            m = after.match(text, sp.start_char + len(sp.text.rstrip(".-–— ")))  # (a span may end in ".-")
            if m is not None:
                heads.append(sp)
                ends.append(m.end())
    if not heads:
        return spans
    town = any(h._.place[0].feature not in AREAS for h in heads)  # (a town's dateline: provinces are above it)
    rest = [
        sp
        for sp in spans
        if sp not in heads
        and not any(h.start_char <= sp.start_char < e for h, e in zip(heads, ends, strict=True))
        and not (town and sp._.place[0].feature in AREAS)
        and _clause_locates(art, sp, moved)
    ]  # (fix60) not an origin or a victim's home: "DEDZA: Police arrested two men from Lilongwe"
    return rest if any(sp._.place[0].feature != "country" for sp in rest) else spans
