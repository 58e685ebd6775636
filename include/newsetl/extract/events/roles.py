"""Agent and target of a trigger from the sentence: 'by X' agents, coordinated pairs, the subject before the trigger, the object after it."""

from __future__ import annotations

import re

from ..rules import Rules
from .attribution import is_attribution, speech_barrier
from .clause_subject import subordinate_subject
from .earlier_attack import earlier_attack_by
from .fatalities import post_modified_re as post_modified_re  # (re-exported: tests)
from .model import ARMED_TYPES, SYMMETRIC_SUBS
from .passive_roles import _agent_after, _lone_victim, passive_split
from .repelled import REPEL_BEFORE, repelled_by, repelled_case
from .role_patterns import (
    APPOSITIVE_OF,
    ARMED_ACTORS,
    AS_CLAUSE,
    ATTACKER_WORDS,
    BACKED_RE,
    BLAMED_ON,
    BY_AGENT,
    DESCRIBED_BY,
    HELD_RE,
    HOLDER_BY,
    LINK_GAP,
    OBJECT_VERB,
    OTHER_CLAUSE,
    PARTITIVE_OF,
    REASON_GAP,
    RESCUED,
    STATE_FORCES,
    SUBJECT_BLOCK,
    SUBORDINATOR,
    TARGET_PREP,
    UNDER_FIRE,
)


def in_other_clause(stext: str, start: int, arel: int, aend: int) -> bool:
    """The actor at arel belongs to another clause than the trigger ending at start: "... after the Peshmerga withdrew",
    "before being repelled by UN peacekeepers", "after he criticised the junta" (but not "after clashes with rebels")."""
    for m in SUBORDINATOR.finditer(stext, start, arel):
        if OTHER_CLAUSE.match(stext, m.start(), min(len(stext), aend + 25)) or OTHER_CLAUSE.search(
            stext[m.start() : min(len(stext), aend + 25)]
        ):
            return True
    return False


CLAUSE_STOP = re.compile(r"[.;]")  # (fix118) the end of a reporter's clause (compiled once, not per actor)


def _reporter(stext: str, arel: int, aend: int, res: Rules) -> bool:
    """(ev105, fix117) A mention after the trigger that only reports: a reporting verb follows it
    (`reporter_after_patterns`: "police described", "police have launched a manhunt") and the mention can be that
    verb's subject (`reporter_subject_before_patterns`: after "what", a conjunction, a comma or "an attack"), not the
    trigger's object qualified by a participle ("killed ten militants described as", "killed five bandits suspected
    of")."""
    if not res.pattern_search("reporter_after_patterns", stext[aend:]):
        return False
    return (
        res.pattern_search(
            "reporter_subject_before_patterns", stext[max(0, arel - res.window("reporter_subject_before")) : arel]
        )
        is not None
    )


def _role_items(sent_actors, stext: str, s0: int, rel: int, res: Rules, overrides: dict | None) -> list[tuple]:
    """The participants of the sentence as (start, end, actor, 40 chars before, 12 chars after), relative to the
    sentence; quoted sources left out, "fighters of the ADF" and "(CJNG)" folded into one mention."""
    items: list[tuple] = []
    prev_end, prev_actor, report_end = -10, None, -1
    for a in sent_actors:
        actor = (overrides or {}).get(a.start_char) or res.actors.get(a.ent_id_)
        if actor is None:
            continue
        arel = a.start_char - s0
        if is_attribution(stext, arel, a.end_char - s0, rel) or arel < report_end:
            continue  # (fix117) "and M23 blamed the army for it": the reporter's own object is no side either
        if arel > rel and _reporter(stext, arel, a.end_char - s0, res):
            stop = CLAUSE_STOP.search(stext, a.end_char - s0)
            report_end = stop.start() if stop else len(stext)
            continue  # (ev105) "in what police described as", "and police are treating the fire as arson"
        if actor == prev_actor and re.fullmatch(r"\s*\(\s*", stext[prev_end:arel]):
            continue  # "the Jalisco New Generation Cartel (CJNG)": one mention
        prefix = stext[max(0, arel - 40) : arel]
        after = stext[a.end_char - s0 : a.end_char - s0 + 12]
        if (
            items
            and items[-1][2].generic
            and items[-1][2].actor_type not in ("Civilians", "Protesters", "Rioters")
            and not actor.generic
            and (
                LINK_GAP.fullmatch(stext[items[-1][1] : arel])
                or (
                    re.fullmatch(r"\s+(?:in|wearing)\s+(?:the\s+)?", stext[items[-1][1] : arel], re.I)
                    and re.match(r"\s*uniforms?\b", after, re.I)
                )
            )
        ):
            # "gunmen in RSF uniforms": the group whose uniform they wear
            # "fighters of the Allied Democratic Forces (ADF)", "gunmen from the OLA": the named group is the actor
            p_arel, _, _, p_prefix, _ = items.pop()
            items.append((p_arel, a.end_char - s0, actor, p_prefix, after))
            prev_end, prev_actor = a.end_char - s0, actor
            continue
        items.append((arel, a.end_char - s0, actor, prefix, after))
        prev_end, prev_actor = a.end_char - s0, actor
    return items


def _no_side_items(items: list, stext: str, rel: int, res: Rules) -> list:
    """The items without the attackers' own dead after a 'by' agent and the partners of a joint operation."""
    if any(
        it[2].actor_type not in ("Civilians", "Protesters", "Rioters") and it[0] > rel and BY_AGENT.search(it[3])
        for it in items
    ):
        # "repelled an attack by TTP fighters, killing two of the assailants": the attackers' own dead, not a target
        items = [it for it in items if not (it[0] > rel and ATTACKER_WORDS.fullmatch(stext[it[0] : it[1]]))]
    aside = _joint_aside(res)
    if aside is not None:
        # "Agents of the CIA, in coordination with the Army and the National Guard, arrested": the partners are no party
        items = [it for it in items if not aside.search(it[3])] or items
    return items


def _joint_aside(res: Rules) -> re.Pattern | None:
    """A partner named after "in coordination with", "in a joint operation with" (`joint_operation_phrases`), up to the
    end of a mention's 40-character prefix, a coordinated partner included ("with the Army and the National Guard")."""

    def build() -> re.Pattern | None:
        words = res.words_re("joint_operation_phrases")
        return (
            None
            if words is None
            else re.compile(
                rf"(?:{words.pattern})\s+(?:the\s+|local\s+)?(?:[\w\-’']+\s+){{0,2}}(?:and\s+(?:the\s+)?(?:[\w\-’']+\s+){{0,2}})?$",
                re.I,
            )
        )

    return res.built("roles.joint_aside", build)


def _between_pair(items: list, stext: str, rel: int):
    """ "between X and Y" near the trigger: the pair, or None."""
    for i, (arel, aend, actor, prefix, _after) in enumerate(items):
        if re.search(r"\bbetween\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}$", prefix, re.I) and i + 1 < len(items):
            rest = [
                it for it in items[i + 1 :] if not BACKED_RE.search(it[3])
            ]  # "between X backed by the coalition and Y"
            if not rest:
                continue
            nxt = rest[0]
            gap = stext[aend : nxt[0]]
            if (
                re.fullmatch(r"[^,.;]{0,40}?\band\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}", gap, re.I)
                and abs(arel - rel) < 120
            ):
                return actor, nxt[2]
    return None


LANDMARK_NEAR = re.compile(r"\b(?:near|close\s+to|next\s+to|beside|opposite)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


def _landmark(stext: str, arel: int, aend: int, actor, prefix: str, landmarks) -> bool:
    """ "at a tea shop near a military base", "took control of the city and its provincial government building": a
    building of the actor's that locates the event or was taken is no party to it (`landmark_nouns`)."""
    if landmarks is None:
        return False
    noun = landmarks.search(stext[arel:aend]) or landmarks.match(stext, aend + 1)
    return bool(noun) and (LANDMARK_NEAR.search(prefix) is not None or actor.name.startswith("Government of"))


DIRECT_OBJECT = re.compile(r"\s+(?:the\s+|an?\s+)?", re.I)  # the actor right after the verb: its direct object


def _after_trigger(after_t: list, stext: str, trel_end: int, res: Rules, before: list):
    """From the actors after the trigger: ('by X' agent, object target, whether the target follows 'with/against' or is
    the verb's direct object);
    (fix70, fix74) the agent of an earlier attack the event answers or follows (earlier_attack.py: "in revenge for an
    attack by X", "days after an attack by X"; a bare "after / following an attack by X" only when an armed agent is
    named before the trigger, among `before`) is neither."""
    armed_before = any(it[2].actor_type in ARMED_TYPES for it in before)
    landmarks, earlier = res.words_re("landmark_nouns"), earlier_attack_by(res, armed_before)
    agent_by = target = None
    with_target = False
    for arel, aend, actor, prefix, after in after_t:
        if earlier.search(prefix):
            continue
        if DESCRIBED_BY.search(prefix) or APPOSITIVE_OF.search(prefix):
            continue  # "the hotel, a popular meeting place for government officials": a description of the target place
        if _landmark(stext, arel, aend, actor, prefix, landmarks):
            continue
        other_clause = (
            in_other_clause(stext, trel_end, arel, aend) or AS_CLAUSE.search(stext, trel_end, arel) is not None
        )
        if target is None and (
            re.fullmatch(
                r"\s*(?:with|against)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-’']+\s+){0,2}", stext[trel_end:arel], re.I
            )
            or DIRECT_OBJECT.fullmatch(stext[trel_end:arel])
        ):
            # (ev75) "soldiers and VDP auxiliaries fought the attackers": the object is the other side
            with_target = True
        if BLAMED_ON.search(prefix) and not other_clause:
            agent_by = agent_by or actor  # "an air strike that rescuers blamed on government jets hit a clinic"
            continue
        if (
            BY_AGENT.search(prefix)
            and not HOLDER_BY.search(prefix)
            and not re.search(r"\bfrom\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", prefix, re.I)
            and not re.search(r"\bby\s+\w+ing\s+(?:[\w\-’']+\s+)?$", prefix, re.I)
        ):  # "answered by pounding X": X is the object
            if not other_clause:  # "attacked ... before being repelled by UN peacekeepers": the agent of another verb
                agent_by = agent_by or actor
        elif BACKED_RE.search(prefix):
            continue
        elif RESCUED.search(prefix):
            continue  # "engaged them ..., rescuing two hostages": those rescued are no target
        elif REASON_GAP.search(stext[trel_end:arel]):
            continue  # "arrested a chief, accusing him of collaborating with the ADF": the reason, not a participant
        elif (
            target is None
            and not other_clause
            and not re.match(r"-(?:led|brokered|sponsored|mediated|hosted|backed|run)\b", after)
        ):
            target = actor  # not the mediator of "at African Union-led talks"
    return agent_by, target, with_target


def _before_trigger(before: list, target, rel: int = -1):
    """Subject candidates before the trigger (holders, 'backed by' asides and prepositional targets set aside);
    (fix116) a "held" that is the trigger itself ("Soldiers held nine men ..., accusing them") keeps its subject."""
    subj_cands = []
    for arel, aend, actor, prefix, after in before:
        held = HELD_RE.match(after)
        if held and not (aend + held.start(1) == rel and not after[: held.start(1)].strip()):
            target = target or actor  # "the rebel-held town": the holder is not the agent
            continue
        if BACKED_RE.search(prefix):
            continue
        if TARGET_PREP.search(prefix) and not re.search(
            r"\b(?:and|,)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", prefix, re.I
        ):
            target = target or actor
            continue
        subj_cands.append((arel, aend, actor, prefix))
    return subj_cands, target


def _subject(subj_cands: list, stext: str, trig, target, with_target: bool):
    """The agent among the subject candidates, and the target a coordinated or object actor gives: (agent, target)."""
    free = [c for c in subj_cands if not SUBJECT_BLOCK.search(c[3]) or PARTITIVE_OF.search(c[3])]
    if trig.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        # victims named first ("17 civilians were killed when coalition warplanes...") are not agents
        armed = [c for c in free if c[2].actor_type not in ("Civilians", "Protesters")]
        if armed:
            free = armed
    first = (free or subj_cands[-1:])[0]
    agent_subj = first[2]
    idx = subj_cands.index(first)
    if (
        agent_subj.generic
        and idx + 1 < len(subj_cands)
        and not subj_cands[idx + 1][2].generic
        and LINK_GAP.fullmatch(stext[first[1] : subj_cands[idx + 1][0]])
    ):
        first = subj_cands[
            idx + 1
        ]  # "warplanes of the US-led coalition", "insurgents linked to the Islamic State group"
        agent_subj = first[2]
        idx += 1
    if target is None and trig.role_hint != "target_only":
        # "X killed three gendarmes in an ambush", "said it had killed 12 CODECO fighters in clashes": the object of
        # the verb before a nominal trigger is the target
        for c in subj_cands[idx + 1 :]:
            gap = stext[first[1] : c[0]]
            if (
                c[2] != agent_subj
                and OBJECT_VERB.search(gap)
                and not re.search(r"[;:]|\band\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", gap)
            ):
                target = c[2]
                break
    while (
        idx + 1 < len(subj_cands)
        and subj_cands[idx + 1][2] == agent_subj
        and LINK_GAP.fullmatch(stext[first[1] : subj_cands[idx + 1][0]])
    ):
        first = subj_cands[
            idx + 1
        ]  # (ev63) "Dogon hunters of the Dan Na Ambassagou militia and the jihadists": one side
        idx += 1
    if idx + 1 < len(subj_cands) and (trig.sub_event_type in SYMMETRIC_SUBS or target is None):
        nxt = subj_cands[idx + 1]
        gap = stext[first[1] : nxt[0]]
        allied = re.search(r"\b(?:allied|allies|their|its|supporting|pro-government)\b", gap, re.I) is not None
        if (
            re.fullmatch(
                r"\s*(?:[’']s)?\s*(?:\([^()]{1,15}\)\s*)?(?:and|,\s*and|&)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,4}",
                gap,
                re.I,
            )
            and nxt[2] != first[2]
            and not allied
            and not (first[2].actor_type in STATE_FORCES and nxt[2].actor_type in STATE_FORCES)
        ):
            if target is None or (trig.sub_event_type in SYMMETRIC_SUBS and not with_target):
                target = nxt[2]
    return agent_subj, target


THEM_OBJECT = re.compile(r"\s+(?:(?:with|against|at|on)\s+|(?:[\w\-]+\s+){1,2}of\s+)?them\b", re.I)


OWN_SUBJECT_GAP = re.compile(r"\s+(?:(?!and\b|or\b|but\b)[\w\-]+\s+)?", re.I)  # "soldiers (later) killed"


def _them_object(subj_cands: list, stext: str, rel: int, trel_end: int, agent_subj):
    """(ev75) "FARDC soldiers went after the assailants ... and fought them", "... and exchanged fire with them": the
    pronoun object of the trigger is the last other party named before it in the sentence; (fix81) none when the
    trigger has a subject of its own, right before it, other than the agent ("Vigilantes handed the suspects to police
    ..., and soldiers later killed two of them": "them" is no party named before)."""
    if agent_subj is None or not THEM_OBJECT.match(stext, trel_end):
        return None
    if any(c[2] != agent_subj and OWN_SUBJECT_GAP.fullmatch(stext, c[1], rel) for c in subj_cands):
        return None
    return next((c[2] for c in reversed(subj_cands) if c[2] != agent_subj), None)


def _weapon_owner(items: list, stext: str, rel: int, agent_subj, target):
    """A weapon named with its user around the trigger ("justifying the move by Turkish strikes on SDF positions"):
    the user is the agent."""
    owner = [
        it for it in items if it[0] < rel < it[1] and it[2].actor_type not in ("Civilians", "Protesters", "Rioters")
    ]
    if not owner:
        return agent_subj, target
    agent = owner[-1][2]
    k = items.index(owner[-1])
    if (
        k > 0
        and items[k - 1][2].actor_type in ARMED_ACTORS
        and re.fullmatch(r"\s+and\s+", stext[items[k - 1][1] : owner[-1][0]])
    ):
        agent = items[k - 1][2]  # "U.S. and British warplanes carried out": the first named acts
    return agent, (None if target == agent else target)


WEAPON_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def _weapon_of(stext: str, rel: int, trel_end: int, first_after: tuple, trig, res: Rules) -> bool:
    """A remote-violence trigger that names a weapon (`weapon_owner_nouns`) followed by "of X" / "from X"."""
    if trig.event_type != "Explosions/Remote violence" or not WEAPON_OF.fullmatch(stext[trel_end : first_after[0]]):
        return False
    nouns = res.words_re("weapon_owner_nouns")
    m = nouns.search(stext[rel:trel_end]) if nouns is not None else None
    return m is not None and m.end() == trel_end - rel and first_after[2].actor_type in ARMED_ACTORS


def _object_roles(items: list, after_t: list, before: list, stext: str, rel: int, trel_end: int, trig, res: Rules):
    """(agent_by, target, with_target) from the text after the trigger and inside it: a 'by X' agent, the object, the
    owner of a named weapon, a participant inside the trigger phrase ("attacked army positions")."""
    agent_by, target, with_target = _after_trigger(after_t, stext, trel_end, res, before)
    if agent_by is None and after_t and _weapon_of(stext, rel, trel_end, after_t[0], trig, res):
        # "an FPV drone of the AFU attacked a car", "came under mortar fire from the AFU": the weapon's owner acts
        agent_by, target = after_t[0][2], (None if target is after_t[0][2] else target)
    if target is None:
        inside = [it for it in items if rel < it[0] and it[1] <= trel_end]  # "attacked army positions"
        if inside:
            target = inside[0][2]
    return agent_by, target, with_target


def _subject_candidates(before: list, target, stext: str, rel: int, trel_end: int, agent_by, res: Rules):
    """(subject candidates, target, passive subject or None) before the trigger: coordination ("X and Y clashed"),
    the subject of a subordinate clause, a passive subject split off (the victim)."""
    # coordination before the trigger: "X and Y clashed / signed / fought"
    subj_cands, target = _before_trigger(before, target, rel)
    # "X are counting losses after militants torched"; (ev69) "N died when X fought Y": the dead are no side
    subj_cands = subordinate_subject(subj_cands, stext, rel, res, target is not None and agent_by is None)
    passive, subj_cands = passive_split(subj_cands, stext, trel_end, res) if agent_by is None else (None, subj_cands)
    return subj_cands, target, passive


def sentence_roles(sent_actors, stext: str, s0: int, rel: int, tspan, trig, res: Rules, overrides: dict | None = None):
    """(agent, target) around the trigger: 'by X' agents, coordinated 'X and Y' / 'between X and Y' pairs,
    the subject before the trigger (not inside a prepositional phrase or a 'backed by' aside), the object after it.
    Quoted sources are no participants; `overrides` maps a mention's start to an actor resolved from context."""
    if trig.role_hint == "none":
        return None, None
    items, all_items = _participants(sent_actors, stext, s0, rel, res, overrides)
    if not items:
        return None, None
    trel_end = tspan.end_char - s0
    pair = _between_pair(items, stext, rel)
    if pair is not None:
        return pair
    before = [it for it in items if it[0] < rel]
    after_t = [it for it in items if it[0] >= trel_end]
    agent_by, target, with_target = _object_roles(items, after_t, before, stext, rel, trel_end, trig, res)
    subj_cands, target, passive = _subject_candidates(before, target, stext, rel, trel_end, agent_by, res)
    if passive is not None:
        if not subj_cands:
            return _lone_victim(after_t, passive[2], target, trig, res)
        target = passive[2]
    subj_target = target is None
    agent_subj = None
    if subj_cands:
        agent_subj, target = _subject(subj_cands, stext, trig, target, with_target)
        if target is None:
            target = _them_object(subj_cands, stext, rel, trel_end, agent_subj)
    repelled = REPEL_BEFORE.search(stext[max(0, rel - 50) : rel]) is not None or (
        REPEL_BEFORE.match(stext[rel:trel_end] + " ") is not None  # the trigger itself: "repelled an attack"
    )
    got = repelled_case(items, stext, rel, repelled, agent_by, agent_subj, target, res, all_items)
    if got is not None:
        return got
    if agent_by is not None and agent_subj is not None and agent_subj != agent_by and (subj_target or repelled):
        target = (
            agent_subj  # "soldiers and VDP members repelled an assault by IS Sahel fighters": the soldiers are attacked
        )
    if agent_by is None and trig.role_hint != "target_only":
        agent_subj, target = _weapon_owner(items, stext, rel, agent_subj, target)
    if agent_by is not None and agent_subj not in (None, agent_by) and repelled_by(after_t, agent_by):
        agent_by, target = None, agent_by
    return _final_roles(before, after_t, stext, rel, trel_end, trig, agent_by, agent_subj, target)


def _final_roles(before: list, after_t: list, stext: str, rel: int, trel_end: int, trig, agent_by, agent_subj, target):
    """(agent, target) once the 'by' agent, the subject and the object are known: an agent after the trigger when
    neither names one, a target-only trigger's victim, a subject that "came under fire"."""
    a1 = agent_by or agent_subj
    if a1 is None and trig.role_hint != "target_only":
        a1 = _agent_after(after_t, target)
        if a1 is not None and target is a1:
            target = None
    if trig.role_hint == "target_only" and agent_by is None:
        return _target_only(before, rel, target, agent_subj, stext)
    if (
        agent_by is None
        and a1 is not None
        and a1 is agent_subj
        and UNDER_FIRE.search(stext[max(0, rel - 40) : trel_end + 40])
    ):
        return _under_fire(after_t, a1)
    a2 = target if target != a1 else None
    return a1, a2


def _participants(sent_actors, stext: str, s0: int, rel: int, res: Rules, overrides: dict | None) -> tuple[list, list]:
    """The sentence's actor items that can take part (a speaker is not an agent: "Ukrainian officials said Russian
    aircraft had bombed", "A UN inquiry found that M23 killed"; no-side mentions dropped), and all its items."""
    items = _role_items(sent_actors, stext, s0, rel, res, overrides)
    if not items:
        return [], []
    barrier = speech_barrier(stext, rel, res)
    all_items = items
    if barrier is not None:
        items = [it for it in items if it[0] >= barrier or it[0] >= rel]
        if not items:
            return [], all_items
    return _no_side_items(items, stext, rel, res), all_items


def _under_fire(after_t: list, a1):
    """ "Ukrainian positions near Orikhiv came under mortar fire": the subject is the target; "came under attack from
    Boko Haram fighters": the attacker follows."""
    src = next((it[2] for it in after_t if re.search(r"\b(?:from|by)\s+(?:[\w\-’']+\s+){0,2}$", it[3], re.I)), None)
    return (src if src != a1 else None), a1


PLANTED_BETWEEN = re.compile(
    r"^\s+(?:(?:had|have|has|reportedly|allegedly|remotely|then|also)\s+)*(?:detonated|planted|laid|set\s+off|exploded|"
    r"triggered\s+off|hurled|threw|lobbed|placed)\s+(?:an?\s+|the\s+|two\s+|several\s+)?(?:[\w\-]+\s+){0,2}$",
    re.I,
)


def _target_only(before: list, rel: int, target, agent_subj, stext: str = ""):
    """ "a convoy struck an IED": the actor named is the victim, the perpetrator is unknown; but a weapon named with its
    user ("a Russian shell hit", "Houthi rockets landed") is the agent, and so is the armed subject that detonated or
    planted it ("suspected NPA rebels detonated an anti-personnel mine against a patrol")."""
    owner = [it for it in before if it[0] < rel < it[1]]
    if owner and owner[-1][2].actor_type not in ("Civilians", "Protesters", "Rioters"):
        return owner[-1][2], (target if target is not None and target != owner[-1][2] else None)
    subj = next((it for it in before if it[2] is agent_subj), None)
    if (
        subj is not None
        and agent_subj.actor_type not in ("Civilians", "Protesters", "Rioters")
        and PLANTED_BETWEEN.match(stext[subj[1] : rel])
    ):
        return agent_subj, (target if target is not agent_subj else None)
    return None, target or agent_subj
