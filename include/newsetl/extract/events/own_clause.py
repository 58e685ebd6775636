"""(ev106, issue 10) The trigger's own clause: the one helper that cuts a sentence around a trigger, so that a rule
reads the words of its own event and not those of a clause that tells another one ("Police clashed with protesters,
days after youths assaulted two activists": no assault in the clash).

A clause runs from the last boundary before the trigger to the first one after it. The boundaries of a cut are data
(wordlists.json `own_clause_cuts`, documented in data/README.md under "ev106"); every cut also stops at the marks of
`own_clause_marks` (a semicolon; a colon that is no clock's). The cuts, and why their callers need each:

- "subordinate" (type_kinds, candidates, crowd_retype): a subordinating conjunction (`subordinate_subject_openers`:
  "after", "when", "because", ...) opens the clause at its own start and ends the clause before it ("Residents fled
  | when gunmen burned ...": the gunmen's clause starts at "when").
- "background" (one_sided): only a background clause (`one_sided_background_clause_patterns`: "days after", "who
  had", "accusing", "in revenge") bounds it, and it opens the clause only at the comma that closes it. A battle word's
  clause is often hollow and its act is told in a "when" or "after" clause ("A gunfight broke out when masked men shot
  at customers"), so the subordinators that are no background must not cut it.
- "sequel" (one_sided's reverse rule, fix118): the background cut that also ends at a later sequel
  (`one_sided_sequel_clause_patterns`: "before soldiers arrived"): a side that acts only once it has arrived is no
  side of the same event.
- "marks" (told_elsewhere): the marks alone. Its pattern ("have hit ... since the coup") holds a subordinator itself.
"""

from __future__ import annotations

from ..rules import Rules
from .filled import compile_filled, filled_patterns


class _Cut:
    """One compiled cut: the openers that may start the clause (`start_rx`; None: none), the ones that end it
    (`end_rx`), the marks, and whether the clause starts at the opener ("opener") or after the comma closing it
    ("comma")."""

    __slots__ = ("start_rx", "end_rx", "marks", "start_at")

    def __init__(self, res: Rules, name: str):
        spec = res.words["own_clause_cuts"][name]  # (a misspelt cut is a KeyError)
        start = _alternatives(res, spec.get("words", []), spec.get("patterns", []))
        end = start + _alternatives(res, [], spec.get("end_patterns", []))
        self.start_rx, self.end_rx = compile_filled(start), compile_filled(end)
        self.marks = compile_filled([p for p in res.words["own_clause_marks"] if p])
        self.start_at = spec.get("start_at", "opener")


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
    start = max((m.end() for m in c.marks.finditer(stext, 0, rel)), default=0) if c.marks is not None else 0
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
    stops = [rx.search(stext, end) for rx in (c.marks, c.end_rx) if rx is not None]
    return min((m.start() for m in stops if m is not None), default=len(stext))


def own_clause(stext: str, rel: int, end: int, res: Rules, cut: str = "subordinate") -> tuple[int, int]:
    """(start, end) of the own clause of the trigger text stext[rel:end] under the cut `cut` (see the module)."""
    return clause_start(stext, rel, res, cut), clause_end(stext, end, res, cut)


def own_text(stext: str, rel: int, end: int, res: Rules, cut: str = "subordinate") -> str:
    """The own clause's text (`own_clause`)."""
    a, b = own_clause(stext, rel, end, res, cut)
    return stext[a:b]
