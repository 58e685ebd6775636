"""(ev61) The place of an arrest made over an event the story told before ("Police said four people were arrested on
Wednesday night in connection with the clash", "12 people were arrested on Sunday over the riot"): with no place of
its own, the arrest is coded where that event happened, not at the last place or the dateline."""

from __future__ import annotations

import re

from ...schemas import SUB_EVENT_TO_TYPE
from ..rules import Rules


def cause_rx(res: Rules) -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """wordlists.json `cause_event_openers` followed by a noun of `cause_event_nouns` (its sub-event types by noun),
    compiled once per Rules (`Rules.built`: a Rules with edited data builds its own); a key of `cause_event_nouns`
    that is no sub-event type of the schema raises (a misspelt type would never match)."""
    return res.built("cause_place.cause_rx", lambda: _build_cause_rx(res))


def _build_cause_rx(res: Rules) -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    kinds: dict[str, set[str]] = {}
    for etype, nouns in res.words["cause_event_nouns"].items():
        if etype.startswith("_"):
            continue
        if etype not in SUB_EVENT_TO_TYPE:
            raise ValueError(f"wordlists.json cause_event_nouns: {etype!r} is no sub-event type of the schema")
        for noun in nouns:
            kinds.setdefault(noun.lower(), set()).add(etype)
    openers = "|".join(rf"(?:{p})" for p in res.words["cause_event_openers"])
    nouns = "|".join(re.escape(n) for n in sorted(kinds, key=len, reverse=True))
    rx = re.compile(rf"(?:{openers})\s*(?:[\w\-]+(?:'s|’s)?\s+){{0,2}}?(?P<noun>{nouns})\b", re.I)
    return rx, {k: frozenset(v) for k, v in kinds.items()}


def cause_event_place(art, u, ev) -> tuple | None:
    """The place of the event an arrest with no place of its own was made over (the latest event before it of a type
    the cause's noun names), or None: not for other events ("residents protested over the killing" may be elsewhere),
    nor when no such event was told with a place finer than a country ((ev108) a later one placed only at the country
    is passed over for an earlier one that has a place)."""
    if ev.sub_event_type != "Arrests":
        return None
    rx, kinds = cause_rx(art.res)
    m = rx.search(u.stext)
    if m is None:
        return None
    types = kinds[m.group("noun").lower()]
    for prior in reversed(art.events):
        if prior.sub_event_type in types and prior.start_char < u.s0:
            if prior.place is None or prior.place.feature == "country":
                continue  # (ev108) a later event of the kind with only the country: the one that has a place
            return prior.place, prior.place_precision
    return None
