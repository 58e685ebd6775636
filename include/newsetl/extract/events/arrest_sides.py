"""The side of people arrested, when the sentence names no group and the story does. Run once over the article's
events after claims (linear in their number), as the one owner of that job:

- a crowd arrested next to a protest or riot of the story ("Police arrested at least 50 people in Mirpur" after a
  march) is its protesters or rioters (ev38, ev44, fix46; formerly `story_roles.protest_arrests`);
- people arrested as the suspects of an earlier riot of the story ("Police arrested eleven people in connection with
  the incident", "in connection with the attack" after a riot in the same or the previous paragraph) are its rioters
  (ev49, fix56). Suspects of an armed act ("in connection with the attack", "allegedly linked to the raid", "suspected
  facilitators of the blast") are civilians by the coding convention for disputed cases (eval/events/README.md, ev53;
  ev49 and fix54 had given them the attackers' side). A phrase that names its act ("the Kabala incident") reads only
  the act whose sentence holds that name (fix56).

The crowd rule is tried first; the suspects rule reads only an arrest it left to civilians or nobody. (ev59) People
arrested as a side that is no group, only a trade (`arrested_as_civilians_actors`: "31 suspected illegal miners"), are
civilians by the same convention. (ev113) A counted group of plain people (`counted_people`: "Nine young men were
arrested") is a riot's crowd like a counted crowd, and a reason naming a violent act by its own noun ("over the
attacks") refers to the story's nearest act, told before or after (`arrest_reason.act_noun_side`)."""

from __future__ import annotations

import re

from ..rules import Rules
from .arrest_reason import act_noun_side, no_other_reason, reason_side
from .crowd_members import crowd_member_side
from .model import ARMED_VIOLENCE_TYPES, Event, place_key
from .text import word_rx

_alternation = Rules.alternation  # (fix61) the one alternation helper

ACT_TYPES = (*ARMED_VIOLENCE_TYPES, "Riots")  # the acts "the incident" can name (a riot's suspects are its rioters)
CROWD_TYPES = ("Rioters", "Protesters")  # the arrested side of a crowd's act
NAMED_ACT = re.compile(r"(?<=\s)(?-i:[A-Z][\w'’\-]+)")  # "the Kabala incident": the name the phrase gives its act


def arrest_sides(events: list[Event], res, lines: frozenset[int] = frozenset(), text: str = "") -> None:
    """Each arrest whose side the sentence leaves to civilians (or nobody, for the suspects rule) takes the crowd of a
    nearby crowd event (`_crowd_side`), else the perpetrators of the earlier act it is linked to (`_suspects_side`).
    (ev93) `lines`: the article's byline paragraphs, which count in no distance between paragraphs (`_gap`); (fix131)
    `text` the article's text, whose sentence after an arrest may give its reason ("They are accused of ...")."""
    crowds = _crowd_events(events, res)
    linked = res.patterns_re("arrest_linked_patterns")
    civil = res.wordset("arrested_as_civilians_actors")
    acts = [e for e in events if e.sub_event_type != "Arrests"]
    for k, ev in enumerate(events):
        if ev.sub_event_type == "Arrests" and ev.actor2 is not None and ev.actor2.name in civil:
            ev.actor2 = res.actors.get("Civilians")  # (ev59) "arrested 31 suspected illegal miners": no armed group
        elif ev.sub_event_type == "Arrests" and _unknown_people_only(ev, res):
            ev.actor2 = res.actors.get("Civilians")  # (fix58) "arrested four unknown persons": nobody's members
        if ev.sub_event_type != "Arrests" or (ev.actor2 is not None and ev.actor2.name != "Civilians"):
            continue  # (ev105 tried: relabelling the rules' own Protesters / Rioters lost a CHECK set's field)
        side = None
        if not res.pattern_search("arrest_own_act_patterns", ev.sentence):  # (ev109) "over Sunday's fight"
            side = reason_side(
                ev, crowds, res, lambda e, a: _gap(e, a, lines), _plain_people(ev.sentence, res), events[:k]
            )
        side = side or crowd_member_side(ev, crowds, res, lines)  # (ev105) "nine of the youths", "who led the march"
        named = _named_act(ev, events[:k], crowds, res)
        counted = counted_people(ev.sentence, res)
        if side is None and (ev.actor2 is not None or counted):  # (ev113) "Nine young men were arrested": no force
            free = no_other_reason(ev.sentence, res, _following(ev, text))
            free = free and not _armed_before(ev, events[:k], crowds, res, lines)
            side = _crowd_side(ev, crowds, res, named, lines, free)
        if side is None and linked is not None:
            side = _suspects_side(ev, events[:k], linked, res, named, lines)
        if side is None and (counted or _plain_people(ev.sentence, res)):  # (ev113) "over the attacks", before or after
            side = act_noun_side(ev, acts, res, lambda e, a: _gap2(e, a, lines), named)
        if side is not None:
            ev.actor2 = side


def _unknown_people_only(ev: Event, res) -> bool:
    """(fix58) The arrested unidentified armed group is only an unknown-people alias (`arrested_unknown_people_aliases`:
    "four unknown persons", "two unidentified men"): people no group claims, civilians by the coding convention 1 for
    disputed cases (eval/events/README.md); "two gunmen" in the sentence keep the group."""
    if ev.actor2 is None or not ev.actor2.name.startswith("Unidentified Armed Group"):
        return False

    def build() -> tuple[re.Pattern, re.Pattern]:
        unknown = {a.lower() for a in res.words["arrested_unknown_people_aliases"]}
        others = [
            a for a in res.alias_forms.get("Unidentified Armed Group ({country})", ()) if a.lower() not in unknown
        ]
        return re.compile(rf"\b(?:{_alternation(unknown)})\b", re.I), re.compile(
            rf"\b(?:{_alternation(others)})\b", re.I
        )

    unknown_re, other_re = res.built("arrest_sides.unknown_people", build)
    return unknown_re.search(ev.sentence) is not None and other_re.search(unknown_re.sub(" ", ev.sentence)) is None


def _crowd_events(events: list[Event], res) -> list[Event]:
    """The story's protests (`protest_sub_types`, ev38) and riots or mobs' violence (`riot_sub_types`, ev44)."""
    crowd_subs, riot_subs = res.wordset("protest_sub_types"), res.wordset("riot_sub_types")
    return [e for e in events if e.sub_event_type in riot_subs or e.sub_event_type in crowd_subs]


def _named_act(ev: Event, before: list[Event], crowds: list[Event], res) -> Event | None:
    """(ev73) The earlier act of the story the arrest names by its noun (`arrest_named_act_patterns`: "over the boat
    attack", "in connection with the clash", "suspected of involvement in the blockade", "those involved in the Oupoyo
    fight"): the latest act (armed, a riot or a protest) told before it whose sentence holds a word form of that noun
    (`arrest_named_act_forms`, fix76: "clashed" for "clash", "blocked" for "blockade"; not "protection" for "protest"
    nor the month "March") and the noun's modifiers ("boat"), (fix76) one at the arrest's place first, (fix79) then one
    in its region; None when the sentence names no act, no act's sentence holds it, or the noun is a bare hypernym
    (`arrest_generic_act_nouns`: "the attack" after a riot is the riot, as `_linked_act` has it)."""
    m = res.pattern_search("arrest_named_act_patterns", ev.sentence)
    mods = m.group("mods").split() if m is not None else []
    if m is None or (not mods and m.group("act").lower() in res.wordset("arrest_generic_act_nouns")):
        return None  # "in connection with the attack": any act of the story (`_linked_act`)
    named = [named_act_forms(res)[m.group("act").lower()]]  # a noun with no forms is a KeyError
    named += [word_rx(w) for w in mods]
    acts = [
        e
        for e in before
        if e.start_char < ev.start_char
        and (e.event_type in ACT_TYPES or e in crowds)
        and all(rx.search(e.sentence) for rx in named)
    ]
    here = [e for e in acts if ev.place is not None and place_key(e) == place_key(ev)]
    return (here or [e for e in acts if _same_region(e, ev)] or acts)[-1] if acts else None


def _same_region(e: Event, ev: Event) -> bool:
    """(fix79) The act's place lies in the arrest's region (same country and admin1): "arrested 20 youths in Lagos
    State" names the clash "in Ikeja, Lagos" before one near Maiduguri."""
    a, b = e.place, ev.place
    return a is not None and b is not None and bool(a.admin1) and (a.country, a.admin1) == (b.country, b.admin1)


def named_act_forms(res) -> dict[str, re.Pattern]:
    """(fix76) `arrest_named_act_forms` compiled: each act noun's word forms as whole words. A key that
    `arrest_named_act_patterns` does not read as its act noun ("over the <key>") raises KeyError."""

    def build() -> dict[str, re.Pattern]:
        forms = {k: v for k, v in res.words["arrest_named_act_forms"].items() if k != "_doc"}
        for key in forms:
            m = res.pattern_search("arrest_named_act_patterns", f"over the {key}")
            if m is None or m.group("act").lower() != key:
                raise KeyError(f"arrest_named_act_forms: {key!r} is no act noun of arrest_named_act_patterns")
        return {k: re.compile(rf"\b(?:{v})\b", re.I) for k, v in forms.items()}

    return res.built("arrest_sides.named_act_forms", build)


def _gap(e: Event, ev: Event, lines: frozenset[int]) -> int:
    """(ev93) How many paragraphs the earlier event `e` stands before `ev`, byline paragraphs between them left out
    ("Our Correspondent, Barishal" between a clash and "Police arrested nine people ...")."""
    return ev.paragraph - e.paragraph - sum(1 for i in lines if e.paragraph < i < ev.paragraph)


def _following(ev: Event, text: str) -> str:
    """(fix131) The sentence after the arrest's, in the same paragraph ("" when it ends the paragraph)."""
    at = text.find(ev.sentence, max(0, ev.start_char - len(ev.sentence))) if ev.sentence else -1
    rest = text[at + len(ev.sentence) :].split("\n", 1)[0] if at >= 0 else ""
    return re.split(r"(?<=[.!?])\s+", rest.strip(), maxsplit=1)[0]


def _regions_apart(e: Event, ev: Event) -> bool:
    """(ev113) Both places are known to their region (country and admin1), and the regions differ."""
    a, b = e.place, ev.place
    return a is not None and b is not None and bool(a.admin1 and b.admin1) and not _same_region(e, ev)


def _gap2(e: Event, ev: Event, lines: frozenset[int]) -> int:
    """(ev113) How many paragraphs lie between `e` and the arrest `ev`, whichever is told first (`_gap`)."""
    return _gap(e, ev, lines) if e.start_char <= ev.start_char else _gap(ev, e, lines)


def counted_people(sentence: str, res) -> bool:
    """(ev113) The arrested are a counted group of plain people (`arrest_counted_people`: "arrested nine teenagers",
    "detained four men aged 19 to 34", "Nine young men were arrested"), active or passive, with no crowd noun."""

    def build() -> re.Pattern:
        cfg = res.words["arrest_counted_people"]
        parts = {k: "|".join(cfg[v]) for k, v in (("count", "numbers"), ("adj", "adjectives"), ("people", "nouns"))}
        frames = [f.replace("{count}", parts["count"]).replace("{adj}", parts["adj"]) for f in cfg["frames"]]
        return re.compile("|".join(f.replace("{people}", parts["people"]) for f in frames), re.I)

    return res.built("arrest_sides.counted_people", build).search(sentence) is not None


def _armed_before(ev: Event, before: list[Event], crowds: list[Event], res, lines: frozenset[int]) -> bool:
    """(fix131) An armed act that is no crowd's is told before the arrest, at most `arrest_crowd_paragraphs.counted`
    paragraphs back ("Gunmen attacked a bus ..." before a reprisal riot): people arrested with no reason are more
    likely its suspects than the riot's crowd."""
    back = res.words["arrest_crowd_paragraphs"]["counted"]
    return any(
        e.event_type in ARMED_VIOLENCE_TYPES and not any(e is c for c in crowds) and 0 <= _gap(e, ev, lines) <= back
        for e in before
    )


def _crowd_side(
    ev: Event,
    crowds: list[Event],
    res,
    named: Event | None = None,
    lines: frozenset[int] = frozenset(),
    free: bool = True,
):
    """People arrested as civilians with no group named ("Police arrested at least 50 people in Mirpur",
    `crowd_arrest_patterns`) in a story whose crowd events of the same or the previous paragraph are protests were
    arrested as protesters (as rioters after a violent demonstration or a mob's violence, `riot_sub_types`, ev44),
    unless the sentence accuses them of an act of their own that is no crowd's (`arrest_own_act_patterns`: "accused of
    passing information to the militia"), or gives the arrest a charge of its own (fix46, `arrest_own_charge_patterns`:
    "on suspicion of drug trafficking", "in a crackdown on illegal brewers") that is no crowd event's
    (`arrest_crowd_event_patterns`). The crowd is that of the crowd event at the arrest's place, else of the nearest
    one (fix46: "teachers marched in Kisumu, while in Kakamega youths burned tyres ... police arrested 30 people in
    Kisumu" arrested protesters). (ev60) People arrested over a crowd act the sentence names
    (`arrest_crowd_link_patterns`: "in connection with the violence", "over the protest", "for public violence", "who
    had taken part in the march"; a year, "the 2015 unrest", is no link) are that crowd's too, and a crowd event
    further back (`_earlier_crowds`) counts. None when the rule does not apply."""
    if named is not None and named not in crowds:
        return None  # (ev73) "arrested nine people over the boat attack" after a mob's killing: the attack's suspects
    counted = res.pattern_search("crowd_arrest_patterns", ev.sentence)  # "arrested at least 50 people"
    # (ev113) "detained four men", with no reason or a crowd act's ("over the kidnapping" is not): a riot's only
    riot_only = counted is None and free and counted_people(ev.sentence, res)  # (fix131) `free`: no other reason
    counted = counted or riot_only or None
    link = res.pattern_search("arrest_crowd_link_patterns", ev.sentence)  # "in connection with the violence"
    if counted is None and link is not None and not _plain_people(ev.sentence, res):
        link = None  # (fix61) "arrested an opposition lawmaker over the protests": a named kind of person
    if counted is None and link is None and (named is None or not _plain_people(ev.sentence, res)):
        return None  # "detained six journalists", "arrested a prominent activist": named kinds of people
    if res.pattern_search("arrest_own_act_patterns", ev.sentence):
        return None  # "accused of passing information to the militia": suspects, not the crowd (ev23)
    if named is not None:  # (ev73) "arrested five residents suspected of involvement in the blockade": its crowd
        return res.actors.get("Rioters" if named.sub_event_type in res.wordset("riot_sub_types") else "Protesters")
    own = res.pattern_search("arrest_suspect_act_patterns", ev.sentence) or res.pattern_search(
        "arrest_own_charge_patterns", ev.sentence
    )
    if own and link is None and not res.pattern_search("arrest_crowd_event_patterns", ev.sentence):
        return None  # (fix26) "suspected of looting during the night": suspects of an act, as `role_rules` has them
    near = [e for e in crowds if e.paragraph <= ev.paragraph and _gap(e, ev, lines) <= 1]
    if not near:
        near = _earlier_crowds(ev, crowds, "counted" if link is None else "linked", res, lines)
    if riot_only and link is None:  # a riot not of another region than the arrest's
        near = [e for e in near if e.sub_event_type in res.wordset("riot_sub_types") and not _regions_apart(e, ev)]
    if not near:
        return None
    here = [e for e in near if ev.place is not None and place_key(e) == place_key(ev)]
    e = min(here or near, key=lambda c: abs(c.start_char - ev.start_char))
    if not e.fatalities and res.pattern_search("arrest_killing_link_patterns", ev.sentence):
        return None  # (ev67) "in connection with Sunday's killings" after a riot that killed no one: another event's
    return res.actors.get("Rioters" if e.sub_event_type in res.wordset("riot_sub_types") else "Protesters")


def _plain_people(sentence: str, res) -> bool:
    """(fix61) The arrested are plain people (`arrest_crowd_link_people`: "three men", "several youths"), whom a link
    to a crowd act may make that crowd's; "an opposition lawmaker", "a journalist" are named kinds of people."""

    def build() -> re.Pattern:
        cfg = res.words["arrest_crowd_link_people"]
        people = _alternation(cfg["nouns"])
        return re.compile("|".join(f.replace("{people}", people) for f in cfg["frames"]), re.I)

    return res.built("arrest_sides.plain_people", build).search(sentence) is not None


def _earlier_crowds(ev: Event, crowds: list[Event], kind: str, res, lines: frozenset[int] = frozenset()) -> list[Event]:
    """(ev60) The crowd events told before the arrest, at most `arrest_crowd_paragraphs[kind]` paragraphs back, on
    the arrest's day or the day before ("Police arrested 23 people in Tikapur overnight in connection with the
    violence" two paragraphs after the riot); none when a date is unknown."""
    back, day = res.words["arrest_crowd_paragraphs"][kind], ev.event_date
    if day is None:
        return []
    return [
        e
        for e in crowds
        if e.start_char < ev.start_char
        and _gap(e, ev, lines) <= back
        and e.event_date is not None
        and 0 <= (day - e.event_date).days <= 1
    ]


def _suspects_side(
    ev: Event,
    before: list[Event],
    linked: re.Pattern,
    res,
    named: Event | None = None,
    lines: frozenset[int] = frozenset(),
):
    """An arrest whose people are the suspects of an act the story told before it (`arrest_linked_patterns`: "in
    connection with the incident") takes the crowd of that act when it was a riot (`_perpetrator`), unless the people
    are accused of an act of their own (`arrest_own_act_patterns`: "suspected of supplying fuel", which the affiliation
    frames settle). (ev53) By the coding convention for disputed cases (eval/events/README.md, "actor2 of Arrests"),
    the suspects of an armed act ("in connection with the attack", "facilitators of the blast") are civilians, as the
    rules leave them. (ev73) The act the sentence names by its noun (`_named_act`: "the bus attack" told in the lead)
    is the linked act when there is one. None when the rule does not apply."""
    m = linked.search(ev.sentence)
    if m is None or res.pattern_search("arrest_own_act_patterns", ev.sentence):
        return None
    act = named or _linked_act(m, ev, before, res, lines)
    if act is not None and not act.fatalities and res.pattern_search("arrest_killing_link_patterns", ev.sentence):
        return None  # (ev67) "in connection with the killing of the councillor" after a riot that killed no one
    return _perpetrator(act) if act is not None else None


def _perpetrator(ev: Event):
    """The crowd that committed `ev` (its rioters or protesters), else None."""
    a1 = ev.actor1
    return a1 if a1 is not None and a1.actor_type in CROWD_TYPES else None


def _linked_act(m: re.Match, ev: Event, before: list[Event], res, lines: frozenset[int] = frozenset()) -> Event | None:
    """The earlier act the phrase `m` names ("the attack", "the incident"): the latest act (armed or a riot) in the
    arrest's paragraph or the one before; (fix56) one whose sentence holds the name the phrase gives it ("the Kabala
    incident", "the Yendi attack": the name as a whole word, a weekday or month (`arrest_act_name_not_words`: "the
    Monday attack") no name), none when no act's does. "The attack" after a riot is the riot (the convention: people
    arrested over a riot are its rioters). (ev63) With no act in those paragraphs, an act told at most
    `arrest_crowd_paragraphs["linked"]` paragraphs back on the arrest's day or the day before counts (a witness's
    quote between the attack and "Police arrested eleven people ... in connection with the attack")."""
    told = [e for e in before if e.start_char < ev.start_char and e.event_type in ACT_TYPES]
    acts = [e for e in told if _gap(e, ev, lines) <= 1]
    if not acts:  # (ev63) a quote between: an act further back, of the arrest's day or the day before
        acts = _earlier_crowds(ev, told, "linked", res, lines)
    skip = res.wordset("arrest_act_name_not_words")
    names = [n for n in NAMED_ACT.findall(m.group(0)) if n.lower() not in skip]
    if names:
        named = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in names]  # "Ali" is not in "Alimi"
        acts = [e for e in acts if all(rx.search(e.sentence) for rx in named)]
    return acts[-1] if acts else None
