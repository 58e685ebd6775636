"""(ev88, issue 10) The side of a battle no rule named: an armed clash always has two armed sides (every gold armed
clash of the development sets names both), so a side still empty once every role rule and the merge have run is the
unidentified armed group of the event's country ("Soldiers exchanged fire with poachers", "marine police traded fire
with a group of fish-bomb smugglers", "a gendarmerie unit exchanged fire with them" after "the thieves"). The sub-event
types and the default actor are data: the `empty_side` frames of `data/actor_frames.json`, read through
`affiliation.frames`."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..rules import Rules
from .affiliation import EMPTY_SIDE, frames
from .model import Event, with_country
from .side_defaults import fires


def empty_sides(events: list[Event], res: Rules, gaz: Gazetteer) -> None:
    """Fill the one empty side of each event an `empty_side` frame applies to with the frame's `target_default` in the
    event's country, where no pattern of its `unless` matches; never the actor of the other side, and never when both
    sides are empty (nothing says who fought)."""
    for frame in frames(res):
        if frame.kind != EMPTY_SIDE or not frame.target_default or frame.target_default not in res.actors:
            continue
        generic = res.actors[frame.target_default]
        for ev in events:
            if ev.sub_event_type not in frame.applies_to and ev.event_type not in frame.applies_to:
                continue
            if (ev.actor1 is None) == (ev.actor2 is None) or not fires(frame, ev.sentence, without_patterns=True):
                continue
            iso3 = gaz.iso3(ev.place.country) if ev.place is not None else None
            actor = with_country(generic, iso3, res)
            if ev.actor1 is None and ev.actor2 is not None and ev.actor2.name != actor.name:
                ev.actor1 = actor
            elif ev.actor2 is None and ev.actor1 is not None and ev.actor1.name != actor.name:
                ev.actor2 = actor
