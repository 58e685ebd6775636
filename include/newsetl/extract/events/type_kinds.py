"""Sub-event types from the sentence's construction, after the actor switches (ev37, issue 10): who burned what, whom
the shots hit, what an operation or a fight between two kin groups is, a crowd's beating, force on people protesting.
Every vocabulary is a list of wordlists.json (documented in data/README.md)."""

from __future__ import annotations

import re

from ..rules import Rules
from .crowd_retype import crowd_died, crowd_named, dwelling_target, self_dispersal
from .fatalities import fatalities_in
from .filled import compile_filled, fill, filled_rx, filled_search
from .model import ARMED_TYPES, STATE_TYPES, trigger_at
from .model import retype as _set
from .one_sided import two_armed_sides_fight, unopposed_civilian_harm
from .own_clause import clause_start, own_clause

PROPERTY_TRIGGERS = ("arson_riot", "vandalism", "vandalism_specific")
OPPONENT_ASSAULT_TYPES = ("Armed clash", "Violent demonstration", "Mob violence", "Looting/property destruction")
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
WORD = re.compile(r"[a-z][a-z\-]*")
RELATIVE = re.compile(r"\b(?:who|whose|whom)\b", re.I)


def _words(text: str) -> set[str]:
    return set(WORD.findall(text.lower()))


def _property_by_unidentified(ev, trig, stext: str, rel: int, res: Rules) -> bool:
    """ "Unknown persons set fire to the residence of a sub-chief", "armed persons set fire to a grocery store": a
    burning or vandalism by unidentified or armed perpetrators (`property_unidentified_subject_words` in the trigger's
    own clause before it) with no grievance, protest or blockade word in the sentence (`property_grievance_words`)
    destroys property; a crowd with a grievance holds a violent demonstration."""
    if ev.sub_event_type != "Violent demonstration" or trig.id not in PROPERTY_TRIGGERS:
        return False
    clause = stext[clause_start(stext, rel, res) : rel]
    if not _unidentified_subject(clause, res) and not _passive_unknown_burner(ev, stext, rel, clause, res):
        return False
    rest = RELATIVE.split(stext[rel:], maxsplit=1)[0]  # not "the home of an elder who had spoken at the protest"
    return not _words(stext[:rel] + rest) & res.wordset("property_grievance_words")


def _passive_unknown_burner(ev, stext: str, rel: int, clause: str, res: Rules) -> bool:
    """(ev74) A burning told in the passive (`property_passive_before`: "the chapel was set on fire") whose agent
    (`property_passive_agent_after`: "by persons unknown", "by unidentified men") is unidentified or armed, or that
    names no agent while no crowd stands anywhere in the sentence (`crowd_subject_words`, `crowd_mention_patterns`):
    no crowd's riot, the property destroyed (convention 3 of eval/events/README.md). (fix83) A "by" phrase that names
    no unidentified, armed or crowd agent ("by the roadside", "by the river") counts as no agent."""
    if res.pattern_search("property_passive_before", clause) is None:
        return False
    agent = res.patterns_re("property_passive_agent_after")
    m = agent.match(stext, rel + len(ev.trigger)) if agent is not None else None
    if m is not None and _unidentified_subject(m.group(), res):
        return True
    if m is not None and _crowd_in(m.group(), res):
        return False
    # (fix83) an agent that names neither ("set on fire by the roadside") is no agent
    return not _crowd_in(stext, res)


def _crowd_in(text: str, res: Rules) -> bool:
    """A crowd's word (`crowd_subject_words`) or mention (`crowd_mention_patterns`) in `text`."""
    return bool(_words(text) & res.wordset("crowd_subject_words")) or crowd_named(text, res)


def _unidentified_subject(clause: str, res: Rules) -> bool:
    """The perpetrators of the clause before a burning are unidentified or armed: a word of
    `property_unidentified_subject_words` anywhere, or (fix70) an armed group's noun
    (`property_armed_group_subject_words`) that is the subject and not a crowd's object ("a crowd hunting suspected
    rebels set fire to 15 houses" is the crowd's); (fix74) a crowd word before it is the subject only with no comma
    and no break word between them (`crowd_subject_breaks`: "According to residents, rebels set fire ...", "Villagers
    fled as rebels set fire ...": the rebels'), or when a relative clause of the crowd holds the noun ("Youths who
    accused the herders of sheltering bandits set fire ...")."""
    low = clause.lower()
    words = WORD.findall(low)
    if set(words) & res.wordset("property_unidentified_subject_words"):
        return True
    armed, crowd = res.wordset("property_armed_group_subject_words"), res.wordset("crowd_subject_words")
    found = list(WORD.finditer(low))
    first = next((i for i, m in enumerate(found) if m.group() in armed), None)
    if first is None:
        return False
    last = max((i for i, m in enumerate(found[:first]) if m.group() in crowd), default=None)
    if last is None:
        return True
    gap = low[found[last].end() : found[first].start()]
    if RELATIVE.match(gap.lstrip(" ,")):
        return False  # "Youths who accused the herders of sheltering bandits set fire ...": the crowd's
    breaks = res.wordset("crowd_subject_breaks")
    return "," in gap or any(m.group() in breaks for m in found[last + 1 : first])


def _crowd_is_subject(before: str, res: Rules) -> bool:
    """(fix57) A crowd word (`crowd_subject_words`: "residents of X", "a mob") is the subject of the trigger that ends
    `before`: no speech verb, subordinator or "armed" between them (`crowd_subject_breaks`: "Residents said unknown
    people burned ...", "Villagers fled as attackers burned ...", "Youths armed with machetes burned ...": armed)."""
    words = WORD.findall(before.lower())
    crowd = res.wordset("crowd_subject_words")
    last = max((i for i, w in enumerate(words) if w in crowd), default=None)
    return last is not None and not set(words[last + 1 :]) & res.wordset("crowd_subject_breaks")


def _crowd_burning(ev, trig, a1, stext: str, rel: int, res: Rules) -> str | None:
    """(ev54) The riot sub-type of a crowd's burning or wrecking (`crowd_property_trigger_ids`; a crowd as its actor or
    its subject), or None when it is no crowd's: the gold's coding convention 3 (eval/events/README.md). Mob violence
    when the property is a person's, a family's or a rival community's (`crowd_personal_property_after`: "set fire to
    two trucks belonging to the X families", "torched the house of a man accused of ...", "burned two houses ... in
    revenge for"); a violent demonstration when a crowd typed as destroying property burns anything else ("residents
    burned a police post"); gunmen who burn a house destroy property."""
    if ev.sub_event_type not in ("Violent demonstration", "Looting/property destruction"):
        return None
    if trig.id not in res.wordset("crowd_property_trigger_ids"):
        return None
    crowd_types = res.wordset("crowd_burning_actor_types") | res.wordset("crowd_burning_later_force_types")
    if a1 is not None and a1.actor_type not in crowd_types:
        return None  # (ev56) a force the crowd is the subject before ("before soldiers restored calm") is no burner
    if not _crowd_is_subject(stext[clause_start(stext, rel, res) : rel], res):
        return None  # (fix57) "Residents said unknown people burned ...", "Villagers fled as ...": no crowd's act
    after = res.patterns_re("crowd_personal_property_after")
    if after is not None and after.match(stext, rel + len(ev.trigger)) is not None:
        return "Mob violence"
    if dwelling_target(stext, rel, rel + len(ev.trigger or ""), res):
        return "Mob violence"  # (ev119, fix135) "burned down the houses of relatives of the suspect": their object
    return "Violent demonstration" if ev.sub_event_type != "Violent demonstration" else None


def _civilian_site(a2, after: str, res: Rules) -> bool:
    """ "unknown assailants opened fire on a fuel station", "attacked an oil pumping station", "fired at a group of young
    men": shots at a civilian site or unarmed people (`civilian_site_object_patterns`) with no armed side as the target
    (none named, civilians or private guards) are a one-sided attack, not a clash."""
    guards = tuple(res.words["civilian_site_unarmed_actors"])
    if a2 is not None and a2.actor_type != "Civilians" and not (guards and a2.name.startswith(guards)):
        return False
    return filled_search(res, "civilian_site_object_patterns", after) is not None  # (fix89) `{armed_cargo_heads}`


def _ambushed_civilians(a2, stext: str, span: tuple[int, int], res: Rules) -> bool:
    """(ev70) "A Guajajara indigenous man was killed and another wounded in an ambush", "a Company light vehicle was
    ambushed near Katoro by armed men who robbed the two occupants": an ambush whose victims are unarmed people or
    their vehicle (`ambush_civilian_victim_patterns`), with no armed side as its target, is an attack on civilians; an
    ambushed patrol, convoy or force stays an armed clash (ACLED)."""
    if a2 is not None and a2.actor_type != "Civilians":
        return False
    return res.pattern_search("ambush_civilian_victim_patterns", stext, *span) is not None


def _assault_on_opponents(ev, a2, stext: str, span: tuple[int, int], res: Rules) -> bool:
    """(ev70) "supporters of the ruling party assaulted two opposition polling agents", "the Imbonerakure, beat and
    wounded six opposition activists", "youths assaulted five opposition supporters and burnt two huts": an assault or
    beating of a party's opponents (`opposition_assault_patterns`) is violence against civilians, not a clash with
    them nor a crowd's riot."""
    if ev.sub_event_type not in OPPONENT_ASSAULT_TYPES:
        return False
    if ev.sub_event_type == "Armed clash" and a2 is not None and a2.actor_type != "Civilians":
        return False  # (fix72) "forces attacked several opposition militia leaders": an armed side is hit
    return res.pattern_search("opposition_assault_patterns", stext, *span) is not None


def _after_trigger_verb(ev, stext: str, rel: int, res: Rules) -> str:
    """(fix66) The text after the trigger's verb: a trigger ending in a particle ("fired on", `civilian_site_trigger_
    particles`) hands its " on" back, so that a group of people is a target only after on/at ("fired on a group of
    smugglers"), never as the object of a two-sided verb ("soldiers fought a group of smugglers")."""
    head = ev.trigger.rstrip()
    cut = head.rfind(" ")
    if cut > 0 and head[cut + 1 :].lower() in res.wordset("civilian_site_trigger_particles"):
        return stext[rel + cut :]
    return stext[rel + len(ev.trigger) :]


def _robbed_person(ev, stext: str, rel: int, res: Rules, a1=None) -> tuple[str, str] | None:
    """(ev50) A looting trigger "robbed" whose object is people (`robbed_person_patterns`: "robbed the passengers",
    "robbed a gold buyer", "the other passengers were robbed"); the trigger opens with a `robbed_trigger_stems` stem.
    (ev94) Or a taking told with the beating of its victims, the looting trigger ending the match
    (`beaten_and_robbed_patterns`: "stopped two traders, beat them and took their money", "was attacked and robbed by
    three men"): a robbery with violence on people is an attack on them (ACLED). The type it takes (None: no robbery
    of people); (fix106) a beating and taking by rioters is their mob violence, by protesters their looting (None)."""
    attack = ("Violence against civilians", "Attack")
    if ev.sub_event_type != "Looting/property destruction":
        return None
    if any(m.start() <= rel < m.end() for m in filled_rx(res, "beaten_and_robbed_patterns").finditer(stext)):
        crowd = "" if a1 is None else (a1.actor_type or "")
        return {"Protesters": None, "Rioters": ("Riots", "Mob violence")}.get(crowd, attack)
    if not ev.trigger.lower().startswith(tuple(res.words["robbed_trigger_stems"])):
        return None
    lo, hi = max(0, rel - 60), rel + len(ev.trigger) + 60
    if res.pattern_search("robbed_abstract_patterns", stext, rel, hi):
        return None  # (fix53) "a new law robbed the farmers of their land", "robbed of victory": no armed robbery
    return attack if res.pattern_search("robbed_person_patterns", stext, lo, hi) is not None else None


def sentence_after(text: str, end: int) -> str:
    """(fix89) The rest of the unit ending at `end` and the sentence after it, in the same paragraph ("" at its end)."""
    rest = text[end : end + 400].split("\n", 1)[0]
    head = SENTENCE_END.search(rest, len(rest) - len(rest.lstrip()) + 1)
    return rest if head is None else rest[: head.start()]


def _one_sided_fire(ev, a2, stext: str, rel: int, span: tuple[int, int], res: Rules, following: str = "") -> bool:
    """Fire at a civilian site, vehicle, vessel or team, as the trigger's object (`_civilian_site`: "fired on a
    pirogue") or (ev82) as the passive subject before it (`civilian_passive_target_patterns`: "a bus carrying
    passengers was fired upon", "two fishing boats came under fire", "our representative was shot at"), with no act of
    the other side in the sentence or (fix89) the next one (`return_fire_patterns`: "returned fire", "exchanged fire",
    "fought back"; "A car was fired upon. The soldiers in it returned fire."): a clash needs two sides that both act.
    (fix92) The next sentence is no return fire when it opens another scene (`scene_change_openers`: "In a separate
    incident, troops exchanged fire with bandits")."""
    if res.pattern_search("scene_change_openers", following) is not None:
        following = ""
    if res.pattern_search("return_fire_patterns", stext) or res.pattern_search("return_fire_patterns", following):
        return False
    if _civilian_site(a2, _after_trigger_verb(ev, stext, rel, res), res):
        return True
    if a2 is not None and a2.actor_type != "Civilians":
        return False
    return filled_search(res, "civilian_passive_target_patterns", stext, span[0], rel + len(ev.trigger)) is not None


def _hits_civilians(ev, a1, a2, stext: str, rel: int, res: Rules, following: str = "") -> bool:
    """An armed clash whose trigger's object is a civilian person (`civilian_victim_object_patterns`), whose shots hit a
    civilian site or unarmed people, or an ambush of civilians (ev70); or any violence on a party's opponents (ev70);
    both last only in the trigger's own clause (fix72); (ev102) or a clash of one armed side on unarmed people
    (`one_sided.unopposed_civilian_harm`)."""
    # (fix72) "Police clashed with protesters, days after youths assaulted two activists": no assault in the clash;
    # (fix119) "youths assaulted two activists; police later clashed with the youths": the row is the assault
    span = own_clause(stext, rel, rel + len(ev.trigger), res, "typing")
    if ev.sub_event_type == "Armed clash" and (
        res.pattern_search("civilian_victim_object_patterns", stext[rel + len(ev.trigger) :])
        or _one_sided_fire(ev, a2, stext, rel, span, res, following)
        or _ambushed_civilians(a2, stext, span, res)
        or unopposed_civilian_harm(ev, a1, a2, stext, rel, res, following)
    ):
        return True
    return _assault_on_opponents(ev, a2, stext, span, res)


def _crowd_or_none(actor) -> bool:
    """The side facing the state forces is a crowd, or unnamed (review14c: never an armed group)."""
    return actor is None or actor.actor_type in ("Protesters", "Rioters", "Civilians")


def _crowd_side(ev, a1, a2, stext: str, res: Rules):
    """Force between police and a crowd typed as the crowd's violent demonstration (ev41, ACLED: a crowd throwing
    stones riots, whoever fires): police "shot dead two men as followers of a movement hurled stones" or "opened
    fire on residents who were throwing stones" (`stoning_crowd_fire_patterns`, an Attack by state forces); "the
    operation ended in clashes in which police officers and protesters were injured" (`protest_clash_patterns`, an
    Armed clash); "villagers blocked a road and stoned a vehicle" (`blockade_riot_patterns`, a protest). Returns the
    sides (Rioters first, the state forces as the target) or None when no construction applies."""
    state = [a for a in (a1, a2) if a is not None and a.actor_type == "State forces"]
    hit: bool
    if ev.sub_event_type in ("Attack", "Looting/property destruction") and state and state[0] is a1:
        hit = res.pattern_search("stoning_crowd_fire_patterns", stext) is not None
    elif ev.sub_event_type == "Armed clash" and state and _crowd_or_none(a2 if state[0] is a1 else a1):
        hit = res.pattern_search("protest_clash_patterns", stext) is not None or _crowd_force_clash(stext, res)
    elif ev.sub_event_type in ("Peaceful protest", "Protest with intervention"):
        hit = res.pattern_search("blockade_riot_patterns", stext) is not None
    else:
        return None
    if not hit:
        return None
    _set(ev, "Riots", "Violent demonstration")
    ev.civilian_targeting = False
    rioters = res.actors.get("Rioters")
    if state:
        return rioters or a1, state[0]
    return (rioters if a1 is None or a1.actor_type in ("Protesters", "Civilians") else a1), a2


def _crowd_force_clash(stext: str, res: Rules) -> bool:
    """(ev73, fix76) An unarmed crowd against a force (`crowd_force_clash` frames: "youths clashed with security
    forces", "clashes between young people and police", "police clashed with traders"), unless the crowd's clause arms
    it (`armed_cues`: "some armed with guns", "exchanged gunfire", "suspected of being militants", "killing a soldier").
    (fix79) The clause runs from the frame's start (or a leading "Armed with machetes," `armed_lead`) to the first
    `clause_breaks` word or ";" after it ("after troops fired guns" is another clause; "as they exchanged gunfire" is
    not; "; the youths fired rifles", `crowd_subject`, goes on); a cue whose own clause (from its last
    `subject_breaks` word) opens with a force noun (`force_subject`: "and officers responded with gunfire") is the
    force's, and the force's "armed police" or guns fired "into the air" arm no crowd."""
    frames, armed, breaks, lead, subject, subject_breaks, crowd = _crowd_force_res(res)
    m = frames.search(stext)
    if m is None:
        return False
    cut = breaks.search(stext, m.end())
    while cut is not None and cut.group() == ";" and crowd.match(stext, cut.end()):
        cut = breaks.search(stext, cut.end())  # "; the youths fired rifles": the crowd's clause goes on
    lo = 0 if lead.search(stext, 0, m.start()) else m.start()
    for cue in armed.finditer(stext, lo, cut.start() if cut else len(stext)):
        own = max(lo, m.end()) if cue.start() >= m.end() else lo
        for b in subject_breaks.finditer(stext, own, cue.start()):
            own = b.end()
        if subject.match(stext, own, cue.start()) is None:
            return False
    return True


def _crowd_force_res(res: Rules) -> tuple:
    """The `crowd_force_clash` patterns compiled, their placeholders filled by `filled.fill` (a misspelt key raises
    KeyError)."""

    def build() -> tuple:
        cfg = res.words["crowd_force_clash"]

        def one(pats: list[str]):
            return compile_filled(fill(res, pats))

        def words(key: str) -> re.Pattern:
            return re.compile(rf"\b(?:{Rules.alternation(cfg[key])})\b", re.I)

        return (
            one(cfg["frames"]),
            one(cfg["armed_cues"]),
            re.compile(rf"{words('clause_breaks').pattern}|;", re.I),
            one([cfg["armed_lead"]]),
            one([cfg["force_subject"]]),
            re.compile(rf"{words('subject_breaks').pattern}|[,;]", re.I),
            one([cfg["crowd_subject"]]),
        )

    return res.built("type_kinds.crowd_force_clash", build)


def _crowds_fight_each_other(a2, stext: str, rel: int, res: Rules) -> bool:
    """(ev56, review 18c) "supporters of two rival parties pelted each other": the event's own trigger stands inside
    the each-other clause, and no force is its target ("protesters threw stones at police, and rival supporters also
    pelted each other" stays the demonstration against the police)."""
    if a2 is not None and a2.actor_type == "State forces":
        return False
    m = res.pattern_search("crowd_each_other_patterns", stext)
    return m is not None and m.start() <= rel < m.end()


def _civilians_hit(a1, a2, res: Rules):
    """The sides of an attack on civilians: Civilians as actor2; (ev102) an armed side read as actor2 with no actor1
    ("a gunfight broke out when gunmen shot at customers": the side read after its battle word) is the attacker."""
    if a1 is None and a2 is not None and a2.actor_type != "Civilians":
        a1 = a2
    if a2 is None or a2.actor_type != "Civilians":
        a2 = res.actors.get("Civilians") or a2
    return a1, a2


def _attack_is_battle(ev, a1, stext: str, rel: int, res: Rules) -> bool:
    """An Attack that is a battle: a state force's operation with no civilian words (`operation_clash_patterns`), a
    fight of two sides (`two_sides_fight_patterns`), or (ev102) two armed sides that both act in the event's own part
    of the sentence (`one_sided.two_armed_sides_fight`); split from `retype_by_construction` (fix115)."""
    if ev.sub_event_type != "Attack":
        return False
    return bool(
        (
            a1 is not None
            and a1.actor_type == "State forces"
            and res.pattern_search("operation_clash_patterns", stext)
            and not _words(stext) & res.wordset("operation_clash_civilian_words")
        )
        or res.pattern_search("two_sides_fight_patterns", stext)
        or two_armed_sides_fight(ev, a1, stext, rel, res)
    )


def retype_by_construction(ev, trig, a1, a2, stext: str, rel: int, res: Rules, following: str = ""):
    """Type switches by construction (each on its rule); `rel`: the trigger's offset in `stext`; `following`: the next
    sentence (`sentence_after`). Returns the sides: unidentified perpetrators and civilian property for a burning by
    unidentified persons, Civilians as the target when the shots hit a civilian person."""
    if self_dispersal(ev, a1, a2, stext, rel, res):
        _set(ev, "Protests", "Peaceful protest")  # (ev81) "... and dispersed after the chairman agreed to meet them"
        return a1, a2
    sides = _crowd_side(ev, a1, a2, stext, res)
    if sides is not None:
        return sides
    if _property_by_unidentified(ev, trig, stext, rel, res):
        _set(ev, "Strategic developments", "Looting/property destruction")
        if a1 is None or a1.actor_type == "Civilians":
            a1 = res.actors.get("Unidentified Armed Group ({country})") or a1
        a2 = a2 or res.actors.get("Civilians")
    elif (robbery := _robbed_person(ev, stext, rel, res, a1)) is not None:
        # "men holding bush knives stopped a bus and robbed the passengers", "a gang armed with machetes robbed a gold
        # buyer of cash": an armed robbery of people is violence against them (ACLED), a shop or lorry robbed is looting
        _set(ev, *robbery)
        ev.civilian_targeting = robbery[1] == "Attack"
        if a2 is None or a2.actor_type != "Civilians":
            a2 = res.actors.get("Civilians") or a2
    elif (
        ev.sub_event_type == "Looting/property destruction"
        and trig.event_type == "Riots"
        and res.pattern_search("blockade_riot_patterns", stext)
    ):
        # "young men blocked the highway with burning tyres and set fire to two cars ..., before soldiers fired into
        # the air": the blockaders' violence is a violent demonstration (ACLED); the soldiers who disperse them are
        # its target, not the burners
        _set(ev, "Riots", "Violent demonstration")
        if a1 is not None and a1.actor_type == "State forces":
            a1, a2 = res.actors.get("Rioters") or a1, a1
    elif _hits_civilians(ev, a1, a2, stext, rel, res, following):
        # "gunmen shot dead a 17-year-old", "fired on the occupants of a family celebration": the shots hit a civilian
        # person, whatever a background clause says of factions ("in what police investigate as a dispute")
        _set(ev, "Violence against civilians", "Attack")
        ev.civilian_targeting = True
        a1, a2 = _civilians_hit(a1, a2, res)
    elif _attack_is_battle(ev, a1, stext, rel, res):
        # "Five men were killed during an operation by the Military Police", "an operation ... in which four
        # terrorists were killed", "a fight between two clans": a battle, not a one-sided attack
        _set(ev, "Battles", "Armed clash")
        ev.civilian_targeting = False
        if a2 is not None and a2.actor_type == "Civilians":
            a2 = None  # (fix115) no battle with civilians: the other side is read after the merge (battle_sides)
    elif (riot := _crowd_burning(ev, trig, a1, stext, rel, res)) is not None:
        _set(ev, "Riots", riot)  # (ev54) "a crowd torched the house of a man accused of ...", "residents burned a post"
        a1 = res.actors.get("Rioters") or a1
        if riot == "Mob violence" and (a2 is None or a2.actor_type in res.wordset("crowd_burning_later_force_types")):
            a2 = res.actors.get("Civilians") or a2  # (ev56) the man's house, not the police who later disperse
    elif ev.sub_event_type in ("Violent demonstration", "Attack", "Armed clash") and _crowds_fight_each_other(
        a2, stext, rel, res
    ):
        # (ev56) "supporters of two rival parties pelted each other with stones ... until police fired tear gas": two
        # crowds' fight is mob violence between rioters, whoever then disperses them (convention 3)
        _set(ev, "Riots", "Mob violence")
        ev.civilian_targeting = False
        a1 = res.actors.get("Rioters") or a1
    elif ev.sub_event_type in ("Attack", "Armed clash") and res.pattern_search("mob_beating_patterns", stext):
        # "residents of Lamego ... beat to death a man suspected of theft", "activists of two rival student
        # organisations clashed with sticks": a crowd's violence
        _set(ev, "Riots", "Mob violence")
    elif (
        ev.sub_event_type in ("Peaceful protest", "Protest with intervention")
        and res.pattern_search("force_on_protesters_patterns", stext)
        and not res.pattern_search("force_on_protesters_exclusion_patterns", stext)
    ):
        # "Police opened fire on miners protesting their eviction ..., killing two", "used water cannon and batons to
        # disperse farmers staging a sit-in ..., injuring six": force on the protest, not the protest (shots in the
        # air, warning shots or the crowd's own stones leave the type to the crowd)
        _set(ev, "Protests", "Excessive force against protesters")
    return a1, a2


def attack_on_armed_side(ev, a2) -> None:
    """(ev74) An attack whose final target is an armed side (a state force or an armed group: "rebels ... beat back a
    column, killing six soldiers", "attacked a market, killing three policemen") is a battle: ACLED's violence against
    civilians has civilian targets only (no Attack of the development sets' gold has another actor2)."""
    if ev.sub_event_type == "Attack" and a2 is not None and a2.actor_type in ARMED_TYPES:
        _set(ev, "Battles", "Armed clash")
        ev.civilian_targeting = False


def attack_on_protesters(ev, a1, a2) -> None:
    """(fix83) A state force's attack on protesters ("Police assaulted protesters", "soldiers attacked demonstrators")
    is force used on the protest: Excessive force against protesters, the force actor1 (coding conventions of
    eval/events/README.md: an Attack's target is civilians, a protest's force the other side of the protest)."""
    if (
        ev.sub_event_type == "Attack"
        and a1 is not None
        and a1.actor_type == "State forces"
        and a2 is not None
        and a2.actor_type == "Protesters"
    ):
        _set(ev, "Protests", "Excessive force against protesters")
        ev.civilian_targeting = False


def armed_target_end(stext: str, end: int, res: Rules) -> int:
    """(fix83) Where the target of the trigger ending at `end` may be named: the end of its clause (`own_clause_breaks`:
    ";", a comma before a lower-case word, "where", "when" ...; not the comma of "Kora, Cameroon"), or of the tail
    right after it that tells the act's toll (`armed_target_tail_after`: ", killing two officers")."""
    return _clause_end(stext, end, "armed_target_tail_after", res)


def _clause_end(stext: str, end: int, tail_list: str, res: Rules) -> int:
    """The end of the clause of the trigger ending at `end` (the first `own_clause_breaks` after it), or of the toll
    tail (pattern list `tail_list`) that opens right there."""
    breaks = res.patterns_re("own_clause_breaks", flags=0)
    m = breaks.search(stext, end) if breaks is not None else None
    c1 = m.start() if m is not None else len(stext)
    tail = res.patterns_re(tail_list)
    t = tail.match(stext, c1) if tail is not None else None
    if t is None or breaks is None:
        return c1
    m = breaks.search(stext, t.end())
    return m.start() if m is not None else len(stext)


def captive(stext: str, pos: int, res: Rules) -> bool:
    """(fix83) The actor named at `pos` is a captive (`captive_modifiers_before` among the two words before it:
    "executed three captured separatist fighters"): killing captives is violence against civilians (ACLED)."""
    words = WORD.findall(stext[max(0, pos - 40) : pos].lower())[-2:]
    return bool(set(words) & res.wordset("captive_modifiers_before"))


def lethal_interventions(events: list, res: Rules) -> None:
    """(ev74) A protest with intervention whose own sentence tells deaths is excessive force against protesters (ACLED:
    lethal force on a demonstration; every protest event of the development sets' gold with a death toll is one; not
    a toll folded in from another sentence): the force becomes actor1 and the protesters actor2, as the sub-type's
    convention has them; with no force named, actor1 stays unnamed. (fix83) Only deaths of the trigger's own clause or
    its ", killing N" tail count (`_intervention_deaths_text`) or protesters dying after the trigger
    (`crowd_retype.crowd_died`: "...; three protesters died later in hospital"), and none when that text tells a force's dead
    (`intervention_other_deaths_patterns`: "stabbed a policeman to death") or deaths of another time or event
    (`mourned_deaths_patterns`: "mourners of the 12 miners killed in a blast", "two students killed last month"). (fix86) The clause of an intervention told in a
    later sentence and folded into the protest (`merging.restates`: "Students rallied .... Meanwhile, police fired
    tear gas at them, killing one") counts as the protest's own."""
    for ev in events:
        if ev.sub_event_type != "Protest with intervention" or not ev.fatalities:
            continue
        if not any(_lethal_clause(told, res) for told in (ev, *ev.extras.get("interventions", ()))):
            continue
        _set(ev, "Protests", "Excessive force against protesters")
        force = next((a for a in (ev.actor2, ev.actor1) if a is not None and a.actor_type in STATE_TYPES), None)
        if force is None:
            crowd = ev.actor1 if ev.actor1 is not None and ev.actor1.actor_type == "Protesters" else None
            ev.actor1, ev.actor2 = None, crowd or ev.actor2 or res.actors.get("Protesters")
        elif force is ev.actor2:
            ev.actor1, ev.actor2 = ev.actor2, ev.actor1


def _lethal_clause(ev, res: Rules) -> bool:
    """The trigger's clause of `ev` (`_intervention_deaths_text`) tells deaths of the intervention itself."""
    text = _intervention_deaths_text(ev, res)
    if not fatalities_in(text, res):
        text = ev.sentence[max(0, trigger_at(ev)) :]  # (fix83) "...; three protesters died later in hospital"
        if crowd_died(text, res) is None:
            return False
    return not (
        res.pattern_search("intervention_other_deaths_patterns", text)
        or res.pattern_search("mourned_deaths_patterns", text)
    )


def _intervention_deaths_text(ev, res: Rules) -> str:
    """(fix83) The trigger's own clause (from the last `own_clause_breaks` before it to the first after it) with a
    clause it is simultaneous with (`simultaneous_clause_words`: "shot dead a student as they dispersed a march") and,
    right after it, a tail that tells its toll (`intervention_death_tail_after`: ", killing two", ", leaving three
    dead"); the whole sentence when the trigger's offset is unknown."""
    at, s = trigger_at(ev), ev.sentence
    breaks = res.patterns_re("own_clause_breaks", flags=0)
    if at < 0 or breaks is None:
        return s
    found = list(breaks.finditer(s))
    before = [m for m in found if m.end() <= at]
    same = res.wordset("simultaneous_clause_words")
    c0 = before[-1].end() if before else 0
    if before and before[-1].group().lower() in same:
        c0 = before[-2].end() if len(before) > 1 else 0
    c1 = _clause_end(s, at + len(ev.trigger), "intervention_death_tail_after", res)
    nxt = breaks.match(s, c1)
    if nxt is not None and nxt.group().lower() in same:
        c1 = _clause_end(s, nxt.end(), "intervention_death_tail_after", res)
    return s[c0:c1]
