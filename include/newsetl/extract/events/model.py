"""The event record, ACLED type groups and small helpers on events and actors."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import overload

from ..gazetteer import Place
from ..rules import Actor, Rules

PAST_YEAR_KINDS = ("year", "monthyear", "lastyear", "monthyear_of")


# an event only named (a noun, no verb reports it) and dated more than three months before the article's date is
# background to the news (the team's sets code events up to eight weeks old; one a verb reports stays, whatever its date)
STALE_DAYS = 90


FINE_FEATURES = ("city", "town", "village", "neighbourhood", "camp", "base", "border_crossing")


def unlisted(place: Place) -> bool:
    """A place the text names that the gazetteer lacks (located by a nearby or enclosing known place, its parent)."""
    return place.geonameid is None and not place.curated and place.feature != "country"


ARMED_TYPES = ("State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces")


NONSTATE_TYPES = ("Rebel group", "Political militia", "Identity militia")


STATE_TYPES = ("State forces", "External/Other forces")


VIOLENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Riots", "Protests")
# the event types of a crowd's act: a protest or a riot
CROWD_EVENT_TYPES = ("Protests", "Riots")

# ACLED's political-violence event types: an armed side acts (no crowd, no strategic development)
ARMED_VIOLENCE_TYPES = ("Battles", "Violence against civilians", "Explosions/Remote violence")


TERRITORY_SUBS = ("Government regains territory", "Non-state actor overtakes territory")


SYMMETRIC_SUBS = {"Armed clash", "Agreement"}


DEFAULT_PLOVER = {
    "Armed clash": ("ASSAULT", "firearms"),
    "Attack": ("ASSAULT", "firearms"),
    "Excessive force against protesters": ("ASSAULT", "firearms"),
    "Air/drone strike": ("ASSAULT", "aerial"),
    "Shelling/artillery/missile attack": ("ASSAULT", "heavy-weapons"),
    "Remote explosive/landmine/IED": ("ASSAULT", "explosives"),
    "Grenade": ("ASSAULT", "explosives"),
    "Suicide bomb": ("ASSAULT", "asymmetric"),
    "Chemical weapon": ("ASSAULT", "cbrn"),
    "Abduction/forced disappearance": ("ASSAULT", "abduct"),
    "Sexual violence": ("ASSAULT", "sexual"),
}


@dataclass
class Event:
    sub_event_type: str
    event_type: str
    plover_event: str
    plover_mode: str | None
    trigger: str
    sentence: str
    start_char: int
    end_char: int
    actor1: Actor | None = None
    actor2: Actor | None = None
    civilian_targeting: bool = False
    place: Place | None = None
    place_precision: int | None = None
    event_date: date | None = None
    time_precision: int = 3
    fatalities: int | None = None
    source: str | None = None
    hedged: bool = False
    paragraph: int = 0
    extras: dict = field(default_factory=dict)
    seq: int = -1  # position in the article's list of events while it is assembled
    trigger_at: int = -1  # (fix46) the trigger's offset in `sentence` (-1: not recorded)


def set_trigger_at(ev: Event, stext: str, rel: int) -> None:
    """Record the trigger's offset `rel` in the unstripped clause text `stext` as its offset in `ev.sentence`."""
    ev.trigger_at = rel - (len(stext) - len(stext.lstrip()))


def trigger_at(ev: Event) -> int:
    """The trigger's offset in `ev.sentence` (fix46: the recorded one, not the first occurrence of its text; a search
    only for an event built without one), -1 when the sentence lacks it."""
    at, n = ev.trigger_at, len(ev.trigger)
    if at >= 0 and ev.sentence[at : at + n].lower() == ev.trigger.lower():
        return at
    return ev.sentence.lower().find(ev.trigger.lower())


def retype(ev, event_type: str, sub: str) -> None:
    """Give an event another (sub-)type and the sub-type's PLOVER code (its own kept when the table has none)."""
    ev.event_type, ev.sub_event_type = event_type, sub
    ev.plover_event, ev.plover_mode = DEFAULT_PLOVER.get(sub, (ev.plover_event, ev.plover_mode))


def with_sub(trig, event_type: str, sub: str, res: Rules):
    pe, pm = DEFAULT_PLOVER.get(sub, (trig.plover_event, trig.plover_mode))
    return replace(
        trig,
        event_type=event_type,
        sub_event_type=sub,
        plover_event=pe,
        plover_mode=pm,
        alt_if_state=None,
        alt_if_civilians=None,
        alt_if_armed=None,
    )


@overload
def remap_actor(actor: Actor, iso3: str | None, res: Rules) -> Actor: ...
@overload
def remap_actor(actor: None, iso3: str | None, res: Rules) -> None: ...
def remap_actor(actor: Actor | None, iso3: str | None, res: Rules) -> Actor | None:
    if actor is None or not iso3 or not res.context_remap:
        return actor
    other = res.context_remap.get(actor.name, {}).get(iso3)
    return res.actors.get(other, actor) if other else actor


def with_country(actor: Actor, iso3: str | None, res: Rules) -> Actor:
    if not actor.generic:
        return actor
    names = res.lexicon.get("country_names", {})
    cname = names.get(iso3) if iso3 else None
    name = (
        actor.name.replace("{country}", cname)
        if cname
        else actor.name.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()
    )
    return Actor(name, actor.actor_type, iso3, False)


def place_key(e: Event) -> str:
    if e.place is None:
        return ""
    return f"{e.place.geonameid or ''}|{e.place.name}|{e.place.country}"


def stable_id(prefix: str, *parts) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:20]}"
