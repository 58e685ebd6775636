"""(ev118) The document's memory of the named non-state armed groups, for the anaphors of a later sentence.

"Al-Shabaab attacked a base ... On Tuesday the militants shelled ...": a definite anaphor ("the militants", "the
gunmen", "the raiders") left to an unidentified armed group is the one named group the story told before it as a side,
of a type the anaphor's class fits (`memory_anaphor` of wordlists.json: "the militants" a rebel group or a political
militia, "the militiamen" a militia, "the attackers" any of them). Two compatible groups keep it unidentified; a group
named only as the target of a strike or a killing, only in a denial, only in a background paragraph with a year before
the story's, or (for the attacker and insurgent classes) only as the ally of a state force ("troops backed by X
fighters") is no side. Built per document by `actor_context.mention_overrides`: never across documents."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..rules import Actor, Rules

YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _config(res: Rules) -> dict:
    """`memory_anaphor`, its patterns compiled once per Rules."""

    def make() -> dict:
        cfg = res.words["memory_anaphor"]
        nouns = {}
        for cls in cfg["classes"].values():
            for noun in cls["nouns"]:
                nouns[noun.lower()] = (frozenset(cls["types"]), bool(cls["allies"]))
        return {
            "nouns": nouns,
            "definite": re.compile(cfg["definite_before"], re.I),
            "victim": re.compile("|".join(f"(?:{p})" for p in cfg["victim_before"]), re.I),
            "target": re.compile("|".join(f"(?:{p})" for p in cfg["target_before"]), re.I),
            "denial": re.compile(cfg["denial_after"], re.I),
            "allied": re.compile(cfg["allied_gap"], re.I),
            "between": re.compile(cfg["between_before"], re.I),
            "combatants": frozenset(w.lower() for w in cfg["combatant_heads"]),
        }

    return res.built("actor_memory.config", make)


class ActorMemory:
    """The named non-state groups of one document so far, each with the kinds of its mentions ("side", "ally",
    "victim", "denial", "background")."""

    def __init__(self, text: str, ref_year: int | None, res: Rules):
        self.text, self.res, self.cfg = text, res, _config(res)
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.ref_year = ref_year
        self.groups: dict[str, tuple[Actor, set]] = {}

    def _paragraph(self, pos: int) -> str:
        i = bisect_right(self.breaks, pos)
        lo = self.breaks[i - 1] + 1 if i else 0
        hi = self.breaks[i] if i < len(self.breaks) else len(self.text)
        return self.text[lo:hi]

    def _background(self, pos: int) -> bool:
        if self.ref_year is None:
            return False
        return any(int(y) < self.ref_year for y in YEAR.findall(self._paragraph(pos)))

    def _kind(self, actors: list, k: int, state_types: tuple) -> str:
        e, text, cfg = actors[k], self.text, self.cfg
        pre = text[max(0, e.start_char - 60) : e.start_char]
        if cfg["victim"].search(pre) and e.text.split()[-1].lower() not in cfg["combatants"]:
            return "victim"  # "killed nine settlers"; "killed 11 X fighters" is a fight's side
        if cfg["target"].search(pre):
            return "target"  # "Jihadists attacked a X post": the group's post is the target
        if cfg["denial"].match(text, e.end_char, min(len(text), e.end_char + 60)):
            return "denial"
        if self._background(e.start_char):
            return "background"
        prev = actors[k - 1] if k else None
        if prev is not None:
            pa = self.res.actors.get(prev.ent_id_)
            if (
                pa is not None
                and pa.actor_type in state_types
                and cfg["allied"].fullmatch(text, prev.end_char, e.start_char)
                and not cfg["between"].search(text[max(0, prev.start_char - 20) : prev.start_char])
            ):
                return "ally"
        return "side"

    def add(self, actors: list, k: int, actor: Actor, state_types: tuple) -> None:
        """Remember mention `k` of the named non-state group `actor`."""
        kind = self._kind(actors, k, state_types)
        self.groups.setdefault(actor.name, (actor, set()))[1].add(kind)

    def resolve(self, e, pre: str) -> Actor | None:
        """The one named group a definite anaphor `e` (the text `pre` before it) stands for, or None."""
        got = self.cfg["nouns"].get(e.text.lower())
        if got is None or not self.cfg["definite"].search(pre):
            return None
        types, allies = got
        counted = {"side", "ally"} if allies else {"side"}
        # only a group named as a side counts (an attacker's anaphor is no state force's ally, no target, no denier)
        named = [a for a, kinds in self.groups.values() if a.actor_type in types and kinds & counted]
        return named[0] if len(named) == 1 else None  # none or two compatible groups: unidentified

    def only_denied_or_past(self, actor: Actor | None) -> bool:
        """The group was named only in a denial, in background paragraphs or as an attacked post's owner: no anaphor
        of a later event stands for it (guards the older single-group reading of actor_context too)."""
        got = self.groups.get(actor.name) if actor is not None else None
        return got is not None and got[1] <= {"denial", "background", "target", "victim"}
