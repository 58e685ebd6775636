"""(fix93, split from assemble.py) The article-level values every clause of `assemble` reads and the running state of
the assembly: the events told so far, the event the story is about, the last date and place by paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date

from ..dates import find_dates
from ..gazetteer import Gazetteer
from ..rules import Rules
from ..text_cache import doc_ents, doc_text
from .actor_context import mention_overrides, place_holders
from .model import ARMED_TYPES, Event
from .places import best_place
from .when import dateline_end, paragraph_datelines


class _Slicer:
    """Items sorted by start offset, sliced by a character range in O(log n)."""

    def __init__(self, items: list, start):
        self.items = items
        self.keys = [start(x) for x in items]

    def between(self, lo: int, hi: int) -> list:
        return self.items[bisect_left(self.keys, lo) : bisect_left(self.keys, hi)]


class Article:
    """The article-level values every clause reads, and the running state of the assembly."""

    def __init__(self, doc, ref: date, res: Rules, gaz: Gazetteer, paragraph_starts: list[int]):
        self.doc, self.ref, self.res, self.gaz = doc, ref, res, gaz
        self.text = doc_text(doc)
        self.para_starts = list(paragraph_starts)
        self.places = list(doc.spans.get("places", []))
        self.triggers = list(doc.spans.get("triggers", []))  # (a SpanGroup builds a new Span on every read)
        self.actors = [e for e in doc_ents(doc) if e.label_ == "ACTOR"]
        self.context: dict[str, float] = doc._.country_context or {}
        self.main_iso2 = max(self.context, key=self.context.__getitem__) if self.context else None
        self.main_iso3 = gaz.iso3(self.main_iso2)
        self.lead_place = best_place([p for p in self.places if self.para_of(p.start_char) == 0])
        self.dateline_place = getattr(doc._, "dateline_place", None)
        self.dateline_end = dateline_end(self.text)
        self.para_datelines = paragraph_datelines(
            self.text, self.para_starts, res
        )  # (ev26: a brief's later dispatches)
        limits = res.words["relative_day_limits"]  # (fix132) a timeline's title is a short line
        timeline = res.patterns_re("timeline_title_patterns")
        self.dates = _Slicer(
            find_dates(self.text, ref, timeline, int(limits["timeline_title_max_chars"])), lambda d: d.start
        )
        self.place_slicer = _Slicer(self.places, lambda p: p.start_char)
        self.actor_slicer = _Slicer(self.actors, lambda a: a.start_char)
        self.holders = place_holders(doc, self.places, res)
        self.overrides = mention_overrides(doc, self.actors, res, gaz)
        self.has_parse = doc.has_annotation("DEP")  # a trained parser ran (checked once: it reads the whole doc)
        self.armed_named: Counter = Counter()  # named armed actors of the story by mentions (first named first on ties)
        for a in self.actors:
            act = res.actors.get(a.ent_id_)  # named outright, not "the insurgents"
            if (
                act is not None
                and not act.generic
                and act.actor_type in ARMED_TYPES
                and not act.name.startswith("Government of")
            ):
                self.armed_named[act] += 1
        self.irregular = res.wordset("irregular_past")
        self.events: list[Event] = []
        self.claims: list = []
        self.last_date_by_para: dict[int, tuple[date, int]] = {}
        self.last_date_any: tuple[date, int] | None = None
        self.last_day: tuple[date, int] | None = None  # the last date of the story precise to the day
        self.background_days: set[int] = set()  # (ev117) starts of days that are no current day (when.background_day)
        # (fix132) the day a background sentence told and the end of its sentence: a relative phrase of the next
        # sentence ("The following day, ...") counts from it (when.background_anchor)
        self.background_told: tuple[date, int] | None = None
        self.last_place_by_para: dict = {}
        self.last_named: tuple | None = None  # the last place finer than a country named by any sentence so far
        self.strikers: dict = {}  # paragraph -> actor1 of its last identified air/drone strike
        self._latest = (-1, -1)  # (paragraph the story was last about, index of that event)
        self._recent = (-1, -1)  # (end of the sentence, index of the event) the last sentence that told one was about
        self.unit_end = 0  # the end of the sentence (clause) being read
        self._index: dict = {}  # ("name"|"parent"|"none", place name) -> index of the latest event there
        self.propose = False  # the rules only propose: what a filter drops is kept aside with its reason
        self.proposals: list[Event] = []

    _RUNNING = ("last_date_by_para", "last_place_by_para", "strikers", "overrides", "claims", "_index")
    _SCALARS = ("last_date_any", "last_day", "last_named", "_latest", "_recent")

    def snapshot(self) -> tuple:
        """The running state a proposed event must leave as it found it (`restore`)."""
        return tuple(type(v)(v) for v in (getattr(self, k) for k in self._RUNNING)) + tuple(
            getattr(self, k) for k in self._SCALARS
        )

    def restore(self, state: tuple) -> None:
        for k, v in zip(self._RUNNING + self._SCALARS, state):
            setattr(self, k, v)

    def para_of(self, pos: int) -> int:
        return max(bisect_right(self.para_starts, pos) - 1, 0)

    # ---------------------------------------------------------------- running state
    def add(self, ev: Event) -> None:
        ev.seq = len(self.events)
        self.events.append(ev)
        if (
            ev.sub_event_type == "Air/drone strike"
            and ev.actor1 is not None
            and not ev.actor1.name.startswith("Unidentified")
        ):
            self.strikers[ev.paragraph] = ev.actor1
        self._rank(ev.seq, ev.paragraph)
        self._recent = (self.unit_end, ev.seq)
        p = ev.place
        keys = [("none", None)] if p is None else [("name", p.name)] + ([("parent", p.parent)] if p.parent else [])
        for k in keys:
            self._index[k] = ev.seq

    def last_index(self, key) -> int | None:
        return self._index.get(key)

    def mark_seen(self, ev: Event, para: int) -> None:
        ev.extras["seen"] = para
        self._rank(ev.seq, para)
        self._recent = (self.unit_end, ev.seq)

    def _rank(self, i: int, value: int) -> None:
        best, bi = self._latest
        if value > best or (value == best and i < bi):
            self._latest = (value, i)

    def killing_last(self) -> None:
        """Puts the event before the last one (a killing) after its second act (the last one, with no toll): a later
        clause restating "the attack" or adding a toll finds the killing; the story is still about the killing."""
        second, killing = self.events[-1], self.events[-2]
        second.seq, killing.seq = killing.seq, second.seq
        self.events[-2:] = [second, killing]
        for k, v in self._index.items():
            if v == second.seq:
                self._index[k] = killing.seq
        if self._latest[1] == second.seq:
            self._latest = (self._latest[0], killing.seq)
        if self._recent[1] == second.seq:
            self._recent = (self._recent[0], killing.seq)

    def recent(self, start: int) -> Event | None:
        """(ev57) The event of the sentence just before the one starting at `start`: the last sentence that told an
        event, when no other sentence stands between them (a byline's line may: "By KIPRONO LANGAT")."""
        end, i = self._recent
        if i < 0 or any(not _line_only(line, self.res) for line in self.text[end:start].split("\n")):
            return None
        return self.events[i]

    def bylines_between(self, p0: int, p1: int) -> bool:
        """(ev71) Every paragraph after paragraph p0 and before p1 is a line that is no sentence ("By Chanda Mwale");
        (fix78) a place's name alone is a heading that opens another scene ("Eldoret"), no byline."""
        ends = [*self.para_starts[1:], len(self.text)]
        return all(
            _line_only(line, self.res) and not (line.strip(" \t,;") and self.gaz.lookup(line.strip(" \t,;")))
            for i in range(p0 + 1, p1)
            for line in self.text[self.para_starts[i] : ends[i]].split("\n")
        )

    def byline_paragraphs(self) -> frozenset[int]:
        """(ev93) The paragraphs that are only a byline's line ("Our Correspondent, Barishal", "By Litia Vunisei"):
        no scene of their own, so no distance between the paragraphs around them; (fix103) a line with a byline's
        marker (`byline_line` `markers`: "By", "Correspondent", an agency), not a subheading ("Strike Enters Day Two")."""
        marks = {w.lower() for w in self.res.words["byline_line"].get("markers", ())}
        ends = [*self.para_starts[1:], len(self.text)]
        return frozenset(
            i
            for i in range(1, len(self.para_starts))
            if self.bylines_between(i - 1, i + 1)
            and marks.intersection(re.findall(r"[\w’'\-]+", self.text[self.para_starts[i] : ends[i]].lower()))
        )

    def latest(self) -> Event | None:
        """The event the story was last about (latest paragraph seen; the first such event on ties)."""
        return self.events[self._latest[1]] if self.events else None


def _line_only(line: str, res: Rules) -> bool:
    """Blank, or one short line that is no sentence (a byline: "From Issah Mahama, Damongo"; wordlists.json
    `byline_line`): its words capitalised or byline words; a subheading ("Students protest over fees") is not."""
    cfg = res.words["byline_line"]
    line = line.strip(" \t,;")
    words = line.split()
    return not line or (
        len(words) <= int(cfg["max_words"])
        and not line.endswith((".", "!", "?", '"', "”"))
        and all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in cfg["lower_words"] for w in words)
    )
