"""Actor frames of round ev27 (issue 10; kinds of `data/actor_frames.json` read through `affiliation.member_targets`):
a side the rules left empty or generic, filled from what the sentence or the story says. `intercept`: drones shot down
are the story's one foreign striker's, unnamed air defences the event country's military; `object`: a strike on a
place people live in (or whose next sentence names a hurt civilian) targets civilians; `default_actor1` /
`default_actor2`: a side nobody named is the country's default force (an arrest's police, the defender of "repelled an
attack by"); `side_alias`: a generic force named with words a crowd event uses for another force; `region_force`
(ev28): a country's generic force at a place of a region with its own force (Puntland's, Somaliland's police);
`replace_target` (ev28): a target the sentence's words show to be another (crowds that fight each other: rioters)."""

from __future__ import annotations

import re

from ..rules import Actor, Rules
from .model import ARMED_TYPES, NONSTATE_TYPES, STATE_TYPES, Event, with_country
from .story_roles import REMOTE_MEANS

SAME_AS_ACTOR1 = "{actor1}"  # (ev63) a `replace_target` frame's target: the event's actor1 ("rival factions of X")
REGION_FORCE = "region_force"
KINDS = ("intercept", "object", "default_actor1", "default_actor2", "side_alias", REGION_FORCE, "replace_target")


def fires(frame, sentence: str, without_patterns: bool) -> bool:
    """A pattern of the frame matches the sentence (no patterns: `without_patterns`) and none of `unless` does; (fix67)
    with `unless_phrase`, a pattern match that no match of `unless` covers ("Soldiers arrested three men in Jenin,
    Palestinian Authority security forces said": the soldiers are not the Authority's)."""
    if frame.patterns and frame.unless_phrase:
        covered = [m.span() for p in frame.unless for m in p.finditer(sentence)]
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in covered)
            for p in frame.patterns
            for m in p.finditer(sentence)
        )
    if frame.patterns:
        if not any(p.search(sentence) for p in frame.patterns):
            return False
    elif not without_patterns:
        return False
    return not any(p.search(sentence) for p in frame.unless)


def _strikers(events: list[Event], iso3: str | None) -> dict[str, Actor]:
    """The identified armed actors the story names as authors of its strikes and shelling, none a state force of the
    country `iso3` (whose air defences are the ones shooting)."""
    out = {}
    for e in events:
        a = e.actor1
        if e.sub_event_type in REMOTE_MEANS and a is not None and not a.generic and a.actor_type in ARMED_TYPES:
            if not a.name.startswith("Unidentified") and not (a.country == iso3 and a.actor_type in STATE_TYPES):
                out[a.name] = a
    return out


def _intercept(ev: Event, frame, res: Rules, iso3: str | None, events: list[Event]) -> None:
    """(ev27) "air defences shot down 11 attack drones": the drones are the story's one foreign striker's (actor2,
    when the rules left it empty), and unnamed air defences (`defenders`) the event country's military (actor1)."""
    if not any(p.search(ev.sentence) for p in frame.patterns):
        return
    if ev.actor1 is None and any(p.search(ev.sentence) for p in frame.defenders):
        generic = res.actors.get("Military Forces of {country}")
        ev.actor1 = with_country(generic, iso3, res) if generic is not None and iso3 else None
    if ev.actor2 is None:
        strikers = {k: a for k, a in _strikers(events, iso3).items() if ev.actor1 is None or k != ev.actor1.name}
        if len(strikers) == 1:
            ev.actor2 = next(iter(strikers.values()))


def _following(ev: Event, text: str) -> str:
    """The sentence after the event's, in the same paragraph ("" when the event's sentence ends it)."""
    at = text.find(ev.sentence, max(0, ev.start_char - len(ev.sentence)))
    if at < 0:
        return ""
    rest = text[at + len(ev.sentence) :].split("\n", 1)[0]
    return re.split(r"(?<=[.!?])\s+", rest.strip(), maxsplit=1)[0]


def _object(ev: Event, frame, res: Rules, text: str) -> None:
    """(ev27) "shelled the village of X", "fired mortars at the village": a strike the rules left without a target hit
    a place people live in (`patterns`), its target the frame's `target_default` (civilians); with `next_sentence`,
    the pattern is read in the sentence after the event's ("A man was wounded by shrapnel.")."""
    if ev.actor2 is not None or not frame.target_default:
        return
    where = _following(ev, text) if frame.next_sentence else ev.sentence
    if not where or not any(p.search(where) for p in frame.patterns):
        return
    target = res.actors.get(frame.target_default)
    if target is not None:
        ev.actor2 = target
        ev.civilian_targeting = target.actor_type == "Civilians"


def _default_side(ev: Event, frame, res: Rules, iso3: str | None, side: int) -> None:
    """(ev27) "four other accused were arrested in X", "officers repelled an attack by X": a side no rule filled is the
    frame's default force of the event's country (the first of `alternatives` whose pattern the sentence matches, else
    `target_default`), where a pattern of the frame matches (no patterns: always) and none of `unless` does."""
    if (ev.actor1 if side == 1 else ev.actor2) is not None or not iso3:
        return
    if not fires(frame, ev.sentence, without_patterns=True):
        return
    name = next((a for p, a in frame.alternatives if p.search(ev.sentence)), frame.target_default)
    generic = res.actors.get(name or "")
    if generic is None:
        return
    actor, other = with_country(generic, iso3, res), ev.actor2 if side == 1 else ev.actor1
    if other is not None and other.name == actor.name:
        return  # never the same force on both sides
    if side == 1:
        ev.actor1 = actor
    else:
        ev.actor2 = actor


def _side_alias(ev: Event, frame, res: Rules) -> None:
    """ "security forces fired tear gas at the crowd": a side filled with a generic force (`replace_prefixes`) from words
    a crowd event uses for the police (`patterns`, none of `unless` in the sentence) is that country's `target_default`
    force (measured, packaged off: `crowd_security_forces`)."""
    generic = res.actors.get(frame.target_default or "")
    if generic is None or not fires(frame, ev.sentence, without_patterns=False):
        return
    if ev.actor1 is not None and ev.actor1.name.startswith(frame.replace_prefixes) and ev.actor1.country:
        ev.actor1 = with_country(generic, ev.actor1.country, res)
    if ev.actor2 is not None and ev.actor2.name.startswith(frame.replace_prefixes) and ev.actor2.country:
        ev.actor2 = with_country(generic, ev.actor2.country, res)


def _region_force(ev: Event, frame, res: Rules) -> None:
    """(ev28) "police in Bosaso detained ...": a side the rules filled with a country's generic force (`replace`) is,
    at a place of a region with its own force (`regions`: admin1 -> actor), that region's force ("Police Forces of
    Puntland"), where a pattern matches (a bare "police") and no pattern of `unless` does."""
    admin1 = ev.place.admin1 if ev.place is not None else None
    actor = res.actors.get(dict(frame.regions).get(admin1 or "", ""))
    if actor is None:
        return
    # (fix31) only a bare "police" is the region's: not NISA, "Somali federal police" or "Somali authorities"
    if not fires(frame, ev.sentence, without_patterns=True):
        return
    if ev.actor1 is not None and ev.actor1.name in frame.replace:
        ev.actor1 = actor
    if ev.actor2 is not None and ev.actor2.name in frame.replace:
        ev.actor2 = actor


def _names_own_group(frame, sentence: str, actor: Actor, res: Rules) -> bool:
    """(fix64) A match of the frame whose `group` words ("rival factions of <group>") start with a name of `actor`
    itself, or a match with no `group` ("between rival factions of"): not "two camps of displaced people"."""
    for pat in frame.patterns:
        for m in pat.finditer(sentence):
            group = m.groupdict().get("group")
            if group is None:
                return True
            words = group.split()
            if any(res.resolve_actor(" ".join(words[:n])) == actor for n in range(len(words), 0, -1)):
                return True
    return False


def _replace_target(ev: Event, frame, res: Rules) -> None:
    """(ev28) "rival supporters fought on the terraces", "a brawl between A and B youths": a target the rules filled
    with one of `replace` ("Civilians") is the frame's `target_default` ("Rioters") where a pattern matches; (ev63) a
    `target_default` of "{actor1}" is the event's own non-state actor1, both sides of a fight within one group."""
    target = res.actors.get(frame.target_default or "")
    if frame.target_default == SAME_AS_ACTOR1:  # (ev63) "a shootout between rival factions of illegal miners"
        target = ev.actor1 if ev.actor1 is not None and ev.actor1.actor_type in NONSTATE_TYPES else None
    if target is None or ev.actor2 is None or ev.actor2.name not in frame.replace:
        return
    if frame.target_default == SAME_AS_ACTOR1 and not _names_own_group(frame, ev.sentence, target, res):
        return
    if fires(frame, ev.sentence, without_patterns=False):
        ev.actor2 = target
        ev.civilian_targeting = False


def apply(ev: Event, frame, res: Rules, iso3: str | None, events: list[Event], text: str) -> None:
    """Run the frame (of one of `KINDS`) on one event."""
    if frame.kind == "intercept":
        _intercept(ev, frame, res, iso3, events)
    elif frame.kind == "object":
        _object(ev, frame, res, text)
    elif frame.kind == "side_alias":
        _side_alias(ev, frame, res)
    elif frame.kind == REGION_FORCE:
        _region_force(ev, frame, res)
    elif frame.kind == "replace_target":
        _replace_target(ev, frame, res)
    else:
        _default_side(ev, frame, res, iso3, int(frame.kind[-1]))
