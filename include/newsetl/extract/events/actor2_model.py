"""The fitted actor2 chooser (issue 10, ev79): for an assembled event, every actor it may have as its target (the
rules' actor2, each actor mention of its sentence the actor component resolved, normalised as the rules normalise them,
the civilians default and "none") with features of the sentence's STRUCTURE, not its words: where the mention is
relative to the trigger (before/after, words between, another clause), the cue before and after it (`by`, `against`,
`on`, `of`, `at`, a possessive: patterns of `actor2_model.json`), whether it is the event's actor1, its actor type,
whether the clause is passive, the event's sub-type, and whether the rules chose it (a strong prior). A linear score is
fitted as a pairwise logistic regression by `newsetl train actors` (`newsetl.train_actors`); when `enabled`, the
rules' actor2 is replaced by the best candidate if that beats it by `margin`. Applied after the event scorer, so the
events' confidences (and the events kept) do not move. The component config of `newsetl_events` names the file
(`actor2_model`, "" = none)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..rules import Actor
from .model import Event, remap_actor, trigger_at, with_country

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

    @classmethod
    def of(cls, model: dict) -> Cues:
        def comp(pats: dict) -> dict[str, re.Pattern]:
            return {k: re.compile(f"(?:{v})", re.I) for k, v in pats.items() if not k.startswith("_")}

        pas, oc = model.get("passive"), model.get("other_clause")
        return cls(
            comp(model.get("cues_before", {})),
            comp(model.get("cues_after", {})),
            re.compile(f"(?:{pas})", re.I) if pas else None,
            re.compile(f"(?:{oc})", re.I) if oc else None,
            tuple(model.get("defaults", ())),
        )


def event_country(art, ev: Event) -> str | None:
    """The country the rules normalise the event's generic actors to (as `assemble._country_of`)."""
    iso3 = art.main_iso3
    if ev.place is not None and (art.context.get(ev.place.country, 0) >= 0.05 or art.main_iso3 is None):
        iso3 = art.gaz.iso3(ev.place.country)
    if ev.sub_event_type == "Agreement" and art.main_iso3:
        iso3 = art.main_iso3
    return iso3


def _normalised(art, actor: Actor, iso3: str | None) -> Actor:
    return with_country(remap_actor(actor, iso3, art.res), iso3, art.res)


def _earlier_mentions(art, ev: Event, back: int = 2) -> list:
    """The actor mentions of the (up to `back`) sentences before the event's in its paragraph."""
    para0 = max((p for p in art.para_starts if p <= ev.start_char), default=0)
    starts = [s.start_char for s in art.doc.sents if para0 <= s.start_char < ev.start_char]
    lo = starts[-back] if len(starts) >= back else (starts[0] if starts else ev.start_char)
    return art.actor_slicer.between(lo, ev.start_char)


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
    f["distance"] = min(len(WORD_RE.findall(gap)), MAX_WORDS) / MAX_WORDS
    f["adjacent"] = float(len(WORD_RE.findall(gap)) <= 2)
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


def candidates(art, ev: Event, cues: Cues) -> list[Candidate]:
    """The rules' actor2, the actors of the event's sentence (the mention nearest the trigger describes each), the
    civilians default and none, each with its features."""
    iso3 = event_country(art, ev)
    t0, t1 = _trigger_span(art, ev)
    stext = art.text[ev.start_char : ev.end_char]
    passive = bool(cues.passive is not None and cues.passive.search(stext))
    found: dict[str | None, Candidate] = {}
    mentions = art.actor_slicer.between(ev.start_char, ev.end_char)
    for a in sorted(mentions, key=lambda m: min(abs(m.start_char - t0), abs(m.start_char - t1))):
        actor = art.overrides.get(a.start_char) or art.res.actors.get(a.ent_id_)
        if actor is None or t0 <= a.start_char < t1:
            continue
        act = _normalised(art, actor, iso3)
        if act.name in found:
            found[act.name].feats["mentions"] = min(found[act.name].feats.get("mentions", 1.0) + 0.25, 1.0)
            continue
        found[act.name] = Candidate(act, {"mention": 1.0, **_mention_feats(art, cues, a, t0, t1, ev)})
    for a in _earlier_mentions(art, ev):  # the actors of the paragraph's two sentences before the event's
        actor = art.overrides.get(a.start_char) or art.res.actors.get(a.ent_id_)
        if actor is not None:
            act = _normalised(art, actor, iso3)
            found.setdefault(act.name, Candidate(act, {"earlier_sentence": 1.0}))
    for name in cues.defaults:  # the generic sides of the event's country ("Civilians", "Police Forces of {country}")
        act = _normalised(art, art.res.actors[name], iso3)
        found.setdefault(act.name, Candidate(act, {"default": 1.0, f"default={name}": 1.0}))
    rules = ev.actor2.name if ev.actor2 is not None else None
    if rules is not None and rules not in found:
        found[rules] = Candidate(ev.actor2, {"rules_only": 1.0})
    found.setdefault(None, Candidate(None, {"none": 1.0}))
    a1 = ev.actor1.name if ev.actor1 is not None else None
    out = list(found.values())
    for c in out:
        _shared_feats(c, ev, rules, a1, passive, bool(mentions))
    return out


def _shared_feats(c: Candidate, ev: Event, rules: str | None, a1: str | None, passive: bool, any_mention: bool) -> None:
    f = c.feats
    if c.name == rules:
        f["src_rules"] = 1.0
        f[f"src_rules&sub={ev.sub_event_type}"] = 1.0
    if rules is None:
        f["rules_none"] = 1.0
    if c.name is not None and c.name == a1:
        f["is_actor1"] = 1.0
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
class Actor2Model:
    cues: Cues
    weights: dict[str, float] = field(default_factory=dict)
    margin: float | None = None  # None: training (candidates recorded on each event, nothing replaced)
    source: str = ""

    @classmethod
    def load(cls, folder: str | Path, name: str, training: bool = False) -> Actor2Model | None:
        """The model of a data folder; None when `name` is empty or missing, or (unless `training`) not enabled."""
        if not name:
            return None
        path = Path(folder) / name
        if not path.exists():
            return None
        model = json.loads(path.read_text(encoding="utf-8"))
        if not training and (not model.get("enabled", False) or model.get("margin") is None):
            return None
        margin = None if training else float(model["margin"])
        return cls(Cues.of(model), dict(model.get("weights", {})), margin, str(path))

    def score(self, c: Candidate) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in c.feats.items())

    def choose(self, cands: list[Candidate], margin: float) -> Candidate | None:
        """The candidate that replaces the rules' actor2 (None: the rules' stays; a tie keeps it)."""
        own = next((c for c in cands if c.feats.get("src_rules")), None)
        if own is None or len(cands) < 2:
            return None
        best = max(cands, key=self.score)
        gain = self.score(best) - self.score(own)
        return best if best is not own and gain > 0 and gain >= margin else None

    def apply(self, art, events: list[Event]) -> None:
        """Replace each event's actor2 when the fitted model prefers another candidate (training: record the
        candidates in `extras["actor2_candidates"]` instead)."""
        for ev in events:
            cands = candidates(art, ev, self.cues)
            if self.margin is None:
                ev.extras["actor2_candidates"] = [(c.name, c.feats) for c in cands]
                continue
            got = self.choose(cands, self.margin)
            if got is not None:
                ev.actor2 = got.actor
                ev.extras["actor2_model"] = True


__all__ = ["ACTOR2_FILE", "Actor2Model", "Candidate", "Cues", "candidates", "event_country"]
