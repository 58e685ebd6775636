"""Who attacked and who defended when a clause says an attack was repelled: "X repelled an attack" (X defended),
"RSF fighters were repelled by the army" (the army defended), "..., adding that its units had repelled the assault"
(the attacker of the earlier clause)."""

from __future__ import annotations

import re

from ..rules import Rules
from .model import ARMED_TYPES

REPEL_BEFORE = re.compile(
    r"(?:^|\b)(?:repelled|repulsed|repelling|repulsing|fought\s+off|fighting\s+off|beat\s+back|beaten\s+back|pushed\s+back|"
    r"thwarted|foiled|fended\s+off|held\s+off|warded\s+off)\s+(?:an?\s+|the\s+)?(?:[\w\-’']+\s+){0,2}$",
    re.I,
)


REPELLED_BY = re.compile(
    r"\b(?:was|were|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:repelled|repulsed|pushed\s+back|beaten\s+back|fought\s+off|"
    r"driven\s+back|thwarted)\s+by\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$",
    re.I,
)  # "RSF fighters were repelled by the army": the subject attacked, the army defended


EARLIER_ATTACK = re.compile(
    r"\s+(?:[\w\-’']+\s+){0,2}?(?:stormed|attacked|assaulted|raided|launched|mounted|tried|attempted)\b", re.I
)
DEFINITE_REPELLED = re.compile(
    r"[\w\s]{0,25}?\b(?:the|that|this|their|its)\s+(?:[\w\-]+\s+)?(?:assault|attack|offensive|raid|attempt|advance)s?\b",
    re.I,
)


def _earlier_attacker(all_items, stext: str, rel: int, defender):
    """ "Russian troops stormed Ukrainian positions ..., the General Staff said, adding that its units had repelled the
    assault": the attacker of a definite assault repelled is the armed agent of the earlier clause that attacked."""
    if not DEFINITE_REPELLED.match(stext, rel):
        return None
    for arel, aend, actor, _prefix, _after in all_items:
        if arel >= rel:
            break
        if actor != defender and actor.actor_type in ARMED_TYPES and EARLIER_ATTACK.match(stext, aend):
            return actor
    return None


def repelled_case(items, stext: str, rel: int, repelled: bool, agent_by, agent_subj, target, res: Rules, all_items=()):
    """(actor1, actor2) when the subject repelled an attack whose author no 'by' names, else None."""
    passive = re.search(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$", stext[max(0, rel - 30) : rel]) is not None
    if (
        not repelled
        or (passive and target is not None)  # "X stormed Y's positions, and the assault was repelled": X attacked
        or agent_by is not None
        or agent_subj is None
        or agent_subj.actor_type not in ARMED_TYPES
    ):
        return None
    near = [it for it in items if it[1] <= rel and not re.search(r"[,;]", stext[it[1] : rel])]
    first_end = next((it[1] for it in items if it[2] == agent_subj), rel)
    if near and near[-1][2].actor_type in ARMED_TYPES and re.search(r"\bthat\b|,", stext[first_end : near[-1][0]]):
        agent_subj = near[-1][2]  # "X stormed ..., Y said, adding that its units had repelled the assault": Y's units
    later = next((it[2] for it in items if it[1] > rel and it[2] != agent_subj), None)  # not "X and Y repelled"
    if later is None:
        later = _earlier_attacker(all_items, stext, rel, agent_subj)
    return _repelled_roles(agent_subj, later, res)


def _repelled_roles(defender, named, res: Rules):
    """ "soldiers repelled an attack on their position", "fought off a Russian assault": the defenders are the target;
    the attackers are the armed actor the phrase names, else an unidentified armed group."""
    if named is not None and named != defender and named.actor_type in ARMED_TYPES:
        return named, defender
    return res.actors.get("Unidentified Armed Group ({country})"), defender


def repelled_by(after_t: list, agent_by) -> bool:
    """ "RSF fighters were repelled by the army": the 'by' actor defended."""
    by_item = next((it for it in after_t if it[2] == agent_by), None)
    return by_item is not None and REPELLED_BY.search(by_item[3]) is not None
