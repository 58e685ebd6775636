"""(ev106, issue 10) The trigger's own clause: the one helper that cuts a sentence around a trigger, so that a rule
reads the words of its own event and not those of a clause that tells another one ("Police clashed with protesters,
days after youths assaulted two activists": no assault in the clash).

A clause runs from the last boundary before the trigger to the first one after it. The boundaries of a cut are data
(wordlists.json `own_clause_cuts`, documented in data/README.md under "ev106" and "fix119"): openers, and the marks of
`own_clause_marks` that the cut names as starting (`start_marks`) or ending (`end_marks`) its clause. A mark kind may
count only when the text after it holds a pattern (fix119: a semicolon is a boundary only before a later time or another
scene, "; soldiers later clashed with the attackers", not before a side that fires back at once, "; the police
returned fire"; a colon starts a clause only after a short label, "UPDATE:", and ends none: a colon inside a sentence
tells the details of the same event). The cuts, and why their callers need each:

- "subordinate" (type_kinds, candidates, crowd_retype: the trigger's subject and act): a subordinating conjunction
  (`subordinate_subject_openers`: "after", "when", "because", ...) opens the clause at its own start and ends the
  clause before it ("Residents fled | when gunmen burned ...": the gunmen's clause starts at "when"); a background
  clause after the trigger ends it too.
- "typing" (type_kinds._hits_civilians): the subordinate cut that a sequel's semicolon does not open, so that a row
  typed from a trigger told after it ("youths assaulted two activists; police later clashed with the youths") still
  reads the act told before it (fix119).
- "background" (one_sided, both rules): only a background clause (`one_sided_background_clause_patterns`: "days
  after", "who had", "accusing", "in revenge") bounds it, and it opens the clause only at the comma that closes it;
  a later sequel (`one_sided_sequel_clause_patterns`: "before soldiers arrived", fix118) ends it: a side that acts
  only once it has arrived is no side of the same event. A battle word's clause is often hollow and its act is told
  in a "when" or "after" clause ("A gunfight broke out when masked men shot at customers"), so the subordinators that
  are no background must not cut it.
- "marks" (told_elsewhere.running_since): the clause of a running total ("bandits have killed hundreds since 2020")
  starts at the last semicolon, colon or comma before it. Its pattern holds a subordinator ("since") itself.
"""

from __future__ import annotations

from ..rules import Rules
from .filled import compile_filled, filled_patterns, filled_search


class _Cut:
    """One compiled cut: the openers that may start the clause (`start_rx`; None: none), the ones that end it
    (`end_rx`), the marks that start and end it (`start_marks`, `end_marks`: (compiled mark, its `then` lists)), and
    whether the clause starts at the opener ("opener") or after the comma closing it ("comma")."""

    __slots__ = ("start_rx", "end_rx", "start_marks", "end_marks", "start_at")

    def __init__(self, res: Rules, name: str):
        spec = res.words["own_clause_cuts"][name]  # (a misspelt cut is a KeyError)
        start = _alternatives(res, spec.get("words", []), spec.get("patterns", []))
        end = start + _alternatives(res, [], spec.get("end_patterns", []))
        self.start_rx, self.end_rx = compile_filled(start), compile_filled(end)
        self.start_marks = [_mark(res, k) for k in spec.get("start_marks", [])]
        self.end_marks = [_mark(res, k) for k in spec.get("end_marks", [])]
        self.start_at = spec.get("start_at", "opener")


def _mark(res: Rules, kind: str) -> tuple:
    spec = res.words["own_clause_marks"][kind]  # (a misspelt kind is a KeyError)
    return compile_filled([p for p in spec["patterns"] if p]), tuple(spec.get("then", ()))


def _marks(stext: str, pos: int, endpos: int, marks: list, res: Rules):
    """The matches of `marks` in stext[pos:endpos] that count: a kind with `then` lists only when one of them matches
    the text after the mark, up to the next semicolon."""
    for rx, then in marks:
        for m in rx.finditer(stext, pos, endpos) if rx is not None else ():
            if not then:
                yield m
                continue
            stop = stext.find(";", m.end())
            after = stext[m.end() : stop if stop >= 0 else len(stext)]
            if any(filled_search(res, name, after) is not None for name in then):
                yield m


def _alternatives(res: Rules, word_lists: list[str], pattern_lists: list[str]) -> list[str]:
    """The patterns of the named word lists (whole words) and pattern lists (placeholders filled)."""
    out = [rf"(?<![\w-])(?:{Rules.alternation(res.words[k])})(?![\w-])" for k in word_lists]
    return out + [p for k in pattern_lists for p in filled_patterns(res, k)]


def _cut(res: Rules, cut: str) -> _Cut:
    return res.built(("own_clause.cut", cut), lambda: _Cut(res, cut))


def clause_start(stext: str, rel: int, res: Rules, cut: str = "subordinate") -> int:
    """Where the own clause of the trigger at `rel` begins (0: the sentence's start): after the last mark before it,
    or the last opener wholly before it (at the opener, or after the comma that closes it: the cut's `start_at`)."""
    c = _cut(res, cut)
    start = max((m.end() for m in _marks(stext, 0, rel, c.start_marks, res)), default=0)
    for m in c.start_rx.finditer(stext, 0, rel) if c.start_rx is not None else ():
        if c.start_at == "opener":
            start = max(start, m.start())
        else:  # "comma": "Fighting raged near X, a day after ..., | ..." (no comma: the opener's clause goes on)
            comma = stext.find(",", m.end(), rel)
            start = max(start, comma + 1 if comma >= 0 else 0)
    return start


def clause_end(stext: str, end: int, res: Rules, cut: str = "subordinate") -> int:
    """Where the own clause of the trigger ending at `end` stops (len(stext): the sentence's end): the first mark or
    ending opener that starts at or after `end`."""
    c = _cut(res, cut)
    stop = c.end_rx.search(stext, end) if c.end_rx is not None else None
    at = [m.start() for m in _marks(stext, end, len(stext), c.end_marks, res)]
    return min(at + ([stop.start()] if stop is not None else []), default=len(stext))


def own_clause(stext: str, rel: int, end: int, res: Rules, cut: str = "subordinate") -> tuple[int, int]:
    """(start, end) of the own clause of the trigger text stext[rel:end] under the cut `cut` (see the module)."""
    return clause_start(stext, rel, res, cut), clause_end(stext, end, res, cut)


def own_text(stext: str, rel: int, end: int, res: Rules, cut: str = "subordinate") -> str:
    """The own clause's text (`own_clause`)."""
    a, b = own_clause(stext, rel, end, res, cut)
    return stext[a:b]
