"""Assemble ACLED/PLOVER-coded events from a processed spaCy Doc of an article body.

Per sentence with a trigger: drop non-events (plans, threats, modals, negation, background years,
aggregates), pick the strongest trigger, assign roles (agent before the trigger or after "by"; target
after "on/against/targeting" or the object; civilian victims), place (most specific place of the
sentence, else carried over from the paragraph / article lead), date (resolved against the reference
date, else carried over from the paragraph), fatalities, source and hedging. Mentions of the same
event (same type and place, compatible dates) in one article are merged.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

from .dates import find_dates
from .gazetteer import Gazetteer, Place
from .resources import Actor, Resources

PAST_YEAR_KINDS = ("year", "monthyear")
MODAL_RE = re.compile(
    r"\b(will|would|could|might|may|should|must|can|cannot|can't|won't|plans?\s+to|planning\s+to|preparing\s+to|prepares?\s+to|"
    r"threaten(?:s|ed)?\s+to|vow(?:s|ed)?\s+to|warn(?:s|ed)?|aims?\s+to|intends?\s+to|expected\s+to|ready\s+to|seeking\s+to|"
    r"attempt(?:s|ed)?\s+to|tried\s+to|trying\s+to|try\s+to|if|unless|in\s+order\s+to|to\s+launch|to\s+resume|to\s+eliminate|"
    r"to\s+take|to\s+seize|to\s+capture|to\s+retake|to\s+attack|to\s+strike|likely|possible|potential|any)\s*$",
    re.I,
)
NEG_RE = re.compile(r"\b(not|no|never|denied|deny|denies|didn't|did\s+not|without|neither|nor)\b[^,.;]{0,25}$", re.I)
AGGREGATE_RE = re.compile(
    r"\b(since\s+(?:the\s+)?(?:19|20)\d\d|since\s+the\s+(?:start|beginning)|so\s+far\s+this\s+year|in\s+total|a\s+total\s+of|"
    r"record\s+numbers|has\s+recorded|have\s+recorded|over\s+the\s+past\s+(?:year|decade|months|years)|death\s+toll\s+since|"
    r"every\s+(?:day|week|month)|each\s+(?:day|week)|repeatedly|regularly|for\s+years|in\s+recent\s+(?:years|months))\b",
    re.I,
)
VERB_LIKE = re.compile(r"(ed|ing)$|^(struck|shot|hit|seized|took|overran|overrun|blew|fought|stormed|shelled|bombed|killed|"
                       r"captured|recaptured|retook|dispersed|torched|looted|set|met|signed|held)$", re.I)
KILL_RE = re.compile(r"\b(killed|killing|kill|kills|dead|died|dies|death|deaths|lives|slain|massacred|executed|fatalities|bodies)\b", re.I)
INJURY_RE = re.compile(r"\b(wounded|injured|injuring|wounding|hurt|injuries)\b", re.I)
ZERO_RE = re.compile(
    r"\b(no\s+(?:immediate\s+)?(?:reports?\s+of\s+)?(?:casualties|deaths|fatalities|injuries|one\s+was\s+(?:killed|hurt|injured)|"
    r"loss\s+of\s+life)|(?:did\s+not|didn't|didn’t)\s+report\s+any\s+(?:casualties|deaths)|without\s+(?:causing\s+)?casualties|"
    r"nobody\s+was\s+(?:killed|hurt)|no-one\s+was\s+(?:killed|hurt)|caused\s+no\s+casualties)\b",
    re.I,
)
TOLL_RE = re.compile(r"\bdeath\s+toll\b[^.;]{0,40}?\b(?:at|to|of|reached|stands\s+at|rose\s+to|climbed\s+to)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?(?P<num>[\d,]+|[a-z\-]+)", re.I)
NUM_TOKEN = r"(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)"
QTY_RE = re.compile(rf"\b(?P<mod>at\s+least|more\s+than|over|nearly|almost|about|around|up\s+to|some|an\s+estimated)?\s*(?P<num>{NUM_TOKEN})\s+(?P<noun>(?:[A-Za-z\-]+\s+){{0,2}}[A-Za-z\-]+)", re.I)
ACCORDING_RE = re.compile(r"\baccording\s+to\s+(?:the\s+|a\s+)?(?P<src>[^,.;“”\"()]{2,80})", re.I)
SAID_RE = re.compile(r"(?P<src>\b[A-Z][\w\-’']*(?:\s+(?:of|for|the|[A-Z][\w\-’']*))*)\s+(?:said|says|reported|told|claimed|announced|confirmed)\b")
REPORTED_BY_RE = re.compile(r"[”\"],?\s+(?:reported|said|told|according\s+to)\s+(?P<src>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)")
CLAUSE_SPLIT = re.compile(r"[,;:—()]|\bwhich\b|\bwho\b|\bwhere\b|\bwhen\b|\bafter\b|\bbefore\b|\bas\b")
BY_AGENT = re.compile(r"\b(by|from)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", re.I)
FINE_FEATURES = ("city", "town", "village", "neighbourhood", "camp", "base", "border_crossing")


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


def number_value(tok: str, numbers: dict[str, int]) -> int | None:
    t = tok.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    if t in numbers:
        return int(numbers[t])
    if "-" in t:
        parts = t.split("-")
        if all(p in numbers for p in parts):
            return sum(int(numbers[p]) for p in parts)
    return None


def fatalities_in(text: str, res: Resources) -> int | None:
    """Deaths stated in a sentence: numbers tied to victim nouns + kill words; 0 when explicitly none."""
    lex = res.lexicon
    numbers = {k.lower(): v for k, v in lex.get("number_words", {}).items()}
    victims = {v.lower() for v in lex.get("victim_nouns", [])} | {"people", "civilians", "soldiers", "fighters", "others"}
    m = TOLL_RE.search(text)
    if m:
        v = number_value(m.group("num"), numbers)
        if v is not None:
            return v
    if not KILL_RE.search(text):
        return 0 if ZERO_RE.search(text) else None
    total, found = 0, False
    for q in QTY_RE.finditer(text):
        val = number_value(q.group("num"), numbers)
        if val is None or val > 100000:
            continue
        nxt = q.group("noun").lower().split()
        if not any(w.rstrip(",.") in victims or w.rstrip("s,.") in victims for w in nxt):
            continue
        before = text[max(0, q.start() - 4):q.start()]
        if re.search(r"\d[.,:]?\s*$", before) or re.match(r"(19|20)\d\d$", q.group("num")):
            continue
        after = text[q.end():q.end() + 60]
        window = text[max(0, q.start() - 40):q.end() + 60]
        local_kill = KILL_RE.search(window)
        local_injury = INJURY_RE.search(after[:25]) or INJURY_RE.search(text[max(0, q.start() - 15):q.start()])
        if local_kill and not (local_injury and not KILL_RE.search(after[:25] + text[max(0, q.start() - 15):q.start()])):
            total += val
            found = True
    if found:
        return total
    m = re.search(rf"\b(?:killing|killed|kills)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?(?P<num>{NUM_TOKEN})\b", text, re.I)
    if m:
        v = number_value(m.group("num"), numbers)
        if v is not None and not re.match(r"(19|20)\d\d$", m.group("num")):
            return v
    m = re.search(rf"\b(?P<num>{NUM_TOKEN})\s+(?:were\s+|was\s+)?(?:killed|dead|died)\b", text, re.I)
    if m:
        v = number_value(m.group("num"), numbers)
        if v is not None and not re.match(r"(19|20)\d\d$", m.group("num")):
            return v
    return 0 if ZERO_RE.search(text) else None


def source_in(text: str) -> str | None:
    m = ACCORDING_RE.search(text)
    if m:
        src = m.group("src").strip()
        return " ".join(src.split()[:8])
    m = REPORTED_BY_RE.search(text)
    if m:
        return m.group("src").strip()
    m = SAID_RE.search(text)
    if m and not m.group("src").lower().startswith(("the ", "it ", "he ", "she ", "they ")):
        src = m.group("src").strip()
        if len(src.split()) <= 8:
            return src
    return None


def _clause_bounds(text: str, pos: int) -> tuple[int, int]:
    start, end = 0, len(text)
    for m in CLAUSE_SPLIT.finditer(text):
        if m.end() <= pos:
            start = m.end()
        elif m.start() >= pos:
            end = m.start()
            break
    return start, end


def _generic(actor: Actor, iso3: str | None, res: Resources) -> Actor:
    if not actor.generic:
        return actor
    names = res.lexicon.get("country_names", {})
    cname = names.get(iso3) if iso3 else None
    name = actor.name.replace("{country}", cname) if cname else actor.name.replace(" of {country}", "").replace(" ({country})", "").replace("{country}", "").strip()
    return Actor(name, actor.actor_type, iso3, False)


def _place_key(e: Event) -> str:
    if e.place is None:
        return ""
    return f"{e.place.geonameid or ''}|{e.place.name}|{e.place.country}"


def extract_events(doc, ref: date, res: Resources, gaz: Gazetteer, paragraph_starts: list[int], title_doc=None) -> list[Event]:
    text = doc.text
    trig_by_sent: dict[int, list] = {}
    sents = list(doc.sents)
    sent_index = {}
    for i, s in enumerate(sents):
        sent_index[s.start] = i
    for t in doc.spans.get("triggers", []):
        trig_by_sent.setdefault(t.sent.start, []).append(t)
    places = list(doc.spans.get("places", []))
    context = doc._.country_context or {}
    main_iso2 = max(context, key=context.get) if context else None
    main_iso3 = gaz.iso3(main_iso2)
    actors = [e for e in doc.ents if e.label_ == "ACTOR"]

    def para_of(pos: int) -> int:
        p = 0
        for i, st in enumerate(paragraph_starts):
            if st <= pos:
                p = i
        return p

    lead_place = _best_place([p for p in places if para_of(p.start_char) == 0])
    dates_all = find_dates(text, ref)
    events: list[Event] = []
    last_date_by_para: dict[int, tuple[date, int]] = {}
    last_place_by_para: dict[int, tuple[Place, int]] = {}
    for si, sent in enumerate(sents):
        s0, s1 = sent.start_char, sent.end_char
        stext = sent.text
        para = para_of(s0)
        sdates = [d for d in dates_all if s0 <= d.start < s1]
        splaces = [p for p in places if s0 <= p.start_char < s1]
        triggers = trig_by_sent.get(sent.start, [])
        day_dates = [d for d in sdates if d.kind not in PAST_YEAR_KINDS and d.value is not None and d.value <= ref]
        fine_here = _best_place(splaces)
        if not triggers:
            if day_dates:
                last_date_by_para[para] = (day_dates[0].value, day_dates[0].precision)
            if fine_here:
                last_place_by_para[para] = fine_here
            # a later sentence giving the toll of the last event ("The site put the death toll at 70.")
            if events and TOLL_RE.search(stext) and para - events[-1].paragraph <= 1:
                f = fatalities_in(stext, res)
                if f is not None and (events[-1].fatalities is None or f > events[-1].fatalities):
                    events[-1].fatalities = f
            continue
        cands = []
        for t in triggers:
            trig = res.triggers[t.label_]
            rel = t.start_char - s0
            before = stext[max(0, rel - 60):rel]
            c0, c1 = _clause_bounds(stext, rel)
            clause = stext[c0:c1]
            if MODAL_RE.search(before[-40:]) or NEG_RE.search(before[-30:]):
                continue
            if AGGREGATE_RE.search(clause) or AGGREGATE_RE.search(stext[rel:rel + 80]):
                continue
            years = [d for d in sdates if d.kind in PAST_YEAR_KINDS and d.value is not None and d.value.year < ref.year
                     and c0 <= d.start - s0 <= c1 + 10]
            if years:
                continue
            cands.append((trig.priority, -abs(rel), t, trig))
        if not cands:
            continue
        cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
        _, _, tspan, trig = cands[0]
        rel = tspan.start_char - s0
        ev = Event(trig.sub_event_type, trig.event_type, trig.plover_event, trig.plover_mode, tspan.text, stext.strip(),
                   s0, s1, paragraph=para)
        # ----- roles
        sent_actors = [a for a in actors if s0 <= a.start_char < s1]
        agent_by = agent_before = target = None
        for a in sent_actors:
            actor = res.actors.get(a.ent_id_)
            if actor is None:
                continue
            arel = a.start_char - s0
            prefix = stext[max(0, arel - 40):arel]
            if arel >= rel:
                if BY_AGENT.search(prefix):
                    agent_by = agent_by or actor
                elif target is None:
                    target = actor
            elif re.search(r"\b(on|against|targeting|at)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", prefix, re.I):
                target = target or actor
            else:
                agent_before = actor  # the closest actor before the trigger
        a1 = agent_by or agent_before
        a2 = target if target != a1 else None
        civil = res.actors.get("Civilians")
        kills = KILL_RE.search(stext) is not None
        if civil and any(res.actors.get(a.ent_id_) == civil for a in sent_actors) and (kills or trig.event_type == "Violence against civilians" or "civilian" in stext.lower()):
            if a1 == civil:
                a1 = None
            a2 = civil
            ev.civilian_targeting = True
        if a1 and a2 and a1.name == a2.name:
            a2 = None
        iso3 = None
        # ----- place
        chosen = _places_for(splaces, rel + s0)
        if chosen:
            ev.place, ev.place_precision = chosen[0]
        elif para in last_place_by_para:
            ev.place, ev.place_precision = last_place_by_para[para]
        elif lead_place:
            ev.place, ev.place_precision = lead_place
        elif main_iso2 and gaz.country_place(main_iso2):
            ev.place, ev.place_precision = gaz.country_place(main_iso2), 3
        iso3 = gaz.iso3(ev.place.country) if ev.place else main_iso3
        ev.actor1 = _generic(a1, iso3, res) if a1 else None
        ev.actor2 = _generic(a2, iso3, res) if a2 else None
        if ev.actor1 and trig.alt_if_state and ev.actor1.actor_type == "State forces":
            ev.sub_event_type = trig.alt_if_state
        # ----- date
        if day_dates:
            best = min(day_dates, key=lambda d: (d.precision, abs(d.start - tspan.start_char)))
            ev.event_date, ev.time_precision = best.value, best.precision
            last_date_by_para[para] = (best.value, best.precision)
        elif para in last_date_by_para:
            ev.event_date, ev.time_precision = last_date_by_para[para]
        # ----- anchoring: a bare noun ("the increase in airstrikes") without place/date/toll is not an event
        ev.fatalities = fatalities_in(stext, res)
        anchored = bool(splaces) or bool(day_dates) or ev.fatalities is not None or VERB_LIKE.search(tspan.text.split()[-1]) is not None
        if not anchored:
            continue
        ev.source = source_in(stext)
        hedges = [h.lower() for h in res.lexicon.get("hedge_words", [])]
        low = stext.lower()
        ev.hedged = any(re.search(rf"\b{re.escape(h)}\b", low) for h in hedges)
        if fine_here:
            last_place_by_para[para] = fine_here
        events.append(ev)
        for extra_place in chosen[1:]:
            twin = Event(**{**ev.__dict__, "extras": {}})
            twin.place, twin.place_precision = extra_place
            events.append(twin)
    return merge_events(events)


def _best_place(spans) -> tuple[Place, int] | None:
    best = None
    for sp in spans:
        place, region = sp._.place
        prec = _precision(place, region)
        if best is None or prec < best[1]:
            best = (place, prec)
    return best


def _precision(place: Place, region: bool) -> int:
    if place.feature == "country":
        return 3
    if region:
        return 2 if place.feature in FINE_FEATURES else max(2, place.precision)
    return place.precision


def _places_for(spans, trig_pos: int) -> list[tuple[Place, int]]:
    """Most specific places of the sentence; several when they form a list ('Susah, Shajlah and Mozan')."""
    if not spans:
        return []
    scored = [(sp, _precision(*sp._.place)) for sp in spans]
    finest = min(p for _, p in scored)
    fine = [(sp, p) for sp, p in scored if p == finest]
    after = [x for x in fine if x[0].start_char >= trig_pos] or fine
    first = after[0]
    out = [first]
    doc = first[0].doc
    for sp, p in after[1:]:
        between = doc.text[out[-1][0].end_char:sp.start_char]
        if re.fullmatch(r"\s*(?:,|and|, and|or)\s*(?:the\s+)?(?:(?:villages?|towns?|neighbourhoods?|areas?)\s+of\s+)?", between, re.I):
            out.append((sp, p))
        else:
            break
    seen, res = set(), []
    for sp, p in out:
        place = sp._.place[0]
        if place.feature == "neighbourhood" and place.parent:
            pass
        key = (place.name, place.country)
        if key not in seen:
            seen.add(key)
            res.append((place, p))
    return res


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (sub_event_type, place, date) in an article; a dateless mention joins a dated one."""
    out: list[Event] = []
    for e in events:
        twin = None
        for o in out:
            if o.sub_event_type != e.sub_event_type or _place_key(o) != _place_key(e):
                continue
            if o.event_date == e.event_date or o.event_date is None or e.event_date is None:
                twin = o
                break
        if twin is None:
            out.append(e)
            continue
        if twin.event_date is None and e.event_date is not None:
            twin.event_date, twin.time_precision = e.event_date, e.time_precision
        if e.fatalities is not None and (twin.fatalities is None or e.fatalities > twin.fatalities):
            twin.fatalities = e.fatalities
        twin.actor1 = twin.actor1 or e.actor1
        twin.actor2 = twin.actor2 or e.actor2
        twin.civilian_targeting = twin.civilian_targeting or e.civilian_targeting
        twin.source = twin.source or e.source
    return out


def stable_id(prefix: str, *parts) -> str:
    h = hashlib.sha256("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:20]}"
