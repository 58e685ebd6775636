"""(ev75) People harmed whom the actor dictionary names as no party: "a drone struck a fishing boat, killing three crew
members", "a landmine ... killed its rider", "A woman and her two daughters were killed when Houthi shells landed".
A counted or possessed victim noun (the victim-quantity pattern of `Rules.victim_patterns`, the one fatalities.py
counts with) that is the object of a kill or injury word (lexicon.json `kill_words` / `injury_words`) after the
trigger, or the subject of a passive one in the sentence, names people; an actor mention among them ("three soldiers",
"two militants") is that party instead, and a noun of an armed or security role (`armed_role_victim_nouns`: "killing
two guards", "a sergeant") names no civilians. (fix81) Nor do bare members ("killing three members", "five of its
members": `armed_bare_victim_nouns`), the crew of a military vessel or aircraft named in the sentence
(`crew_victim_nouns`, `military_craft_nouns`), victims whose appositive names an armed role or an actor ("its rider, a
suspected jihadist"), or victims in a clause of an earlier or later event ("a day after two men were killed":
`earlier_attack_sequence_leads`)."""

from __future__ import annotations

import re

from .text import clause_bounds

PASSIVE_BEFORE = re.compile(r"\b(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:also\s+)?$", re.I)
APPOSITIVE = re.compile(r",\s+(?:an?|the)\s+[^,;.]{1,40}")
POSSESSIVE_MODS = re.compile(r"(?:(?:its|their|his|her|the)\s+)*")
SPACES = re.compile(r"\s+")


def _armed(res, stext: str, q: re.Match, spans: list[tuple[int, int]]) -> bool:
    """The victims `q` (with their appositive) hold an actor mention or name armed people."""
    app = APPOSITIVE.match(stext, q.end())
    end = app.end() if app is not None else q.end()
    if any(s < end and q.start() < e for s, e in spans):
        return True
    if res.words_re("armed_role_victim_nouns").search(stext, q.start(), end):
        return True
    noun = q.group("noun").lower()
    if noun in res.wordset("armed_bare_victim_nouns") and POSSESSIVE_MODS.fullmatch(q.group("mods") or ""):
        return True  # "killing three members", "five of its members" ("three family members" are people)
    crew = res.words_re("crew_victim_nouns").search(q.group(0)) is not None
    return crew and res.words_re("military_craft_nouns").search(stext) is not None


def _background(res, stext: str, lo: int, pos: int) -> bool:
    """A lead of an earlier or later event (`earlier_attack_sequence_leads`: "a day after", "since") opens the clause
    of `pos` before `lo`..`pos`."""
    c0, _ = clause_bounds(stext, pos)
    return res.words_re("earlier_attack_sequence_leads").search(stext, max(0, c0 - 12), max(lo, c0)) is not None


def people_harmed(res, u, rel: int) -> bool:
    """The sentence of `u` names people killed or wounded who are no actor (see the module docstring); `rel` is the
    trigger's start in the sentence."""
    stext = u.stext
    _, qty = res.victim_patterns
    spans = [(m.start_char - u.s0, m.end_char - u.s0) for m in u.actors]
    for rx in res.kill_injury:
        for k in rx.finditer(stext):
            if k.start() >= rel:
                obj = SPACES.match(stext, k.end())
                q = qty.match(stext, obj.end()) if obj is not None else None
                if (
                    q is not None
                    and not _armed(res, stext, q, spans)
                    and not _background(res, stext, k.start(), k.start())
                ):
                    return True  # "..., killing three crew members"
            if re.match(r"(?:was|were|ha[sd]|have)\b", k.group(0), re.I) or PASSIVE_BEFORE.search(stext, 0, k.start()):
                lo, _ = clause_bounds(stext, k.start())
                q = qty.search(stext, lo, k.start())
                if (
                    q is not None
                    and not _armed(res, stext, q, spans)
                    and not _background(res, stext, q.start(), k.start())
                ):
                    return True  # "A woman and her two daughters were killed when ..."
    return False
