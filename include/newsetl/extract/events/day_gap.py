"""(ev96) Days counted from another event of the sentence or story: "a day after security forces killed 19 people",
"The strike came two days after gunmen attacked the post", "A day after his death, army drones struck ...".

wordlists.json `day_gap_patterns`: a gap of whole days before "after" (its count in the group `n`), never "less than a
day after". Two readings:
- the gap after a main clause, the trigger after the gap (in the "after" clause, or in a phrase of it: "attacked a
  post at X, setting off fighting"): the clause's event is the gap before the main clause's day (`_main_day`), unless
  the "after" clause names a day of its own; a gap set off as the apposition of a day ("On Friday, two days after the
  vote, gunmen attacked ...", "On Monday, May 11 - the day after the attack - soldiers clashed ...") dates nothing
  after its closing comma or dash;
- a sentence that opens with the gap ("The day after X was found, ..."), or (fix105) with an opener before it ("Then,",
  "Police,", "Residents said that": `_opener`), the trigger after the comma, and no day of the main clause: the gap
  after the day the "after" clause names, else after the day of the event it names (`_named_event_day`)."""

from __future__ import annotations

import re
from datetime import timedelta

from .background_filters import is_verbal
from .when import noun_event_day, of_report, sentence_of, usable_day

MAX_GAP_CLAUSE = 160  # characters between the gap and the trigger it governs
GAP_END = "after"  # (perf28) the word every `day_gap_patterns` match ends with (tests/test_perf28_equivalence.py)
GAP_END_RE = re.compile(GAP_END, re.I)
OPENING_MARKS = " \t\n•*-–—\"“‘'"  # a bullet, dash or quote mark before a sentence's first word


def _gap_count(res, word: str) -> int:
    """The gap's count: a digit, "the" (one day), else lexicon.json `number_words` ("a", "one", "two")."""
    word = word.lower()
    return 1 if word == "the" else int(res.lexicon["number_words"].get(word) or word)


def _own_days(art, s0: int, s1: int, a: int, b: int, day_only: bool = True) -> list:
    """The usable day-level dates of text[a:b] (in the sentence s0..s1) that are not a report's; (fix105) with
    `day_only` False those of any precision ("last week", "in January")."""
    return [
        d
        for d in art.dates.between(a, b)
        if (d.precision == 1 or not day_only) and usable_day(art, s0, d) and not of_report(art.text, s0, s1, d, art.res)
    ]


DAY_APPOSITION = re.compile(r"\s*[,(\-–—]\s*$")  # "On Friday, two days after", "On Monday, May 11 - the day after"
APPOSITION_CLOSE = re.compile(r"[,)–—]|\s-\s")  # (not the hyphen of "Al-Shabaab")


def _day_apposition(art, s0: int, s1: int, gap: int) -> bool:
    """The gap stands right after a day and a comma, a dash or a bracket ("On Friday, two days after ...")."""
    return any(DAY_APPOSITION.fullmatch(art.text, d.end, gap) for d in art.dates.between(s0, gap) if d.precision == 1)


def _named_event_day(art, s0: int, a: int, b: int):
    """(fix105) The day of the event the opening "after" clause text[a:b] names: none for an occasion that is no event
    (`day_gap_non_event_nouns`: "Two days after the truce was signed"), else the latest event told before with a day
    at a place the clause names ("A day after the X attack"), else of a type its noun names (`day_gap_noun_types`:
    "the killing"), else with a toll when it names a death (lexicon.json `kill_words`: "A day after his death": the
    last killing told, not the story's lead nor a later clash with wounded only), else the event told just before."""
    words = set(re.findall(r"[a-z]+", art.text[a:b].lower()))
    if words & art.res.wordset("day_gap_non_event_nouns"):
        return None
    told = [e for e in art.events if e.event_date is not None and e.time_precision == 1 and e.start_char < s0]
    names = {p._.place[0].name for p in art.place_slicer.between(a, b)}
    nouns = art.res.words["day_gap_noun_types"]
    types = {t for w in words & set(nouns) for t in nouns[w]}
    deaths = bool(words & art.res.lexicon_set("kill_words"))  # "his death": an event with a toll
    for keep in (
        lambda e: e.place is not None and e.place.name in names,
        lambda e: e.event_type in types,
        lambda e: deaths and bool(e.fatalities),
    ):
        if (e := next((e for e in reversed(told) if keep(e)), None)) is not None:
            return e.event_date
    return told[-1].event_date if told else None


def _opener(art, s0: int, m, tspan, unit) -> bool:
    """(fix105) The gap opens its sentence: before it nothing, or only an opener: words of `day_gap_opener_words`
    ("Then", "But", "On the", "Barely"), or words closed by a comma ("Meanwhile,", "Police,") or by "that" ("Residents
    said that"), with no trigger of the unit (which starts before the gap) and no day of their own; and a comma between
    the gap's clause and the trigger ("Police, two days after the attack, arrested ...")."""
    text = art.text
    head = text[s0 : m.start()].strip(OPENING_MARKS)
    if not head:
        return True
    if unit is None or unit.s0 > m.start() or "," not in text[m.end() : tspan.start_char]:
        return False
    words = re.findall(r"[\w'’\-]+", head.lower())
    if not (head.endswith(",") or words[-1:] == ["that"] or set(words) <= art.res.wordset("day_gap_opener_words")):
        return False  # "The strike came a day after ..., setting off fighting": a main clause
    if any(s0 <= t.start_char and t.end_char <= m.start() for t in unit.triggers):
        return False
    return not _own_days(art, s0, sentence_of(art, s0)[1], s0, m.start())


NOUN_HEAD = re.compile(r"\W*(?P<det>[a-z]+)\s+(?P<noun>[a-z][a-z\-]*)\b", re.I)


def _named_day(art, s0: int, cut: int):
    """The day of the story's latest event told before of the kind its opening noun names (`when.noun_event_day` with
    the noun's own types of `day_gap_noun_types`, else `day_anchor_event_types`): "The strike came a day after ...",
    "The killing in X came a day after ..." (the killing's day, not that of a riot told since)."""
    return noun_event_day(art, NOUN_HEAD.match(art.text, s0, cut), s0, own_types=True)


def _main_day(art, ev, s0: int, cut: int, before):
    """The day of the main clause before the gap: its own day, else the day of the event its opening noun names, else
    the day the event was given (a paragraph's, a live entry's), else the day of the event told before, else the
    story's last day."""
    s1 = sentence_of(art, s0)[1]
    own = _own_days(art, s0, s1, s0, cut)
    if own:
        return own[-1].value, 1
    day = _named_day(art, s0, cut)
    if day is None and ev.event_date is not None:
        day = ev.event_date, ev.time_precision
    return day or (before() if before else None) or art.last_day


def day_gap(art, ev, tspan, para: int, before=None, unit=None) -> None:
    """Move the event's day by a gap of days counted from another event (see the module docstring); `before` gives the
    day of the event told before (`when.previous_day`) for a clause with no day of its own ("The strike came a day
    after ..."); `unit` (its start and triggers) tells an opener before the gap from a main clause (`_opener`)."""
    rx = art.res.patterns_re("day_gap_patterns")
    if rx is None:
        return
    text, start = art.text, tspan.start_char
    if GAP_END_RE.search(text, max(0, start - MAX_GAP_CLAUSE - len(GAP_END)), start) is None:
        return  # (perf28) no gap can end within MAX_GAP_CLAUSE of the trigger: its sentence is not looked up
    s0, s1 = sentence_of(art, start)
    m = next(reversed(list(rx.finditer(text, s0, tspan.start_char))), None)  # the last gap before the trigger
    if m is None or tspan.start_char - m.end() > MAX_GAP_CLAUSE:
        return
    n = _gap_count(art.res, m.group("n"))
    if not _opener(art, s0, m, tspan, unit):  # the gap after a main clause: the trigger in the "after" clause
        if APPOSITION_CLOSE.search(text, m.end(), tspan.start_char) and _day_apposition(art, s0, s1, m.start()):
            return  # "On Friday, two days after the vote, gunmen attacked ...": the Friday's event
        if _own_days(art, s0, s1, m.end(), s1, day_only=False):
            return  # "a day after gunmen killed a trader on Sunday" ("last week"): the clause's own date
        day = _main_day(art, ev, s0, m.start(), before)
        if day is None or day[1] != 1:
            return
        ev.event_date, ev.time_precision = day[0] - timedelta(days=n), 1
        ev.extras["day_gap"] = -n
        return
    comma = text.find(",", m.end(), tspan.start_char)
    if comma < 0 or _own_days(art, s0, s1, comma, s1):
        return  # the trigger inside the opening "after" clause, or the main clause names its own day
    told = _own_days(art, s0, s1, m.end(), comma)
    anchor = told[-1].value if told else _named_event_day(art, s0, m.end(), comma)
    if anchor is None:
        return
    ev.event_date, ev.time_precision = anchor + timedelta(days=n), 1
    ev.extras["day_gap"] = n
    art.last_date_by_para[para] = (ev.event_date, 1)


def _own_place(art, c0: int, cut: int, c1: int) -> bool:
    """The "after" clause names a place the main clause does not ("a day after a merchant was abducted near X"); one
    with none ("a day after security forces killed a wanted man during a raid") stays the main event's cause."""
    before = {p._.place[0].name for p in art.place_slicer.between(c0, cut)}
    return any(p._.place[0].name not in before for p in art.place_slicer.between(cut, c1))


def _told_before(art, c0: int, cut: int, c1: int, n: int) -> bool:
    """(fix105) The story told the "after" clause's event already: an earlier event on its day (the main clause's day
    less the gap) at a place the clause names or inside one ("..., a day after rebels overran a base in X state" after
    an attack at a town of X state)."""
    s0, s1 = sentence_of(art, c0)
    own = _own_days(art, s0, s1, c0, cut)
    if not own:
        return False
    day = own[-1].value - timedelta(days=n)
    places = [p._.place[0] for p in art.place_slicer.between(cut, c1)]
    regions = art.res.wordset("enclosing_region_features")  # (fix107 as data) a place that can enclose a town

    def inside(e) -> bool:
        return any(
            p.name == e.place.name or (p.feature in regions and p.admin1 and p.admin1 == e.place.admin1) for p in places
        )

    return any(e.event_date == day and e.place is not None and inside(e) for e in art.events if e.start_char < c0)


def day_gap_split(art, c0: int, c1: int, triggers: list) -> list | None:
    """A clause cut at a gap of days after its main clause ("The fighting erupted two days after jets struck targets in
    X", "The killing came a day after a trader was gunned down in Y"), when each side has a trigger, the later one a
    verb, and the "after" clause names a place of its own (`_own_place`): [(start, end, triggers)] of the main clause
    and of the "after" clause (the gap left out), else None."""
    rx = art.res.patterns_re("day_gap_patterns")
    if rx is None:
        return None
    for m in rx.finditer(art.text, c0, c1):
        if not art.text[c0 : m.start()].strip(OPENING_MARKS):
            continue  # "A day after his death, drones struck ...": one event, the gap its day
        ta = [t for t in triggers if t.end_char <= m.start()]
        tb = [t for t in triggers if t.start_char >= m.end()]
        if not (ta and any(is_verbal(t) for t in tb) and _own_place(art, c0, m.start(), c1)):
            continue
        s0, s1 = sentence_of(art, c0)
        if any(d.precision != 1 for d in _own_days(art, s0, s1, m.end(), c1, day_only=False)):
            return None  # (fix105) "a day after gunmen killed a trader in X last week": no day to count from
        if _told_before(art, c0, m.start(), c1, _gap_count(art.res, m.group("n"))):
            return None
        return [(c0, m.start(), ta), (m.end(), c1, tb)]
    return None
