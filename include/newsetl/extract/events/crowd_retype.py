"""Event type refinement by crowds: a crowd that kills or beats is mob violence, protesters who burn, storm or topple
things hold a violent demonstration, an armed group that burns homes destroys property (`crowd_retype`)."""

from __future__ import annotations

import re

from ...regex_guard import guarded
from ...regex_trie import compile_trie
from ..rules import Rules
from .filled import compile_filled, fill, filled_rx
from .model import ARMED_TYPES
from .own_clause import clause_start
from .text import clause_bounds


def crowd_named(stext: str, res: Rules) -> bool:
    """(fix83) A crowd is named in the sentence (`crowd_mention_patterns`: "protesters", "a mob", "youths",
    "stone-throwing", "threw rocks"; not "residents" or "villagers", who are often the victims of an armed group)."""
    return res.pattern_search("crowd_mention_patterns", stext) is not None


PROTEST_TARGET_RE = re.compile(
    r"\b(?:opened\s+fire|fired|shot|shooting|killed|killing)\b[^.;]{0,40}\b(?:protesters|protestors|demonstrators|marchers)\b|"
    r"\b(?:protesters|protestors|demonstrators|marchers)\b[^.;]{0,25}\b(?:were|was)\s+(?:shot|killed)|\bduring\s+(?:a|the|an)\s+(?:[\w\-]+\s+)?(?:march|protest|demonstration|rally|sit-in|sit\s+in|vigil|gathering)\b|"
    r"\battack(?:ed|ing)\s+(?:a|the)\s+(?:[\w\-]+\s+)?(?:procession|march|protest|demonstration|rally|sit-in)\b|"
    r"\b(?:opened\s+fire|fired|shot)\b[^.;]{0,50}\bwho\s+(?:had\s+|were\s+)?(?:marched|marching|protested|protesting|"
    r"demonstrated|demonstrating|rallied|gathered)\b",
    re.I,
)


PROTEST_CROWD = r"\b(?:protesters|protestors|demonstrators|marchers)\b"


def crowd_died(stext: str, res: Rules) -> re.Match | None:
    """(fix73) "Three protesters died when police fired on a crowd", "demonstrators lost their lives": a protesting
    crowd followed by a verb of dying (`victim_toll_verbs`) is the side hit, as "protesters were killed" is."""
    rx = res.built(
        "crowd_retype.crowd_died",
        lambda: re.compile(
            PROTEST_CROWD + r"[^.;]{0,25}?\b(?:" + Rules.alternation(res.words["victim_toll_verbs"]) + r")\b", re.I
        ),
    )
    return rx.search(stext)


def protest_target(stext: str, res: Rules) -> bool:
    """The protesters are the target of the force the sentence tells (PROTEST_TARGET_RE, `crowd_died`)."""
    return PROTEST_TARGET_RE.search(stext) is not None or crowd_died(stext, res) is not None


PROTEST_CONTEXT = re.compile(
    r"\b(?:during|at|after|at\s+the\s+end\s+of)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:demonstration|protest|rally|march|sit-in|vigil)s?\b",
    re.I,
)


CROWD_SUBJ = re.compile(
    r"\b(?:crowds?|mobs?|(?:angry\s+)?residents|villagers|youths|protesters|protestors|demonstrators|rioters|supporters)\b",
    re.I,
)


RIOT_ACT = re.compile(
    r"\b(?:toppled|tore\s+down|smashed|torched|set\s+(?:[\w\-]+\s+){0,5}?(?:on\s+fire|ablaze|alight)|set\s+fire|stormed|broke\s+into|"
    r"burned|burnt|ransacked|looted|pelted|hurled|threw\s+(?:stones|rocks|petrol\s+bombs|molotov)|vandali[sz]ed|clashed\s+with\s+police)\b",
    re.I,
)


CROWD_START = re.compile(
    r"^\W*(?:[\w\-]+\s+){0,3}?(?:protesters|protestors|demonstrators|rioters)\b(?!\s+(?:were|was)\b)", re.I
)


def _crowd_subject_rioted(ev, stext: str, rel: int, res: Rules) -> bool:
    """The sentence's subject is the crowd and it topples, burns or storms something ("Protesters in Coro, the capital
    of Falcon state, toppled a statue"; "Protesters broke into the parliament ... as police fired live rounds"): a
    violent demonstration, whatever the police did (ACLED)."""
    if CROWD_START.match(stext) is None:
        return False
    if ev.sub_event_type == "Excessive force against protesters":
        return RIOT_ACT.search(stext[:rel]) is not None
    return (
        ev.event_type in ("Strategic developments", "Battles")
        and RIOT_ACT.search(stext[rel : rel + res.window("riot_act_after")]) is not None
    )


CROWD_TYPES = ("Protesters", "Rioters", "Civilians")
ARMED_BEFORE = re.compile(r"\barmed\b", re.I)


def _crowd_fights_crowd(a2, stext: str, subj: str, rel: int, c1: int, res: Rules) -> bool:
    """An armed clash of a crowd is mob violence only when the other side is a crowd or civilians (or unnamed) and the
    crowd itself is not armed: "armed villagers clashed with cattle raiders", "youths clashed with police" stay
    clashes (`crowd_clash_armed_nouns` of wordlists.json: the armed side the object names)."""
    if a2 is not None and a2.actor_type not in CROWD_TYPES:
        return False
    if ARMED_BEFORE.search(subj):
        return False
    armed = res.wordset("crowd_clash_armed_nouns")
    return not any(w in armed for w in re.findall(r"[a-z]+", stext[rel:c1].lower()))


def _crowd_weapons_clash(ev, stext: str, res: Rules) -> bool:
    """(ev35) "two groups clashed with sticks and stones": a clash fought with a crowd's weapons
    (`crowd_weapon_patterns`) and no firearm (`firearm_patterns`) is a crowd's, whoever its sides are called."""
    return (
        ev.sub_event_type == "Armed clash"
        and _pattern(res, "crowd_weapon_patterns", stext)
        and not _pattern(res, "firearm_patterns", stext)
    )


ROW_KEYS = frozenset({"when", "type", "from", "unless_side_types"})


def _check_rows(rows: list, cues: dict, sub_types: tuple) -> list:
    """The table's rows, each checked: only `when`, `type`, `from`, `unless_side_types` (a misspelt key raises), a
    known cue, four type fields, `from` within the table's sub-types."""
    for row in rows:
        bad = set(row) - ROW_KEYS
        if bad or row.get("when") not in (*cues, "else") or len(row.get("type", ())) != 4:
            raise ValueError(f"crowd_fight_table: bad row {row!r} (keys {sorted(bad)})")
        if not set(row.get("from", sub_types)) <= set(sub_types):
            raise ValueError(f"crowd_fight_table: row 'from' outside sub_types: {row!r}")
    return rows


def _fight_table(res: Rules) -> dict:
    """`crowd_fight_table` of wordlists.json compiled: two-sided patterns (`{crowd_fight_side_nouns}` filled), the cues
    (`firearms`: `firearm_patterns`; `organised`), the checked rows and the table's type lists."""

    def build() -> dict:
        cfg = res.words["crowd_fight_table"]
        cues = {
            "firearms": res.patterns_re("firearm_patterns"),
            "organised": compile_filled(fill(res, cfg["organised"])),
            "cold_weapons": compile_filled(fill(res, cfg["cold_weapons"])),
        }
        sub_types = tuple(cfg["sub_types"])
        return {
            "two_sided": [re.compile(p, re.I) for p in fill(res, cfg["two_sided"])],
            # (perf30) their alternation's lower-case twins (regex_guard.py): a sentence none of them can match is not
            # scanned by each in turn
            "two_sided_any": guarded(
                compile_trie("|".join(f"(?:{p})" for p in fill(res, cfg["two_sided"])), re.I),
                fill(res, cfg["two_sided"]),
            ),
            "cues": cues,
            "rows": _check_rows(cfg["rows"], cues, sub_types),
            "near": int(cfg["near_trigger"]),
            "sub_types": sub_types,
            "state_side_types": tuple(cfg["state_side_types"]),
            "state_words": re.compile(fill(res, [r"\b{state_agent_nouns}\b"])[0], re.I),
            "separates": compile_filled(fill(res, cfg["force_separates"])),
            "wound_before": compile_filled(fill(res, cfg["wound_before_fight"])),
            "sequel": compile_filled(fill(res, cfg["firearms_sequel_openers"])),
            "unorganised_side_names": tuple(cfg["unorganised_side_names"]),
        }

    return res.built("crowd_retype.crowd_fight_table", build)


def _segment(stext: str, rel: int) -> tuple[int, int]:
    """The ';'-segment of the sentence holding position rel."""
    end = stext.find(";", rel)
    return stext.rfind(";", 0, rel) + 1, len(stext) if end < 0 else end


def _fight_sides(stext: str, rel: int, table: dict) -> re.Match | None:
    """The two-sided pattern's match that holds the trigger or ends within `near_trigger` characters before it, with
    no ';' between (a one-sided act after ';' is not the fight's); (ev99) or that starts after a wounding the
    sentence opens with, joined to it by "when / as / while" (`wound_before_fight`: "Two men were stabbed when youths
    of two villages fought with knives")."""
    if not table["two_sided_any"].may(stext):
        return None
    for rx in table["two_sided"]:
        for m in rx.finditer(stext):
            if m.start() <= rel <= m.end() + table["near"] and ";" not in stext[m.end() : rel]:
                return m
            if m.start() > rel and table["wound_before"].search(stext[rel : m.start()]):
                return m
    return None


def crowd_fight_sides(stext: str, rel: int, res: Rules) -> re.Match | None:
    """(fix101) The two crowds of `crowd_fight_table.two_sided` fighting at the trigger (rel), or None."""
    return _fight_sides(stext, rel, _fight_table(res))


def two_sided_fight(ev, a1, a2, stext: str, rel: int, res: Rules, following: str = "") -> bool:
    """(ev86, convention 11) Two communities or crowds fighting each other ("Kuchi herders and Hazara villagers fought
    with rifles", "youths from two villages fought with cane knives", "a brawl between local and visiting workers"):
    the sides' arms and organisation decide the type through `crowd_fight_table`'s rows, never the crowd's noun. Not
    when a state force is a side (a crowd against the police is a demonstration's matter): a resolved actor of
    `state_side_types` or (fix95) a word of `state_agent_nouns` among the matched sides. (fix95) Firearms count in the
    trigger's ';'-segment only, organisation in the matched sides (and the three words before them) only: a gun or a
    militia in another clause does not arm a stick fight; (fix108) a firearm in the next sentence counts when it opens
    on the fight's people (`firearms_sequel_openers`: "One of the men fired a shotgun."). (fix108) A row is skipped
    when a resolved side has a type of its `unless_side_types` (a rebel, bandit or communal militia side's machete
    fight is no crowd's). Returns whether it typed."""
    table = _fight_table(res)
    if ev.sub_event_type not in table["sub_types"]:
        return False
    m = _fight_sides(stext, rel, table)
    if m is None or table["state_words"].search(m.group()):
        return False
    s0, s1 = _segment(stext, rel)
    if any(a is not None and a.actor_type in table["state_side_types"] for a in (a1, a2)) and not table[
        "separates"
    ].search(stext[m.end() : s1]):
        return False  # (ev99) a force that separates or disperses the crowds after their fight is no side
    lead = re.search(r"(?:[\w\-]+\W+){0,3}$", stext[s0 : m.start()])
    sequel = following if s1 == len(stext) and table["sequel"].search(following) else ""
    spans = {
        "firearms": stext[s0:s1] + " " + sequel,
        "organised": stext[m.start() - len(lead.group()) if lead else m.start() : m.end()],
        "cold_weapons": stext[s0:s1],
    }
    cues = table["cues"]
    types = {
        a.actor_type for a in (a1, a2) if a is not None and not a.name.startswith(table["unorganised_side_names"])
    }  # (fix108) a company's guards fighting villagers with sticks are no organised side
    row = next(
        (
            r
            for r in table["rows"]
            if not types & set(r.get("unless_side_types", ()))
            and (r["when"] == "else" or cues[r["when"]].search(spans[r["when"]]))
        ),
        None,
    )
    if row is None or ev.sub_event_type not in row.get("from", table["sub_types"]):
        return False  # a row leaves the sub-types it does not list (`from`) to the other crowd rules
    ev.event_type, ev.sub_event_type, ev.plover_event, ev.plover_mode = row["type"]
    ev.civilian_targeting = False
    ev.extras["two_sided_fight"] = True
    return True


def crowd_retype(ev, a1, stext: str, rel: int, res: Rules, a2=None, following: str = "") -> None:
    """Crowds are rioters: a crowd that kills or beats someone is mob violence, protesters who burn, storm or topple
    things hold a violent demonstration; an armed group that burns homes destroys property. `following`: the next
    sentence of the paragraph (fix108)."""
    if two_sided_fight(ev, a1, a2, stext, rel, res, following):
        return
    _crowd_retype_rules(ev, a1, stext, rel, res, a2)
    two_sided_fight(ev, a1, a2, stext, rel, res, following)  # a crowd fight the rules above typed (the rows' `from`)


def _crowd_retype_rules(ev, a1, stext: str, rel: int, res: Rules, a2=None) -> None:
    """The crowd rules of `crowd_retype` (mob violence, violent demonstration, an armed group's burning)."""
    c0, c1 = clause_bounds(stext, rel)
    subj = stext[c0:rel]
    group = _group_subject(a1, stext, subj, rel, c1, res, ev.trigger)
    crowd = (
        (CROWD_SUBJ.search(subj) is not None or _crowd_weapons_clash(ev, stext, res) or group)
        and (a1 is None or a1.actor_type in CROWD_TYPES or group)
        and not (ev.sub_event_type == "Armed clash" and _pattern(res, "armed_rival_crowds_patterns", stext))
    )  # (ev58) "Four people died of gunshot wounds when Gonja and Nawuri youths clashed": two armed sides
    # a crowd that reports what it saw or heard is a witness, not a side ("Residents of X reported the sound of heavy
    # machine guns"): `speech_verbs` of wordlists.json in the subject span
    witness = any(w in res.wordset("speech_verbs") for w in re.findall(r"[a-z]+", subj.lower()))
    if (
        crowd
        and not witness
        and ev.sub_event_type in res.wordset("crowd_mob_sub_types")
        and (
            ev.sub_event_type != "Armed clash"
            or _crowd_fights_crowd(a2, stext, subj, rel, c1, res)
            or (group and _force_target(a1, a2, stext, rel, res))
        )
    ):
        ev.event_type, ev.sub_event_type = "Riots", "Mob violence"
        ev.plover_event, ev.plover_mode = "PROTEST", "riot"
    elif (
        crowd
        and re.search(r"\b(?:protesters|protestors|demonstrators|rioters)\b", subj, re.I)
        and RIOT_ACT.search(stext[rel : rel + res.window("riot_act_after")])
        and ev.event_type in ("Strategic developments", "Battles", "Violence against civilians")
    ) or _crowd_subject_rioted(ev, stext, rel, res):
        ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"
        ev.plover_event, ev.plover_mode = "PROTEST", "riot"
    elif (
        ev.sub_event_type == "Violent demonstration"
        and a1 is not None
        and a1.actor_type in ARMED_TYPES[1:] + ("State forces",)
        and _force_named_before(a1, stext, rel, res)
        and not any(
            not re.match(r"\s+(?:said|say|says|told|reported)\b", stext[m.end() : m.end() + 12])
            for m in CROWD_SUBJ.finditer(stext, clause_start(stext, rel, res))
        )
    ):
        ev.event_type, ev.sub_event_type = "Strategic developments", "Looting/property destruction"
        ev.plover_event, ev.plover_mode = "COERCE", "destroy"
    elif ev.sub_event_type == "Mob violence" and _mob_burns_state_property(stext, rel, res):
        ev.event_type, ev.sub_event_type = "Riots", "Violent demonstration"


def _group_subject(a1, stext: str, subj: str, rel: int, c1: int, res: Rules, trigger: str = "") -> bool:
    """(ev100) The clause's subject is an unarmed group of people (`crowd_group_subject_patterns`: "a group of about 30
    young men", "a group of people at a barricade", "a crowd of residents"): a crowd whatever actor its "men" resolved
    to (an unidentified group at most), unless the subject or the clause names arms or an armed or state side
    (`crowd_group_subject_refused`: "a group of armed men", "a group of gunmen", fix113 "men on motorcycles", "men in
    military uniform", "men with machetes") or a firearm (`firearm_patterns`), or (fix113) the act is a raid's
    (`crowd_group_act_refused`: "raided", "rustling cattle", three or more killed; `crowd_group_target_refused`: "attacked
    the village of X", "attacked worshippers at a church"). (fix113) A state force resolved as actor1 but named only
    after the trigger ("A group of riders attacked a police officer") is the crowd's target (`group_on_force`)."""
    if a1 is not None and a1.actor_type not in CROWD_TYPES and not a1.name.startswith("Unidentified Armed Group"):
        if not _group_on_force(a1, stext, rel, res):
            return False
    opener = res.patterns_rx("crowd_group_participle_open", 0)  # (case-sensitive: not "During")
    if opener.match(subj) or (not subj.strip(" ,") and opener.match(trigger)):
        subj = stext[:rel]  # "..., smashing its windows and beating his son": the main subject
    m = res.pattern_search("crowd_group_subject_patterns", subj)
    if m is None or _after_preposition(subj[: m.start()], res):
        return False  # (ev100) "a patrol came under fire from a group of ...": the group is no subject
    act = stext[rel:]
    return (
        res.pattern_search("crowd_group_subject_refused", subj) is None
        and not _pattern(res, "firearm_patterns", stext[:c1])
        and res.pattern_search("crowd_group_act_refused", act) is None
        and res.pattern_search("crowd_group_target_refused", act[len(trigger) :]) is None
    )


def _after_preposition(text: str, res: Rules) -> bool:
    """(fix113) `text` ends with a preposition (`after_preposition_words`, moved from code: "came under fire from")."""
    rx = res.built(
        ("crowd_retype.after_preposition",),
        lambda: re.compile(rf"\b(?:{Rules.alternation(res.words['after_preposition_words'])})\s+$", re.I),
    )
    return rx.search(text) is not None


def _force_target(a1, a2, stext: str, rel: int, res: Rules) -> bool:
    """(fix113) A group's act on a state force ("A crowd of people attacked police officers"): mob violence, the force
    its actor2 (`crowd_roles.crowd_parties`), not an armed clash with one side unnamed."""
    if a1 is not None and a1.actor_type == "State forces":
        return _group_on_force(a1, stext, rel, res)
    return a2 is not None and a2.actor_type == "State forces"


def _group_on_force(a1, stext: str, rel: int, res: Rules) -> bool:
    """(fix113) A state force resolved as actor1 of a group's act though no force noun stands before the trigger ("A
    group of motorcycle taxi riders attacked a police officer"): the force is the crowd's target, not its side."""
    return a1.actor_type == "State forces" and not _force_named_before(a1, stext, rel, res)


def _force_named_before(a1, stext: str, rel: int, res: Rules) -> bool:
    """(ev100) A state force as the burner only when a force noun (`state_agent_nouns`) stands before the trigger: "...
    threw stones at city guards and set fire to a kiosk, before police dispersed them" is the crowd's riot, the police
    who disperse it after are its target, not the burners."""
    if a1.actor_type != "State forces":
        return True
    return _fight_table(res)["state_words"].search(stext[:rel]) is not None


def _mob_burns_state_property(stext: str, rel: int, res: Rules) -> bool:
    """(ev67) "a mob set fire to a police jeep", "a mob torched the police station": a crowd burning or wrecking a
    force's or the state's property (`mob_state_property_patterns`, from the trigger's own clause on) holds a violent
    demonstration, not mob violence (convention 3 of eval/events/README.md: the target is public or state property)."""
    return res.pattern_search("mob_state_property_patterns", stext, clause_start(stext, rel, res)) is not None


def dwelling_mob(ev, a1, stext: str, rel: int, res: Rules) -> None:
    """(ev119) A crowd's stones, fire or assault on people's homes or a shelter ("attacked the rented flat of a Roma
    family", "stoned a hostel for asylum seekers, injuring three residents": `dwelling_target`) is mob violence against
    the people who live there, not a riot against property or authority (convention 3 of eval/events/README.md). The
    crowd: a crowd word before the trigger (CROWD_SUBJ) or a counted group (`crowd_counted_subject_patterns`: "About 40
    people"), no armed or state side as actor1; a police station, a town hall or a council office
    (`mob_state_property_patterns`) stays a violent demonstration."""
    if ev.sub_event_type != "Violent demonstration" or (a1 is not None and a1.actor_type not in CROWD_TYPES):
        return
    before = stext[:rel]
    if CROWD_SUBJ.search(before) is None and res.pattern_search("crowd_counted_subject_patterns", before) is None:
        return
    if _mob_burns_state_property(stext, rel, res):
        return
    if dwelling_target(stext, rel, rel + len(ev.trigger or ""), res):
        ev.sub_event_type = "Mob violence"


def dwelling_target(stext: str, rel: int, end: int, res: Rules) -> bool:
    """(fix135) The trigger's own object is a home or a shelter: `crowd_dwelling_target_patterns` read only from the
    trigger's end to the end of its object (`own_clause_breaks`, at most `trigger_windows` `crowd_dwelling_object`
    characters) or before the trigger in its clause (the crowd's earlier act: "attacked their flat ... and set their van
    on fire"), not in a bystander's clause ("threw stones at police while residents hid in their homes"); an
    occupants' clause (`crowd_dwelling_occupant_patterns`: "while the family hid inside") counts only after a home as
    that object (`crowd_dwelling_object_patterns`) and with no force, tear gas or bullets in it
    (`crowd_dwelling_occupant_not_patterns`); never when the trigger's clause on names a state or official target
    (`crowd_dwelling_unless_patterns`: "the police station and then the houses of", "the senator's house", convention
    3: a protest's riot)."""
    start = clause_start(stext, rel, res)
    if res.pattern_search("crowd_dwelling_unless_patterns", stext, start) is not None:
        return False
    cap = min(len(stext), end + res.window("crowd_dwelling_object"))
    stop = res.pattern_search("own_clause_breaks", stext[end:cap])
    obj_end = end + stop.start() if stop is not None else cap
    pre = stext[start:rel]  # the crowd's earlier acts of the same clause ("attacked their house, smashed ... and set")
    obj = stext[end:obj_end]
    if _object_hit(res, "crowd_dwelling_target_patterns", pre) or _pattern(res, "crowd_dwelling_target_patterns", obj):
        return True
    if not (
        _object_hit(res, "crowd_dwelling_object_patterns", pre) or _pattern(res, "crowd_dwelling_object_patterns", obj)
    ):
        return False
    occ = res.pattern_search("crowd_dwelling_occupant_patterns", stext, obj_end)
    if occ is None:
        return False
    tail = stext[occ.start() : occ.end() + res.window("crowd_dwelling_object")]
    return res.pattern_search("crowd_dwelling_occupant_not_patterns", tail) is None


def _object_hit(res: Rules, name: str, text: str) -> bool:
    """(fix135) A match of the pattern list `name` in `text` (the words before the trigger) that is an object, not the
    crowd's origin: no "of", "from", "in" or "living" just before it (`crowd_dwelling_origin_before`: "Residents of the
    camp for displaced people rioted")."""
    rx = res.patterns_re(name)
    for m in rx.finditer(text) if rx is not None else ():
        if res.pattern_search("crowd_dwelling_origin_before", text[: m.start()]) is None:
            return True
    return False


def _pattern(res: Rules, name: str, stext: str) -> bool:
    return res.pattern_search(name, stext) is not None


def self_dispersal(ev, a1, a2, stext: str, rel: int, res: Rules) -> bool:
    """(ev81) A protest with intervention whose trigger is the crowd's own leaving ("marched ... and dispersed after
    handing a petition", "protested ..., and dispersed after the chairman agreed to meet them", "; they dispersed
    once the governor promised ...": `self_dispersal_patterns`, an intransitive "dispersed" after "and", "they" or
    "before" with no object and no agent, and (fix91) not a passive's "were eventually dispersed", "They were later
    dispersed") is a peaceful protest, unless a force or its act is told (a state side, or
    `self_dispersal_force_patterns`, the force nouns filled by `filled.filled_rx`: "police", "security personnel", "tear
    gas", "tear-gassed", "gunshots", "charged", "arrested": "they dispersed after police fired tear gas")."""
    if ev.sub_event_type != "Protest with intervention":
        return False
    if any(a is not None and a.actor_type in ARMED_TYPES for a in (a1, a2)):
        return False
    m = res.pattern_search("self_dispersal_patterns", stext)
    if m is None or not m.start() <= rel < m.end():
        return False
    return filled_rx(res, "self_dispersal_force_patterns").search(stext) is None
