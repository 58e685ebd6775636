"""(ev53) The owner's side of property destroyed or looted: the target (actor2) of a `Looting/property destruction`
event the rules left without one, by the coding convention for disputed cases (eval/events/README.md, "actor2 of
Looting/property destruction: the owner's side"). The sentence's property nouns are read in the order of
`property_owner_patterns` (wordlists.json: [owner, actor type, pattern] triples, the first owner whose pattern
matches wins): an
aid agency's property is aid workers', a journalist's is journalists', a security force's post, station or vehicle
is that force of the event's country, public or party property and polling material have no owner (the rules' empty
side stays), homes, shops, vehicles, farms and contractors' machines are civilians'. An owner the actor dictionary
lacks (aid workers, journalists: ACLED's civilian associated actors; a country's gendarmerie) is a side of that name
and the listed actor type. Run once over the article's
events (linear in their number)."""

from __future__ import annotations

import re

from ... import regex_store
from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from .model import Event, with_country


def _owner_patterns(res: Rules):
    """[(owner, actor type, compiled pattern)] of `property_owner_patterns`, compiled once per Rules."""
    cache = res.__dict__.setdefault("_property_owner_patterns", {})
    if "rx" not in cache:
        pairs = res.words.get("property_owner_patterns", ())
        cache["rx"] = [(owner, kind, regex_store.compile(p, re.I)) for owner, kind, p in pairs]
    return cache["rx"]


def property_owners(events: list[Event], res: Rules, gaz: Gazetteer) -> None:
    """Give each property destruction with no target the side of the first owner kind its sentence names."""
    pats, subs = _owner_patterns(res), res.words.get("property_owner_sub_types", {})
    for ev in events:
        if ev.sub_event_type not in subs or ev.actor2 is not None:
            continue
        owner = next(((o, k) for o, k, rx in pats if rx.search(ev.sentence)), None)
        if owner is None or not owner[0]:
            continue  # public or party property: no owner side
        name, kind = owner
        if subs[ev.sub_event_type] is not None and name not in subs[ev.sub_event_type]:
            continue  # a crowd's riot: only a force's property names its target
        generic = res.actors.get(name) or Actor(name, kind, None, "{country}" in name)
        iso3 = gaz.iso3(ev.place.country) if ev.place is not None else None
        side = with_country(generic, iso3, res)
        if ev.actor1 is not None and side.name == ev.actor1.name:
            continue  # never the same side twice
        ev.actor2 = side
        ev.civilian_targeting = side.actor_type == "Civilians"
