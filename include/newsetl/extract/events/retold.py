"""(ev120) The same event told again: a row whose sentence only retells an event the article already reports joins
that event instead of standing alone. Two frames make a retelling:

- a report frame before the trigger (`retelling_frames`: "X said / confirmed / insisted (in a statement) (that)",
  "X quoted / cited residents as saying", "according to X,", "X told <someone> (in Y) that"): an authority's
  counter-account ("The ministry said in a statement that some marchers threw stones at officers"), a relayed witness
  account ("A radio station in Y quoted residents as saying the shooting lasted all night");
- a toll told on its own (`retold_toll_patterns` right before or at the trigger: "seven people died of gunshot
  wounds", "had died", "were confirmed dead", "later succumbed", "put the death toll at").

The retelling joins the nearest other row (the earlier ones first) of its type family (`retold_type_families`; a
toll joins any deadly row, the `deadly` family) on the same day (or none) when the sentence names no place of its own
after the frame, and its row's place is that row's, or none, or only a media outlet's town ("a radio station in Y";
fix134: a place in the frame, "In X, police said", "Officials in X said", is the event's); it never joins when the
text marks another event (`lead_restate_another_event`: "another", "separately", "again", "also" in
`retold_refused_patterns`). The row it joins keeps its type, actors and place and takes the larger toll.
A retelling with no such row (the only report of its event) keeps its row."""

from __future__ import annotations

import re

from .fatalities import fatalities_in
from .model import Event, place_key, trigger_at
from .text import AGGREGATE_RE, word_rx

WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def fold_retold(events: list[Event], res) -> list[Event]:
    """The events without the retellings that joined another row (see the module docstring)."""
    if len(events) < 2:
        return events
    gone: set[int] = set()
    for i, e in enumerate(events):
        frame_end = _retelling(e, res)
        if frame_end is None:
            continue
        order = [*range(i - 1, -1, -1), *range(i + 1, len(events))]
        target = next(
            (
                o
                for j in order
                if j not in gone and _joins(e, o := events[j], frame_end, res) and _placed(e, o, j > i, res)
            ),
            None,
        )
        if target is None:
            continue
        gone.add(i)
        if e.fatalities is not None and (target.fatalities is None or e.fatalities > target.fatalities):
            target.fatalities = e.fatalities
        if target.event_date is None and e.event_date is not None:
            target.event_date, target.time_precision = e.event_date, e.time_precision
        target.extras["merged"] = target.extras.get("merged", 0) + 1
    return [e for i, e in enumerate(events) if i not in gone]


def _retelling(e: Event, res) -> int | None:
    """Where the retold content starts in the event's sentence (after its report frame; 0 for a toll told on its
    own with no frame before it), None when the sentence is no retelling."""
    s, at = e.sentence or "", trigger_at(e)
    if at < 0:
        return None
    if any(res.pattern_search(k, s) for k in ("lead_restate_another_event", "retold_refused_patterns")):
        return None
    frame_end = None
    rx = res.patterns_re("retelling_frames")
    if rx is not None:
        for m in rx.finditer(s, 0, at):
            if not re.search(r"[;:]", s[m.end() : at]) and _head_frame(s, m.start(), res):
                frame_end = m.end()
    toll = res.pattern_search("retold_toll_patterns", s, max(0, at - 40), min(len(s), at + len(e.trigger) + 40))
    if toll is not None and res.pattern_search("retold_toll_own_cause_patterns", s) is not None:
        return None  # (fix134) "nine people died of their injuries after a bus overturned": another event's toll
    if toll is not None and e.fatalities and frame_end is None:
        frame_end = 0
    if frame_end is None or _own_content(e, frame_end, res):
        return None
    return frame_end


def _head_frame(s: str, start: int, res) -> bool:
    """A frame that heads the sentence: not a relative clause's ("..., according to the website, which said several
    soldiers were killed") and with no day before it (a day there dates an act the sentence told first)."""
    before = s[:start]
    before = before[m.end() :] if (m := res.pattern_search("live_blog_time_label_patterns", before)) else before
    if res.pattern_search("retold_relative_end_patterns", before) is not None:
        return False
    return res.pattern_search("retold_own_day_patterns", before) is None


def _joins(e: Event, o: Event, frame_end: int, res) -> bool:
    """`e` (a retelling whose content starts at `frame_end`) tells `o` again: another sentence, the same type family,
    a compatible day, and content with no place or day of its own."""
    if o.sentence == e.sentence or not _family(e, o, frame_end, res):
        return False
    if e.event_date is not None and o.event_date is not None and e.event_date != o.event_date:
        return False
    return True


def _placed(e: Event, o: Event, later: bool, res) -> bool:
    """(fix134) A retelling with a place of its own joins only a row at that place: a place named in the frame is the
    event's ("In X, police said ...", "Officials in X said ...", "The mayor of X said ..."), unless only a media outlet
    is placed there (`_outlet_place`: "a radio station in Y quoted residents"). A row told later (a live blog's earlier
    entry) is joined only at the retelling's own place or with none: a lead "X — Police said that gunmen killed five
    people at a church" takes the dateline's place, and is no retelling of a later attack elsewhere."""
    if e.place is None or _outlet_place(e, res):
        return True
    if o.place is None:
        return not later
    return place_key(e) == place_key(o)


def _outlet_place(e: Event, res) -> bool:
    """The row's place is named in its sentence only as a media outlet's town (`media_outlet_nouns`: "a radio station
    in Y", "a weekly in Y", "a Y radio station")."""
    if e.place is None:
        return False
    s = e.sentence or ""
    hits = list(word_rx(e.place.name).finditer(s))
    if not hits:
        return False
    before_rx, after_rx = res.built("retold.outlet_place", lambda: _outlet_rx(res))
    return all(
        before_rx.search(s, max(0, m.start() - 40), m.start()) or after_rx.match(s, m.end(), m.end() + 40) for m in hits
    )


def _outlet_rx(res) -> tuple[re.Pattern, re.Pattern]:
    """A media outlet right before a place ("a station in", "a weekly based in") and right after it ("Y radio")."""
    outlet = res.alternation(res.words["media_outlet_nouns"])
    before = re.compile(rf"\b(?:{outlet})\s+(?:based\s+)?(?:in|from|of)\s+(?:the\s+)?$", re.I)
    return before, re.compile(rf"\s+(?:[\w\-]+\s+)?(?:{outlet})\b", re.I)


def _own_content(e: Event, frame_end: int, res) -> bool:
    """The retold content names a place or a day of its own: the row's place (in any case: "near al-X"), a
    capitalised word after its first one (a name: "on the Sirwah district", "an RSF convoy"), or a day
    (`retold_own_day_patterns`: "on Sunday", "the previous night", "the same day", "Monday's march"). A frame of the
    event's own people ("Residents of X said ...", `speaker_local_witness`) names its place too."""
    s = e.sentence or ""
    content = s[frame_end:]
    if frame_end and res.pattern_search("speaker_local_witness", s[:frame_end]) is not None:
        return True
    if e.place is not None and word_rx(e.place.name).search(content):
        return True
    words = WORD.findall(content)
    if any(w[0].isupper() and w != "I" for w in words[1:]):
        return True
    return res.pattern_search("retold_own_day_patterns", content) is not None


def _family(e: Event, o: Event, frame_end: int, res) -> bool:
    fams = res.words["retold_type_families"]
    if e.sub_event_type == o.sub_event_type:
        return True
    if any(e.sub_event_type in f and o.sub_event_type in f for k, f in fams.items() if k not in ("deadly", "_doc")):
        return True
    toll = frame_end == 0 or res.pattern_search("retold_toll_patterns", e.sentence or "") is not None
    return toll and bool(e.fatalities) and o.sub_event_type in fams["deadly"]


def retold_toll(rows: list[Event], last: Event, stext: str, gap: int, own, res) -> int | None:
    """(ev120) The toll of `last` after a sentence with no trigger that only tells a toll (`retold_toll_patterns`:
    "Seven people died of their wounds in hospital, a doctor said", "seven wounded later succumbed"), in its paragraph
    or the next, with no day or place of its own (`own`): the larger of the two tolls; None when it sets nothing.
    (fix134) Not a toll with a cause of its own (`retold_toll_own_cause_patterns`: "... died of their injuries after a
    bus overturned"), nor one two deadly rows of the article (`rows`) at different places could take."""
    deadly = res.words["retold_type_families"]["deadly"]
    if gap > 1 or own or last.sub_event_type not in deadly:
        return None
    if res.pattern_search("retold_toll_patterns", stext) is None or AGGREGATE_RE.search(stext):
        return None
    if any(
        res.pattern_search(k, stext)
        for k in ("lead_restate_another_event", "retold_refused_patterns", "retold_toll_own_cause_patterns")
    ):
        return None
    if _toll_ambiguous(rows, last, deadly):
        return None
    f = fatalities_in(stext, res)
    return f if f and (last.fatalities is None or f > last.fatalities) else None


def _toll_ambiguous(rows: list[Event], last: Event, deadly) -> bool:
    """Another deadly row on a day compatible with `last`'s at a different place: a toll told on its own could be
    either's ("a bus attacked near X ... a clash in Y ... Seven of the passengers later died")."""
    return any(
        o is not last
        and o.sub_event_type in deadly
        and (o.event_date is None or last.event_date is None or o.event_date == last.event_date)
        and place_key(o) != place_key(last)
        for o in rows
    )


def disputed_account(ev: Event, res) -> bool:
    """(ev120) The event's sentence is an account someone disputes: a report frame before its trigger
    (`retelling_frames`) whose frame has a claim verb or a dispute (`disputed_account_patterns`: "Police claimed
    that", "A spokesman insisted that", "The ministry alleged that"), or a clause about the account itself
    (`disputed_account_clause_patterns`: "an account the union disputed", "..., which the union denied."). Such an
    account of a protest turning violent does not make the protest a riot (the coding notes' counter-accounts leave
    events in place). (fix134) Only there: "in clashes that claimed two lives", "and denied firing live bullets" or "a
    lawmaker who has denied the pay cuts" elsewhere in the sentence dispute nothing."""
    s, at = ev.sentence or "", trigger_at(ev)
    rx = res.patterns_re("retelling_frames")
    if at < 0 or rx is None:
        return False
    frames = [m for m in rx.finditer(s, 0, at) if _head_frame(s, m.start(), res)]
    if not frames:
        return False
    if res.pattern_search("disputed_account_patterns", s, 0, frames[-1].end()) is not None:
        return True
    return res.pattern_search("disputed_account_clause_patterns", s) is not None
