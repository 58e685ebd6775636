"""Assemble ACLED/PLOVER-coded events from a processed spaCy Doc of an article body.

Per sentence (or coordinated clause) with a trigger: drop non-events (filters), pick the strongest trigger and refine
its type (triggers), assign roles (roles, role_rules, actor_context, claims), the place (places), the date (when),
fatalities, source and hedging (fatalities, attribution); restatements of an event already reported add to it, and
mentions of the same event are merged (merging). Every step reads only the clause and a few running values of the
article, so the cost is linear in the length of the article.
"""

from __future__ import annotations

import re
from datetime import date

from ..dates import MONTHS
from ..gazetteer import Gazetteer
from ..rules import Rules
from .actor2_model import Actor2Model, event_country
from .affiliation import member_targets
from .arrest_cause import main_clause_text
from .arrest_sides import arrest_sides
from .article import Article
from .attribution import is_hedged, source_in
from .battle_sides import empty_sides
from .candidates import trigger_candidates
from .claims import apply_claim, apply_identification, carry_opponent, spread_claims
from .crowd_coercion import force_on_crowd
from .crowd_roles import arrested_party, crowd_parties
from .day_gap import day_gap
from .doc_day import dated_rows, story_day
from .fatalities import fatalities_in, fatality_patterns, without_mourned_deaths
from .intercepted import intercepted
from .later_toll import later_loss, lead_scene_free, nobody_hurt_after
from .merging import fold_announced, intervention_sequel, merge_events, restates
from .model import CROWD_EVENT_TYPES, STALE_DAYS, Event, remap_actor, set_trigger_at, with_country
from .named_perpetrator import gunmen_of_named_group
from .named_targets import named_dead_target
from .ner_actors import fill_ner_sides, ner_sides
from .no_new_event import repeated_label_rows
from .one_sided import state_taker
from .parse_roles import parse_roles
from .place_ranker import PlaceRanker
from .places import place_event
from .property_owners import property_owners
from .pursuit_agents import pursuit_sides
from .retold import fold_retold, retold_toll
from .role_defaults import default_opponents
from .role_rules import clause_roles, conventional_roles, target_by_object
from .scoring import EventScorer
from .second_act import charged_act, second_act
from .sentence_group import sentence_groups
from .sides import sides_of_last_battle
from .story_roles import (
    agreement_parties,
    reported_strikers,
    story_opponents,
    story_strikers,
    unidentified_agents,
)
from .text import AGGREGATE_RE, VERB_LIKE, governing_past_verb
from .triggers import choose_trigger, retype_by_actors
from .type_kinds import (
    armed_target_end,
    attack_on_armed_side,
    attack_on_protesters,
    captive,
    lethal_interventions,
    retype_by_construction,
    sentence_after,
)
from .units import Unit, units
from .when import current_days, date_event, previous_day

DET_BEFORE = re.compile(r"\b(?:the|this|that|these|those|its|their|[A-Z][a-z]+day's)\s+(?:[\w\-]+\s+){0,2}$", re.I)
EARLIER_NAMED = re.compile(
    r"\b(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?\s+$"
    r"|\b(?i:last)\s+year's\s+$|\b(?:19|20)\d\d\s+$"
)  # (fix93, fix97) a month's capitalised name (`dates.MONTHS`), not the noun ("the march was fired upon", "the mayor")


VOLLEY = re.compile(
    r"\b(?:launched|fired)\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|some\s+)?[\d,]+\s+(?:[\w\-]+\s+){0,2}"
    r"(?:drones|missiles|rockets)\b[^.;]{0,60}?\b(?:at|on|against|across)\s+(?:the\s+)?[A-Z]",
)


YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
POSSESSIVE = re.compile(r"['’]s\b")


def _claim(art: Article, u: Unit) -> bool:
    if not art.events:
        return False  # (a claim or identification names the agent of an earlier event: none yet, nothing to match)
    actors = art.actor_slicer.between(u.s0, u.s1 + 60)  # a blamed actor may follow the sentence's end by a little
    got = apply_claim(u.stext, u.s0, u.s1, actors, art.events, u.para, art.overrides, art.res, art.main_iso3, art.gaz)
    if got is None:  # "The slain terrorists belonged to the LeT": the unidentified side of the last event
        got = apply_identification(u.stext, u.s0, actors, art.events, u.para, art.overrides, art.res)
    if got is not None:
        art.claims.append(got)
    return got is not None


# "According to the local administration, two civilians were injured.": the strike just reported hit civilians
CIVILIANS_HURT = re.compile(
    r"\b(?:civilians?|residents?|villagers?|passers-by|children|women)\s+(?:were|was|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|injured|wounded|hurt)\b",
    re.I,
)


def _no_trigger(art: Article, u: Unit) -> None:
    """A clause without a trigger carries the paragraph's date and place, and may give the toll or losses of the event
    the story is about, or claim it."""
    res, stext, para = art.res, u.stext, u.para
    if current := current_days(art, u.day_dates):  # (ev117) not a background sentence's day
        art.last_date_by_para[para] = (current[0].value, current[0].precision)
    if u.fine_here:
        art.last_place_by_para[para] = u.fine_here
    # a later sentence giving the toll of the last event ("The site put the death toll at 70.")
    last = art.latest()
    if last is None:
        _claim(art, u)
        return
    seen = last.extras.get("seen", last.paragraph)
    fp = fatality_patterns(res)
    if (fp.toll.search(stext) or fp.toll_head.match(stext)) and para - seen <= 1 and not AGGREGATE_RE.search(stext):
        f = fatalities_in(stext, res)
        if f is not None and (last.fatalities is None or f > last.fatalities):
            last.fatalities = f
    elif (f := later_loss(last, stext, para, u.day_dates, u.splaces, res)) is not None:
        last.fatalities = f  # "The army lost four soldiers.": the other side's dead (fix103: or a restated larger toll)
    elif (f := retold_toll(art.events, last, stext, para - seen, u.day_dates or u.splaces, res)) is not None:
        last.fatalities = f  # (ev120) "Seven people died of their wounds in hospital, a doctor said.": the larger toll
    elif nobody_hurt_after(last, stext, para, res, art.text[last.end_char : u.s0], lead=_lead_unhurt(art, last, u)):
        last.fatalities = 0  # "No casualties were reported."
    if (
        last.event_type == "Explosions/Remote violence"
        and last.actor2 is None
        and para == seen
        and CIVILIANS_HURT.search(stext)
    ):
        last.actor2, last.civilian_targeting = res.actors.get("Civilians"), True  # "Two civilians were injured."
    _claim(art, u)


def _lead_unhurt(art: Article, last: Event, u: Unit) -> bool:
    """(ev93) The story's first event may take "nobody was injured" from the next paragraph; (fix103) one with no
    scene of its own (`lead_scene_free`). (perf28) Only asked where `nobody_hurt_after` reads it: an event with no toll
    yet, last seen in the paragraph before (in its own paragraph, or further, the answer is the same either way)."""
    if last.fatalities is not None or u.para - last.extras.get("seen", last.paragraph) != 1:
        return False
    return last is art.events[0] and lead_scene_free(art, u, art.res)


def _country_of(art: Article, ev: Event, trig) -> str | None:
    return event_country(art, ev, trig.sub_event_type)


def _event_of(art: Article, u: Unit, cands: list | None = None):
    """The event a clause reports, before the checks against earlier events: (event, trigger, span, chosen places)."""
    res = art.res
    cands = trigger_candidates(u, art) if cands is None else cands
    if not cands:
        return None
    tspan, trig = choose_trigger(u, cands, res)
    rel = tspan.start_char - u.s0
    ev = Event(
        trig.sub_event_type,
        trig.event_type,
        trig.plover_event,
        trig.plover_mode,
        tspan.text,
        u.stext.strip(),
        u.s0,
        u.s1,
        paragraph=u.para,
    )
    set_trigger_at(ev, u.stext, rel)
    a1, a2 = clause_roles(art, u, ev, tspan, trig, rel, art.events)
    a1, a2 = parse_roles(art, u, tspan, a1, a2)  # a trained pipeline's parse fills empty slots (blank: unchanged)
    if trig.id in res.wordset("state_agent_only_triggers") and not state_taker(a1, u.stext, rel, res):
        # (fix106) "Vigilantes drove the bandits out of X after a gunfight": a frame read for a state force's retaking
        # only; otherwise the clause is read again without it (the gunfight); (fix115) "gunmen took a chief from his
        # home for questioning": the abduction
        return _event_of(art, u, [c for c in cands if c[3] is not trig])
    ner_sides(art, u, ev, tspan)  # (ev80) a trained NER's groups the dictionary lacks (blank: none)
    a2 = named_dead_target(art, u, a1, a2)
    if a1 is not None:
        ev.extras["sentence_agent"] = True  # named by the clause ("rebels fired mortar rounds"): no story default
    agent_text = (
        next(
            (
                a.text
                for a in u.actors
                if a.start_char < tspan.start_char
                and (art.overrides.get(a.start_char) or res.actors.get(a.ent_id_)) == a1
            ),
            "",
        )
        if a1
        else ""
    )
    chosen = place_event(art, u, ev, rel)
    iso3 = _country_of(art, ev, trig)
    a1, a2 = remap_actor(a1, iso3, res), remap_actor(a2, iso3, res)
    place_iso3 = art.gaz.iso3(ev.place.country) if ev.place is not None else None
    following = sentence_after(art.text, u.s1)
    retype_by_actors(ev, trig, a1, a2, u, rel, tspan, res, agent_text, place_iso3, following)
    a1, a2 = retype_by_construction(ev, trig, a1, a2, u.stext, rel, res, following)
    a1, a2 = force_on_crowd(ev, a1, a2, u.stext, rel, res)  # (ev107) a force removing the crowd: an intervention
    c1, c2 = conventional_roles(ev, a1, a2, trig, res)
    a1, a2 = crowd_parties(art, u, ev, (a1, a2), c1, c2)
    a1, a2 = target_by_object(art, u, ev, a1, a2, rel, tspan)
    a1, a2 = gunmen_of_named_group(art, u, ev, a1, a2, rel, tspan)
    a2 = arrested_party(art, u, ev, a2)
    a1, a2 = intercepted(art, u, ev, a1, a2, rel)
    a1, a2 = default_opponents(art, ev, a1, a2, iso3, u.para, u)
    if _named_after(art, u, tspan, a2, iso3):
        attack_on_armed_side(ev, a2)
    attack_on_protesters(ev, a1, a2)
    ev.actor1 = with_country(a1, iso3, res) if a1 else None
    ev.actor2 = with_country(a2, iso3, res) if a2 else None
    return ev, trig, tspan, chosen


def _named_after(art: Article, u: Unit, tspan, actor, iso3: str | None) -> bool:
    """(ev74) `actor` is named within `armed_target_after` characters after the trigger (trigger_windows: "..., killing
    six soldiers"), not a possessive or a story default; (fix83) inside the trigger's own clause or its ", killing N"
    tail (`type_kinds.armed_target_end`: not "..., prompting the army to deploy", not a speaker's ", the army said"),
    and no captive ("executed three captured fighters", `captive_modifiers_before`)."""
    if actor is None:
        return False
    end = armed_target_end(u.stext, tspan.end_char - u.s0, art.res)
    for a in u.actors:
        if not 0 < a.start_char - tspan.end_char <= art.res.window("armed_target_after") or a.start_char - u.s0 >= end:
            continue  # (not "since the government began a crackdown", far after the act or in another clause)
        if POSSESSIVE.match(u.stext, a.end_char - u.s0) or captive(u.stext, a.start_char - u.s0, art.res):
            continue  # (not "in Brazil's northern Amazon": a possessive modifies a noun)
        found = art.overrides.get(a.start_char) or art.res.actors.get(a.ent_id_)
        if found is not None and remap_actor(found, iso3, art.res) == actor:
            return True
    return False


def _propose(art: Article, u: Unit) -> None:
    """A clause whose every trigger a filter drops: the event its strongest trigger would report, kept aside with the
    filter's name (`drop`) for the fitted scorer, the running state of the story untouched."""
    dropped: list = []
    trigger_candidates(u, art, dropped)
    if not dropped:
        return
    state = art.snapshot()
    got = _event_of(art, u, [d[:4] for d in dropped])
    if got is not None:
        ev, _trig, tspan, _chosen = got
        ev.extras["drop"] = next(d[4] for d in dropped if d[2] is tspan)
        _keep_proposal(art, u, ev, tspan)
    art.restore(state)


def _keep_proposal(art: Article, u: Unit, ev: Event, tspan) -> None:
    """A proposed event, dated and described like a kept one, for the scorer to decide (`Article.proposals`)."""
    state = art.snapshot()
    date_event(art, u, ev, tspan)
    day_gap(art, ev, tspan, u.para, unit=u)
    art.restore(state)
    ev.fatalities = fatalities_in(u.stext, art.res, ev.sub_event_type != "Arrests")
    ev.source = source_in(u.stext)
    ev.hedged = is_hedged(u.stext, art.res)
    ev.extras["proposal"] = True
    art.proposals.append(ev)


def _unanchored(art: Article, u: Unit, ev: Event, trig, tspan, det: bool) -> str:
    """Why an event the triggers report is no event of its own after all ("" = it is)."""
    rel = tspan.start_char - u.s0
    verbal = any(VERB_LIKE.search(w) for w in tspan.text.split()) or governing_past_verb(u.stext, rel, art.irregular)
    if (
        not verbal
        and ev.event_date is not None
        and (art.ref - ev.event_date).days > STALE_DAYS
        and any(ev.event_date == d.value and YEAR_RE.search(d.text) for d in u.day_dates)  # its year written out
    ):
        return "stale"  # "charged over the looting ... during the demonstrations of 20 March 2023": named as background
    if not (
        u.splaces
        or u.day_dates
        or ev.fatalities is not None
        or (verbal and u.actors)
        or intervention_sequel(art, trig, u.para)
    ):
        return (
            "unanchored"  # "Fighting continued up to the eve of the signing": no date, place, toll or actor of its own
        )
    # anaphora: "the attack", "were killed in the blasts" with no new date/place restate an earlier event
    if det and EARLIER_NAMED.search(u.stext[max(0, rel - 20) : rel]) and not u.day_dates:
        return "earlier_named"  # "the November assault on the Radisson Blu hotel": a reference to an earlier event
    return ""


def _with_trigger(art: Article, u: Unit) -> None:
    claimed = _claim(art, u)
    got = _event_of(art, u)
    if got is None:
        if (last := art.latest()) is not None and nobody_hurt_after(
            last, u.stext, u.para, art.res, art.text[last.end_char : u.s0]
        ):
            last.fatalities = 0  # (ev59) "...; he was not hurt." after a trigger that makes no event
        if art.propose:
            _propose(art, u)
        return
    ev, trig, tspan, chosen = got
    rel = tspan.start_char - u.s0
    if VOLLEY.search(u.stext) and all(p._.place[0].feature == "country" for p in u.splaces):
        # "Russian forces launched 40 drones and three missiles at Ukraine overnight": a country-wide volley, coded
        # where its strikes hit; its launcher is the striker of the paragraph's strikes
        if ev.actor1 is not None and not ev.actor1.name.startswith("Unidentified"):
            art.strikers[u.para] = ev.actor1
        date_event(art, u, ev, tspan)  # its night is the strikes' date
        return
    own_dates = date_event(art, u, ev, tspan)
    # (ev96) "a day after security forces killed 19 people": the day before
    day_gap(art, ev, tspan, u.para, lambda: previous_day(art, u, chosen[0][0] if chosen else None), u)
    # anchoring: a bare noun ("the increase in airstrikes") without place/date/toll is not an event
    main_text = main_clause_text(
        u.stext, u.s0, tspan, ev.sub_event_type, u.triggers, art.res
    )  # not the deaths of an "after" clause
    if ev.event_type in CROWD_EVENT_TYPES:
        main_text = without_mourned_deaths(main_text, art.res)  # (fix86) "mourners marched for two men killed ..."
    ev.fatalities = fatalities_in(main_text, art.res, ev.sub_event_type != "Arrests")
    det = DET_BEFORE.search(u.stext[max(0, rel - 30) : rel]) is not None
    why = _unanchored(art, u, ev, trig, tspan, det)
    if why:
        if art.propose:
            ev.extras["drop"] = why
            ev.source, ev.hedged, ev.extras["proposal"] = source_in(u.stext), is_hedged(u.stext, art.res), True
            art.proposals.append(ev)
        return
    if sides_of_last_battle(art, u, own_dates) or restates(art, u, ev, trig, rel, chosen, own_dates, det):
        return
    ev.source = source_in(u.stext)
    ev.hedged = is_hedged(u.stext, art.res)
    if (
        ev.event_date is None
        and not ev.hedged
        and (day := previous_day(art, u, chosen[0][0] if chosen else None)) is not None
    ):
        ev.event_date, ev.time_precision = day  # "Soldiers later detained 11 people": the day of the event before
    if (day := story_day(art, u, ev)) is not None:
        ev.extras["story_day"] = day  # (ev123) given to the row only after every filter and the scorer (`dated_rows`)
    if u.fine_here:
        art.last_place_by_para[u.para] = u.fine_here
    art.add(ev)
    if not claimed:  # "armed men set fire to a school, police said, accusing the TPNPB", "accused X of shelling ..."
        _claim(art, u)
    if (second := second_act(art, u, ev, tspan)) is not None:
        art.add(second)  # "killed seven farmers and carried off five women": two events (ev35)
        if second.fatalities is None:
            art.killing_last()  # (fix38) "Police later killed two of the gunmen": a later toll is the killing's
    if (charged := charged_act(art, u, ev, tspan)) is not None:
        art.add(charged)  # "arrested seven youths on Saturday over the burning of a market at X the day before" (ev39)
    for extra_place in chosen[1:]:
        twin = Event(**{**ev.__dict__, "extras": {}})
        twin.place, twin.place_precision = extra_place
        art.add(twin)
    if ev.extras.get("again") is not None:
        d = ev.extras.pop("again")
        twin = Event(**{**ev.__dict__, "extras": {}})
        twin.event_date, twin.time_precision = d.value, d.precision
        art.add(twin)


def extract_events(
    doc,
    ref: date,
    res: Rules,
    gaz: Gazetteer,
    paragraph_starts: list[int],
    scorer: EventScorer | None = None,
    ranker: PlaceRanker | None = None,
    actor2: Actor2Model | None = None,
) -> list[Event]:
    """The events an article body reports (see the module docstring); `ranker` (the fitted place ranker, when
    enabled) may move an event to another place of its text; `scorer` (the fitted event scorer) gives each a
    confidence and drops those under its threshold; `actor2` (the fitted actor2 chooser, when enabled) may then give an
    event another actor2 of its sentence."""
    art = Article(doc, ref, res, gaz, paragraph_starts)
    art.propose = scorer is not None and scorer.proposes
    for u in units(art):
        art.unit_end = u.s1
        if u.triggers:
            _with_trigger(art, u)
            if (current := current_days(art, u.day_dates)) and u.para not in art.last_date_by_para:
                # "The following day, reinforcements poured into the countryside.": no event of its own, but the day
                # the paragraph's later sentences happen on
                art.last_date_by_para[u.para] = (current[0].value, current[0].precision)
        else:
            _no_trigger(art, u)
        if u.fine_here is not None and u.fine_here[0].feature != "country":
            art.last_named = u.fine_here
    spread_claims(art.claims, art.events)
    story_strikers(art.events, art.gaz, art.armed_named)
    reported_strikers(art.events, art.gaz, art.res)  # (fix96) after story_strikers: a guess that never spreads
    carry_opponent(art.events)
    story_opponents(art.events, art.res)
    arrest_sides(art.events, art.res, art.byline_paragraphs(), art.text)
    agreement_parties(art.events, art.res)
    member_targets(art.events, art.res, art.armed_named, art.gaz, art.text)
    pursuit_sides(art.events, art.res)
    property_owners(art.events, art.res, art.gaz)
    sentence_groups(art.events, art)
    unidentified_agents(art.events, art.res, art.gaz)
    lethal_interventions(art.events, art.res)
    fill_ner_sides(art.events)  # (ev80) after every role rule: only the slots they left empty or defaulted
    rows = repeated_label_rows(art.events, art.text, art.res)  # (fix127) a correction / summary line told elsewhere
    rows = fold_retold(rows, art.res)  # (ev120) a toll, counter-account or relayed account told again
    events = merge_events(fold_announced(rows, art.res))  # (ev87) a condemned event told later is that one
    if ranker is not None:
        ranker.apply(art, events)
    if scorer is not None:
        events = scorer.apply(art, events, _new_proposals(art.proposals, events))
    if actor2 is not None:
        actor2.apply(art, events)  # (after the scorer: the confidences and the events kept do not move)
    empty_sides(events, art.res, art.gaz)  # (ev88) last: a battle's side nobody named moves no confidence or merge
    return dated_rows(events)  # (ev123) a kept undated row takes the story's day told before it


def _key(ev: Event) -> tuple:
    return ev.sub_event_type, ev.place.name if ev.place is not None else None, ev.event_date


def _new_proposals(proposals: list[Event], events: list[Event]) -> list[Event]:
    """The proposed events that no kept event (nor an earlier proposal) already reports: same sub-event type, place and
    date."""
    seen = {_key(e) for e in events}
    out = []
    for ev in proposals:
        if _key(ev) not in seen:
            seen.add(_key(ev))
            out.append(ev)
    return out
