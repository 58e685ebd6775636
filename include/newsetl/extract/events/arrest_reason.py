"""(ev109) The crowd an arrest's REASON clause points back to (convention 1 of eval/events/README.md: people arrested
over a demonstration or riot the text reports take that crowd's label). The reason clause is what follows a reason
connector (`arrest_reason.connectors`: "over", "in connection with", "on suspicion of", "suspected of", "accusing them
of", "on a charge of", "for <verb>ing" ...) up to the next comma, semicolon or full stop. It refers to a crowd event
told before the arrest (a protest or a riot of `arrest_sides._crowd_events`, at most `arrest_crowd_paragraphs.linked`
paragraphs back) when

- it names a weekday and that event happened on it ("in connection with Sunday's fight", "the fight of Tuesday",
  "during Wednesday's removal"): a weekday no crowd event has refers to none;
- else one of its definite noun phrases has every content word in the event's sentence, words compared by their first
  letters (`arrest_reason.stem_chars`; "having burned the minibus" / "set a minibus alight", "beating our partners" /
  "beat two of our partners", not "the local office" / "the city office"), function, people and time words left out
  (`arrest_reason_not_words`);
- else it names a crowd's act by its class (`arrest_reason.riot_words`: "the unrest", "the disturbances", "the fight",
  which prefer a riot; `arrest_reason.protest_words`: "the blockade", "the march", any crowd event).

The event nearest before the arrest among those wins, and its sub-type gives the label (a riot's: Rioters, else
Protesters). An arrest with no reason clause, or whose clause refers to no crowd event ("in connection with the
ambush" after an armed attack), is left to the other rules of `arrest_sides`."""

from __future__ import annotations

import re

from ..rules import Actor
from .model import ARMED_VIOLENCE_TYPES, Event
from .text import rx_of


def _patterns(res) -> tuple[re.Pattern, re.Pattern]:
    def build() -> tuple[re.Pattern, re.Pattern]:
        cfg = res.words["arrest_reason"]
        conn = "|".join(f"(?:{c})" for c in cfg["connectors"])
        words = "|".join(re.escape(w) for w in cfg["weekdays"])
        return (
            re.compile(rf"\b(?:{conn})\s*(?P<clause>[^,;.:—]{{2,160}})", re.I),
            re.compile(rf"\b(?P<day>{words})\b", re.I),
        )

    return res.built("arrest_reason.patterns", build)


def reason_clause(sentence: str, res) -> str | None:
    """The arrest's reason clause (module doc), None when the sentence has no reason connector."""
    conn, _ = _patterns(res)
    m = conn.search(sentence)
    return m.group("clause") if m is not None else None


def no_other_reason(sentence: str, res, following: str = "") -> bool:
    """(ev113) The arrest gives no reason, or one that names a crowd's act by its class (`riot_words`,
    `protest_words`: "in connection with Sunday's fight"); not "over the bus kidnapping", "suspected of buying cattle".
    (fix131) Nor another reason of `arrest_counted_other_reasons` ("on drug charges", "during a raid on a drug den",
    "who later confessed"; `next_sentence` in the sentence after the arrest's, `following`: "They are accused of
    robbing a bank") whose clause names no crowd act."""
    words = _class_patterns(res)["words"]
    cfg = res.words["arrest_counted_other_reasons"]
    for text, pats in ((sentence, cfg["patterns"]), (following, cfg["next_sentence"])):
        for p in pats:
            m = re.search(p, text, re.I)
            if m is not None and not words.search(re.split(r"[,;.]", text[m.start() :], maxsplit=1)[0]):
                return False
    clause = reason_clause(sentence, res)
    return clause is None or words.search(clause) is not None


def _stems(text: str, res, lower_only: bool = False) -> set[str]:
    """The first `stem_chars` letters of the content words of `text`; with `lower_only` only words written in lower
    case (a reason clause's acts and objects, not the names of its places or people)."""
    cfg = res.words["arrest_reason"]
    n, skip = cfg["stem_chars"], res.wordset("arrest_reason_not_words") | res.wordset("arrest_reason_setting_nouns")
    days = {d.lower() for d in cfg["weekdays"]}
    return {
        w[:n]
        for w in (x.lower() for x in re.findall(r"\b[a-z][a-z\-]+" if lower_only else r"[A-Za-z][a-z\-]+", text))
        if len(w) >= 3 and w not in skip and w not in days and w.rstrip("s") not in skip
    }


def _phrases(clause: str, res) -> list[set[str]]:
    """The clause's definite noun phrases (`arrest_reason.definite`: "the burning", "the houses", "our partners", "the
    local office"), each as the stems of its lower-case content words, modifiers and head (`_stems`)."""
    cfg = res.words["arrest_reason"]
    rx = res.built(
        "arrest_reason.phrases",
        lambda: re.compile(
            rf"\b(?:{cfg['definite']})\s+((?:[a-z][\w\-]*\s+){{0,3}}?[a-z][\w\-]*)(?=\s+(?:{cfg['np_ends']})\b|\s*$|\s+[A-Z0-9])"
        ),
    )
    return [st for st in (_stems(m.group(1), res, lower_only=True) for m in rx.finditer(clause)) if st]


def reason_side(
    ev: Event, crowds: list[Event], res, gap, plain: bool = True, others: list[Event] | None = None
) -> Actor | None:
    """The crowd label (`Rioters` / `Protesters`) the arrest's reason clause gives its people (module doc); None when
    it has none, it tells another occasion (a month or a year: "the killing of a councillor in March"), a call or a
    post (`arrest_call_cause_patterns`), or it refers to no crowd event. `gap(e, ev)` counts the paragraphs between
    two events; `plain`: the arrested are plain people (`arrest_sides._plain_people`), whom a clause that only names a
    crowd's act by its class ("over the protests") may make that crowd's; `others`: the story's events told before the
    arrest, of any type ((fix124) a class word whose nearest event is no crowd event gives no side: "over the clash"
    after herders and farmers clashed)."""
    clause = reason_clause(ev.sentence, res)
    if clause is None or res.pattern_search("arrest_call_cause_patterns", ev.sentence):
        return None
    patterns = _class_patterns(res)
    if patterns["other_occasion"].search(clause) or patterns["against"].search(clause):
        return None
    back = res.words["arrest_crowd_paragraphs"]["linked"]
    before = [
        e for e in crowds if e.start_char < ev.start_char and e.sentence != ev.sentence and 0 <= gap(e, ev) <= back
    ]
    _, day_rx = _patterns(res)
    day = day_rx.search(clause)
    if day is not None:
        want = day.group("day").lower()
        before = [e for e in before if e.event_date is not None and e.event_date.strftime("%A").lower() == want]
    rx = _class_patterns(res)
    phrases = [p for p in _phrases(clause, res) if p - rx["act"]]  # "the protests" alone names the act by its class
    roots = act_noun_roots(clause, res)  # (fix131) "over the looting at the market": "looted shops at the market"
    shared = [
        e
        for e in before
        if any(p <= _stems(e.sentence, res) for p in phrases)
        or any(rx_of(rf"\b{re.escape(r)}(?:s|ed|ing)?\b", re.I).search(e.sentence) for r in roots)
    ]
    riots = res.wordset("riot_sub_types")
    riot_word, protest_word = rx["riot"].search(clause) is not None, rx["protest"].search(clause) is not None
    if shared:
        pick = shared
    elif day is not None or ((riot_word or protest_word) and plain):
        if day is None and _named_other(clause, res, ev, others or [], crowds, lambda e: 0 <= gap(e, ev) <= back):
            return None
        pick = before
    else:
        return None  # (fix61) "arrested an opposition lawmaker over the protests": a named kind of person
    if riot_word:
        pick = [e for e in pick if e.sub_event_type in riots]
    if not pick:
        return None
    e = max(pick, key=lambda c: c.start_char)
    return res.actors.get("Rioters" if e.sub_event_type in riots else "Protesters")


def _class_patterns(res) -> dict:
    """The table's class patterns, compiled once per rules object: `act` the stems of the class words, `riot` /
    `protest` a definite phrase naming a riot's / a protest's act ("the unrest", "Sunday's march"), `other_occasion` a
    reason naming another occasion (read by `reason_side` and `act_noun_side`), `against` (fix124)
    a verb acting ON a crowd event ("suspected of having attacked the march", "for disrupting the rally": the arrested
    are not that crowd's people), `words` any class word."""

    def build() -> dict:
        cfg = res.words["arrest_reason"]
        words = "|".join((*cfg["riot_words"], *cfg["protest_words"]))
        phrase = rf"\b(?:{cfg['definite']})\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
        return {
            "act": {re.sub(r"\W.*", "", w)[: cfg["stem_chars"]] for w in (*cfg["riot_words"], *cfg["protest_words"])},
            "riot": re.compile(phrase + f"(?:{'|'.join(cfg['riot_words'])})", re.I),
            "protest": re.compile(phrase + f"(?:{'|'.join(cfg['protest_words'])})", re.I),
            "against": re.compile(
                rf"\b(?:{cfg['against_crowd']})\s+(?:(?:the|a|an|their|its|this|that)\s+)?(?:[a-z][\w\-]*\s+){{0,2}}?"
                rf"(?:{words})",
                re.I,
            ),
            "words": re.compile(rf"\b(?:{words})", re.I),
            "other_occasion": re.compile(rf"\b(?:{cfg['other_occasion']})\b"),
        }

    return res.built("arrest_reason.class_patterns", build)


def _named_other(clause: str, res, ev: Event, others: list[Event], crowds: list[Event], near) -> bool:
    """(fix124) The act class the reason names ("the clash") is, nearest before the arrest, an event that is no crowd
    event (an armed or communal clash): the reason refers to it, not to an older crowd."""
    if not res.words["arrest_reason"].get("kind_other_events"):
        return False
    words = [m.group(0) for m in _class_patterns(res)["words"].finditer(clause)]
    hits = [
        e
        for e in others
        if e.start_char < ev.start_char
        and e.sentence != ev.sentence
        and near(e)
        and any(rx_of(rf"\b{re.escape(w)}", re.I).search(e.sentence) for w in words)
    ]
    if not hits:
        return False
    e = max(hits, key=lambda c: c.start_char)
    return not any(e is c for c in crowds)


def act_noun_side(ev: Event, acts: list[Event], res, gap, named: Event | None = None) -> Actor | None:
    """(ev113) `Rioters` when the arrest's reason clause opens with a definite phrase naming a violent act by a noun
    of its own (`arrest_act_nouns`: "over the attacks", "in connection with the burning of the depot", "over the
    incident") and the story's act nearest to the arrest, before OR after it (updates told newest first), is a riot
    (`riot_sub_types`). `acts`: the story's events that are no arrests; `gap(e, ev)` the paragraphs between `e` and the
    arrest. An act further than `arrest_crowd_paragraphs.linked` paragraphs, or of a later day than the arrest, is
    none; an armed act nearest (no crowd) gives no side, nor a killing after a riot that killed no one
    (`arrest_killing_link_patterns`), nor a reason of another occasion or a call (as `reason_side`). (fix131) Not when
    the act `arrest_sides._named_act` found is no riot; acts whose sentence holds a word form of the noun
    (`arrest_named_act_forms`: "attacked" for "the attack") come first; the object the phrase names after its noun
    (`arrest_reason.act_noun_objects`: "the attack on a trader") must stand in the act's sentence; when an armed act
    still fits beside a riot, the reason is disputed and gives no side (convention 1)."""
    clause = reason_clause(ev.sentence, res)
    if clause is None or res.pattern_search("arrest_call_cause_patterns", ev.sentence):
        return None
    if named is not None and named.sub_event_type not in res.wordset("riot_sub_types"):
        return None  # (fix131) "over the bus attack": the armed attack named
    cfg = res.words["arrest_reason"]
    m = _act_noun_rx(res).match(clause.strip())
    if m is None or _class_patterns(res)["other_occasion"].search(clause):
        return None
    skip = res.wordset("arrest_act_name_not_words")  # "the Kabiru killings": only an act whose sentence names Kabiru
    names = [n for n in re.findall(r"(?-i:[A-Z][\w'’\-]+)", m.group("mods")) if n.lower() not in skip]
    back = res.words["arrest_crowd_paragraphs"]["linked"]
    day = ev.event_date
    near = [
        e
        for e in acts
        if e.sentence != ev.sentence
        and e.event_type in (*ARMED_VIOLENCE_TYPES, "Riots")
        and 0 <= gap(e, ev) <= back
        and (day is None or e.event_date is None or e.event_date <= day)
        and all(rx_of(rf"(?<!\w){re.escape(n)}(?!\w)").search(e.sentence) for n in names)
    ]
    near = [e for e in near if e.start_char < ev.start_char] or near  # (fix131) those told before first
    mods = _stems(m.group("mods"), res, lower_only=True)  # "the grenade attack": an act whose sentence has grenade
    near = [e for e in near if mods and mods <= _stems(e.sentence, res)] or near
    forms = res.words["arrest_named_act_forms"].get(re.sub(r"s$", "", m.group("noun").lower()))
    if forms:  # (fix131) "over the attack": the act told as "attacked" before the riot nearest
        near = [e for e in near if rx_of(rf"\b(?:{forms})\b", re.I).search(e.sentence)] or near
    obj = re.match(cfg["act_noun_objects"], clause.strip()[m.end() :])
    objs = _stems(obj.group("obj"), res, lower_only=True) if obj is not None else set()
    near = [e for e in near if objs <= _stems(e.sentence, res)]  # (fix131) "the attack on a trader"
    riots = res.wordset("riot_sub_types")
    if not near or any(c.sub_event_type not in riots for c in near):
        return None  # (fix131) an armed act and a riot both fit ("the attack" after a raid and a reprisal): disputed
    e = min(near, key=lambda c: gap(c, ev))
    if not e.fatalities and res.pattern_search("arrest_killing_link_patterns", ev.sentence):
        return None
    return res.actors.get("Rioters")


def _act_noun_rx(res) -> re.Pattern:
    """(ev113) A definite phrase of an act noun (`arrest_act_nouns`), its modifiers `mods` and its noun `noun`."""
    cfg = res.words["arrest_reason"]
    return res.built(
        "arrest_reason.act_nouns",
        lambda: re.compile(
            rf"(?:{cfg['definite']})\s+(?P<mods>(?:[a-z][\w\-]*\s+){{0,2}}?)"
            rf"(?P<noun>{'|'.join(res.words['arrest_act_nouns'])})\b",
            re.I,
        ),
    )


def act_noun_roots(clause: str, res) -> list[str]:
    """(fix131) The roots of the act nouns in -ing of the clause's definite phrases ("the looting" -> "loot", "the
    burning" -> "burn"; not "the fire") with no modifier, which a crowd's sentence may hold as a verb ("looted"); roots shorter than four
    letters are none."""
    found = (m.group("noun").lower() for m in _act_noun_rx(res).finditer(clause) if not m.group("mods"))
    roots = (re.sub(r"ings?$", "", n) for n in found if re.search(r"ings?$", n))
    return [r for r in roots if len(r) >= 4 and " " not in r]
