"""The subject of the clause that carries the trigger, when the sentence opens with another clause's subject."""

from __future__ import annotations

import re

from ..rules import Rules

PASSIVE_MAIN = re.compile(r"\b(?:was|were|been|being)\b", re.I)


def subordinate_subject(subj_cands: list, stext: str, rel: int, res: Rules, object_after: bool = False) -> list:
    """ "Residents of X are counting losses after suspected militants torched three houses", "Farmers fled when gunmen
    stormed the village": a subordinating conjunction (`subordinate_subject_openers`) right before the last subject
    candidate, which stands right before the trigger, opens the trigger's own clause; the candidates before it are
    the main clause's subject, not the agent (unless that clause is passive or tells a death, "Two soldiers died":
    its subject is then the victim, ev69). (ev69) When the trigger's own clause names its object (`object_after`:
    "Three people died when fighters of X exchanged fire with a local armed group"), the main clause's dead are the
    toll, not a side, and are cut as well, unless a state force is among them ("Two soldiers and two porters were
    killed when militants opened fire on an army vehicle": the soldiers are the side hit). Candidates are (start, end, actor, prefix) relative to the sentence."""
    if len(subj_cands) < 2:
        return subj_cands
    rx = res.words_re("subordinate_subject_openers")
    last, prev = subj_cands[-1], subj_cands[-2]
    gap = stext[last[1] : rel]
    if rx is None or "," in gap or len(gap.split()) > 2:
        return subj_cands
    between = stext[prev[1] : last[0]]
    found = list(rx.finditer(between))
    if not found:
        return subj_cands
    m = found[-1]
    toll = res.words_re("victim_toll_verbs")  # (ev69) "Two soldiers died when militants ambushed": the dead stay
    main = between[: m.start()]
    cut = prev[1] + m.start()
    victims = PASSIVE_MAIN.search(main) or (toll is not None and toll.match(main.lstrip()))
    if victims and object_after:  # dead soldiers or police name the side hit ("Two soldiers ... were killed")
        object_after = not any(c[2].actor_type == "State forces" for c in subj_cands if c[0] < cut)
    if "," in between[m.end() :] or len(between[m.end() :].split()) > 3 or (victims and not object_after):
        return (
            subj_cands  # ("Two soldiers were killed when militants opened fire": the passive victims stay the target)
        )
    return [c for c in subj_cands if c[0] >= cut]
