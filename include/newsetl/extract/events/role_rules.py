"""Roles by convention and by what the sentence says of the target (ACLED practice)."""

from __future__ import annotations

import re

from ..rules import Rules
from .attribution import is_attribution
from .counted_victims import people_harmed
from .earlier_attack import earlier_attack_lead
from .model import (
    ARMED_TYPES,
    DEFAULT_PLOVER,
    NONSTATE_TYPES,
    STATE_TYPES,
    Event,
)
from .role_patterns import BOTH_SIDES, SUBJECT_BLOCK
from .roles import sentence_roles

UNARMED_TARGET = re.compile(
    r"\b(?:herders?|herdsm[ae]n|farmers?|villagers?|worshippers?|pastoralists?|traders?)\s*$", re.I
)


EXCHANGE_RE = re.compile(
    r"\b(?:exchanges?\s+of\s+fire|exchanged\s+fire|fired\s+back|returned\s+fire|fought\s+back|fought\s+off|repelled|repulsed|"
    r"resisted|resistance|gun\s*battles?|firefights?|shoot-?outs?|clash(?:ed|es)?)\b",
    re.I,
)


ARREST_REASON = re.compile(
    r"\b(?:on\s+suspicion\s+of|suspected\s+of|in\s+connection\s+with|accused\s+of|charged\s+with|(?<!called\s)(?<!calling\s)(?<!calls\s)for)\s+(?:[\w\-’']+\s+){0,4}?"
    r"(?:(?P<riot>setting\s+fire|arson|rioting|riots?|looting|vandali[sz]\w*|torching|burning|ransacking|storming)|"
    r"(?:protests?|protesting|demonstrations?|demonstrating|rall(?:y|ies)|marches|marching|sit-ins?))\b",
    re.I,
)


FACILITY_END = re.compile(
    r"\b(?:station|stations|headquarters|building|buildings|post|posts|base|bases|office|offices|compound|barracks)$",
    re.I,
)


FACILITY_AFTER = re.compile(
    r"\s*(?:station|stations|headquarters|building|buildings|post|posts|base|bases|office|offices|compound|barracks|vehicles?|cars?)\b",
    re.I,
)


CIVIL_TARGET = re.compile(
    r"\s*(?:into\s+|on\s+)?(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,2}?(?:residential\s+(?:areas?|buildings?|blocks?|neighbou?rhoods?|districts?|quarters?|streets?)|"
    r"apartment\s+(?:buildings?|blocks?)|homes|houses|markets?|marketplace|hospitals?|schools?|clinics?|shelters?|"
    r"camps?\s+for\s+(?:displaced|refugees)|displacement\s+camps?|civilian\s+(?:areas?|targets?|homes|infrastructure))\b",
    re.I,
)


def conventional_roles(ev: Event, a1, a2, trig, res: Rules):
    """ACLED conventions: protesters/rioters as actor1 of demonstrations, security forces as actor1 of
    excessive force, an unidentified armed group behind unclaimed explosions."""
    acts = res.actors
    protesters, rioters, civ = acts.get("Protesters"), acts.get("Rioters"), acts.get("Civilians")
    unid = acts.get("Unidentified Armed Group ({country})")
    sub = ev.sub_event_type
    state = [x for x in (a1, a2) if x is not None and x.actor_type in STATE_TYPES]
    if sub == "Peaceful protest":
        return protesters, None
    if sub == "Protest with intervention":
        return protesters, (state[0] if state else None)
    if sub == "Excessive force against protesters":
        return (state[0] if state else a1 if a1 not in (protesters, civ) else None), protesters
    if sub == "Violent demonstration":
        return rioters, (state[0] if state else None)
    if sub == "Mob violence":
        return rioters, civ
    if sub == "Arrests" and a1 is None and re.search(r"\bpolice\b", ev.sentence, re.I):
        # "Police say officers at a checkpoint arrested two men": the police the source names made the arrest
        a1 = state[0] if state else acts.get("Police Forces of {country}")
    if sub == "Arrests" and a1 is not None and a1 in (protesters, civ) and a2 is None:
        # "Police said 30 people were arrested": those arrested are no agent; the police the clause names arrested them
        police = acts.get("Police Forces of {country}") if re.search(r"\bpolice\b", ev.sentence, re.I) else None
        a1, a2 = (state[0] if state else police), a1
    if ev.event_type == "Explosions/Remote violence" and sub != "Air/drone strike" and a1 is None:
        a1 = unid
    if (
        ev.event_type == "Violence against civilians"
        and a2 is None
        and sub in ("Attack", "Abduction/forced disappearance", "Sexual violence")
    ):
        a2 = civ
        ev.civilian_targeting = True
    if ev.event_type == "Violence against civilians" and a1 is None:
        a1 = unid
    if (
        a1 is not None
        and a1 in (protesters, civ)
        and ev.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians")
    ):
        a1, a2 = (unid if ev.event_type != "Battles" else None), a1
    return a1, a2


def actor_of(art, mention):
    return art.overrides.get(mention.start_char) or art.res.actors.get(mention.ent_id_)


FORCE_FACILITY = re.compile(
    r"\s*(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+)?(?P<kind>police|army|military|gendarmerie)\s+"
    r"(?:station|post|checkpoint|camp|base|barracks|outpost|headquarters|patrol|convoy)s?\b",
    re.I,
)


# "attacked a military outpost at Bariire with heavy machine guns": the facility is the object of the attack verb
ATTACKED_FACILITY = re.compile(
    r"\b(?:attacked|attacking|stormed|storming|raided|raiding|overran|overrunning|assaulted)" + FORCE_FACILITY.pattern,
    re.I,
)


USER_BEFORE = re.compile(
    r"\b(?:fired|launched|operated|flown|piloted|dropped|deployed)\s+(?:from|by)\s+(?:the\s+)?$", re.I
)


def _its_forces(res: Rules) -> re.Pattern | None:
    """ "its troops", "their jets", "its air defences": a state's own forces or means (`own_force_heads`,
    `own_means_nouns`)."""

    def build() -> re.Pattern | None:
        nouns = res.words_re_of("own_force_heads", "own_means_nouns")
        return None if nouns is None else re.compile(rf"\b(?:its|their)\s+(?:own\s+)?(?:{nouns.pattern})", re.I)

    return res.built("role_rules.its_forces", build)


def _weapon_user(art, u, tspan, a1, a2):
    """ "shells fired from M23 positions landed", "a drone operated by the FARDC struck M23 positions": the force that
    fired or flew the weapon is the agent; the armed party the weapon hit is the target."""
    users = [
        a
        for a in u.actors
        if USER_BEFORE.search(art.text[max(u.s0, a.start_char - 30) : a.start_char])
        and (actor_of(art, a) is not None and actor_of(art, a).actor_type in ARMED_TYPES)
    ]
    if not users:
        return a1, a2
    user = actor_of(art, users[0])
    if a2 is None or a2 == user or a1 != user:
        a2 = a1 if a1 is not None and a1 != user and a1.actor_type in ARMED_TYPES else None
    if a2 is None:
        a2 = next(
            (
                actor_of(art, a)
                for a in u.actors
                if a.start_char >= tspan.end_char and actor_of(art, a) not in (None, user)
            ),
            None,
        )
    return user, a2


def clause_roles(art, u, ev, tspan, trig, rel: int, events: list):
    """(actor1, actor2) of the event of a clause: the sentence's roles, then the pair of a "both sides" battle, the
    remover of weapons, unarmed victims and civilians."""
    res, text, s0, stext = art.res, art.text, u.s0, u.stext
    sent_actors = u.actors
    a1, a2 = sentence_roles(sent_actors, stext, s0, rel, tspan, trig, res, art.overrides)
    if a1 is not None and any(
        actor_of(art, a) == a1
        and (
            re.match(r"-(?:linked|affiliated|inspired|allied)\b", text[a.end_char : a.end_char + 12], re.I)
            or re.search(
                r"\b(?:linked|affiliated|allied|loyal)\s+(?:to|with)\s+(?:the\s+)?$",
                text[max(s0, a.start_char - 25) : a.start_char],
                re.I,
            )
        )
        for a in sent_actors
    ):
        ev.extras["linked_agent"] = True  # "al-Qaeda-linked gunmen": an affiliation, which a later claim makes precise
    if trig.event_type == "Battles" and BOTH_SIDES.search(stext):
        # "Fighting between the two sides continued", "with both sides claiming control": the pair of the story's last
        # two-sided event (the same or the previous paragraph)
        pair = next(
            (
                e
                for e in reversed(events)
                if u.para - e.paragraph <= 1
                and e.actor1 is not None
                and e.actor2 is not None
                and e.actor2.actor_type not in ("Civilians", "Protesters", "Rioters")
            ),
            None,
        )
        if pair is not None and (a1 is None or a2 is None or {a1.name, a2.name} & {pair.actor1.name, pair.actor2.name}):
            a1, a2 = pair.actor1, pair.actor2
    if trig.sub_event_type == "Disrupted weapons use":
        # the remover is the agent; "IEDs set by ISIS members" names the owner of the weapons, not the agent
        left = [
            a
            for a in sent_actors
            if a.end_char <= tspan.start_char
            and not SUBJECT_BLOCK.search(stext[max(0, a.start_char - s0 - 40) : a.start_char - s0])
        ]
        if left:
            # "have downed two Iranian drones": the owner of the weapons downed is the other side
            owner = next(
                (a for a in sent_actors if a.start_char >= tspan.end_char and WEAPON_NOUN.search(a.text)), None
            )
            a1, a2 = res.actors.get(left[-1].ent_id_), (actor_of(art, owner) if owner is not None else None)
    a1, a2 = _weapon_user(art, u, tspan, a1, a2)
    its_forces = _its_forces(res)
    if its_forces is not None and its_forces.search(stext[: tspan.start_char - s0]):
        # "Russia's defence ministry claims its troops captured ...", "said its forces had repelled ...": the state's
        # forces act (or are attacked), not its government
        a1, a2 = (
            res.actors.get(a.name.replace("Government of", "Military Forces of"), a)
            if a is not None and a.name.startswith("Government of")
            else a
            for a in (a1, a2)
        )
    a1, a2 = _civilian_roles(art, u, ev, tspan, trig, a1, a2)
    a2 = _speaker_target(art, u, tspan, a1, a2)
    a1 = _reporting_group(art, u, tspan, a1, a2)
    if a1 and a2 and a1.name == a2.name:
        a2 = None
    return a1, a2


OWN_TARGET = re.compile(
    r"\s*(?:[\w\-]+\s+){0,2}?(?:its|their)\s+(?:own\s+)?(?:positions?|fighters|bases?|camps?|members|troops|forces|units|"
    r"headquarters|convoys?|patrols?)\b",
    re.I,
)
SPEAKS = re.compile(r"\s+(?:said|says|claimed|claims|announced|reported|stated|accused)\b", re.I)


def _speaker_target(art, u, tspan, a1, a2):
    """ "The RSF said the army had bombed its positions": the speaker owns the target."""
    if a2 is not None or a1 is None or not OWN_TARGET.match(art.text, tspan.end_char):
        return a2
    for m in u.actors:
        if m.start_char >= tspan.start_char:
            break
        actor = actor_of(art, m)
        if actor is not None and actor != a1 and SPEAKS.match(art.text, m.end_char):
            if actor.name.startswith("Government of"):
                actor = art.res.actors.get(actor.name.replace("Government of", "Military Forces of"), actor)
            return actor if actor.actor_type in ARMED_TYPES else a2
    return a2


def _reporting_group(art, u, tspan, a1, a2):
    """ "resistance fighters ambushed a military convoy ..., the local People's Defence Force said": a named non-state
    group that reports an attack by unnamed fighters of its kind reports its own attack."""
    if a1 is None or not a1.name.startswith("Unidentified"):
        return a1
    for m in u.actors:
        if m.start_char <= tspan.end_char:
            continue
        actor = actor_of(art, m)
        if (
            actor is not None
            and not actor.generic
            and actor.actor_type in NONSTATE_TYPES
            and actor != a2
            and is_attribution(u.stext, m.start_char - u.s0, m.end_char - u.s0, tspan.start_char - u.s0)
        ):
            return actor
    return a1


ARMED_DEAD = re.compile(r"\b(?:killing|killed|wounding|wounded|injuring|injured)\s+(?:[\w\-’']+\s+){0,3}$", re.I)
ARMED_DEAD_PASSIVE = re.compile(
    r"\s*(?:and\s+(?:[\w\-’']+\s+){1,4})?(?:were|was|had\s+been|have\s+been)\s+(?:killed|wounded|injured)\b", re.I
)


def _armed_dead(art, u, a2) -> bool:
    """The armed target is among the dead or wounded ("killing seven Turkish soldiers and a civilian contractor"): it
    stays the target though a civilian died too."""
    if a2 is None or a2.actor_type not in ARMED_TYPES:
        return False
    return any(
        actor_of(art, m) == a2
        and (
            ARMED_DEAD.search(art.text[max(u.s0, m.start_char - 40) : m.start_char])
            or ARMED_DEAD_PASSIVE.match(art.text, m.end_char, u.s1)  # "Two soldiers and two porters were killed"
        )
        for m in u.actors
    )


WEAPON_NOUN = re.compile(r"\b(?:drones?|quadcopters?|uavs?|missiles?|rockets?)\b", re.I)


def _civilian_roles(art, u, ev, tspan, trig, a1, a2):
    """Unarmed victims ("killed 12 Fulani herders", "a former militia commander") and civilians named as targets."""
    res, stext = art.res, u.stext
    civil = res.actors.get("Civilians")
    if (
        civil
        and a2 is not None
        and a2.actor_type != "Civilians"
        and trig.event_type in ("Violence against civilians", "Battles")
        and trig.sub_event_type in ("Attack", "Abduction/forced disappearance", "Armed clash")
        and not EXCHANGE_RE.search(stext)
    ):
        for m in u.actors:
            if m.start_char < tspan.start_char or actor_of(art, m) != a2:
                continue
            pre = art.text[max(u.s0, m.start_char - 25) : m.start_char]
            if UNARMED_TARGET.search(m.text) or re.search(
                r"\b(?:former|retired|ex-|ex)\s*(?:[\w\-]+\s+){0,2}$", pre, re.I
            ):
                a2 = civil  # "killed 12 Fulani herders", "a former militia commander and his son": unarmed victims
            break
    kills = res.kill_injury[0].search(stext) is not None
    negated = res.patterns_re("negated_victim_before")  # "adding that no civilians were injured": no victim
    named_civ = [
        a
        for a in u.actors
        if res.actors.get(a.ent_id_) == civil
        and not (negated is not None and negated.search(art.text[max(u.s0, a.start_char - 20) : a.start_char]))
    ]
    explicit_civ = any(re.search(r"\bcivilians?\b", a.text, re.I) for a in named_civ)
    if (
        civil
        and named_civ
        and (kills or trig.event_type == "Violence against civilians" or explicit_civ)
        and (
            a2 is None
            or a2 == civil
            or (explicit_civ and not _armed_dead(art, u, a2))
            or (trig.event_type == "Violence against civilians" and not _armed_dead(art, u, a2))
        )
    ):
        if a1 == civil:
            a1 = None
        a2 = civil
        ev.civilian_targeting = True
    return a1, a2


HARM_VERB = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures|hit|hitting|struck|striking|attacked|"
    r"targeted|set\s+fire\s+to|torched)\s+",
    re.I,
)


PASSIVE_HARM = re.compile(
    r"(?P<obj>[\w\-]+(?:\s+[\w\-]+){0,3})\s+(?:was|were|had\s+been|have\s+been)\s+(?:killed|wounded|injured|hurt)\s+"
    r"(?:[\w\-]+\s+){0,3}?by\s+(?:[\w\-]+\s+){0,4}$",
    re.I,
)


def civilian_harm(res: Rules, stext: str, rel: int) -> bool:
    """ "Russian shelling killed a woman", "a drone attack wounded two men", "struck the bus station": the strike killed
    or wounded people or hit civilian buildings (`civilian_harm_objects`), named in the object phrase of a harm verb at
    or after the trigger (up to six words, before any comma). Damage alone ("damaging a school") names no target;
    (fix86) nor harm told after an answer lead ("..., a week after shelling killed two women"): an earlier event's."""
    objects = res.words_re("civilian_harm_objects")
    if objects is None:
        return False
    lead = earlier_attack_lead(res).search(stext, rel)
    for m in HARM_VERB.finditer(stext, rel, lead.start() if lead is not None else len(stext)):
        phrase = re.split(r"[,;.:(]", stext[m.end() : m.end() + 60], maxsplit=1)[0]
        phrase = " ".join(phrase.split()[:6])
        if objects.search(phrase):
            return True
    # "a 67-year-old woman was killed by enemy artillery shelling": the victims before a passive harm verb
    p = PASSIVE_HARM.search(stext, max(0, rel - 120), rel)
    return p is not None and objects.search(p.group("obj")) is not None


def _civilians_hit(res: Rules, u, a1, rel: int, tspan) -> bool:
    """ "bombed residential areas", "shelled a market": civilians are the target; "Russian shelling killed a woman":
    people (or their homes) were hit; (fix81, the one detector of civilians hit) "..., killing three crew members":
    counted people the dictionary names as no party (counted_victims.people_harmed)."""
    stext, s0 = u.stext, u.s0
    if CIVIL_TARGET.match(stext[tspan.end_char - s0 : tspan.end_char - s0 + 60]):
        return True
    if (a1 is None or a1.actor_type not in ("Civilians", "Protesters", "Rioters")) and civilian_harm(res, stext, rel):
        return True
    return people_harmed(res, u, rel)


def target_by_object(art, u, ev, a1, a2, rel: int, tspan):
    """actor2 from what was hit: public buildings, police stations, residential areas, the people arrested and why. A
    force named only by its building is no party by that mention; whose property was destroyed (the owner's side, the
    coding convention of eval/events/README.md) is `property_owners`' one job (fix56)."""
    res, stext, s0 = art.res, u.stext, u.s0
    if (
        ev.sub_event_type == "Looting/property destruction"
        and a2 is not None
        and a2.name.startswith("Government of")
        and re.search(
            r"\bgovernment\s+(?:school|building|office|hospital|clinic|propert|vehicle|facilit)",
            stext[rel : rel + 70],
            re.I,
        )
    ):
        a2 = None  # "set fire to a government school": public property, not the government as a party
    if (
        ev.sub_event_type in ("Violent demonstration", "Looting/property destruction")
        and a2 is not None
        and a2.actor_type in STATE_TYPES
    ):
        ments = [a for a in u.actors if actor_of(art, a) == a2]
        if ments and all(
            FACILITY_END.search(a.text) or FACILITY_AFTER.match(art.text[a.end_char : a.end_char + 25]) for a in ments
        ):
            a2 = None  # (fix56) "crowds set fire to a police station": a building; its owner is `property_owners`' job
    if ev.event_type == "Explosions/Remote violence" and a2 is None and _civilians_hit(res, u, a1, rel, tspan):
        a2 = res.actors.get("Civilians")
        ev.civilian_targeting = True
    obj = stext[tspan.end_char - s0 : tspan.end_char - s0 + 60]
    if " " in tspan.text:
        obj = tspan.text[tspan.text.index(" ") :] + obj  # the trigger may hold its object: "attacked a police station"
    fac = FORCE_FACILITY.match(obj) or ATTACKED_FACILITY.search(stext)  # (the trigger may be the weapons used)
    if (
        fac is not None
        and ev.event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")
        and (a2 is None or a2.actor_type == "Civilians")
        and (a1 is None or a1.actor_type not in STATE_TYPES)
    ):
        # "attacked a police station", "stormed an army post": the force that holds it is the target
        kind = fac.group("kind").lower()
        a2 = res.actors.get(
            {"police": "Police Forces of {country}", "gendarmerie": "Gendarmerie of {country}"}.get(
                kind, "Military Forces of {country}"
            )
        ) or res.actors.get("Military Forces of {country}")
        ev.civilian_targeting = False
        if ev.sub_event_type == "Attack":
            ev.event_type, ev.sub_event_type = "Battles", "Armed clash"
            ev.plover_event, ev.plover_mode = DEFAULT_PLOVER["Armed clash"]
    why = ARREST_REASON.search(stext[rel:]) if ev.sub_event_type == "Arrests" else None
    if why is not None and a2 is not None and a2.actor_type != "Civilians":
        # "arrested three men in connection with the arson attack on the prime minister's residence": the government
        # named inside the reason is no party to the arrest
        a2_starts = [a.start_char - s0 for a in u.actors if actor_of(art, a) == a2]
        if a2_starts and min(a2_starts) >= rel + why.start():
            a2 = None
    if why is not None and (a2 is None or a2.actor_type == "Civilians"):
        # "detained 18 people in connection with the arson": those arrested are the rioters (protesters); suspects of
        # an act of their own ("suspected of looting a shop", `arrest_suspect_act_patterns`, ev23) stay civilians,
        # unless the sentence names the riot it belongs to ("... during Tuesday's riots", `arrest_crowd_event_patterns`)
        own = res.pattern_search("arrest_suspect_act_patterns", stext, rel)
        if not (why.group("riot") and own and not res.pattern_search("arrest_crowd_event_patterns", stext)):
            a2 = res.actors.get("Rioters" if why.group("riot") else "Protesters") or a2
    if ev.sub_event_type == "Arrests":
        a2 = _arrested_group(res, stext, rel, a1, a2)
    return a1, a2


def _arrested_group(res: Rules, stext: str, rel: int, a1, a2):
    """(ev38) The side of people arrested whom the text names by their group rather than by name: "people from both
    sides" / "from the two groups" of a fight (`arrest_both_sides_patterns`) are its rioters; "members of a drug
    faction", "of the western-quarter group" (`arrest_armed_member_patterns`) an unidentified armed group. Else, with
    an armed arrester, the people arrested are civilians."""
    both, member = res.patterns_re("arrest_both_sides_patterns"), res.patterns_re("arrest_armed_member_patterns")
    if a2 is None or a2.actor_type == "Civilians":
        if both is not None and both.match(stext, rel):
            return res.actors.get("Rioters") or a2
        if member is not None and member.match(stext, rel):
            return res.actors.get("Unidentified Armed Group ({country})") or a2
    if a2 is None and a1 is not None and a1.actor_type in ARMED_TYPES:
        a2 = res.actors.get("Civilians")  # the people arrested, unless the text names their group
    return a2
