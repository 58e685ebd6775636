"""Weapons stopped before they hit: "it was intercepted", "a quadcopter ... was neutralised by X" (disrupted weapons
use by the interceptor against the launcher)."""

from __future__ import annotations

import re

from .model import ARMED_TYPES, DEFAULT_PLOVER
from .role_rules import WEAPON_NOUN, actor_of

INTERCEPTED = re.compile(
    r"\b(?:but\s+|which\s+|and\s+)?(?:it|they|the\s+(?:missile|drone|rocket)s?)\s+(?:was|were)\s+"
    r"(?:all\s+)?(?:intercepted|shot\s+down|downed|destroyed\s+in\s+(?:the\s+)?air)\b",
    re.I,
)

# "an Armenian quadcopter attempting to fly over ... was neutralized by the air defense": the weapon is the subject
DOWNED_AFTER = re.compile(
    r"[^.;]{0,220}?\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?"
    r"(?:neutrali[sz]ed|shot\s+down|intercepted|downed|jammed)\b",
    re.I,
)


PASSIVE_BY = re.compile(
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:neutrali[sz]ed|intercepted|shot\s+down|downed|destroyed|jammed)\s+by\s+", re.I
)


def _thwarted_by(art, u, ev, a1, a2):
    """ "A Russian drone ... was neutralized by Ukrainian air defence": the defender acts against the drone's owner."""
    m = PASSIVE_BY.search(u.stext)
    if m is None:
        return a1, a2
    by = next((actor_of(art, a) for a in u.actors if a.start_char - u.s0 >= m.end()), None)
    if by == a1 or a1 is None:
        return a1, a2
    if by is None:
        return None, a1  # "a Turkish drone was neutralized by air defences": the drone's owner is the target
    return by, a1


def intercepted(art, u, ev, a1, a2, rel: int):
    """ "fired a ballistic missile toward Marib, but it was intercepted by the air defenses of the government forces":
    a disrupted weapons use by the interceptor (named after the phrase, else the state's forces) against the launcher."""
    if ev.sub_event_type == "Disrupted weapons use":
        return _thwarted_by(art, u, ev, a1, a2)
    if (
        ev.event_type != "Explosions/Remote violence"
        or ev.fatalities
        or " were " not in u.stext
        and " was " not in u.stext
    ):
        return a1, a2
    m = INTERCEPTED.search(u.stext, rel)
    if m is None and WEAPON_NOUN.search(ev.trigger):
        m = DOWNED_AFTER.match(u.stext, rel + len(ev.trigger))
    if m is None:
        return a1, a2
    ev.event_type, ev.sub_event_type = "Strategic developments", "Disrupted weapons use"
    ev.plover_event, ev.plover_mode = DEFAULT_PLOVER.get("Disrupted weapons use", ("COERCE", "seize"))
    ev.civilian_targeting = False
    after = [
        actor_of(art, a) for a in u.actors if a.start_char >= u.s0 + m.end() and actor_of(art, a) not in (None, a1)
    ]
    by = next((x for x in after if x.actor_type in ARMED_TYPES), None)
    if by is not None and by.name.startswith("Government of"):
        by = art.res.actors.get(by.name.replace("Government of", "Military Forces of"), by)  # its air defences
    return by or art.res.actors.get("Military Forces of {country}"), a1
