"""The passive-victim role frame: a subject that undergoes the violence ("three police officers were kidnapped") is
the target, and its agent is found after the trigger ("... when armed men attacked a police patrol")."""

from __future__ import annotations

import re

from ..rules import Rules
from .fatalities import post_modified_re
from .role_patterns import ARMED_ACTORS, BACKED_RE, PASSIVE_AFTER, SUBJECT_BLOCK

VICTIM_SIDE = frozenset({"State forces", "Civilians"})
AND_GAP = re.compile(r"\s*(?:,\s*)?and\s+(?:[\w\-’']+\s+){0,2}")


def passive_split(subj_cands: list, stext: str, trel_end: int, res: Rules) -> tuple:
    """(victim, the other subject candidates): the passive or dead subject (`_passive_subject`) is the target and
    leaves the candidates; (fix73) two victims joined by "and" ("Two civilians and a soldier died when militants
    ambushed a convoy") both leave, the state force among them the target (a co-victim is never the agent)."""
    got = _passive_subject(subj_cands, stext, trel_end, res)
    if got is None:
        return None, subj_cands
    if len(subj_cands) > 1 and AND_GAP.fullmatch(stext, subj_cands[0][1], subj_cands[1][0]):
        pair = subj_cands[:2]
        return next((c for c in pair if c[2].actor_type == "State forces"), got), subj_cands[2:]
    return got, subj_cands[1:]


def _passive_subject(subj_cands: list, stext: str, trel_end: int, res: Rules):
    """The first subject candidate that undergoes the violence ("Eleven police officers were martyred in an attack",
    "A police officer was burned to death by a mob", "three police officers were kidnapped"): it is the target."""
    verbs = res.words_re("passive_victim_verbs")
    if verbs is None or not subj_cands:
        return None
    c = subj_cands[0]
    if (
        len(subj_cands) > 1
        and AND_GAP.fullmatch(stext, c[1], subj_cands[1][0])
        and not {c[2].actor_type, subj_cands[1][2].actor_type} <= VICTIM_SIDE
    ):
        return None  # "Four attackers and a soldier were killed": both sides' dead, no target
    # ("Two soldiers and two civilian porters were killed when militants ...": one side's dead, the soldiers the target)
    at = subj_cands[1][1] if len(subj_cands) > 1 and AND_GAP.fullmatch(stext, c[1], subj_cands[1][0]) else c[1]
    if len(subj_cands) > 1 and _toll_verb(stext, at, subj_cands[-1][0], res):
        return c  # (ev69) "Two soldiers died and three others were wounded when militants ambushed": the dead are hit
    m = PASSIVE_AFTER.match(stext, at) or post_modified_re(res).match(stext, at)
    if m is None or m.end() > trel_end + 40:
        return None
    v = verbs.match(stext, m.end())
    return c if v is not None else None


def _toll_gap(res: Rules) -> re.Pattern:
    """What may stand between the dead and their verb: an aside in brackets, an adverb (`toll_gap_adverbs`)."""
    return res.built(
        "passive_roles.toll_gap",
        lambda: re.compile(
            r"\s*(?:\([^()]{1,30}\)\s*)?(?:(?:" + Rules.alternation(res.words["toll_gap_adverbs"]) + r")\s+)?", re.I
        ),
    )


def _toll_verb(stext: str, at: int, before: int, res: Rules) -> bool:
    """(ev69) The subject is followed at once by a verb of dying (`victim_toll_verbs`: "died", "lost their lives"),
    before the next subject candidate: the subject is the toll of the act the sentence goes on to tell."""
    rx = res.words_re("victim_toll_verbs")
    m = _toll_gap(res).match(stext, at, before)
    return rx is not None and m is not None and rx.match(stext, m.end(), before) is not None


def _passive_agent(after_t: list, victim, before_target):
    """The agent of a passive victim with no 'by X': "in an encounter with X", the actor of the clause that follows
    ("... when armed men attacked a police patrol"), else an armed actor before the verb set aside as a target
    ("soldiers were killed on Tuesday when gunmen ambushed")."""
    if (
        not after_t
        and before_target is not None
        and before_target != victim
        and before_target.actor_type in ARMED_ACTORS
        and not before_target.name.startswith("Government of")
    ):
        return before_target
    return next(
        (
            it[2]
            for it in after_t
            if it[2] != victim
            and not _same_force(it[2], victim)  # "a convoy of the Malian army was ambushed, killing 12 soldiers"
            and it[2].actor_type not in ("Civilians", "Protesters")
            and not it[2].name.startswith("Government of")
        ),
        None,
    )


def _lone_victim(after_t: list, victim, before_target, trig, res: Rules):
    """(agent, victim) of a passive victim with no other subject; an armed victim of a battle whose attacker the
    sentence does not name ("a convoy of the Malian army was ambushed") was attacked by an unidentified group."""
    agent = _passive_agent(after_t, victim, before_target)
    if agent is None and trig.event_type == "Battles" and victim.actor_type in ARMED_ACTORS:
        agent = res.actors.get("Unidentified Armed Group ({country})")
    return agent, victim


def _same_force(a, b) -> bool:
    """Two mentions of the same kind of state force, one of them generic ("soldiers" and "the Malian army")."""
    return (
        a.actor_type == b.actor_type == "State forces"
        and (a.generic or b.generic)
        and a.name.split(" of ")[0] == b.name.split(" of ")[0]
    )


def _agent_after(after_t: list, target):
    """ "... were killed on November 3, when US-led coalition warplanes carried out airstrikes": agent after the trigger."""
    for _arel, _aend, actor, prefix, _after in after_t:
        if (
            actor is not target
            and actor.actor_type not in ("Civilians", "Protesters", "Rioters")
            and not BACKED_RE.search(prefix)
            and not SUBJECT_BLOCK.search(prefix)
        ):
            return actor
    return None
