"""Restatements and duplicates: one event per (sub-event type, place, date) of an article."""

from __future__ import annotations

import re

from .arrest_cause import counted_arrest, intervening_subs, other_occasion_arrest, press_arrest
from .attribution import ATTRIB_TAIL, speech_barrier
from .crowd_choice import passive_span
from .crowd_retype import crowd_named
from .filled import filled_rx
from .later_toll import adds_loss
from .model import ARMED_VIOLENCE_TYPES, CROWD_EVENT_TYPES, STATE_TYPES, VIOLENT_TYPES, Event, place_key, trigger_at
from .retold import disputed_account
from .speaker_places import speaker_only, speech_dated_twin
from .text import clause_bounds, rx_of

ALSO_RESTATE = re.compile(
    r"^\W*(?:The|These|Those)\s+(?:attackers|assailants|gunmen|fighters|militants|insurgents|raiders|rebels|militiamen|bandits|jihadists|"
    r"gang\s+members)\b.*\balso\b",
    re.S,
)


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (sub_event_type, place, date) in an article; a dateless mention joins a dated one."""
    out: list[Event] = []
    same: dict[tuple, list[Event]] = {}  # (sub-event type, place) -> events kept so far
    for e in events:
        twin = None
        for o in same.get((e.sub_event_type, place_key(e)), ()):
            if o.event_date == e.event_date or o.event_date is None or e.event_date is None:
                twin = o
                break
        if twin is None:
            out.append(e)
            same.setdefault((e.sub_event_type, place_key(e)), []).append(e)
            continue
        twin.extras["merged"] = twin.extras.get("merged", 0) + 1  # (a feature of the event scorer)
        if twin.event_date is None and e.event_date is not None:
            twin.event_date, twin.time_precision = e.event_date, e.time_precision
        if e.fatalities is not None and (twin.fatalities is None or e.fatalities > twin.fatalities):
            twin.fatalities = e.fatalities
        twin.actor1 = twin.actor1 or e.actor1
        twin.actor2 = twin.actor2 or e.actor2
        twin.civilian_targeting = twin.civilian_targeting or e.civilian_targeting
        twin.source = twin.source or e.source
    return out


def fold_announced(events: list[Event], res) -> list[Event]:
    """(ev87) "The Customs Division condemns the attack on its officers at Elubo on Saturday 28 March 2026.", then the
    account of that attack: a condemned, denounced or mourned event (`event_reference` before the trigger, kept as a
    first report by `_first_report`) that the article tells later, at the same place (or none) on the same day (or
    none), is that later event; the account's row keeps its own type and takes the announced day when it has none.
    With no such later event the announcement stays the event's only report."""
    out: list[Event] = []
    for i, e in enumerate(events):
        at = trigger_at(e)
        ann = e.event_type in VIOLENT_TYPES and at >= 0
        before = e.sentence[max(0, at - 40) : at]
        # (fix102) "mourned the deaths of N ... killed": folded only into a later account, never dropped as a reference
        ann = ann and any(res.pattern_search(k, before) for k in ("event_reference", "event_reference_fold"))
        told = next((o for o in events[i + 1 :] if _tells_announced(e, o)), None) if ann else None
        if told is None:
            out.append(e)
            continue
        if told.event_date is None and e.event_date is not None:
            told.event_date, told.time_precision = e.event_date, e.time_precision
        if told.fatalities is None:
            told.fatalities = e.fatalities  # (fix98) "condemned the killing of 12 villagers", told again: its toll
        told.place = told.place or e.place
        told.extras["merged"] = told.extras.get("merged", 0) + 1
    return out


def _tells_announced(e: Event, o: Event) -> bool:
    """`o`, told after the announcement `e`, is an event of its kind at its place (or none) on its day (or none), not
    only another mention of the announcement's sentence. (fix98) An armed act announced is told as an armed act, or
    as a riot when nobody died in it ("condemned the attack on the police station", "rioters burned the station"),
    never as a protest; a crowd's act only as a crowd's act, and a deadly one never as a crowd's act with no dead
    ("mourned the killing of five farmers", then "hundreds of youths protested")."""
    same_place = e.place is None or o.place is None or place_key(e) == place_key(o)
    same_day = e.event_date is None or o.event_date is None or e.event_date == o.event_date
    crowd = e.event_type in CROWD_EVENT_TYPES
    if o.event_type in ARMED_VIOLENCE_TYPES:
        kind_fits = not crowd
    elif e.fatalities and o.fatalities and o.event_type in CROWD_EVENT_TYPES:
        kind_fits = True  # (ev92) "mourned the deaths of two students", then the march where police shot them dead
    else:
        kind_fits = o.event_type in CROWD_EVENT_TYPES and not e.fatalities and (crowd or o.event_type == "Riots")
    return (
        kind_fits
        and o.sentence != e.sentence
        and same_place
        and same_day
        and (e.place is not None or e.event_date is not None)
    )


def _restated_event(art, ev, para: int, own_place, det: bool, weak: bool, reported: bool):
    """The earlier event a clause restates: with a determiner ("the attack") the latest one at the same place (or
    with no place), else one of the same or the previous paragraph."""
    events = art.events
    if det:
        if own_place is None:
            return events[-1]
        idx = [art.last_index(k) for k in (("none", None), ("name", own_place.name), ("parent", own_place.name))]
        if own_place.parent:
            idx.append(art.last_index(("name", own_place.parent)))
        idx = [i for i in idx if i is not None]
        return events[max(idx)] if idx else None
    for cand in reversed(events):
        if para - cand.paragraph > 1:
            break
        if reported and not weak and cand.event_type not in VIOLENT_TYPES and ev.event_type in VIOLENT_TYPES:
            continue
        if (
            own_place is None
            or cand.place is None
            or own_place.name == cand.place.name
            or (own_place.parent and own_place.parent == cand.place.name)
            or (cand.place.parent and cand.place.parent == own_place.name)
        ):
            return cand
    return None


PLACE_RESTATE = re.compile(r"\b(?:took\s+place|happened|occurred)\s+(?:in|at|near|on)\b", re.I)


AREAS = frozenset({"region", "province", "country"})


def _same_kind(last, ev) -> bool:
    """ "The attack took place in X" after "Gunmen killed 11 civilians": the noun names the event just reported even when
    on its own it would be coded as another kind of violence."""
    return last.sub_event_type == ev.sub_event_type or (
        last.event_type in ARMED_VIOLENCE_TYPES and ev.event_type in ARMED_VIOLENCE_TYPES
    )


def _finer_inside(place, area) -> bool:
    """A village or town restated for an event placed so far at a region of the same country ("in the Oromia region",
    then "The attack took place in Hora Boqa")."""
    return area.feature in AREAS and place.feature not in AREAS and place.country == area.country


def _restated_detail(art, u, ev, trig, chosen: list, own_dates: list, det: bool, last) -> bool:
    """A detail of the event just reported: "The attack took place in the Buleda area" places it (when its place came
    only from a dateline or the article); "Four traders were briefly detained." after a protest is its intervention."""
    if last is None or any(d.value != last.event_date for d in own_dates):
        return False  # (a date of its own that is the event's, "during Sunday's protest", is no new event)
    if det and chosen and PLACE_RESTATE.search(u.stext) and _same_kind(last, ev):
        if (
            last.place is None
            or last.place_precision == 3
            or last.place.name not in last.sentence
            or _finer_inside(chosen[0][0], last.place)
        ):
            last.place, last.place_precision = chosen[0]
        art.mark_seen(last, u.para)
        return True
    if (
        trig.sub_event_type == "Arrests"
        and not chosen
        and last.event_type == "Protests"
        and told_just_before(last, u.para)
        and not other_occasion_arrest(art.res, u.stext, last)
    ):
        if last.sub_event_type == "Peaceful protest":  # ACLED: arrests at a demonstration are an intervention
            last.sub_event_type = "Protest with intervention"
        art.mark_seen(last, u.para)
        return True
    return False


def _lead_placed(art, u, ev, chosen: list, own_dates: list) -> bool:
    """(ev58) A wire lead placed only at its dateline, an area or a reserve and dated at most by the report ("Gunmen
    killed five members of one family ..., police said Wednesday"), then the next paragraph's opening sentence naming
    it, its attackers or its victims with a settlement (`lead_restate_openers`: "The attack took place late Tuesday in
    El Murmullo", "The attackers ... struck the post at Tougbo ... on Wednesday", "The rangers were shot near the
    village of Carmelita"): one event at that settlement, on its own day (else the lead's), the tolls added."""
    res, last = art.res, (art.events[0] if len(art.events) == 1 else None)
    if last is None or not chosen or u.para - last.paragraph != 1:
        return False
    m = res.pattern_search("lead_restate_openers", u.stext)
    if m is None or m.start() != 0 or art.para_starts[u.para] != u.s0:
        return False
    noun = m.group(0).split()[-1].lower()
    named = noun in res.wordset("lead_restate_event_nouns")
    if not named and noun.rstrip("s") not in last.sentence.lower():
        return False  # "The rangers" names the lead's victims, "The attack" its event; "The army" neither
    if not _same_kind(last, ev) and not (
        named and last.event_type in ARMED_VIOLENCE_TYPES and ev.event_type == "Riots"
    ):
        return False  # (ev70) "The assault took place in X, where activists were holding a meeting": the lead, no riot
    place = last.place
    heads = res.wordset("lead_area_place_heads")
    if (
        place is not None
        and place.name in last.sentence
        and place.feature not in AREAS | {"natural"}
        and place.name.split()[-1].lower() not in heads
    ):
        return False  # the lead named its own settlement ("in the Maya Biosphere Reserve" is none): another event
    if own_dates and not (last.extras.get("report_dated") or last.event_date is None):
        return False
    also = res.pattern_search("lead_restate_other_side_losses", u.stext) is not None
    if (ev.fatalities and last.fatalities and ev.fatalities != last.fatalities and not also) or res.pattern_search(
        "lead_restate_another_event", u.stext
    ):
        return (
            False  # "struck a second post ..., killing five soldiers": a toll or an ordinal of its own, another event
        )
    last.place, last.place_precision = chosen[0]
    if own_dates:
        last.event_date, last.time_precision = own_dates[0].value, own_dates[0].precision
    if ev.fatalities and ev.fatalities != last.fatalities:
        last.fatalities = (last.fatalities or 0) + ev.fatalities if also else max(last.fatalities or 0, ev.fatalities)
    art.mark_seen(last, u.para)
    return True


# "One of the strikes ...", "Two of them ..." (wordlists.json `volley_part_lead`, case-sensitive: a sentence's start)
def _volley_part(res, stext: str):
    rx = res.patterns_re("volley_part_lead", 0)
    return rx.match(stext) if rx is not None else None


def _part_of_volley(ev, last, own_dates: list) -> None:
    """ "One of the strikes hit a house in X": a strike of the volley just reported, with its means, author and (with no
    day of its own) its date."""
    ev.event_type, ev.sub_event_type = last.event_type, last.sub_event_type
    ev.plover_event, ev.plover_mode = last.plover_event, last.plover_mode
    if ev.actor1 is None or ev.actor1.name.startswith("Unidentified"):
        ev.actor1 = last.actor1
    if not own_dates and last.event_date is not None:
        ev.event_date, ev.time_precision = last.event_date, last.time_precision


def _found(res, name: str, text: str) -> bool:
    rx = res.patterns_re(name)
    return rx is not None and rx.search(text) is not None


def _undated_sequel(art, ev, stext: str, chosen: list, last) -> bool:
    """A violent clause with no day in its paragraph and no place of its own, after a violent event the story reported
    ("The firefight lasted for about 20 minutes", "JNIM claimed to have killed 200 soldiers", "According to the report,
    the soldiers were attacked by gunmen"): a detail of that event, not one of its own (unless it says it is another)."""
    return (
        ev.event_date is None
        and not chosen
        and last is not None
        and last.event_type in ARMED_VIOLENCE_TYPES
        and ev.event_type in ARMED_VIOLENCE_TYPES
        and not _found(art.res, "new_incident_patterns", stext)
    )


def _sequel(art, u, ev, chosen: list, own_dates: list, det: bool, last) -> tuple[bool, list]:
    """(det, chosen) for a clause that goes on about the event just reported: a part of its volley ("One of them hit a
    fuel depot"), a building it hit ("An industrial enterprise in the X district was hit."), an undated detail ("The
    firefight lasted for about 20 minutes"): it restates that event, its place no new one."""
    stext = u.stext
    part = _volley_part(art.res, stext)
    if (
        part is not None
        and last is not None
        and last.event_type == "Explosions/Remote violence"
        and ev.event_type in ARMED_VIOLENCE_TYPES
    ):
        _part_of_volley(ev, last, own_dates)
        if part.group("pron") or not chosen:
            det, chosen = True, []  # "One of them hit a fuel depot": the drones just reported, the same event
    if (
        not own_dates
        and last is not None
        and last.event_type == "Explosions/Remote violence"
        and told_just_before(last, u.para)
        and (not chosen or chosen[0][1] >= 2)
        and _found(art.res, "passive_hit_patterns", stext)
    ):
        # "An industrial enterprise in the X district was hit.": a target of the strike just told
        det, chosen = True, []
    if not own_dates and _undated_sequel(art, ev, stext, chosen, last):
        det = True  # "The firefight lasted for about 20 minutes": no day, no place of its own, the fight just reported
    return det, chosen


def _seen(e) -> int:
    """The paragraph the story was last about event `e` in."""
    return e.extras.get("seen", e.paragraph)


def told_just_before(last, para: int) -> bool:
    """The story was about `last` in this paragraph or the one before it: a wire report gives each sentence its own
    paragraph, so "Police fired tear gas at the crowd." after "Traders marched to the council." is still about it."""
    return 0 <= para - _seen(last) <= 1


def intervention_sequel(art, trig, para: int) -> bool:
    """An intervention told right after a protest of the same paragraph ("Police used tear gas to scatter the crowd");
    (ev100) or force on a crowd (an excessive-force trigger: "Officers responded with tear gas and live ammunition")
    right after a protest or a riot of the same paragraph: that event's intervention (convention 7), not a new one."""
    last = art.latest()
    if last is None or _seen(last) != para:
        return False
    if trig.sub_event_type == "Protest with intervention":
        return last.event_type == "Protests"
    return trig.sub_event_type == "Excessive force against protesters" and last.event_type in CROWD_EVENT_TYPES


def _own_act(art, ev, prev, chosen: list) -> bool:
    """ "The attackers also abducted 40 people": a sequel of another kind of act (wordlists.json `sequel_own_acts`) is
    an event of its own, not a detail of the attack it follows; it happened where (unless it names its own place) and
    when that attack did. True when it is one (`ev` then has that place and date)."""
    if ev.sub_event_type == prev.sub_event_type or ev.sub_event_type not in art.res.wordset("sequel_own_acts"):
        return False
    words = ev.trigger.lower().split()
    if not words or not (words[0].endswith("ed") or words[0] in art.res.wordset("irregular_past")):
        return False  # a noun ("Kidnapping for ransom has become a business"): background, not an act of the attackers
    if not chosen:
        ev.place, ev.place_precision = prev.place, prev.place_precision
    ev.event_date, ev.time_precision = prev.event_date, prev.time_precision
    return True


def _retold(res, trig, stext: str, chosen: list, last) -> bool:
    """A sentence that goes on about the event just reported: "The attackers ... also ..." (ALSO_RESTATE), or (ev33) a
    battle named with a determiner as the subject of how it began, lasted or went on (`retold_battle_openers`: "The
    gunfight began when ...", "The clashes continued for two days"), unless (fix39) it names a place other than that
    event's ("The clashes in Kidal erupted after ...", "The fighting continued in Kidal"): a battle of its own."""
    if ALSO_RESTATE.match(stext) is not None:
        return True
    m = res.pattern_search("retold_battle_openers", stext) if trig.event_type == "Battles" else None
    if m is None:
        return False
    if not chosen or last is None or last.place is None:
        return True
    place = chosen[0][0]
    if (place.name, place.country) == (last.place.name, last.place.country) or _finer_inside(place, last.place):
        return True
    # the place of the battle itself: in its opener or right after its verb (not "fled towards X", "after jets struck X")
    at = rx_of(rf"\b(?:in|at|near|around)\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?{re.escape(place.name)}\b")
    tail = re.match(r"\s+(?:in|at|near|around)\s+[^,.;]{0,60}", stext[m.end() :])
    return at.search(stext[: m.end()] + (tail.group(0) if tail else "")) is None


def restates(art, u, ev, trig, rel: int, chosen: list, own_dates: list, det: bool) -> bool:
    """A clause that restates an earlier event ("the attack", "The attackers also stole cattle", an account given by
    someone, a weak trigger) with no date of its own adds its toll and actors to that event. True when it did."""
    stext, para, last = u.stext, u.para, art.latest()
    if (crowd := crowd_sequel(art, u, ev, trig, rel, chosen, own_dates)) is not None:
        if crowd.sub_event_type == "Peaceful protest" and ev.sub_event_type in intervening_subs(art.res):
            # "Hundreds marched to the council. Police detained 12 of them at the scene.": arrests at a demonstration
            # make it one with intervention (convention 7); so does force on it (ev81: "Police opened fire on them")
            crowd.sub_event_type = "Protest with intervention"
        # (fix78) the intervening force is the protest's or the riot's actor2 (convention 7), whatever was folded
        force = next((a for a in (ev.actor1, ev.actor2) if a is not None and a.actor_type in STATE_TYPES), None)
        crowd.actor2 = crowd.actor2 or force
        _excessive_force(art.res, crowd, ev)
        crowd.extras.setdefault("interventions", []).append(ev)  # (fix86) its toll is read in its own clause
        _absorb(art, u, ev, crowd, None)  # "Police fired tear gas at the crowd": the protest or riot just told
        return True
    if ev.sub_event_type == "Arrests" and (counted_arrest(art.res, stext, rel) or press_arrest(art.res, stext, rel)):
        return False  # (ev56) "Soldiers also arrested six young men", "... and arrested 17 people": its own Arrests
    also = not own_dates and _retold(art.res, trig, stext, chosen, last)
    if also:
        det = True  # "The attackers, believed to be from Jonglei, also stole cattle": part of the attack just reported
    weak = trig.priority <= 3 and trig.event_type in (
        "Battles",
        "Explosions/Remote violence",
        "Violence against civilians",
    )
    # an account given by someone ("Survivors said the attackers went from house to house, shooting men") with no date or
    # place of its own restates the event already reported
    said = speech_barrier(stext, rel, art.res) is not None or ATTRIB_TAIL.search(stext) is not None
    if said and ev.event_type in ARMED_VIOLENCE_TYPES and speaker_only(art, u, ev, chosen, rel):
        chosen = []  # (ev92) "Kisii police commander Ann Ruto said the youths fought ...": the speaker's place only
    reported = said and not chosen
    if _restated_detail(art, u, ev, trig, chosen, own_dates, det, last) or _lead_placed(art, u, ev, chosen, own_dates):
        return True
    if (
        trig.event_type in CROWD_EVENT_TYPES
        and not chosen
        and last is not None
        and last.event_type == "Riots"
        and _seen(last) == para
    ):
        # "A mob set fire to houses. Security forces fired tear gas to disperse the crowd.": the same riot; so is an
        # undated, unplaced riot clause after it ("Several gendarmes were injured by stones and the post was set on fire.")
        det = True
    if (
        ev.sub_event_type == "Arrests"
        and not chosen
        and not own_dates
        and last is not None
        and last.event_type in CROWD_EVENT_TYPES
        and _seen(last) == para
        and not other_occasion_arrest(art.res, stext, last)
    ):
        det = True  # "Seven officers were hurt, and 14 persons were detained at the scene.": arrests at that demonstration
    det, chosen = _sequel(art, u, ev, chosen, own_dates, det, last)
    if said and (twin := speech_dated_twin(art, u, ev, chosen, own_dates, rel)) is not None:
        _absorb(art, u, ev, twin, None)  # (ev92) "the ministry said on Wednesday that jets had struck X": told again
        return True
    if not (weak or det or reported) or not art.events or own_dates:
        return False
    own_place = chosen[0][0] if chosen and not also else None
    prev = _restated_event(art, ev, para, own_place, det, weak, reported)
    if prev is None or _own_act(art, ev, prev, chosen) or _riot_after_other_act(art, ev, prev, stext):
        return False
    _riot_of_protest(ev, prev, stext, art.res)
    _absorb(art, u, ev, prev, own_place)
    return True


def _riot_after_other_act(art, ev, prev, stext: str) -> bool:
    """(ev90) A named crowd's riot told after another side's act ("Guards shot a digger. Angry miners then threw stones
    at police and set a guard post alight, ..."; `crowd_retype.crowd_named`): the crowd's own event, not a detail of
    that act ("The gang members also set fire to 45 houses" names no crowd and stays the gang's attack)."""
    return ev.event_type == "Riots" and prev.event_type not in ("Riots", "Protests") and crowd_named(stext, art.res)


def _riot_of_protest(ev, prev, stext: str, res) -> None:
    """(ev90) A riot clause folded into the protest just told ("Hundreds of farmers protested in X. Three officers were
    attacked by the protesters."): the protest turned violent, one event of the riot's type and sides (ACLED); (fix101)
    only when the protest's crowd acts in it (`riot_of_protest_crowd_agent`: "by the protesters", "Some protesters
    pelted police"), not when others attack them ("A group of youths attacked the marchers with clubs")."""
    if (
        ev.event_type == "Riots"
        and prev.sub_event_type in ("Peaceful protest", "Protest with intervention")
        and filled_rx(res, "riot_of_protest_crowd_agent").search(stext)
        and not disputed_account(ev, res)  # (ev120) "Police claimed that some protesters threw bottles"
    ):
        prev.event_type, prev.sub_event_type = ev.event_type, ev.sub_event_type
        prev.plover_event, prev.plover_mode = ev.plover_event, ev.plover_mode
        prev.actor1, prev.actor2 = ev.actor1 or prev.actor1, ev.actor2 or prev.actor2


def _excessive_force(res, crowd, ev) -> None:
    """(ev100) Excessive force on a peaceful protest told in the next sentence ("... marched peacefully to the county
    offices. Police responded with live ammunition, injuring three of them."): the protest is excessive force against
    protesters, the force its actor1 and the protesters its actor2 (its roles by convention), only when the folded
    sentence tells someone killed or hurt (`fight_noun_harm_patterns`; "The marchers were fired upon by police" keeps
    the protest with intervention, fix93); a riot keeps its type."""
    if ev.sub_event_type != "Excessive force against protesters" or crowd.event_type != "Protests":
        return
    if not ev.fatalities and res.pattern_search("fight_noun_harm_patterns", ev.sentence) is None:
        return
    if crowd.sub_event_type == "Excessive force against protesters":
        return
    protesters = crowd.actor1
    crowd.sub_event_type = "Excessive force against protesters"
    crowd.actor1 = crowd.actor2 if crowd.actor2 is not None and crowd.actor2.actor_type in STATE_TYPES else ev.actor1
    crowd.actor2 = protesters


def _absorb(art, u, ev, prev, own_place) -> None:
    """`ev` restates `prev`: its toll, its intervention and (for the same kind of event) its actors go to `prev`."""
    stext = u.stext
    if ev.fatalities and own_place is None and adds_loss(prev, stext, u.para, u.day_dates, u.splaces, art.res):
        prev.fatalities = (prev.fatalities or 0) + ev.fatalities  # "10 of the attackers were killed": the other side
    elif (
        ev.fatalities is not None
        and (prev.fatalities is None or ev.fatalities > prev.fatalities)
        and not (prev.fatalities is not None and (denial := art.res.words_re("denial_words")) and denial.search(stext))
    ):
        prev.fatalities = ev.fatalities  # (not a higher figure that the text says was denied)
    if prev.sub_event_type == "Peaceful protest" and ev.sub_event_type == "Protest with intervention":
        # "hundreds protested outside the council. The protest was dispersed by security forces firing into the air":
        # the intervention told in the next sentence makes the protest one with intervention (ACLED)
        prev.sub_event_type = ev.sub_event_type
    if prev.event_type not in CROWD_EVENT_TYPES or prev.event_type == ev.event_type:
        # a demonstration's roles are set by convention: a restated shooting adds nothing to a rally
        if (
            prev.actor1 is not None
            and prev.actor1.name.startswith("Unidentified")
            and ev.actor1 is not None
            and not ev.actor1.generic
            and not ev.actor1.name.startswith("Unidentified")
            and ev.actor1.actor_type in ("Rebel group", "Political militia", "Identity militia")
            and ev.actor1 != prev.actor2
        ):
            prev.actor1 = ev.actor1  # "Members of the Jaish al-Adl group ... attacked the building": the attack named
        prev.actor1 = prev.actor1 or ev.actor1
        if not (prev.event_type == "Battles" and ev.actor2 is not None and ev.actor2.actor_type == "Civilians"):
            prev.actor2 = prev.actor2 or ev.actor2
    art.mark_seen(prev, u.para)  # the story is still about this event


def _crowd_told(art, para: int):
    """The protest or riot the story told last, in this paragraph or the one before (a byline's line may stand between
    them), or None."""
    told = [
        e
        for e in art.events
        if e.event_type in CROWD_EVENT_TYPES and (told_just_before(e, para) or art.bylines_between(_seen(e), para))
    ]
    return max(told, key=lambda e: (_seen(e), e.seq)) if told else None


def crowd_sequel(art, u, ev, trig, rel: int, chosen: list, own_dates: list):
    """(ev71) The protest or riot an intervention clause goes on about (None when it is no such clause): force on a
    crowd ("Police fired tear gas at the crowd", "the rioters had to be dispersed with tear gas", a Protest with
    intervention trigger), or arrests made there (`at_scene_patterns`: "took 12 people into custody at the spot", "23
    persons were arrested at the scene"; convention 7), told right after that event, with no other day and no other
    place named (a place the clause only inherits, or one of its speaker's title, is none: "said the spokesperson for
    the Dhanusha district police"). (ev74) An intervention trigger with no place and no day of its own right after a
    protest of the same paragraph (`intervention_sequel`: "Students rallied in X. Meanwhile, police used tear gas to
    scatter the crowd.") is that protest's, whatever its opener or its retyped sub-type."""
    res = art.res
    if ev.sub_event_type == "Arrests" and press_arrest(res, u.stext, rel):
        return None  # (ev95) "Police detained a photojournalist who was covering the gathering": no participant
    at_scene = ev.sub_event_type == "Arrests" and res.pattern_search(
        "at_scene_patterns", u.stext, *clause_bounds(u.stext, rel)
    )
    last = art.latest()
    same_day = last is not None and all(d.value == last.event_date for d in own_dates)  # (ev100) "the same evening"
    own_place = bool(chosen) and _named_in_clause(res, u, chosen[0][0], rel)  # (ev100) not "..., and X died in Y"
    right_after = not own_place and same_day and intervention_sequel(art, trig, u.para)
    if ev.sub_event_type != "Protest with intervention" and not at_scene and not right_after:
        if not force_on_crowd(res, ev, u.stext, rel):
            return None  # (fix78) arrests "at the scene" in their own clause, not "over a robbery in which a guard died on the spot"
    if res.pattern_search("scene_change_openers", u.stext) is not None and not right_after:
        return None  # (fix78) "Meanwhile, police said they had fired tear gas at students in Eldoret": another scene
    crowd = _crowd_told(art, u.para)
    if crowd is None or any(d.value != crowd.event_date for d in own_dates):
        return None
    if at_scene and crowd is not art.latest():
        return None  # (fix78) "Gunmen shot dead a shopkeeper. Police arrested two suspects at the scene.": that scene
    if chosen and crowd.place is not None:
        own = chosen[0][0]
        same = own.name == crowd.place.name or crowd.place.parent == own.name  # (not a village inside its district)
        if not same and _named_in_clause(res, u, own, rel):
            return None
    return crowd


def force_on_crowd(res, ev, stext: str, rel: int) -> bool:
    """(ev81) A state force's fire or blows whose object, in the trigger's own clause, is the crowd or refers back to
    it (`crowd_force_object_patterns`: "opened fire on them", "shot at the marchers", "fired live rounds into the
    crowd"), an Attack, a clash or excessive force by itself (`crowd_force_sequel_sub_types`): told right after a
    protest or a riot, it is that event's intervention (one event, ACLED; no gold codes a protest and the force on it
    apart at one place and day). (fix91) The force is the actor (actor1, of `STATE_TYPES`: UN peacekeepers' fire on
    a crowd is an intervention too; "Rebels attacked a military patrol guarding them" is not one); the object comes
    right after the verb and its preposition (not "a car that drove towards them", not "the protest organiser's
    car"); "them" reads the crowd only when the text before the trigger is just the force as subject
    (`crowd_force_them_subject_patterns`: "Police opened fire on them", "Riot police then fired live rounds at them"; not
    "Police cornered three robbers and shot at them"). (fix93) Or the crowd is the passive subject of the act
    (`_passive_crowd_subject`: "The marchers were fired upon by police")."""
    if ev.sub_event_type not in res.wordset("crowd_force_sequel_sub_types"):
        return False
    if ev.actor1 is None or ev.actor1.actor_type not in STATE_TYPES:
        return False
    c0, c1 = clause_bounds(stext, rel)
    m = filled_rx(res, "crowd_force_object_patterns").match(stext, rel, c1)
    if m is None:
        return _passive_crowd_subject(res, stext, rel, c0)
    if not m.group(0).rstrip().lower().endswith("them"):
        return True
    return filled_rx(res, "crowd_force_them_subject_patterns").search(stext[:rel]) is not None


def _passive_crowd_subject(res, stext: str, rel: int, c0: int) -> bool:
    """(fix93) The crowd as the passive subject of the force's act, the clause's own subject right before the trigger
    and its auxiliary (`crowd_force_passive_subject_patterns`: "The marchers were fired upon by police", "many of them
    were later shot at by soldiers", "they were attacked by police"); the "by" agent is the force (actor1)."""
    aux = passive_span(res).match(stext, rel)  # "were fired upon": the auxiliary opens the trigger
    end = aux.end() if aux is not None else rel
    return filled_rx(res, "crowd_force_passive_subject_patterns").search(stext[c0:end]) is not None


def _named_in_clause(res, u, place, rel: int) -> bool:
    """The clause names `place` itself, not only in a source set off after it (", said X, spokesperson for the Dhanusha
    district police"); (fix78) a source before the act ("police said they had fired ... in Eldoret") sets off nothing."""
    tail = res.pattern_search("source_tail_patterns", u.stext, rel)
    end = min(tail.start() if tail is not None else len(u.stext), clause_bounds(u.stext, rel)[1])
    # (ev100) nor in a clause after the act's own ("..., and two buses were diverted to X", "..., and several
    # marchers were taken to hospital in X"): where its consequences went is no other scene
    return any(p._.place[0].name == place.name and p.start_char - u.s0 < end for p in u.splaces)
