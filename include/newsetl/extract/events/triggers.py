"""The event type: the strongest trigger of a sentence and the refinements by weapon, crowd and target."""

from __future__ import annotations

import re

from ..rules import Rules
from .arrest_cause import arrest_before_its_cause, head_of_clause, main_before_after_clause
from .crowd_choice import crowd_and_force, crowd_sides
from .crowd_retype import PROTEST_CONTEXT, _pattern, crowd_fight_sides, crowd_named, crowd_retype, dwelling_mob
from .filled import filled_re, filled_search
from .model import ARMED_VIOLENCE_TYPES, TERRITORY_SUBS, retype, with_sub
from .one_sided import sequel_clash_yields
from .text import clause_bounds
from .type_yields import cause_phrase_yields, entry_after_withdrawal, held_weapon_yields, sparked_frame_yields

SUBORD_CLAUSE = re.compile(
    r"\b(?:after|before|as|when|once|until|while)\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:[\w\-’']+\s+){0,3}$", re.I
)


EARLIER_EVENT = re.compile(
    r"\b(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|hours?|weeks?)\s+(?:after|since)\b[^.;]*$", re.I
)
MOVING = re.compile(r"\w+ing\b|\w+\s+(?:towards?|on)\b", re.I)
CLAUSE_END = re.compile(r"[.;]")


KILL_VERB = re.compile(r"\b(?:killed|killing|shot\s+dead|massacred|beheaded|executed|murdered)\b", re.I)


REMOVAL_BEFORE = re.compile(
    r"\b(?:removed|removing|defused|defusing|dismantled|dismantling|cleared|clearing|disposed\s+of|neutrali[sz]ed|"
    r"disarmed|deactivated|found|discovered|uncovered|seized|seizing|confiscated|recovered|intercepted|detected|"
    r"safely\s+detonated|destroyed\s+a\s+cache\s+of)\s+(?:[\w\-]+\s+){0,5}$",
    re.I,
)


AIR_ASSET = re.compile(
    r"\b(?:aircraft|aviation|jets?|warplanes?|fighter\s+jets?|planes?|drones?|helicopters?|gunships?|air\s+force|bombers?|airstrikes?|air\s+strikes?)\b",
    re.I,
)


AIR_SUBJECT = re.compile(  # (the dateline in capitals: case-sensitive)
    r"^(?:[A-Z][A-Z/ .'’\-]+\s*[—–-]+\s*)?\W*(?i:(?:an?\s+|the\s+|two\s+|three\s+)?(?:[\w\-]+\s+)?"
    r"(?:warplanes?|jets?|aircraft|drones?|helicopters?|bombers?)\b)",
)  # "A warplane belonging to Haftar's LNA struck Mitiga airport": the subject of the sentence is an aircraft


AIR_MEANS = re.compile(
    r"\b(?:aircraft|aviation|jets?|warplanes?|planes?|drones?|helicopters?|gunships?|air\s+force|aerospace\s+forces|bombers?)\b",
    re.I,
)
HEAVY_ASSET = re.compile(
    r"\b(?:artillery|howitzers?|shells?|shelling|rockets?|mortars?|missiles?|tanks?|grad|multiple\s+rocket\s+launchers?)\b",
    re.I,
)


FIREARMS = re.compile(
    r"\b(?:rifles?|guns?|gunfire|small[\s-]arms|machine[\s-]guns?|kalashnikovs?|firearms|gunfight|firefight)\b", re.I
)


NONVIOLENT_TAKE = re.compile(
    r"\b(?:without\s+(?:a\s+fight|any\s+fighting|resistance|any\s+resistance|firing\s+a\s+shot|a\s+shot\s+(?:being\s+)?fired)|"
    r"unopposed|uncontested)\b",
    re.I,
)


PERSON_OBJECT = re.compile(
    r"\s+(?:alias\b|(?:an?\s+|the\s+|two\s+|three\s+|several\s+|\d+\s+)?(?:(?:senior|top|local|regional|suspected|"
    r"alleged|wanted|notorious)\s+)*(?:leaders?|commanders?|chiefs?|kingpins?|suspects?|ringleaders?)\b)",
    re.I,
)


def heavy_means(text: str) -> bool:
    """Artillery, rockets, tanks... named in lower case (a capitalised "Tank" mid-sentence is the Pakistani town)."""
    return any(m.start() == 0 or not m.group(0)[0].isupper() for m in HEAVY_ASSET.finditer(text))


CAMP_AFTER = re.compile(
    r"(?:\s+on|\s+against)?\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}(?:IDP|displacement|displaced\s+persons|"
    r"displaced\s+people's|refugee)\s+(?:camps?|sites?|settlements?)\b",
    re.I,
)


def _by_act_and_site(stext: str, s0: int, cands: list, tspan, trig, res: Rules):
    """Types from what was done and to what: buildings blown up are destroyed, a place overrun "before withdrawing"
    was fought over, not taken, the shelling of a ground assault is part of it, an assault on a camp for the displaced
    attacks civilians."""
    demolish = res.patterns_re("demolition_patterns")
    if trig.event_type == "Explosions/Remote violence" and demolish is not None and "demolition" in res.triggers:
        if demolish.match(stext, tspan.start_char - s0, tspan.start_char - s0 + res.window("demolition_after")):
            # "army engineers blew up a row of houses": destruction, not a bomb attack
            trig = res.triggers["demolition"]
    left = res.patterns_re("withdrew_after_patterns")
    if trig.sub_event_type in TERRITORY_SUBS and left is not None and left.search(stext, tspan.end_char - s0):
        # "attacked the town, overrunning the base ... before withdrawing": nothing was held, a battle (ACLED)
        trig = with_sub(trig, "Battles", "Armed clash", res)
    ground = [c for c in cands if c[2].text.lower().startswith("ground ") and c[2].start_char < tspan.start_char]
    if (
        trig.event_type == "Explosions/Remote violence"
        and ground
        and re.search(r",\s+(?:\w+\s+){0,3}$", stext[: tspan.start_char - s0])
        and tspan.text.lower().endswith("ing")
    ):
        # "launched a ground assault on the camp, shelling and storming residential blocks": the shelling is part of
        # the ground assault the sentence reports
        _, _, tspan, trig = ground[0]
    if (
        trig.event_type == "Battles"
        and "attack_on_civilian_sites" in res.triggers
        and CAMP_AFTER.match(stext, tspan.end_char - s0, tspan.end_char - s0 + res.window("camp_after"))
    ):
        trig = res.triggers["attack_on_civilian_sites"]  # "a ground assault on Zamzam IDP camp": on the displaced
    return tspan, trig


def _by_means_and_object(stext: str, s0: int, cands: list, tspan, trig, res: Rules):
    """Type refinements by the weapon and the object: prevented use, small arms, people captured, places taken
    without a fight, the weapon named with a weak trigger."""
    if (
        trig.event_type == "Explosions/Remote violence"
        and trig.sub_event_type != "Air/drone strike"
        and REMOVAL_BEFORE.search(stext[max(0, tspan.start_char - s0 - 50) : tspan.start_char - s0])
    ):
        # "removed a high number of IEDs", "defused two roadside bombs", "seized a truck of explosives": prevented use
        trig = with_sub(trig, "Strategic developments", "Disrupted weapons use", res)
    if (
        trig.event_type == "Explosions/Remote violence"
        and trig.sub_event_type != "Air/drone strike"
        and FIREARMS.search(stext)
    ):
        # "stormed a police post with rifles and hand grenades", "attacked the station with rifles and explosives":
        # a ground assault with small arms is a battle, whatever else the attackers carried
        battle = [c for c in cands if c[3].event_type == "Battles"]
        if battle:
            _, _, tspan, trig = battle[0]
    drone = res.patterns_re("drone_delivery_patterns")
    if (
        trig.sub_event_type in ("Grenade", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack")
        and drone is not None
        and drone.search(stext)
    ):
        # "dropped explosives from a drone onto the police station", "a missile fired from a drone", "a helicopter
        # gunship fired rockets": the launcher makes it a strike from the air (ACLED)
        trig = with_sub(trig, "Explosions/Remote violence", "Air/drone strike", res)
    if trig.sub_event_type in TERRITORY_SUBS and PERSON_OBJECT.match(stext[tspan.end_char - s0 :]):
        trig = with_sub(trig, "Strategic developments", "Arrests", res)  # "soldiers captured alias Chucho, a leader"
    elif trig.sub_event_type in TERRITORY_SUBS and NONVIOLENT_TAKE.search(stext):
        # "took control of the town after federal troops withdrew without a fight"
        trig = with_sub(trig, "Strategic developments", "Non-violent transfer of territory", res)
    if trig.means_from_sentence and heavy_means(stext) and not AIR_ASSET.search(stext) and not FIREARMS.search(stext):
        trig = with_sub(
            trig, "Explosions/Remote violence", "Shelling/artillery/missile attack", res
        )  # "rocket artillery strikes"
    if trig.sub_event_type == "Armed clash" and trig.priority <= 3:
        # "its jets had struck", "a warplane ... struck", "artillery hit": the weapon decides the sub-event type
        c0, _ = clause_bounds(stext, tspan.start_char - s0)
        window = BACKING_SPAN.sub(" ", stext[max(0, c0 - 40 if c0 else 0) : tspan.end_char - s0 + 30])
        if AIR_ASSET.search(window) or AIR_SUBJECT.match(stext):
            trig = with_sub(trig, "Explosions/Remote violence", "Air/drone strike", res)
        elif heavy_means(window) and not FIREARMS.search(stext):
            trig = with_sub(trig, "Explosions/Remote violence", "Shelling/artillery/missile attack", res)
    return tspan, trig


BOMB_WORDS = re.compile(r"\b(?:bombs?|explosives?|ieds?|mines?|drones?|missiles?|rockets?|grenades?)\b", re.I)


def _thwarted(stext: str, s0: int, cands: list, tspan, trig, res: Rules):
    """An attack or infiltration "foiled" with attackers killed is a battle (ACLED); "shot down 20 of 25 Shahed drones":
    the drones are the object of the interception."""
    if trig.event_type == "Explosions/Remote violence":
        for c in cands:
            if (
                c[3].sub_event_type == "Disrupted weapons use"
                and c[2].end_char <= tspan.start_char
                and re.fullmatch(r"[^.;,]{0,30}", stext[c[2].end_char - s0 : tspan.start_char - s0])
            ):
                return c[2], c[3]
    if trig.id == "foiled_attack" and KILL_VERB.search(stext) and not BOMB_WORDS.search(stext):
        return tspan, with_sub(trig, "Battles", "Armed clash", res)
    near = stext[max(0, tspan.start_char - s0 - 50) : tspan.end_char - s0 + 50]
    if (
        trig.sub_event_type == "Remote explosive/landmine/IED"
        and _pattern(res, "found_device_patterns", near)
        and not _pattern(res, "device_went_off_patterns", stext)
    ):
        # "an IED ... was discovered by residents and destroyed", "detected and destroyed an IED": a device found
        # before it went off is a disrupted weapons use (ACLED), not an explosion; the finder is its actor, as with
        # "defused" (the device's roles would make its planter the agent)
        found = res.triggers.get("defused_explosives")
        return tspan, found or with_sub(trig, "Strategic developments", "Disrupted weapons use", res)
    return tspan, trig


def taken_to_care(res: Rules, stext: str, pos: int) -> bool:
    """(fix32) A place of care or safety right at `pos`, after a taking verb or its object (`taken_to_care_after`: "to
    hospital", "to safety", "to a school"): people moved to care, not abducted."""
    care = res.patterns_re("taken_to_care_after")
    return care is not None and care.match(stext, pos) is not None


def _benign_source(res: Rules, stext: str, pos: int) -> bool:
    """(fix89) After "was taken from his home" (ending at `pos`), the rest of the clause tells a move, not a taking: no
    armed agent in it (`taken_passive_after` at a "by" of `taken_passive_agent_lead`: "by armed men believed to belong
    to a militia" is a taking) and a destination (`taken_passive_benign_after`: "from the airport to a hotel", "from
    the camp by bus to X"; not "to an unknown location") or an agent that is no armed one ("by ambulance", "by
    rescuers", "by their parents")."""
    end = CLAUSE_END.search(stext, pos)
    end_at = end.start() if end else len(stext)
    agent = res.patterns_rx("taken_passive_after")
    lead = res.patterns_rx("taken_passive_agent_lead")
    bys = [b.start() for b in lead.finditer(stext, pos, end_at)]
    if any(agent.match(stext, b) is not None for b in bys):
        return False
    return bool(bys) or res.pattern_search("taken_passive_benign_after", stext, pos, end_at) is not None


def _people_after(res: Rules, stext: str, end: int, verb_len: int) -> tuple[re.Match | None, bool]:
    """The match of the people taken after a taking verb ending at `end`: a people object (`taken_people_patterns`), a
    named person whose own place they are taken from (`taken_named_person_patterns`, case-sensitive: "took Don Luis,
    the village secretary, from his shop"), or, for a passive whose subject is a person (`taken_passive_subject_before`:
    "He was taken", "a teacher from the village was taken"; not "the bodies of three men", "cash belonging to the
    workers": `taken_passive_thing_subject_patterns`), an armed agent after it (`taken_passive_after`: "on Monday by
    armed men") or a place people are found at (`taken_passive_source_after`: "from a cafe", "from their homes") with
    no benign move in the clause (`_benign_source`); and whether an armed agent matched."""
    for name, flags in (("taken_people_patterns", re.I), ("taken_named_person_patterns", 0)):
        rx = filled_re(res, name, flags)  # (fix89) `{taken_person_heads}`: the person nouns, shared with the passive
        if rx is not None and (m := rx.match(stext, end)) is not None:
            if m.group().lstrip().lower().startswith("from") and _benign_source(res, stext, m.end()):
                return None, False  # "were taken from the camp by bus to X": moved
            return m, False
    before = stext[max(0, end - verb_len - res.window("taken_passive_subject_before")) : end - verb_len]
    if filled_search(res, "taken_passive_subject_before", before) is None:
        return None, False
    if res.pattern_search("taken_passive_thing_subject_patterns", before) is not None:
        return None, False
    if (m := res.patterns_rx("taken_passive_after").match(stext, end)) is not None:
        return m, True
    m = res.patterns_rx("taken_passive_source_after").match(stext, end)
    return (None if m is None or _benign_source(res, stext, m.end()) else m), False


def takes_people(res: Rules, trigger_id: str, stext: str, end: int) -> bool:
    """A taking verb (a trigger of wordlists.json `taking_trigger_ids` whose last word is one of `taking_verbs`: "took",
    "taken"; not "freed" or "entered", which the same trigger matches) whose object is people (`_people_after`: a people
    object, a named person, a person passive with an armed agent or a source), not moved to care (`taken_to_care`) and
    not killed in the same breath (`taken_then_killed_after`)."""
    if trigger_id not in res.wordset("taking_trigger_ids"):
        return False
    words = stext[:end].split()
    if not words or words[-1].lower() not in res.wordset("taking_verbs"):
        return False
    m, by_agent = _people_after(res, stext, end, len(words[-1]))
    if m is None:
        return False
    # (fix89) after an armed agent ("by gunmen who had driven to the clinic") no move to care is read
    if not by_agent and taken_to_care(res, stext, m.end()):
        return False  # "took the injured children to hospital", "were taken from their homes to a school": care (fix32)
    # "took the men from their homes and killed them by the road": the killing is the event, not an abduction (ev29)
    killed = res.patterns_re("taken_then_killed_after")
    return killed is None or killed.match(stext, m.end()) is None


def _taken_what(stext: str, s0: int, cands: list, tspan, trig, res: Rules):
    """What was taken decides the type: "seized a large shipment of weapons" is a disrupted weapons use, not territory
    (`weapon_object_patterns` after the verb); "captured the police station ... and nine policemen surrendered": the
    defenders' surrender is part of the capture, coded as the territorial change (ACLED)."""
    weapons = res.patterns_re("weapon_object_patterns")
    if trig.sub_event_type in TERRITORY_SUBS and weapons is not None and weapons.match(stext, tspan.end_char - s0):
        return tspan, with_sub(trig, "Strategic developments", "Disrupted weapons use", res)
    if takes_people(res, trig.id, stext, tspan.end_char - s0):
        before = stext[max(0, tspan.start_char - s0 - res.window("state_taker_before")) : tspan.start_char - s0]
        if (
            res.pattern_search("state_taker_before", before)
            and not filled_search(res, "state_taker_impostor_patterns", before)  # "men who said they were police"
            and not res.pattern_search("disappearance_cue_patterns", stext)
        ):
            # "Police seized three officers accused of extortion", (ev82) "security agents took six teachers from their
            # homes": people taken by state agents are arrested (fix32); "gendarmes took him from his home ... they do
            # not know where he is being held" is a forced disappearance (`disappearance_cue_patterns`)
            return tspan, with_sub(trig, "Strategic developments", "Arrests", res)
        # "gunmen took six passengers", "armed men took a community leader from his farm": people taken are abducted
        return tspan, with_sub(trig, "Violence against civilians", "Abduction/forced disappearance", res)
    if trig.id in res.wordset("surrender_trigger_ids"):
        for c in cands:
            if (
                c[3].sub_event_type in TERRITORY_SUBS
                and c[2].end_char <= tspan.start_char
                and not (weapons is not None and weapons.match(stext, c[2].end_char - s0))
            ):
                return c[2], c[3]
    return tspan, trig


BACKING_ASIDE = re.compile(
    r"\b(?:backed|supported|assisted|aided|covered|accompanied)\s+(?:up\s+)?by\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}$|"
    r"\bwith\s+the\s+(?:help|support|backing|cover)\s+of\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}$",
    re.I,
)


# the support an attacker gets is not its means ("Somali forces, supported by US airstrikes, attacked ...")
BACKING_SPAN = re.compile(
    r"\b(?:backed|supported|assisted|aided|covered|accompanied)\s+(?:up\s+)?by\s+[^,;.]{1,60}|"
    r"\bwith\s+the\s+(?:help|support|backing|cover)\s+of\s+[^,;.]{1,60}",
    re.I,
)


def _abduction_beside(cands: list, tspan):
    """(fix38) An abduction trigger of the clause apart from the looting one ("gunmen abducted a trader and took his
    car", "took 200 cattle and abducted two herders"): the candidate, or None."""
    for c in cands:
        if c[3].sub_event_type == "Abduction/forced disappearance" and (
            c[2].end_char <= tspan.start_char or c[2].start_char >= tspan.end_char
        ):
            return c
    return None


def _fight_yields(stext: str, rel: int, res: Rules) -> bool:
    """(fix101) A fight told as a noun yields to the killing it ends in when its sides are two persons
    (`fight_noun_yields_patterns`: "a fight between two brothers ... one of them hacked to death") or when a firearm
    kills and no two crowds are its sides (`firearm_patterns`: "a wedding turned into a fight, and a guest was shot
    dead"; two crowds with guns are `crowd_fight_table`'s armed clash)."""
    if res.pattern_search("fight_noun_yields_patterns", stext):
        return True
    return bool(res.pattern_search("firearm_patterns", stext)) and crowd_fight_sides(stext, rel, res) is None


def choose_trigger(u, cands: list, res: Rules):
    """The trigger that carries the event of a clause, with its type refined: (span, trigger)."""
    stext, s0 = u.stext, u.s0
    cands.sort(key=lambda c: (c[0], c[1]), reverse=True)
    cands = entry_after_withdrawal(stext, s0, cands, res)  # (ev116) "walked into X after the police left"
    main = [
        c
        for c in cands
        if not (
            c[3].event_type == "Strategic developments"
            and SUBORD_CLAUSE.search(stext[max(0, c[2].start_char - s0 - 45) : c[2].start_char - s0])
        )
    ]
    if main and len(main) < len(cands):
        cands = main  # "seized Wad Madani ... after the army withdrew from the city": the main clause carries the event
    own = [
        c for c in cands if not BACKING_ASIDE.search(stext[max(0, c[2].start_char - s0 - 40) : c[2].start_char - s0])
    ]
    if own and len(own) < len(cands):
        cands = own  # "Somali forces, supported by US airstrikes, attacked ...": the support is no event of its own
    not_earlier = [c for c in cands if not EARLIER_EVENT.search(stext[: c[2].start_char - s0])]
    if not_earlier and len(not_earlier) < len(cands):
        cands = not_earlier  # "set up a new position ..., a day after Syrian government shelling killed ...": the earlier event
    cands = arrest_before_its_cause(stext, s0, cands, res)
    cands = head_of_clause(stext, s0, cands, res)
    cands = main_before_after_clause(stext, s0, cands, res)
    cands = sequel_clash_yields(stext, s0, cands, res)  # (fix118) "... before police arrived and engaged them"
    cands = cause_phrase_yields(stext, s0, cands, res)  # (ev116) "a crowd angered by the death ... in custody"
    cands = sparked_frame_yields(stext, s0, cands, res)  # (ev116) "the fighting was sparked by the killing of"
    cands = held_weapon_yields(stext, s0, cands, res)  # (ev116) "arrested three men carrying rifles and grenades"
    top, _, tspan, trig = cands[0]
    if trig.event_type == "Violence against civilians" and trig.sub_event_type == "Attack":
        # "Russian shelling of the city centre killed three civilians": the weapon is the type, the victims make it
        # civilian targeting (ACLED)
        means = [c for c in cands if c[3].event_type == "Explosions/Remote violence" and c[0] >= top - 0.5]
        if means:
            _, _, tspan, trig = means[0]
    if trig.sub_event_type == "Looting/property destruction" and KILL_VERB.search(stext):
        # "killed six villagers and stole cattle": the killing is the event, the looting part of it
        viol = [c for c in cands if c[3].event_type in ("Violence against civilians", "Battles")]
        if viol:
            _, _, tspan, trig = viol[0]
    if trig.sub_event_type == "Looting/property destruction" and (abd := _abduction_beside(cands, tspan)):
        _, _, tspan, trig = abd  # "abducted a trader and took his car": the people taken are the event
    if (
        trig.event_type == "Riots"
        and not crowd_named(stext, res)
        and KILL_VERB.search(stext)
        and trig.id not in res.wordset("crowd_fight_trigger_ids")  # (ev90) "a brawl ..., and one man was killed"
    ):
        # "militants raided the village, torching houses" and killing people: no crowd, the killing is the event
        viol = [c for c in cands if c[3].event_type in ("Violence against civilians", "Battles")]
        if viol:
            _, _, tspan, trig = viol[0]
    if trig.id in res.wordset("fight_noun_trigger_ids") and _fight_yields(stext, tspan.start_char - s0, res):
        # (fix101) a fight of two persons, or a shooting no two crowds fight, is the killing it ends in
        viol = [c for c in cands if c[3].event_type == "Violence against civilians"]
        if viol:
            _, _, tspan, trig = viol[0]
    if trig.sub_event_type == "Armed clash":
        # ACLED: a battle that changes who holds the place is coded only as the territorial change
        terr = [
            c
            for c in cands
            if c[3].sub_event_type in TERRITORY_SUBS
            and not (
                c[3].priority <= 4 and MOVING.match(c[2].text + stext[c[2].end_char - s0 : c[2].end_char - s0 + 12])
            )
        ]  # (not "troops advancing towards the village came under attack": a movement, nothing taken)
        if terr:
            _, _, tspan, trig = terr[0]
    tspan, trig = _by_act_and_site(stext, s0, cands, tspan, trig, res)
    tspan, trig = _by_means_and_object(stext, s0, cands, tspan, trig, res)
    tspan, trig = _thwarted(stext, s0, cands, tspan, trig, res)
    tspan, trig = _taken_what(stext, s0, cands, tspan, trig, res)
    return crowd_and_force(u, stext, cands, tspan, trig, res)


def retype_by_actors(
    ev,
    trig,
    a1,
    a2,
    u,
    rel: int,
    tspan,
    res: Rules,
    agent_text: str = "",
    place_iso3: str | None = None,
    following: str = "",
) -> None:
    """Sub-event type switches by who acts on whom: state agents, civilian or armed targets, strikes from the air,
    arrests at a demonstration, crowds. `following`: the paragraph's next sentence (fix108: a crowd fight's sequel)."""
    stext, s0 = u.stext, u.s0
    foreign = (
        a1 is not None
        and a1.country is not None
        and place_iso3 is not None
        and a1.country != place_iso3
        and trig.sub_event_type in TERRITORY_SUBS
        and trig.id != "territory_recapture"
    )  # ACLED: a foreign state's forces taking a place overtake territory (retaking one for the government regains it)
    if a1 and trig.alt_if_state and a1.actor_type in ("State forces", "External/Other forces") and not foreign:
        if trig.alt_if_state in TERRITORY_SUBS and ev.event_type != "Battles":
            retype(ev, "Battles", trig.alt_if_state)  # (fix129) "Somali troops walked into X after ... pulled out"
        ev.sub_event_type = trig.alt_if_state
        if trig.alt_mode_if_state:
            ev.plover_mode = trig.alt_mode_if_state
    if trig.alt_if_civilians and a2 is not None and a2.actor_type == "Civilians":
        alt = trig.alt_if_civilians
        retype(ev, alt.get("event_type", ev.event_type), alt.get("sub_event_type", ev.sub_event_type))
        ev.civilian_targeting = True
    elif (
        trig.alt_if_armed
        and a2 is not None
        and a2.actor_type not in ("Civilians", "Protesters", "Rioters")
        and a1 is not None
    ):
        alt = trig.alt_if_armed
        retype(ev, alt.get("event_type", ev.event_type), alt.get("sub_event_type", ev.sub_event_type))
        ev.civilian_targeting = False
    if ev.sub_event_type == "Armed clash" and trig.priority <= 3 and trig.sub_event_type != "Armed clash":
        # "its jets had killed dozens of bandits": a generic kill against armed men, carried out from the air
        c0, _ = clause_bounds(stext, rel)
        window = BACKING_SPAN.sub(" ", stext[max(0, c0 - 40 if c0 else 0) : tspan.end_char - s0 + 30])
        if AIR_ASSET.search(window):
            retype(ev, "Explosions/Remote violence", "Air/drone strike")
    if (
        ev.sub_event_type in ("Armed clash", "Attack", "Shelling/artillery/missile attack")
        and ev.event_type in ARMED_VIOLENCE_TYPES
        and AIR_MEANS.search(agent_text)
    ):
        # "Russian warplanes attacked ...", "Turkish drones hit ...": the attacker's means make it a strike from the air
        retype(ev, "Explosions/Remote violence", "Air/drone strike")
    if (
        ev.sub_event_type == "Arrests"
        and (_protest_scene(stext, res) or _pattern(res, "arrest_crowd_removed_patterns", stext))
        and not _pattern(res, "arrest_later_occasion_patterns", stext)
    ):
        # ACLED: arrests at a demonstration are a protest with intervention (convention 7: not "arrested 23 young men
        # overnight after a protest", another occasion)
        ev.event_type, ev.sub_event_type, ev.plover_event, ev.plover_mode = (
            "Protests",
            "Protest with intervention",
            "PROTEST",
            "demonstrate",
        )
    dwelling_mob(ev, a1, stext, rel, res)
    if crowd_sides(ev, trig, a1, a2, tspan, stext, rel, res):
        return
    crowd_retype(ev, a1, stext, rel, res, a2, following)
    dwelling_mob(ev, a1, stext, rel, res)


def _protest_scene(stext: str, res: Rules) -> bool:
    """A protest the arrest was made at ("during / at / after the protest"), not one named inside the arrest's cause
    (ev107, `arrest_call_cause_patterns`: "on charges of calling on social media for violence at the protest", "over
    posts urging people to block roads during the rally": an arrest of its own, convention 7)."""
    m = PROTEST_CONTEXT.search(stext)
    return m is not None and res.pattern_search("arrest_call_cause_patterns", stext[: m.start()]) is None
