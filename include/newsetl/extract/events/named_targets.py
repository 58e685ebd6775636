"""A generic target made precise by the group the clause names among the dead ("raided a militant hideout ...,
killing six Pakistani Taliban fighters": the TTP, not an unidentified group)."""

from __future__ import annotations

import re

from .model import NONSTATE_TYPES

DEAD_BEFORE = re.compile(
    r"\b(?:killing|killed|wounding|wounded|capturing|captured|arresting|arrested|neutrali[sz]ing|neutrali[sz]ed)\s+"
    r"(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?(?:[\w\-]+\s+)?$",
    re.I,
)


def named_dead_target(art, u, a1, a2):
    """actor2 = the named non-state group among the dead or captured, when the clause's target is an unidentified
    armed group (a hideout, "militants")."""
    if a2 is None or not a2.name.startswith("Unidentified Armed Group"):
        return a2
    for m in u.actors:
        actor = art.overrides.get(m.start_char) or art.res.actors.get(m.ent_id_)
        if (
            actor is not None
            and not actor.generic
            and actor.actor_type in NONSTATE_TYPES
            and actor != a1
            and DEAD_BEFORE.search(art.text[max(u.s0, m.start_char - 40) : m.start_char])
        ):
            return actor
    return a2
