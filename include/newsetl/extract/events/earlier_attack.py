"""(fix70, fix74) The wording of an earlier attack an event answers or follows: "in revenge for an attack by X",
"days after an attack by X". One set of lead words serves the roles of the clause (`roles.py` `_after_trigger`: the
group "by" whom the earlier attack was made is neither the agent nor the target) and the named-perpetrator rule
(`named_perpetrator.py`):

- `earlier_attack_answer_leads`: an answer or a time gap ("in revenge for", "days after"): always an earlier attack;
- `earlier_attack_sequence_leads`: a bare "after / following": an earlier attack only when the event's own agent is
  named before its trigger ("Soldiers killed 12 rebels after an attack by ADF"); "At least 12 villagers were killed
  following an attack by suspected ADF rebels" tells who killed them;
- `earlier_attack_nouns`: the nouns of an attack ("attack", "raid", "ambush" ...)."""

from __future__ import annotations

import re

from ..rules import Rules

_DET = r"\s+(?:an?\s+|the\s+|last\s+\w+\s*'?s\s+)?"


def _alt(items: list[str]) -> str:
    return "|".join(f"(?:{p})" for p in items)


def _leads(res: Rules, sequence: bool) -> str:
    """The lead words as one alternation: the answers, with `sequence` the bare "after / following" leads too."""

    def build() -> str:
        words = res.words["earlier_attack_answer_leads"]
        return _alt(words + res.words["earlier_attack_sequence_leads"] if sequence else words)

    return res.built(("earlier_attack.leads", sequence), build)


def earlier_attack_by(res: Rules, sequence: bool) -> re.Pattern:
    """The text before a named group that ends in "<lead> an attack by (the) (a word or two)": an earlier attack's
    agent; with `sequence` the bare "after / following" leads count too."""

    def build() -> re.Pattern:
        nouns = _alt(res.words["earlier_attack_nouns"])
        return re.compile(
            rf"\b(?:{_leads(res, sequence)}){_DET}(?:[\w\-]+\s+){{0,2}}?(?:{nouns})\s+by\s+(?:the\s+)?(?:[\w\-’']+\s+){{0,2}}$",
            re.I,
        )

    return res.built(("earlier_attack.by", sequence), build)


def earlier_attack_before(res: Rules) -> re.Pattern:
    """The text right before an attack trigger that makes it an earlier attack ("in revenge for an", "days after the",
    "after a"): the named-perpetrator rule, whose generic gunmen are always named before the trigger."""

    def build() -> re.Pattern:
        return re.compile(rf"\b(?:{_leads(res, True)}){_DET}(?:[\w\-]+\s+){{0,2}}$", re.I)

    return res.built("earlier_attack.before", build)


def earlier_attack_lead(res: Rules) -> re.Pattern:
    """(fix86) An answer lead ("a week after", "days after", "in retaliation for"): the clause after it tells an earlier
    event, whose victims are no target of the event before it."""
    return res.built("earlier_attack.lead", lambda: re.compile(rf"\b(?:{_leads(res, False)})\b", re.I))
