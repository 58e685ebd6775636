"""Parties a sentence leaves implicit: who holds or loses a place taken, the opponent of a recapture, the author of an
unclaimed strike, the one side of a clash."""

from __future__ import annotations

import re

from ..rules import Rules
from .attribution import is_attribution, speech_barrier
from .model import ARMED_TYPES, NONSTATE_TYPES, STATE_TYPES, TERRITORY_SUBS, remap_actor, with_country
from .role_rules import actor_of
from .story_roles import REPORTED_STRIKER

SURRENDER_TO = re.compile(
    r"\b(?:surrendered|surrendering|fell|falling|handed|handing|ceded|ceding|lost)\s+(?:[\w\-’']+\s+){0,4}?"
    r"to\s+(?:the\s+)?$",
    re.I,
)


def _taken_by(art, u, a2):
    """ "the city fell ... after the governor surrendered to the insurgents": the place goes to the actor it is
    surrendered or falls to; the one that surrendered it, if named, loses it."""
    for m in u.actors:
        if SURRENDER_TO.search(art.text[max(u.s0, m.start_char - 50) : m.start_char]):
            taker = actor_of(art, m)
            if taker is not None and taker.actor_type in ARMED_TYPES:
                return taker, (a2 if a2 != taker else None)
    return None, a2


def _withdrawn_force(art, u, a1):
    """ "... took control of the town after federal troops withdrew": the state force the clause names hands it over."""
    if u is None:
        return None
    for m in u.actors:
        actor = actor_of(art, m)
        if actor is not None and actor != a1 and actor.actor_type in STATE_TYPES:
            if not actor.name.startswith("Government of"):
                return actor
    return None


def _subject_of(u, m, verb, res) -> bool:
    """(fix96) The mention `m` is the subject of the reporting verb `verb` (a match in `u.stext`): the verb's nsubj, or
    the head of a noun phrase that is ("an army spokesman said"), or a mention right before the verb that the parse puts
    in no prepositional phrase (no word of `reporting_subject_not_after` before it: "Residents near an army base said":
    the residents speak, not the army)."""
    tok = m.root
    while tok.dep_ in ("compound", "poss", "amod", "nmod") and tok.head is not tok:
        tok = tok.head
    if tok.dep_ == "nsubj" and verb.start() <= tok.head.idx - u.s0 < verb.end():
        return True
    if u.stext[m.end_char - u.s0 : verb.start()].strip() or m.root.dep_ in ("pobj", "dobj"):
        return False
    before = u.stext[max(0, m.start_char - u.s0 - 40) : m.start_char - u.s0]
    return not _after_preposition(res).search(before)


def _after_preposition(res):
    """A text that ends with a word of `reporting_subject_not_after` or (clean26, not restated there) of
    `ner_place_prepositions` and up to two more ("near an", "from the nearby")."""

    def build() -> re.Pattern:
        preps = res.wordset("reporting_subject_not_after") | res.wordset("ner_place_prepositions")
        return re.compile(rf"\b(?:{Rules.alternation(preps)})\s+(?:[\w'’\-]+\s+){{0,2}}$", re.I)

    return res.built("role_defaults.after_preposition", build)


def _speaker_verb(u, m, barrier, rel, res):
    """The reporting verb whose speaker the mention may be: the verb that ends at `barrier` when the mention precedes
    it ("The army said ... that a drone strike"), the first after a source quoted after the trigger ("..., the army
    said"), else None."""
    start, end = m.start_char - u.s0, m.end_char - u.s0
    if barrier is not None and end <= barrier:
        return next((v for v in res.speech_re.finditer(u.stext, end, barrier) if v.end() == barrier), None)
    if start > rel and is_attribution(u.stext, start, end, rel):
        return res.speech_re.search(u.stext, end)
    return None


def _reporting_military(art, u, ev, a2, iso3):
    """(ev88) "The army said on Wednesday that a drone strike near Tominian had neutralised 23 JNIM fighters", "A drone
    strike killed 12 fighters near Jilib, the army said": a strike its clause names no author for, on a non-state armed
    group, that a state's military reports (the subject of the reporting verb whose complement holds the trigger, or
    of the source quoted after the event's clause) is that military's own (`reporting_striker_forces`), unless the
    sentence gives the strike to its enemy (`reported_strike_not_own_patterns`: "an enemy drone", "launched by the
    terrorists"). Not a strike on civilians or on a state's force, which a military reports of its enemy ("Ukrainian
    officials said a drone struck a military unit"). A guess: `reported_strikers` keeps it only where the story names
    no striker."""
    if u is None or a2 is None or a2.actor_type not in NONSTATE_TYPES or ev.trigger_at < 0:
        return None
    res = art.res
    enemy = res.patterns_re("reported_strike_not_own_patterns")
    if enemy is not None and enemy.search(u.stext):
        return None
    rel = ev.trigger_at + len(u.stext) - len(u.stext.lstrip())
    barrier = speech_barrier(u.stext, rel, res)
    for m in u.actors:
        verb = _speaker_verb(u, m, barrier, rel, res)
        if verb is None or not _subject_of(u, m, verb, res):
            continue
        actor = actor_of(art, m)
        speaker = remap_actor(actor, iso3, res) if actor is not None else None
        if speaker is not None and speaker != a2 and _military(speaker, res):
            return speaker
    return None


def _military(actor, res) -> bool:
    """The actor is a force of `reporting_striker_forces` (a country's military, or the generic one)."""
    return any(
        actor.name in (name, with_country(res.actors[name], actor.country, res).name)
        for name in res.words["reporting_striker_forces"]
    )


def default_opponents(art, ev, a1, a2, iso3, para: int, u=None):
    """Parties the sentence leaves implicit: the holder of a place taken, the story's main opponent of a recapture,
    the state that loses a place, the unidentified group behind an unclaimed strike."""
    res = art.res
    if a1 is None and u is not None and (ev.sub_event_type in TERRITORY_SUBS or "transfer" in ev.sub_event_type):
        a1, a2 = _taken_by(art, u, a2)
    if ev.sub_event_type in TERRITORY_SUBS and a2 is None and ev.place is not None:
        held = art.holders.get(ev.place.name)
        if held is not None and held != a1:
            a2 = held
    if ev.sub_event_type == "Government regains territory" and a2 is None and a1 is not None:
        # "Iraqi special forces recaptured Bartella", "Ukrainian troops recaptured Izium": from the armed opponent the
        # story names most (not a force of the recapturing side's country)
        named = art.armed_named
        own = with_country(a1, iso3, res)  # "its soldiers entered ...": the generic force is the country's own
        foes = [
            k
            for k in named
            if k != a1
            and k.name not in (a1.name, own.name)
            and (k.country is None or k.country != a1.country)
            and not (k.country == own.country and k.actor_type in STATE_TYPES)
            and named[k] >= 2
        ]
        if foes:
            a2 = remap_actor(max(foes, key=lambda k: named[k]), iso3, res)
    if a2 is None and a1 is not None and a1.actor_type in NONSTATE_TYPES and not a1.generic:
        # the loser of a place a named armed group seizes is the state's army; the party handing it over to one
        # walking in unopposed is the state ("Taliban fighters entered Kabul")
        if ev.sub_event_type == "Non-state actor overtakes territory":
            a2 = res.actors.get("Military Forces of {country}")
        elif ev.sub_event_type == "Non-violent transfer of territory":
            a2 = _withdrawn_force(art, u, a1) or res.actors.get("Government of {country}")
    if (
        a2 is None
        and a1 is not None
        and ev.sub_event_type == "Non-state actor overtakes territory"
        and a1.actor_type in STATE_TYPES
        and a1.country
        and ev.place is not None
        and art.gaz.iso3(ev.place.country) not in (None, a1.country)
    ):
        # a foreign force takes a place from the army of the place's country
        host = res.country_names.get(art.gaz.iso3(ev.place.country) or "")
        a2 = res.actors.get(f"Military Forces of {host}")
    if ev.sub_event_type == "Air/drone strike" and a1 is None:
        # "15 strikes engaged five units" after "Coalition forces conducted 34 strikes": the striking force of the
        # paragraph; else an unclaimed strike
        a1 = art.strikers.get(para)
        if a1 is None:
            a1 = res.actors.get("Unidentified Armed Group ({country})")
            guess = _reporting_military(art, u, ev, a2, iso3)
            if guess is not None:
                ev.extras[REPORTED_STRIKER] = (guess, a2)  # a2: the non-state target, kept if the guess holds
    if a1 is None and a2 is not None and ev.sub_event_type == "Armed clash" and a2.actor_type in ARMED_TYPES:
        a1, a2 = a2, None  # a clash with one side named: that side is actor1 (a battle always has one)
    if a1 and a2 and a1.name == a2.name and not ev.extras.get("two_sided_fight"):
        a2 = None  # (ev86) two crowds' fight: rioters on both sides (convention 11)
    return a1, a2
