"""The fitted actor2 chooser (issue 10, ev79; review 23b mends in fix85): for an assembled event, every actor it may
have as its target with features of the sentence's STRUCTURE, not its words. The candidates: the rules' actor2, each
actor mention of its sentence the actor component resolved and of the two sentences before it in its paragraph
(normalised as the rules normalise them; not a mention that is only the report's source, "police said", unless the
rules chose it), the `defaults` of every event (the civilians), the `paragraph_defaults`
(rioters, protesters, the country's police and military) only when the event's paragraph names that side other than as
a source ("police said"), and "none"; never the event's actor1 (the rules forbid actor1 == actor2). The features: where
the mention is relative to the trigger (before/after, words between, another clause), the cue before and after it
(`by`, `against`, `on`, `of`, `at`, a possessive: patterns of `actor2_model.json`), its actor type, whether the clause
is passive, the event's sub-type, and whether the rules chose it (a strong prior). A linear score is fitted as a
pairwise logistic regression by `newsetl train actors` (`newsetl.train_actors`); when `enabled`, the rules' actor2 is
replaced by the best candidate if that beats it by `margin`, and `civilian_targeting` follows the new actor2 (as
`property_owners.py` does). Applied after the event scorer, so the events' confidences (and the events kept) do not
move. The component config of `newsetl_events` names the file (`actor2_model`, "" = none)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..rules import Actor
from .linear_chooser import LinearChooser, read_model
from .model import Event, remap_actor, trigger_at, with_country
from .place_ranker import Sentences
from .role_rules import actor_of

ACTOR2_FILE = "actor2_model.json"
BEFORE_CHARS, AFTER_CHARS = 30, 20
MAX_WORDS = 20  # the words between a mention and its trigger, capped (the feature is scaled to [0, 1])
WORD_RE = re.compile(r"\S+")


@dataclass
class Candidate:
    """One actor2 an event may have (None: no actor2), with its features."""

    actor: Actor | None
    feats: dict[str, float] = field(default_factory=dict)

    @property
    def name(self) -> str | None:
        return self.actor.name if self.actor is not None else None


@dataclass
class Cues:
    """The patterns read before (ending at the mention) and after (starting at it) each actor mention, and the
    passive-clause pattern."""

    before: dict[str, re.Pattern]
    after: dict[str, re.Pattern]
    passive: re.Pattern | None = None
    other_clause: re.Pattern | None = None  # a subordinator or clause break between the mention and the trigger
    defaults: tuple[str, ...] = ()  # actor names (actors.jsonl) that are candidates of every event (`defaults`)
    paragraph_defaults: tuple[str, ...] = ()  # candidates only when the paragraph names them (`paragraph_defaults`)
    source_after: re.Pattern | None = None  # after a mention that is the report's source, not a side ("police said")

    @classmethod
    def of(cls, model: dict) -> Cues:
        def comp(pats: dict) -> dict[str, re.Pattern]:
            return {k: re.compile(f"(?:{v})", re.I) for k, v in pats.items() if not k.startswith("_")}

        def one(key: str) -> re.Pattern | None:
            pat = model.get(key)
            return re.compile(f"(?:{pat})", re.I) if pat else None

        return cls(
            comp(model.get("cues_before", {})),
            comp(model.get("cues_after", {})),
            one("passive"),
            one("other_clause"),
            tuple(model.get("defaults", ())),
            tuple(model.get("paragraph_defaults", ())),
            one("source_after"),
        )

    def check(self, actors: dict) -> None:
        """A default side actors.jsonl lacks (a misspelt name) raises at load, not on every document."""
        bad = [n for n in (*self.defaults, *self.paragraph_defaults) if n not in actors]
        if bad:
            raise ValueError(f"actor2_model.json: default actors not in actors.jsonl: {bad}")


def event_country(art, ev: Event, sub_event_type: str | None = None) -> str | None:
    """The country the rules normalise the event's generic actors to (`assemble._country_of` calls it with the
    trigger's sub-type): its place's when the article names that country enough, else the article's main country."""
    iso3 = art.main_iso3
    if ev.place is not None and (art.context.get(ev.place.country, 0) >= 0.05 or art.main_iso3 is None):
        iso3 = art.gaz.iso3(ev.place.country)
    if (sub_event_type or ev.sub_event_type) == "Agreement" and art.main_iso3:
        iso3 = art.main_iso3  # "the government and the ELN signed an agreement in Havana": the government is Colombia's
    return iso3


def _normalised(art, actor: Actor, iso3: str | None) -> Actor:
    return with_country(remap_actor(actor, iso3, art.res), iso3, art.res)


def _is_source(art, cues: Cues, a) -> bool:
    """A mention that is the report's source ("..., police said", "a Taliban spokesman"), which names no side."""
    return cues.source_after is not None and cues.source_after.match(art.text, a.end_char) is not None


def _named_sides(art, cues: Cues, ev: Event, iso3: str | None) -> set[str]:
    """The actors the event's paragraph names other than as the report's source ("..., police said")."""
    k = bisect_right(art.para_starts, ev.start_char) - 1
    p0 = art.para_starts[k] if k >= 0 else 0
    p1 = art.para_starts[k + 1] if k + 1 < len(art.para_starts) else len(art.text)
    out = set()
    for a in art.actor_slicer.between(p0, p1):
        actor = actor_of(art, a)
        if actor is None or _is_source(art, cues, a):
            continue
        out.add(_normalised(art, actor, iso3).name)
    return out


def _trigger_span(art, ev: Event) -> tuple[int, int]:
    stext = art.text[ev.start_char : ev.end_char]
    at = trigger_at(ev)
    if at < 0:
        return ev.start_char, ev.start_char
    t0 = ev.start_char + (len(stext) - len(stext.lstrip())) + at
    return t0, t0 + len(ev.trigger)


def _mention_feats(art, cues: Cues, a, t0: int, t1: int, ev: Event) -> dict[str, float]:
    text = art.text
    f: dict[str, float] = {}
    if a.end_char <= t0:
        f["before"], gap = 1.0, text[a.end_char : t0]
    else:
        f["after"], gap = 1.0, text[t1 : a.start_char] if a.start_char >= t1 else ""
    words = len(WORD_RE.findall(gap))
    f["distance"] = min(words, MAX_WORDS) / MAX_WORDS
    f["adjacent"] = float(words <= 2)
    if cues.other_clause is not None and cues.other_clause.search(gap):
        f["other_clause"] = 1.0
    left = text[max(ev.start_char, a.start_char - BEFORE_CHARS) : a.start_char]
    right = text[a.end_char : min(ev.end_char, a.end_char + AFTER_CHARS)]
    side = "before" if a.end_char <= t0 else "after"
    for k, rx in cues.before.items():
        if rx.search(left):
            f[f"cue_{k}"] = 1.0
            f[f"cue_{k}&{side}"] = 1.0
    for k, rx in cues.after.items():
        if rx.match(right):
            f[f"next_{k}"] = 1.0
            f[f"next_{k}&{side}"] = 1.0
    return f


def candidates(art, ev: Event, cues: Cues, sents: Sentences | None = None) -> list[Candidate]:
    """The rules' actor2, the actors of the event's sentence (the mention nearest the trigger describes each) and of
    the two sentences before it in its paragraph, the defaults and none, each with its features; never actor1."""
    iso3 = event_country(art, ev)
    sents = sents or Sentences(art)
    t0, t1 = _trigger_span(art, ev)
    stext = art.text[ev.start_char : ev.end_char]
    passive = bool(cues.passive is not None and cues.passive.search(stext))
    found: dict[str | None, Candidate] = {}
    rules = ev.actor2.name if ev.actor2 is not None else None
    mentions = art.actor_slicer.between(ev.start_char, ev.end_char)
    for a in sorted(mentions, key=lambda m: min(abs(m.start_char - t0), abs(m.start_char - t1))):
        actor = actor_of(art, a)
        if actor is None or t0 <= a.start_char < t1:
            continue
        act = _normalised(art, actor, iso3)
        if act.name not in found and (act.name == rules or not _is_source(art, cues, a)):
            found[act.name] = Candidate(act, {"mention": 1.0, **_mention_feats(art, cues, a, t0, t1, ev)})
    # the actors of the paragraph's two sentences before the event's
    for a in art.actor_slicer.between(sents.earlier_start(ev.start_char), ev.start_char):
        actor = actor_of(art, a)
        if actor is not None:
            act = _normalised(art, actor, iso3)
            if act.name == rules or not _is_source(art, cues, a):
                found.setdefault(act.name, Candidate(act, {"earlier_sentence": 1.0}))
    named = _named_sides(art, cues, ev, iso3) if cues.paragraph_defaults else set()
    for name in (*cues.defaults, *cues.paragraph_defaults):  # the generic sides of the event's country
        act = _normalised(art, art.res.actors[name], iso3)
        if name in cues.defaults or act.name in named:
            found.setdefault(act.name, Candidate(act, {"default": 1.0, f"default={name}": 1.0}))
    if rules is not None and rules not in found:
        found[rules] = Candidate(ev.actor2, {"rules_only": 1.0})
    found.setdefault(None, Candidate(None, {"none": 1.0}))
    a1 = ev.actor1.name if ev.actor1 is not None else None
    out = [c for c in found.values() if c.name is None or c.name != a1 or c.name == rules]  # never actor1 == actor2
    for c in out:
        _shared_feats(c, ev, rules, passive, bool(mentions))
    return out


def _shared_feats(c: Candidate, ev: Event, rules: str | None, passive: bool, any_mention: bool) -> None:
    f = c.feats
    if c.name == rules:
        f["src_rules"] = 1.0
        f[f"src_rules&sub={ev.sub_event_type}"] = 1.0
    if rules is None:
        f["rules_none"] = 1.0
    kind = c.actor.actor_type if c.actor is not None else "none"
    f[f"type={kind}"] = 1.0
    f[f"type={kind}&sub={ev.sub_event_type}"] = 1.0
    f[f"type={kind}&event={ev.event_type}"] = 1.0
    if passive:
        f["passive"] = 1.0
        for k in ("before", "after"):
            if f.get(k):
                f[f"passive&{k}"] = 1.0
    if not any_mention:
        f["no_mentions"] = 1.0
    f.update({f"{k}&{kind}": 1.0 for k in ("before", "after", "cue_by", "cue_against") if f.get(k)})


@dataclass
class Actor2Model(LinearChooser):
    """The cues and weights of `actor2_model.json` (score and choice: `LinearChooser`, shared with the place ranker)."""

    cues: Cues
    weights: dict[str, float] = field(default_factory=dict)
    margin: float | None = None  # None: training (candidates recorded on each event, nothing replaced)
    source: str = ""

    @classmethod
    def load(cls, folder: str | Path, name: str, training: bool = False, actors: dict | None = None):
        """The model of a data folder; None when `name` is empty or missing, or (unless `training`) not enabled. With
        `actors` (actors.jsonl), a default side it lacks raises here."""
        got = read_model(folder, name, training)
        if got is None:
            return None
        model, margin, source = got
        cues = Cues.of(model)
        if actors is not None:
            cues.check(actors)
        return cls(cues, dict(model.get("weights", {})), margin, source)

    def apply(self, art, events: list[Event]) -> None:
        """Replace each event's actor2 when the fitted model prefers another candidate, `civilian_targeting` following
        it (training: record the candidates in `extras["actor2_candidates"]` instead)."""
        sents = Sentences(art) if events else None
        for ev in events:
            cands = candidates(art, ev, self.cues, sents)
            if self.margin is None:
                ev.extras["actor2_candidates"] = [(c.name, c.feats) for c in cands]
                continue
            got = self.choose(cands, self.margin)
            if got is not None:
                ev.actor2 = got.actor
                ev.civilian_targeting = got.actor is not None and got.actor.actor_type == "Civilians"
                ev.extras["actor2_model"] = True


__all__ = ["ACTOR2_FILE", "Actor2Model", "Candidate", "Cues", "candidates", "event_country"]
