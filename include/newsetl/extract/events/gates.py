"""(fix32, fix126; issue 10) A gated protest trigger's own gates: the crowd before it (`requires_before`), the cue after
it (`requires_after`) and the subjects and purposes that refuse it (`refused_before`, `refused_after`). A trigger named
in `gate_clause_cuts` reads its cue only in its own clause (events/own_clause.py): "Traders walked back to their stalls,
a day after police dispersed protesters outside the governor's office" has no cue for the walk. A gate may be a union
of lists ("a+b", rules.py `patterns_re`); each list of a `refused_after` union reads its own window."""

from __future__ import annotations

from ..text_cache import span_text
from .own_clause import clause_end

CUE_REACH = 160  # how far after the trigger `requires_after` reads (fix32)


def gated_in(x, u, res) -> bool:
    """(fix32) A protest trigger whose own gates (`requires_before`, `requires_after`) hold: "Villagers walked to the
    police station to ask for help after gunmen killed two farmers" has no protest, so the killing is no demand."""
    trig, rel = res.triggers[x.label_], x.start_char - u.s0
    end = rel + len(span_text(x))
    if trig.requires_after and not (
        _cue_after(trig, u.stext, end, res) or _crowd_blockade_removed(u.stext, rel, end, res)
    ):
        return False
    if trig.refused_after and _refused_after(trig.refused_after, u.stext, end, res):
        return False  # (fix53) "The youths beat a team from Gao 3-1", "triggered a mine collapse": not the act's object
    if trig.refused_before and res.pattern_search(trig.refused_before, u.stext[:rel]):
        return False  # (fix57) "Police held him for two hours", "arrested five men and held them": a state's detention
    return (
        not trig.requires_before
        or res.pattern_search(trig.requires_before, u.stext[max(0, rel - res.window("requires_before")) : rel])
        is not None
    )


def _cue_after(trig, stext: str, end: int, res) -> bool:
    """The trigger's `requires_after` within CUE_REACH characters, and (fix126) within its own clause when the trigger
    has a cut in `gate_clause_cuts`."""
    stop = end + CUE_REACH
    cut = res.words.get("gate_clause_cuts", {}).get(trig.id)
    if cut:
        stop = min(stop, clause_end(stext, end, res, cut))
    return res.pattern_search(trig.requires_after, stext, end, stop) is not None


def _refused_after(name: str, stext: str, end: int, res) -> bool:
    """(ev111, fix126) Each list of the `refused_after` gate (one list, or a union "a+b") read as far as its own
    window in `trigger_windows` (`assembly_refused_after`: 160, "... as shelter from the rain"), else the shared
    `refused_after` window."""
    windows, default = res.words["trigger_windows"], res.window("refused_after")
    return any(
        res.pattern_search(part, stext, end, end + int(windows.get(part, default))) is not None
        for part in name.split("+")
    )


def _crowd_blockade_removed(stext: str, rel: int, end: int, res) -> bool:
    """(ev98, fix110) A road "blocked ... until / and (the) police / soldiers removed / cleared / dispersed /
    persuaded ... them" (`blockade_removed_patterns`) is a protest with no demand written only when people blocked it:
    a crowd noun as the subject before "blocked" (`blockade_crowd_before`: residents, villagers, traders, drivers ...;
    not lorries, cattle, gunmen or fighters, and not pilgrims, mourners or people fleeing)."""
    if res.pattern_search("blockade_removed_patterns", stext, end, end + 160) is None:
        return False
    return (
        res.pattern_search("blockade_crowd_before", stext[max(0, rel - res.window("requires_before")) : rel])
        is not None
    )
