"""The patterns of the role frames (`roles`, `passive_roles`, `role_rules`): the actor kinds that fight, 'by X'
agents, the prepositions that block a subject or mark a target, and the clause breaks between an actor and a trigger."""

from __future__ import annotations

import re

ARMED_ACTORS = ("State forces", "Rebel group", "Political militia", "Identity militia", "External/Other forces")
STATE_FORCES = ("State forces", "External/Other forces")  # "soldiers and police arrested ...": one side, not two
BY_AGENT = re.compile(
    r"\b(by|from)\s+(?:the\s+)?(?:(?:joint\s+)?(?:elements|members|troops|units|soldiers|agents|personnel|officers|"
    r"fighters)\s+of\s+(?:the\s+)?)?(?:[\w\-’']+\s+){0,2}$",
    re.I,
)  # ("arrested ... by elements of the Rapid Intervention Battalion": a partitive agent)


SUBJECT_BLOCK = re.compile(
    r"\b(in|of|near|at|from|to|into|with|for|over|about|outside|inside|around|towards|toward|between|among|than|like|against|"
    r"on(?!\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d))|targeting|by)\s+(?:the\s+|a\s+|an\s+)?(?:(?!that\b)[\w\-’']+\s+){0,2}$",
    re.I,
)


PARTITIVE_OF = re.compile(
    r"\b(?:units?|members?|fighters|troops|forces|elements|militants|soldiers|gunmen|men|detachments?|battalions?|brigades?|"
    r"squads?|teams?|commandos|convoys?|patrols?)\s+of\s+(?:the\s+)?$",
    re.I,
)


BACKED_RE = re.compile(
    r"\b(backed|supported|assisted|aided|helped|accompanied|joined)\s+(?:up\s+)?by\s+(?:the\s+)?(?:(?!and\b)[\w\-’']+\s+){0,2}$|\bwith\s+the\s+(?:help|support|backing)\s+of\s+(?:the\s+)?(?:(?!and\b)[\w\-’']+\s+){0,2}$",
    re.I,
)


TARGET_PREP = re.compile(
    r"\b(on(?!\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|\d))|against|targeting|at|with|hit|struck|targeted)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!that\b)[\w\-’']+\s+){0,2}$",
    re.I,
)


UNDER_FIRE = re.compile(
    r"\b(?:came|come|comes|coming)\s+under\s+(?:[\w\-]+\s+){0,3}?(?:fire|attack|shelling|bombardment|assault|strikes?)\b",
    re.I,
)


ATTACKER_WORDS = re.compile(r"(?:the\s+)?(?:attackers|assailants|raiders)", re.I)


HELD_RE = re.compile(r"^[\s-]*(held|controlled|run|occupied)\b", re.I)


BOTH_SIDES = re.compile(
    r"\b(?:the\s+two\s+(?:sides|forces|groups|armies|parties|rivals|factions)|both\s+sides|the\s+rival\s+(?:forces|factions|sides))\b",
    re.I,
)


DESCRIBED_BY = re.compile(
    r"\b(?:popular\s+with|frequented\s+by|(?:place|venue|destination|hub|spot)\s+for|used\s+by|home\s+to|favoured\s+by|"
    r"favored\s+by)\s+(?:the\s+|many\s+)?(?:[\w\-’']+\s+){0,2}$",
    re.I,
)


OTHER_CLAUSE = re.compile(
    r"\b(?:after|before|while|because|although|though|until)\s+(?:(?:he|she|they|it|we|being|having|been)\b|\w+ing\b|"
    r"(?:[\w\-’']+\s+){0,4}?(?:(?!(?:need|speed|seed|shed|bed|red|feed|hundred|armed)\b)\w{3,}ed|fell|took|fled|withdrew|left|ran|came|went|began|broke|fought|struck|hit|won|lost|met)\b)|"
    r"\b(?:whose|which|who|then|but)\b|[;:(]",
    re.I,
)


PASSIVE_AFTER = re.compile(
    r"(?:\s*\([^()]{1,30}\))?\s*(?:(?:[\w\-’']+\s+){0,3}?|(?:[\w\-’']+\s+){0,2}?(?:in|at|near)\s+(?:[\w\-’']+,?\s+){1,5}?)"
    r"(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\w+ly\s+|also\s+)?",
    re.I,
)


APPOSITIVE_OF = re.compile(
    r",\s+(?:the|a|an|its)\s+(?:[\w\-’']+\s+){0,2}(?:affiliate|branch|wing|ally|offshoot|arm|faction|successor|franchise|"
    r"proxy|splinter\s+group)\s+of\s+(?:the\s+)?$",
    re.I,
)


BLAMED_ON = re.compile(r"\b(?:blamed\s+on|attributed\s+to)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$", re.I)
HOLDER_BY = re.compile(
    r"\b(?:manned|held|run|controlled|operated|guarded|occupied|used|staffed)\s+by\s+(?:the\s+)?(?:[\w\-’']+\s+){0,2}$",
    re.I,
)  # "a checkpoint manned by the Frontier Corps": the holder of the target, not the agent


OBJECT_VERB = re.compile(
    r"\b(?:killed|killing|attacked|attacking|ambushed|ambushing|abducted|abducting|kidnapped|kidnapping|shot|"
    r"targeted|targeting|struck|striking|hit|arrested|detained|wounded|wounding|repelled|routed|stormed|storming|raided|raiding|"
    r"overran|overrunning|assaulted|assaulting|shelled|shelling|bombed|bombing|pursued|pursuing|chased|chasing|"
    r"surrounded|surrounding|encircled|encircling|engaged|engaging|neutrali[sz]ed|neutrali[sz]ing|eliminated|"
    r"eliminating|captured|capturing|executed|executing|beheaded|beheading)\b",
    re.I,
)


LINK_GAP = re.compile(
    r"\s+(?:of|from|linked\s+to|affiliated\s+(?:with|to)|loyal\s+to|allied\s+(?:with|to)|belonging\s+to|aligned\s+with|"
    r"associated\s+with|tied\s+to|connected\s+to|known\s+as|members\s+of|"
    r"(?:believed|thought|said|suspected|reported|presumed)\s+to\s+(?:belong\s+to|be(?:\s+(?:from|members\s+of))?)|"
    r"identified\s+as)\s+(?:the\s+)?(?:[\w\-’']+\s+){0,1}",
    re.I,
)


REASON_GAP = re.compile(
    r"\bfor\s+(?:allegedly\s+)?\w+ing\b|\b(?:accus\w+|suspected\s+of|on\s+suspicion|charged\s+with|collaborat\w+|links?\s+(?:to|with)|ties\s+(?:to|with)|"
    r"support(?:ing)?\s+(?:for\s+)?|sympathi[sz]\w+|for\s+(?:supplying|helping|aiding|financing))\b",
    re.I,
)


RESCUED = re.compile(r"\b(?:rescu\w+|freed|freeing|liberat\w+|evacuat\w+)\s+(?:[\w\-’']+\s+){0,3}$", re.I)


SUBORDINATOR = re.compile(
    r"\b(?:after|before|while|because|although|though|until|whose|which|who|then|but|where)\b|[;:(]", re.I
)


AS_CLAUSE = re.compile(r",\s+(?:as|while|amid|whereas)\s+(?!well\b|part\b|of\b)", re.I)
# "killed 26 people, a hospital official said, as the army tries to crush a rebellion by the Fano militia": a new clause
