"""Which of a sentence's place spans may locate its event: not where people fled or were taken to, a speaker's venue or
title, a crowd's demand, a source clause, a homonym abroad, nor a place naming another event (`places.place_event`
ranks the rest)."""

from __future__ import annotations

import functools
import re

from .model import unlisted
from .place_dateline import without_paragraph_dateline
from .weak_places import without_modifiers, without_origins, without_person_attributes

CLAUSE_BREAK = re.compile(r"[,;]")


def event_spans(art, u, rel: int) -> list:
    """The sentence's places that may locate its event: not a place in what a crowd demands ("marched in Masisi to
    demand the reopening of the banks in Goma", `demand_clause_patterns` after the trigger) nor one in a speaker's
    title ("the mayor of Kenscoff told local radio", `place_title_before_patterns`) nor one naming another event ("the
    Nyabiondo fighting", `event_named_by_place_after`), unless no other is named."""
    demand, title = art.res.patterns_re("demand_clause_patterns"), art.res.patterns_re("place_title_before_patterns")
    named = art.res.patterns_re("event_named_by_place_after")
    flight, moved = art.res.patterns_re("flight_destination_before"), art.res.patterns_re("transfer_destination_before")
    venue, travel = art.res.patterns_re("speech_venue_before"), art.res.patterns_re("travel_destination_before")

    def cued(sp, rx) -> bool:
        return (
            rx is not None and rx.search(u.stext[max(0, sp.start_char - u.s0 - 60) : sp.start_char - u.s0]) is not None
        )

    def in_clause(sp) -> bool:  # after the trigger, no comma or semicolon between: the event's own clause
        return sp.start_char - u.s0 > rel and not CLAUSE_BREAK.search(u.stext, rel, sp.start_char - u.s0)

    titled = art.res.patterns_re("place_title_after_patterns")  # (ev57) "Narok North police commander X said"
    spans = without_modifiers(art, u, [sp for sp in u.splaces if not cued(sp, flight)])
    spans = without_person_attributes(art, u, without_origins(art, u, spans))  # (ev115) weak cues
    untitled = [
        sp for sp in spans if in_clause(sp) or not (titled is not None and titled.match(u.stext, sp.end_char - u.s0))
    ]  # (fix60) a titled place yields to another place of the sentence; never the trigger's object ("shot dead the
    # Kisumu County Police Commander"); alone it stays ("..., Kisumu County Police Commander X said": his county)
    spans = untitled or spans
    others = [sp for sp in spans if not cued(sp, travel)]  # (fix65) "a bus travelling to X": X yields only to another
    if any(not cued(sp, moved) and not cued(sp, venue) for sp in others):  # place of the sentence, never to the
        spans = others  # paragraph's last one ("On Tuesday, gunmen ambushed a bus travelling to Mandera": Mandera)
    rest = [sp for sp in spans if not cued(sp, moved) and not cued(sp, venue)]
    lone = [sp for sp in spans if not cued(sp, venue) or in_clause(sp)]
    spans = rest or (lone if _falls_to_dateline(art, u) else [sp for sp in lone if not cued(sp, moved)])
    # "citing officers who fled to Beledweyne", "arrested and taken to Oruro", "told reporters in Maiduguri": where
    # people fled or were taken to, or where a source spoke, is never where the event happened; (fix47) a place
    # people were taken or bound to that is the sentence's only one stays when the event would take the dateline's
    # ("KISUMU — ... gunmen attacked a bus bound for Kakamega"; not the paragraph's own place), and so does a
    # speaker's venue in the event's own clause ("fired tear gas at leaders addressing a news conference in X"; not
    # ", a commander told reporters in X")
    spans = without_paragraph_dateline(art, spans, lambda sp: cued(sp, moved) or cued(sp, travel) or cued(sp, venue))
    if len(spans) < 2:
        return spans
    spans = _without_source_and_locators(art.res, u, spans, rel)
    spans = _without_homonyms_abroad(art, spans)
    d = demand.search(u.stext, rel) if demand is not None else None
    if d is not None and _crowd_homes_only(art, u, spans, d.start()):
        d = None  # (fix52) "supporters from Kisumu protested against the bill in Nairobi": at Nairobi
    for name in ("charge_clause_openers", "cause_clause_openers"):
        charge = art.res.patterns_re(name)
        c = charge.search(u.stext, rel) if charge is not None else None
        if c is not None and (d is None or c.start() < d.start()):
            d = c  # "arrested two men in the city, accusing them of sheltering the men who attacked a station in X"
        # ("In Abakaliki, police arrested seven youths over the burning of a market at Ezillo": at Abakaliki)
    keep = [
        sp
        for sp in spans
        if not (d is not None and sp.start_char - u.s0 >= d.end())
        and not (title is not None and title.search(u.stext[max(0, sp.start_char - u.s0 - 40) : sp.start_char - u.s0]))
        and not (
            named is not None
            and u.stext[max(0, sp.start_char - u.s0 - 4) : sp.start_char - u.s0].lower() == "the "
            and named.match(u.stext, sp.end_char - u.s0)
        )  # ("a mortar round fired during the Nyabiondo fighting hit a house in Lukweti": an event named by its place)
        and not _named_before(art.res, u.stext, sp.start_char - u.s0, rel)
    ]
    return keep or spans


def _crowd_homes_only(art, u, spans: list, at: int) -> bool:
    """(fix52) Every place before a crowd's grievance (`demand_clause_patterns`) is where the crowd comes from ("from
    X", place_cues.json `origin_before`; "X residents", wordlists.json `crowd_home_after`): a place after it is then
    where they protested ("traders from X demonstrated against a ban in Y on Tuesday"), unlike the crowd's own place
    ("in X, traders rallied against the merger with ministries in Y")."""
    after = art.res.patterns_re("crowd_home_after")
    pre = [sp for sp in spans if sp.start_char - u.s0 < at]
    return bool(pre) and all(
        _named_as_origin(art, sp) or (after is not None and after.match(art.text, sp.end_char) is not None)
        for sp in pre
    )


def _falls_to_dateline(art, u) -> bool:
    """(fix47) With no place of its own, the event would take the dateline's place or the country (its paragraph names
    no place before it, the lead none finer than the dateline's)."""
    lead, dateline = art.lead_place, art.dateline_place
    if u.para in art.last_place_by_para:
        return False
    return not (lead and (lead[1] < 3 or dateline is None) and lead[0] != dateline)


def _without_source_and_locators(res, u, spans: list, rel: int) -> list:
    """Places that do not locate the event when the sentence names another: one in the source clause that closes the
    sentence after the trigger (`source_clause_patterns`: ", an officer at the Kalimela police station said", ",
    according to the Gouripur police station officer-in-charge"), and a known town that an unlisted village named
    just after it belongs to ("in the Gorongosa mountain area, near the village of Vunduzi": the village is the
    place; `unlisted_place_noun_before`)."""

    src = res.patterns_re("source_clause_patterns")
    m = src.search(u.stext, rel) if src is not None else None
    rest = [sp for sp in spans if m is None or sp.start_char - u.s0 < m.start()]
    noun = res.patterns_re("unlisted_place_noun_before")
    villages = [
        sp
        for sp in rest
        if unlisted(sp._.place[0])
        and noun is not None
        and noun.search(u.stext[max(0, sp.start_char - u.s0 - 40) : sp.start_char - u.s0])
    ]
    rest = [
        sp
        for sp in rest
        if not any(
            v._.place[0].parent == sp._.place[0].name and 0 <= v.start_char - sp.end_char <= 80 for v in villages
        )
    ]
    return rest or spans


@functools.lru_cache(maxsize=8)
def _origin_before(pattern: str) -> re.Pattern | None:
    """place_cues.json `dominant_country.origin_before`, compiled once per pattern (none when empty)."""
    return re.compile(pattern, re.I) if pattern else None


def _named_as_origin(art, sp) -> bool:
    """The place span `sp` is named as where people come from ("from X": place_cues.json `dominant_country.
    origin_before` over the 40 characters before it)."""
    rx = _origin_before(art.res.place_cues.get("dominant_country", {}).get("origin_before") or "")
    return rx is not None and rx.search(art.text[max(0, sp.start_char - 40) : sp.start_char]) is not None


def _without_homonyms_abroad(art, spans: list) -> list:
    """(ev43) A town of a country the story hardly names (under `min_anchor_share` of its country context, not
    curated), when the sentence names a town or area of the story's country, is a homonym read in a name, an ethnonym
    or a label ("Tama herders" in a Chad story, "ORANGE TRIANGLE (3) – X:" in a Myanmar one), not where the event
    happened; a country's own name stays (the fallback rules weigh it)."""
    main, share = art.main_iso2, float(art.res.place_cues.get("dominant_country", {}).get("min_anchor_share", 0.0))
    home = [
        sp
        for sp in spans
        if sp._.place[0].country == main and sp._.place[0].feature != "country" and not _named_as_origin(art, sp)
    ]  # (fix47) "Nigerians from Maiduguri protested ... in London": a home town named only as an origin names none
    if not main or not home:
        return spans  # (the story's country named only as a country, "near the border with X", keeps the towns)
    return [
        sp
        for sp in spans
        if sp._.place[0].country == main
        or sp._.place[0].feature == "country"
        or sp._.place[0].curated
        or art.context.get(sp._.place[0].country, 0.0) >= share
    ]


def _named_before(res, stext: str, pos: int, rel: int) -> bool:
    """ "staged a sit-in in Landi Kotal against the killings in Bagh Maidan": a place after another event's noun
    (`event_named_before_place`, not the trigger's own) names that event, not where this one happened."""
    rx = res.patterns_re("event_named_before_place")
    m = rx.search(stext[max(0, pos - 60) : pos]) if rx is not None else None
    if m is None or not m.group(0).strip():
        return False
    noun_at = max(0, pos - 60) + m.start("noun")
    return abs(noun_at - rel) > 2
