"""The fitted place ranker (issue 10, ev17): for an assembled event, every place it may be located at (the places of its
clause and sentence, of the two sentences before it in its paragraph, the lead's and the dateline's place, and the
rules' choice) with features of each (distance from the trigger, the cue before and after it, what the gazetteer knows
of it, whether it encloses or is enclosed by another candidate, how often the article names it, whether the rules chose
it), scored by a linear model fitted as a pairwise logistic regression by `newsetl train places`
(`newsetl.train_places`). When `enabled`, the rules' place is replaced by the best-scoring candidate if that beats it by
`margin`. The cue patterns and the weights are in `place_ranker.json`; the component config of `newsetl_events` names
the file (`place_ranker`, "" = none). Events of a listed place ("in Susah, Shajlah and Mozan": one event per place) keep
the rules' places."""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

from ..gazetteer import STOP_NAMES, Place, norm
from .linear_chooser import LinearChooser, read_model
from .places import is_reference_point, precision_of, rank_of, unlisted

RANKER_FILE = "place_ranker.json"
BEFORE_CHARS, AFTER_CHARS = 40, 40


@dataclass
class Candidate:
    """One place an event may be located at, with its features."""

    place: Place
    precision: int
    feats: dict[str, float] = field(default_factory=dict)
    start: int = -1  # the mention the features describe (-1: carried, no mention)
    named: bool = False  # a name the sentence gives after a place cue, no place mention: unlisted, the parent's point


def place_key(place: Place) -> tuple[str, str]:
    return norm(place.name), place.country


def _compile(pats: dict) -> dict[str, re.Pattern]:
    return {k: re.compile(f"(?:{v})", re.I) for k, v in pats.items() if not k.startswith("_")}


@dataclass
class Cues:
    """The patterns read before (ending at the mention) and after (starting at it) each place mention."""

    before: dict[str, re.Pattern]
    after: dict[str, re.Pattern]
    name_before: re.Pattern | None = None  # the cue before a name that makes it a candidate place (`name_cue_before`)
    not_name: re.Pattern | None = None  # a name that is no place ("the Hamza Division": `name_not_place`)
    classes: frozenset = frozenset()  # the gazetteer's feature classes named as features (`feature_classes`)

    @classmethod
    def of(cls, model: dict) -> Cues:
        nb, nn = model.get("name_cue_before"), model.get("name_not_place")
        return cls(
            _compile(model.get("cues_before", {})),
            _compile(model.get("cues_after", {})),
            re.compile(f"(?:{nb})", re.I) if nb else None,
            re.compile(f"(?:{nn})") if nn else None,
            frozenset(model.get("feature_classes", ())),
        )


class Sentences:
    """The sentence starts of an article, listed once, so that finding a position's sentence or the sentences before
    it in its paragraph costs a bisection, not a scan of the document (the place ranker's and the actor2 chooser's
    windows)."""

    def __init__(self, art) -> None:
        self.art = art
        self.starts = [s.start_char for s in art.doc.sents]

    def sentence_of(self, pos: int) -> int:
        return max(bisect_right(self.starts, pos) - 1, 0)

    def earlier_start(self, pos: int, back: int = 2) -> int:
        """Where the `back` sentences starting before `pos` in its paragraph begin (fewer when the paragraph has
        fewer; `pos` itself when none)."""
        k = bisect_right(self.art.para_starts, pos) - 1
        para0 = self.art.para_starts[k] if k >= 0 else 0
        i = bisect_left(self.starts, pos)  # the sentences starting before pos
        if i - back >= 0 and self.starts[i - back] >= para0:
            return self.starts[i - back]
        j = bisect_left(self.starts, para0)
        return self.starts[j] if j < i else pos


class View:
    """What the ranker reads of an article, computed once: its sentences, place mentions and how often each place is
    named, the lead's and the dateline's place."""

    def __init__(self, art) -> None:
        self.art, self.text = art, art.text
        self.sents = Sentences(art)
        self.sent_starts = self.sents.starts
        self.adjectives = {k.lower() for k in art.res.lexicon.get("country_adjectives", {})}  # "in Libyan waters"
        self.stop_names = {norm(w) for w in art.res.wordset("place_stop_names")}
        self.freq: dict[tuple[str, str], int] = {}
        for sp in art.places:
            k = place_key(sp._.place[0])
            self.freq[k] = self.freq.get(k, 0) + 1

    def sentence_of(self, pos: int) -> int:
        return self.sents.sentence_of(pos)

    def window(self, s0: int, s1: int, back: int = 2) -> list:
        """The place mentions from `back` sentences before the clause's sentence, in its paragraph, to its end."""
        si = self.sentence_of(s0)
        para = self.art.para_of(s0)
        lo = self.sent_starts[max(0, si - back)]
        return [sp for sp in self.art.place_slicer.between(lo, s1) if self.art.para_of(sp.start_char) == para]


def _gazetteer_feats(place: Place, precision: int, classes: frozenset) -> dict[str, float]:
    f: dict[str, float] = {f"prec={precision}": 1.0, "unlisted" if unlisted(place) else "listed": 1.0}
    feature = place.feature if place.feature in classes else "other"
    f[f"feat={feature}"] = 1.0
    if place.curated:
        f["curated"] = 1.0
    if place.population > 0:
        f["log_pop"] = round(math.log10(place.population + 1) / 7.0, 3)
    f[f"rank={min(rank_of(place, precision), 4)}"] = 1.0
    return f


def _mention_feats(view: View, sp, cues: Cues, trig: int, span: tuple[int, int]) -> dict[str, float]:
    """The features of one mention: where it is relative to the event's trigger and clause, and its cues."""
    text = view.text
    f: dict[str, float] = {}
    s0, s1 = span
    if s0 <= sp.start_char < s1:
        f["in_clause"] = 1.0
    gap = view.sentence_of(s0) - view.sentence_of(sp.start_char)
    f["same_sentence" if gap <= 0 else "prev_sentence" if gap == 1 else "earlier_sentence"] = 1.0
    if gap <= 0 and trig >= 0:
        lo, hi = sorted((trig, sp.start_char))
        toks = len(text[lo:hi].split())
        f["before_trigger" if sp.start_char < trig else "after_trigger"] = 1.0
        f["tok_dist"] = round(min(toks, 40) / 40.0, 3)
        f["near_trigger" if toks <= 6 else "far_trigger" if toks > 15 else "mid_trigger"] = 1.0
    before = text[max(0, sp.start_char - BEFORE_CHARS) : sp.start_char]
    after = text[sp.end_char : sp.end_char + AFTER_CHARS]
    for name, rx in cues.before.items():
        if rx.search(before):
            f[f"cue={name}"] = 1.0
    for name, rx in cues.after.items():
        if rx.match(after):
            f[f"after={name}"] = 1.0
    if is_reference_point(text, sp):
        f["reference_point"] = 1.0
    return f


def _rank_key(c: Candidate) -> tuple:
    """A mention in the clause describes its place best, then one in the sentence, then the nearest to the event."""
    return (-c.feats.get("in_clause", 0.0), -c.feats.get("same_sentence", 0.0), c.feats.get("tok_dist", 2.0))


def _add(cands: dict, place: Place, precision: int, feats: dict[str, float], start: int = -1) -> None:
    k = place_key(place)
    new = Candidate(place, precision, feats, start)
    old = cands.get(k)
    if old is None:
        cands[k] = new
        return
    if start >= 0 and (old.start < 0 or _rank_key(new) < _rank_key(old)):
        new.feats = {**{n: v for n, v in old.feats.items() if n.startswith("src_")}, **feats}
        cands[k] = new
    else:
        old.feats.update({n: v for n, v in feats.items() if n.startswith("src_")})


def _encloses(a: Candidate, b: Candidate) -> bool:
    pa, pb = a.place, b.place
    return (pb.parent is not None and norm(pb.parent) == norm(pa.name)) or (
        pa.country == pb.country
        and rank_of(pa, a.precision) > rank_of(pb, b.precision)
        and (pa.feature == "country" or (pa.admin1 is not None and pa.admin1 == pb.admin1))
    )


def _relations(cands: list[Candidate]) -> None:
    """Whether a candidate encloses another (its parent, its province or country) or is enclosed by one, and how it
    stands to the rules' choice (inside it, enclosing it, finer or coarser than it)."""
    own = next((c for c in cands if c.feats.get("src_rules")), None)
    for a in cands:
        for b in cands:
            if a is not b and _encloses(a, b):
                a.feats["encloses"] = 1.0
                b.feats["enclosed"] = 1.0
                if a is own:
                    b.feats["inside_rules"] = 1.0
                if b is own:
                    a.feats["encloses_rules"] = 1.0
        if own is not None and a is not own:
            ra, ro = rank_of(a.place, a.precision), rank_of(own.place, own.precision)
            a.feats["finer_than_rules" if ra < ro else "coarser_than_rules" if ra > ro else "as_fine_as_rules"] = 1.0
            if own.place.feature == "country":
                a.feats["rules_country"] = 1.0
            if not own.feats.get("same_sentence"):
                a.feats["rules_elsewhere"] = 1.0  # carried from the lead, the dateline or an earlier sentence
            if any(own.feats.get(k) for k in UNIT_FEATS):
                a.feats["rules_unit"] = 1.0  # "in Mwenga territory ... at the Kamituga mining site"


def candidates(view: View, ev, cues: Cues, rules_place: tuple[Place, int] | None) -> list[Candidate]:
    """Every place the event may be located at, with its features; the rules' choice is marked `src_rules`."""
    art = view.art
    s0, s1 = ev.start_char, ev.end_char
    trig = view.text.find(ev.trigger, s0, s1) if ev.trigger else -1
    cands: dict = {}
    for sp in view.window(s0, s1):
        place, region = sp._.place
        prec = precision_of(place, region)
        feats = {
            **_gazetteer_feats(place, prec, cues.classes),
            **_mention_feats(view, sp, cues, trig, (s0, s1)),
            "src_text": 1.0,
        }
        _add(cands, place, prec, feats, sp.start_char)
    for src, got in (("src_lead", art.lead_place), ("src_dateline", _dateline(art))):
        if got is not None:
            _add(cands, got[0], got[1], {**_gazetteer_feats(got[0], got[1], cues.classes), src: 1.0})
    if rules_place is not None:
        _add(
            cands,
            rules_place[0],
            rules_place[1],
            {**_gazetteer_feats(rules_place[0], rules_place[1], cues.classes), "src_rules": 1.0},
        )
    _named(view, ev, cues, cands, trig)
    out = list(cands.values())
    _relations(out)
    finest = min((rank_of(c.place, c.precision) for c in out if c.feats.get("same_sentence")), default=None)
    main = art.main_iso2
    for c in out:
        n = view.freq.get(place_key(c.place), 0)
        c.feats["freq=1" if n <= 1 else "freq=2" if n == 2 else "freq>2"] = 1.0
        if finest is not None and c.feats.get("same_sentence") and rank_of(c.place, c.precision) == finest:
            c.feats["finest_in_sentence"] = 1.0
        if main:
            c.feats["main_country" if c.place.country == main else "other_country"] = 1.0
        _conjunctions(c)
    return out


@functools.cache
def _months_days() -> frozenset:
    from ..components.unlisted import MONTHS_DAYS

    return frozenset(MONTHS_DAYS)


@functools.cache
def _name_re() -> re.Pattern:
    from ..components.unlisted import NAME  # (here: the components package imports this one)

    return re.compile(rf"(?:{NAME})")


WORD_START = re.compile(r"(?<![\w'’\-])\w")


def _parent(cands: list[Candidate]) -> Candidate | None:
    """The known place that lends a named candidate its point: the finest of the sentence, else the rules' choice."""
    known = [c for c in cands if not c.named and not unlisted(c.place) and c.feats.get("same_sentence")]
    own = [c for c in cands if c.feats.get("src_rules")]
    pool = known or own
    return min(pool, key=lambda c: rank_of(c.place, c.precision)) if pool else None


def _named(view: View, ev, cues: Cues, cands: dict, trig: int) -> None:
    """Names the clause gives after a place cue ("In Tal Hamis, a roadside bomb ...", "detained 12 men in Mindat") that
    no place mention covers: candidates the gazetteer lacks, kept with their surface form, located at the parent."""
    if cues.name_before is None:
        return
    s0, s1 = ev.start_char, ev.end_char
    taken = [(sp.start_char, sp.end_char) for sp in view.art.place_slicer.between(s0, s1)]
    taken += [(a.start_char, a.end_char) for a in view.art.actor_slicer.between(s0, s1)]
    parent = _parent(list(cands.values()))
    if parent is None:
        return
    for w in WORD_START.finditer(view.text, s0, s1):
        if not cues.name_before.search(view.text[max(s0, w.start() - 30) : w.start()]):
            continue
        m = _name_re().match(view.text, w.start(), s1)
        if m is None:
            continue
        a, b = m.start(), m.end()
        name = m.group(0)
        if (
            any(a < te and ts < b for ts, te in taken)
            or name.split()[0] in _months_days()
            or name.split()[0].lower() in view.adjectives
            or norm(name) in STOP_NAMES
            or norm(name) in view.stop_names
            or len(name) < 3
            or (cues.not_name is not None and cues.not_name.match(view.text, b))
        ):
            continue
        pp = parent.place
        prec = 2 if parent.precision <= 2 else 3
        place = Place(name, pp.country, pp.admin1, pp.lat, pp.lon, 0, None, "village", prec, parent=pp.name)
        sp = SimpleNamespace(start_char=a, end_char=b, _=SimpleNamespace(place=(place, False)))
        feats = {
            **_gazetteer_feats(place, prec, cues.classes),
            **_mention_feats(view, sp, cues, trig, (s0, s1)),
            "src_named": 1.0,
        }
        if norm(name) not in {k[0] for k in cands}:
            cands[place_key(place)] = Candidate(place, prec, feats, a, named=True)
            taken.append((a, b))


CROSSED = (
    "inside_rules",
    "finer_than_rules",
    "rules_country",
    "rules_elsewhere",
    "rules_unit",
    "reference_point",
    "cue=possessor",
    "unlisted",
)
UNIT_FEATS = ("cue=unit_of", "after=unit_word", "feat=district", "feat=province", "feat=region")


def _conjunctions(c: Candidate) -> None:
    """What a linear score cannot add up: a place of the clause that is finer than, or inside, the rules' choice, or
    that the rules passed over for a country; a named candidate by its cue."""
    f = c.feats
    if f.get("in_clause"):
        for k in CROSSED:
            if f.get(k):
                f[f"clause&{k}"] = 1.0
    if f.get("src_named"):
        for k in [k for k in f if k.startswith("cue=")]:
            f[f"named&{k}"] = 1.0


def _dateline(art) -> tuple[Place, int] | None:
    d = art.dateline_place
    return (d, d.precision) if d is not None else None


def listed_events(events: list) -> set[int]:
    """The events of a list of places (one event per place, same clause, trigger, type and date): their indices."""
    groups: dict[tuple, list[int]] = {}
    for i, ev in enumerate(events):
        groups.setdefault((ev.start_char, ev.trigger, ev.sub_event_type, ev.event_date), []).append(i)
    return {i for idx in groups.values() if len(idx) > 1 for i in idx}


@dataclass
class PlaceRanker(LinearChooser):
    """The cues and weights of `place_ranker.json`; `margin` None = features only (training), nothing replaced."""

    cues: Cues
    weights: dict[str, float] = field(default_factory=dict)
    margin: float | None = None
    source: str = ""

    @classmethod
    def load(cls, folder: str | Path, name: str, training: bool = False) -> PlaceRanker | None:
        """The ranker of a data folder; None when `name` is empty or missing, or (unless `training`) not enabled."""
        got = read_model(folder, name, training)
        if got is None:
            return None
        model, margin, source = got
        return cls(Cues.of(model), dict(model.get("weights", {})), margin, source)

    def apply(self, art, events: list) -> None:
        """Replace the place of each event (not of a listed place) when the fitted ranker prefers another."""
        if self.margin is None or not events:
            return
        view, skip = View(art), listed_events(events)
        for i, ev in enumerate(events):
            if i in skip or ev.place is None:
                continue
            got = self.choose(candidates(view, ev, self.cues, (ev.place, ev.place_precision)), self.margin)
            if got is not None:
                ev.place, ev.place_precision = got.place, got.precision
                ev.extras["place_ranked"] = True


__all__ = ["RANKER_FILE", "Candidate", "Cues", "PlaceRanker", "View", "candidates", "listed_events", "place_key"]
