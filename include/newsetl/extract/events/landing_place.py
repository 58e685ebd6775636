"""(ev108, issue 10) Where a launched weapon came down: "rockets were fired toward the X Valley; two landed in fields
near Y" happened at Y, the place of the impact clause, not at the region the launch was aimed at."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"[.!?]['\"’”)]*\s+(?=\W*[A-Z0-9])")


def _span_of(spans, place):
    return next((sp for sp in spans if sp._.place[0] is place), None)


def landing_place(art, ev, spans, chosen: list):
    """The place a remote-violence event landed at: when its chosen place is the one its launch was aimed at
    (wordlists.json `launch_aim_before_patterns`, "fired toward the", "launched at the", "aimed at the"), an area (a
    region or country, a place at precision 2 or 3, or a name an area word follows, `launch_aim_area_after`: "the X
    Valley", "the X plain"; not a town: "drones launched at X; one hit a depot in the Y neighbourhood" is at X), and a clause
    of the same paragraph after it says where the weapons came down (`landing_before_patterns`, "two landed in open
    fields near", "struck a barn on the edge of", "fell near"), that landing place's span; None otherwise."""
    if ev.event_type != "Explosions/Remote violence" or not chosen:
        return None
    sp = _span_of(spans, chosen[0][0])
    if sp is None:
        return None
    text = art.text
    if art.res.pattern_search("launch_aim_before_patterns", text[max(0, sp.start_char - 80) : sp.start_char]) is None:
        return None
    conf = art.res.words["landing_place"]
    coarse = chosen[0][1] >= 2 or chosen[0][0].feature in conf["area_features"]
    if not coarse and art.res.patterns_rx("launch_aim_area_after").match(text, sp.end_char) is None:
        return None  # "launched drones at El Obeid; one hit a depot in the X neighbourhood": the town aimed at
    para = art.para_of(sp.start_char)
    for other in art.places:
        if other.start_char <= sp.end_char or art.para_of(other.start_char) != para:
            continue
        if other.start_char - sp.end_char > conf["reach"]:
            break
        place = other._.place[0]
        if place.feature == "country" or place is chosen[0][0]:
            continue
        before = text[max(sp.end_char, other.start_char - 80) : other.start_char]
        if art.res.pattern_search("landing_before_patterns", before) is not None:
            return other if _same_weapons(art.res, text[sp.end_char : other.start_char]) else None
    return None


def _same_weapons(res, between: str) -> bool:
    """(fix121) Whether the landing clause that ends `between` (the text from the aimed-at place to the landing place)
    tells of the launched weapons: no other scene or later time opens between them (`landing_stop_patterns`:
    "separately", "in a separate incident", "later"), and a landing clause in a later sentence opens with the weapons
    as its subject (`landing_subject_openers`: "Two of them fell", "Debris hit"; not "Israeli jets struck", "Hezbollah
    rockets hit": another side's strike; fix123: nor "Two were killed when ...": casualties of another strike), after
    a speaker clause it may open with ("The army said", "According to the army,")."""
    if res.pattern_search("landing_stop_patterns", between) is not None:
        return False
    ends = list(SENTENCE_END.finditer(between))
    if not ends:
        return True
    opening = between[ends[-1].end() :]
    # (fix123) "The army said one rocket hit", "According to the army, two fell"
    speaker = _speaker_openers(res).match(opening)
    return res.pattern_search("landing_subject_openers", opening[speaker.end() if speaker else 0 :]) is not None


def _speaker_openers(res) -> re.Pattern:
    """(fix123) The speaker clause a later landing sentence may open with (`landing_place.speaker_openers`, `{speech}`
    filled with `list_speech_verbs`)."""

    def build() -> re.Pattern:
        speech = "|".join(re.escape(w) for w in res.words["list_speech_verbs"])
        pats = [p.replace("{speech}", speech) for p in res.words["landing_place"]["speaker_openers"]]
        return re.compile("|".join(f"(?:{p})" for p in pats), re.I)

    return res.built("landing_place.speaker_openers", build)
