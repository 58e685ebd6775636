"""(ev88, issue 10) The side of a battle no rule named: an armed clash always has two armed sides (every gold armed
clash of the development sets names both), so a side still empty once every role rule and the merge have run is filled
from the side that is named. Against a state force of the event's own country the other side is an unidentified armed
group of that country ("Soldiers exchanged fire with poachers", "marine police traded fire with a group of fish-bomb
smugglers", "a gendarmerie unit exchanged fire with them" after "the thieves"); against a non-state group of the
event's country it is the country's military, or its police where the sentence names them ("TTP fighters attacked a
checkpoint ... and exchanged fire with the officers on duty"); against a foreign state force only for the pairs of
countries at war the frame lists ("Russian units have been trying to advance near Vuhledar": Ukraine's military), not
for a foreign force in a host country it does not fight (Turkish troops in Iraq, Kenyan troops in Somalia); against a
non-state group of another country only where its insurgency spans the border (`group_pairs`: ISWAP in Niger). (fix96)
Never a fight within one group (the frames' `unless`: "clashed among themselves", "rival factions of X"), never a
fight of two communities or crowds whose side is empty on purpose (ev86's `two_sided_fight`; fix99: nor where a crowd
or civilians are the subject before the trigger, `battle_empty_side_crowd_before`: "Villagers armed with rifles
repelled bandits", "armed men from A and from B exchanged gunfire"), never an actor that a
`region_force` frame replaces (Palestine's military in the occupied territories). The sub-event types, the named side
each default answers (`opposite`, `pairs`, `group_pairs`) and the default actors are data: the `empty_side` frames of
`data/actor_frames.json`, read through `affiliation.frames`."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..rules import Actor, Rules
from .affiliation import EMPTY_SIDE, OTHER, OWN_STATE, frames
from .filled import filled_rx
from .model import NONSTATE_TYPES, STATE_TYPES, Event, trigger_at, with_country
from .side_defaults import REGION_FORCE, fires


def _answers(frame, named: Actor, iso3: str) -> bool:
    """Whether the frame fills the side against `named`: `own_state` a state force of the event's country (or a generic
    one); `other` a non-state group of the event's country (or of none) or of another where `group_pairs` lists (its
    country, the event's): an insurgency that spans the border; or a state force of another country that `pairs` lists
    as at war with the event's; no `opposite` any."""
    state = named.actor_type in STATE_TYPES
    if frame.opposite == OWN_STATE:
        return state and named.country in (None, iso3)
    if frame.opposite == OTHER:
        if state:
            return (named.country, iso3) in frame.pairs
        return named.actor_type in NONSTATE_TYPES and (
            named.country in (None, iso3) or (named.country, iso3) in frame.group_pairs
        )
    return True


def _default(frame, sentence: str, iso3: str, res: Rules) -> Actor:
    """The frame's actor in the event's country: the first of `alternatives` whose pattern the sentence matches
    ("the officers on duty": the police), else `target_default`."""
    name = next((a for p, a in frame.alternatives if p.search(sentence)), frame.target_default or "")
    return with_country(res.actors[name], iso3, res)


def _crowd_side(ev: Event, res: Rules) -> bool:
    """(fix99) A crowd or civilians named as a side before the trigger, in the text from the last ';' ("Villagers armed
    with rifles repelled bandits", "Local hunters exchanged fire with jihadists"): the empty side is theirs, left
    unnamed on purpose, not an armed group's or a state force's."""
    at = trigger_at(ev)
    if at <= 0:
        return False
    before = ev.sentence[:at]
    return filled_rx(res, "battle_empty_side_crowd_before").search(before[before.rfind(";") + 1 :]) is not None


def empty_sides(events: list[Event], res: Rules, gaz: Gazetteer) -> None:
    """Fill the one empty side of each event an `empty_side` frame applies to with the frame's default in the event's
    country (the first frame that answers the named side), where no pattern of its `unless` matches; never the actor of
    the other side or one a `region_force` frame replaces, never an event with no country or a fight of two crowds
    (`two_sided_fight`), with a crowd's side before the trigger (`_crowd_side`) or an actor2 the fitted chooser
    emptied, and never when both sides are empty (nothing says who fought)."""
    every = frames(res)
    rules = [f for f in every if f.kind == EMPTY_SIDE]
    regional = {name for f in every if f.kind == REGION_FORCE for name in f.replace}
    for ev in events:
        if (ev.actor1 is None) == (ev.actor2 is None) or ev.place is None or ev.extras.get("two_sided_fight"):
            continue
        if _crowd_side(ev, res) or (ev.actor2 is None and ev.extras.get("actor2_model")):
            continue  # (fix99) nor a side the fitted actor2 chooser emptied on purpose
        iso3 = gaz.iso3(ev.place.country)
        named = ev.actor1 if ev.actor1 is not None else ev.actor2
        if iso3 is None or named is None:
            continue
        for frame in rules:
            if ev.sub_event_type not in frame.applies_to and ev.event_type not in frame.applies_to:
                continue
            if not _answers(frame, named, iso3) or not fires(frame, ev.sentence, without_patterns=True):
                continue
            actor = _default(frame, ev.sentence, iso3, res)
            if actor.name != named.name and actor.name not in regional:
                if ev.actor1 is None:
                    ev.actor1 = actor
                else:
                    ev.actor2 = actor
            break
