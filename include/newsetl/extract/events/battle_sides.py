"""(ev88, issue 10) The side of a battle no rule named: an armed clash always has two armed sides (every gold armed
clash of the development sets names both), so a side still empty once every role rule and the merge have run is filled
from the side that is named. Against a state force of the event's own country the other side is an unidentified armed
group of that country ("Soldiers exchanged fire with poachers", "marine police traded fire with a group of fish-bomb
smugglers", "a gendarmerie unit exchanged fire with them" after "the thieves"); against a foreign force or a non-state
group it is the country's military ("Russian units have been trying to advance near Vuhledar"). The sub-event types,
the named side each default answers (`opposite`) and the default actors are data: the `empty_side` frames of
`data/actor_frames.json`, read through `affiliation.frames`."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from .affiliation import EMPTY_SIDE, frames
from .model import STATE_TYPES, Event, with_country
from .side_defaults import fires

OWN_STATE, OTHER = "own_state", "other"


def _answers(frame, named: Actor, iso3: str) -> bool:
    """Whether the frame fills the side against `named`: `own_state` a state force of the event's country (or a generic
    one), `other` any other actor, no `opposite` any."""
    own = named.actor_type in STATE_TYPES and named.country in (None, iso3)
    return frame.opposite == "" or (frame.opposite == OWN_STATE) == own


def empty_sides(events: list[Event], res: Rules, gaz: Gazetteer) -> None:
    """Fill the one empty side of each event an `empty_side` frame applies to with the frame's `target_default` in the
    event's country (the first frame that answers the named side), where no pattern of its `unless` matches; never the
    actor of the other side, never an event with no country, and never when both sides are empty (nothing says who
    fought)."""
    rules = [f for f in frames(res) if f.kind == EMPTY_SIDE and f.target_default in res.actors]
    for ev in events:
        if (ev.actor1 is None) == (ev.actor2 is None) or ev.place is None:
            continue
        iso3 = gaz.iso3(ev.place.country)
        named = ev.actor1 if ev.actor1 is not None else ev.actor2
        if iso3 is None or named is None:
            continue
        for frame in rules:
            if ev.sub_event_type not in frame.applies_to and ev.event_type not in frame.applies_to:
                continue
            if not _answers(frame, named, iso3) or not fires(frame, ev.sentence, without_patterns=True):
                continue
            actor = with_country(res.actors[frame.target_default or ""], iso3, res)
            if actor.name != named.name:
                if ev.actor1 is None:
                    ev.actor1 = actor
                else:
                    ev.actor2 = actor
            break
