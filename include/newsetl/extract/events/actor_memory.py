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

SENTENCE_END = re.compile(r"[.!?]\s|\n")
ASIDE = re.compile(r",\s*(?:who|which)\b[^,.;]*,")  # "X fighters, who have waged an insurgency since 2009, attacked"


def _config(res: Rules) -> dict:
    """`memory_anaphor`, its patterns compiled once per Rules."""

    def make() -> dict:
        cfg = res.words["memory_anaphor"]
        nouns = {}
        for cls in cfg["classes"].values():
            for noun in cls["nouns"]:
                nouns[noun.lower()] = (frozenset(cls["types"]), bool(cls["allies"]))
        years = cfg["background_year_before"]
        return {
            "nouns": nouns,
            "definite": re.compile(cfg["definite_before"], re.I),
            "victim": re.compile("|".join(f"(?:{p})" for p in cfg["victim_before"]), re.I),
            "target": re.compile("|".join(f"(?:{p})" for p in cfg["target_before"]), re.I),
            "denial": re.compile(cfg["denial_after"], re.I),
            "allied": re.compile(cfg["allied_gap"], re.I),
            "between": re.compile(cfg["between_before"], re.I),
            "combatants": frozenset(w.lower() for w in cfg["combatant_heads"]),
            "year": re.compile(rf"(?:{years})((?:19|20)\d\d)\b", re.I),
            "separate": re.compile(cfg["separate_incident"], re.I),
            "place": re.compile(cfg["new_place"]),
            "state_allied": frozenset(cfg["state_allied"]),
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
        self.side_pos: dict[str, int] = {}  # (fix133) where each group was last named as a side or an ally
        self.unnamed_pos = -1  # (fix133) where an unidentified armed group was last told ("bandits killed ...")

    def _sentence(self, pos: int) -> tuple[int, int]:
        """(fix133) The span of the sentence around `pos` (its paragraph's part between sentence ends)."""
        i = bisect_right(self.breaks, pos)
        lo = self.breaks[i - 1] + 1 if i else 0
        hi = self.breaks[i] if i < len(self.breaks) else len(self.text)
        for m in SENTENCE_END.finditer(self.text, lo, hi):
            if m.end() <= pos:
                lo = m.end()
            else:
                return lo, m.start() + 1
        return lo, hi

    def _background(self, pos: int) -> bool:
        """(fix133) A year before the story's dates the mention's own sentence ("in 2019", "in March 2014", "have
        carried out raids since 2021"), not a relative aside of it (", who have fought since 2009,") nor another
        sentence of the paragraph."""
        if self.ref_year is None:
            return False
        lo, hi = self._sentence(pos)
        sentence = ASIDE.sub(",", self.text[lo:hi])
        return any(int(y) < self.ref_year for y in self.cfg["year"].findall(sentence))

    def _state_before(self, actors: list, k: int, state_types: tuple) -> bool:
        """(fix133) A state force named before mention `k` in its sentence: "Troops captured X's stronghold", "jets
        bombed X": the group is the state's opponent, a side, no victim."""
        lo = self._sentence(actors[k].start_char)[0]
        for a in reversed(actors[:k]):
            if a.start_char < lo:
                return False
            got = self.res.actors.get(a.ent_id_)
            if got is not None and got.actor_type in state_types:
                return True
        return False

    def _kind(self, actors: list, k: int, state_types: tuple) -> str:
        e, text, cfg = actors[k], self.text, self.cfg
        pre = text[max(0, e.start_char - 60) : e.start_char]
        struck = cfg["victim"].search(pre) and e.text.split()[-1].lower() not in cfg["combatants"]
        if (struck or cfg["target"].search(pre)) and not self._state_before(actors, k, state_types):
            # "killed nine settlers"; "killed 11 X fighters" is a fight's side; "Jihadists attacked a X post": the
            # group's post is the target
            return "victim" if struck else "target"
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
        if kind in ("side", "ally"):
            self.side_pos[actor.name] = actors[k].start_char

    def unnamed(self, pos: int) -> None:
        """(fix133) An unidentified armed group told at `pos` ("In Zamfara, bandits killed ..."): the nearer agent."""
        self.unnamed_pos = pos

    def elsewhere(self, e) -> bool:
        """(fix133) "In a separate incident in Y, the gunmen ...": the anaphor's sentence tells another incident in a
        place the story has not named before."""
        lo, hi = self._sentence(e.start_char)
        if not self.cfg["separate"].search(self.text, lo, e.start_char):
            return False
        return any(m.group(1) not in self.text[:lo] for m in self.cfg["place"].finditer(self.text, lo, hi))

    def resolve(self, e, pre: str) -> Actor | None:
        """The one named group a definite anaphor `e` (the text `pre` before it) stands for, or None."""
        got = self.cfg["nouns"].get(e.text.lower())
        if got is None or not self.cfg["definite"].search(pre):
            return None
        types, allies = got
        if self.elsewhere(e):
            return None
        counted = {"side", "ally"} if allies else {"side"}
        # only a group named as a side counts (an attacker's anaphor is no state force's ally, no target, no denier)
        named = [
            a
            for a, kinds in self.groups.values()
            if a.actor_type in types and kinds & counted and (allies or a.name not in self.cfg["state_allied"])
        ]
        if len(named) != 1 or self.side_pos.get(named[0].name, -1) < self.unnamed_pos:
            return None  # none or two compatible groups, or an unidentified group told since: unidentified
        return named[0]

    def only_denied_or_past(self, actor: Actor | None, e=None) -> bool:
        """The group was named only in a denial, in a background sentence, as an attacked post's owner or a killing's
        victim (not a state force's), or (fix133) for an anaphor `e` of a class with no allies, only as a state force's
        ally or one of `state_allied`: no anaphor of a later event stands for it (guards the older single-group reading
        of actor_context too)."""
        got = self.groups.get(actor.name) if actor is not None else None
        if got is None:
            return False
        blocked = {"denial", "background", "target", "victim"}
        cls = self.cfg["nouns"].get(e.text.lower()) if e is not None else None
        if cls is not None and not cls[1]:
            if actor is not None and actor.name in self.cfg["state_allied"]:
                return True
            blocked.add("ally")
        return got[1] <= blocked
