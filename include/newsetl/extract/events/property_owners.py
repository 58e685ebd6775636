"""(ev53, fix56) The owner's side of property destroyed or looted, by the coding convention for disputed cases
(eval/events/README.md, "actor2 of Looting/property destruction: the owner's side"); the one owner of that job (the
role rules leave a force named only by its building to nobody, `role_rules.target_by_object`, and this decides whose
building it was). The owner is read from what was hit, never from any other mention of the sentence ("near the
police station", "a WFP spokesman said"): the words after the event's trigger up to a clause break
(`property_object_stop`: a comma, "near", "said", "according to", "to protest"), those before a passive trigger ("shops
were burned"), and for a crowd's riot only the objects of a verb of destruction (`property_destroy_verbs`: "burned",
"stoned", "stormed"; "marched to the police station" names no target). Each object is read against
`property_owner_patterns` (wordlists.json: [owner, actor type, pattern] triples, the first owner whose pattern matches
the object wins, so "the car of a journalist" is the journalist's): an aid agency's property is aid workers', a
journalist's is journalists', a security force's post, station or vehicle is that force of the event's country,
public or party property, polling material and masts have no owner (nobody), homes, shops, vehicles, farms and
contractors' machines, or a trader's or a resident's property, are civilians'. An owner the actor dictionary lacks
(aid workers, journalists: ACLED's civilian associated actors) is a side of that name and the listed actor type. The
owner replaces an empty target, the generic civilians an earlier default gave or a government named by its building
("the ruling party's office"); a named side stays. A destruction
whose target is civilians targets civilians (`civilian_targeting`). Run once over the article's events (linear in
their number)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ... import regex_store
from ...regex_guard import Guarded
from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from .model import Event, trigger_at, with_country

WINDOW = 120  # characters of an object read after a verb


class OwnerPatterns(NamedTuple):
    """The wordlists.json patterns of this module, compiled once per Rules."""

    owners: list  # `property_owner_patterns`: (owner, actor type, compiled pattern), the first match wins
    stop: Guarded | re.Pattern  # `property_object_stop`: a clause break ends an object
    verbs: Guarded | re.Pattern  # `property_destroy_verbs`: "burned", "stoned", "stormed"
    passive: Guarded | re.Pattern  # `property_passive_before`: an object before a passive trigger ("shops were burned")
    pronoun: Guarded | re.Pattern  # `property_pronoun_object`: "set it alight"
    punct: re.Pattern  # the first `property_object_stop` pattern alone (punctuation): a pronoun's clause before it


def _compiled(res: Rules) -> OwnerPatterns:
    """The patterns of `OwnerPatterns`, compiled once per Rules (the four lists through `Rules.patterns_rx`)."""

    def build() -> OwnerPatterns:
        w = res.words
        pats = [(owner, kind, regex_store.compile(p, re.I)) for owner, kind, p in w["property_owner_patterns"]]
        keys = ("property_object_stop", "property_destroy_verbs", "property_passive_before", "property_pronoun_object")
        more = [res.patterns_rx(k) for k in keys]
        return OwnerPatterns._make((pats, *more, regex_store.compile(w["property_object_stop"][0])))

    return res.built("property_owners.patterns", build)


def _object_after(text: str, start: int, stop: Guarded | re.Pattern) -> str:
    """The words from `start` up to the first clause break (at most `WINDOW` characters)."""
    tail = text[start : start + WINDOW]
    m = stop.search(tail)
    return tail[: m.start()] if m else tail


def _clause_before(text: str, end: int, stop: Guarded | re.Pattern) -> str:
    """The words before `end` back to the last break of `stop`."""
    breaks = [m.end() for m in stop.finditer(text, 0, end)]
    return text[breaks[-1] if breaks else 0 : end]


def _objects(ev: Event, allowed: list[str] | None, rx: OwnerPatterns) -> list[str]:
    """What the event's sentence says was hit: the trigger's object (or, before a passive trigger, its subject),
    then the objects of the sentence's verbs of destruction (a riot's only these); an object that is a pronoun ("set
    it alight", "carried off its cargo") adds the clause before it back to a punctuation mark."""
    stop, verbs, passive, pronoun, punct = rx.stop, rx.verbs, rx.passive, rx.pronoun, rx.punct
    s, spans = ev.sentence, []
    at = trigger_at(ev)
    if allowed is None and at >= 0:  # no riot
        end = at + len(ev.trigger)
        spans.append((at, s[at:end] + _object_after(s, end, stop)))
        if passive.search(s[:at]):
            spans.append((at, _clause_before(s, at, stop)))
    spans += [(m.start(), m.group(0) + _object_after(s, m.end(), stop)) for m in verbs.finditer(s)]
    out = []
    for start, obj in spans:
        out.append(obj)
        if pronoun.search(obj):
            out.append(_clause_before(s, start, punct))
    return out


def _owner(ev: Event, allowed: list[str] | None, rx: OwnerPatterns):
    """The first owner (name, actor type) an object of the event names, else None."""
    for obj in _objects(ev, allowed, rx):
        owner = next(((o, k) for o, k, p in rx.owners if p.search(obj)), None)
        if owner is not None:
            return owner
    return None


def property_owners(events: list[Event], res: Rules, gaz: Gazetteer) -> None:
    """Give each property destruction with no target, or the generic civilians, its object's owner's side."""
    rx, subs = _compiled(res), res.words["property_owner_sub_types"]
    for ev in events:
        if ev.sub_event_type in subs and _replaceable(ev.actor1, ev.actor2):
            _take_owner(ev, subs[ev.sub_event_type], rx, res, gaz)
        _civilian_target(ev, subs)


def _take_owner(ev: Event, allowed: list[str] | None, rx: OwnerPatterns, res: Rules, gaz: Gazetteer) -> None:
    """The owner's side of what `ev` hit as its target; `allowed`: the only owners a crowd's riot takes (a force's
    property, `property_owner_sub_types`), None for a looting or destruction (any owner)."""
    owner = _owner(ev, allowed, rx)
    if owner is None or (allowed is not None and owner[0] not in allowed):
        return  # no owner named (the earlier side stays); a crowd's riot: only a force's property
    name, kind = owner
    if not name:
        ev.actor2 = None  # public or party property, masts, polling material: no owner side
        return
    generic = res.actors.get(name) or Actor(name, kind, None, "{country}" in name)
    iso3 = gaz.iso3(ev.place.country) if ev.place is not None else None
    side = with_country(generic, iso3, res)
    if ev.actor1 is None or side.name != ev.actor1.name:  # never the same side twice
        ev.actor2 = side


def _replaceable(a1, a2) -> bool:
    """An empty target, the generic civilians of a default, a government named by its building or the acting side
    itself again is the owner's."""
    return a2 is None or a2.name == "Civilians" or a2.name.startswith("Government of") or a2 == a1


def _civilian_target(ev: Event, subs: dict) -> None:
    """A looting or destruction (not a riot) whose target is civilians, or their associated actors, targets
    civilians; one whose target is a force or nobody does not."""
    crowd = ev.actor1 is not None and ev.actor1.actor_type in ("Rioters", "Protesters")  # part of a riot: its own
    if ev.sub_event_type in subs and subs[ev.sub_event_type] is None and not crowd:
        ev.civilian_targeting = ev.actor2 is not None and ev.actor2.actor_type == "Civilians"
