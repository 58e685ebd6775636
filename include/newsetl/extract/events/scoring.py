"""The fitted event scorer: a small logistic regression over features of each assembled event (its type, trigger,
paragraph, date, place, actors, the cues of its sentence: `event_cues.json`) that gives every event a confidence
(`event_confidence`) and drops the events under the fitted threshold. Weights, threshold and the cross-validated figures
that chose them are in `event_scorer.json`, written by `newsetl train events` (`newsetl.train_events`); the component
config of `newsetl_events` names the file (`scorer`, "" = no scorer)."""

from __future__ import annotations

import json
import re
import zlib
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

from ...logistic import sigmoid
from ...regex_guard import guarded
from ...regex_trie import compile_trie
from .model import Event
from .text import VERB_LIKE

SCORER_FILE = "event_scorer.json"
WORD_BUCKETS = 256  # the words of an event's sentence, hashed (crc32) into this many features `w=<bucket>`
WORD_RE = re.compile(r"[a-z]+")


def _compile_cues(cues: dict) -> dict:
    out = {}
    for name, pats in cues.items():
        if name.startswith("_") or not pats:
            continue
        rx = compile_trie("|".join(f"(?:{p})" for p in pats), re.I)  # (trie-shaped: the same matches, faster)
        out[name] = guarded(rx, list(pats))  # (its lower-case twin first: a sentence without a cue is not scanned)
    return out


@dataclass
class EventScorer:
    """Cues, weights and threshold; with no weights (training) it only computes the features."""

    cues: dict  # name -> guarded pattern
    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float | None = None  # None: keep every event (confidence still computed when weights exist)
    source: str = ""
    # proposed events (what a hand-written filter drops, `drop=<filter>`) are kept at or above this probability; None:
    # the rules alone decide (no proposals are made). Without weights (training) every proposal is kept.
    proposal_threshold: float | None = None
    training: bool = False
    fitted_threshold: float | None = None  # the file's threshold whether or not it drops (what an analyst filters at)

    @property
    def proposes(self) -> bool:
        return self.training or self.proposal_threshold is not None

    @property
    def words(self) -> bool:
        """The sentence's hashed words are features (training, or a model with weights on them)."""
        return self.training or any(k.startswith("w=") for k in self.weights)

    @classmethod
    def load(cls, folder: str | Path, name: str, filters: bool = False) -> EventScorer | None:
        """The scorer of a data folder (`name` in it, with `event_cues.json`); None when `name` is empty or missing.
        Without `filters` it only gives confidences; with it, the file's fitted decisions (`enabled`,
        `proposals_enabled`) drop events and keep proposals (the `scorer_filters` setting)."""
        if not name:
            return None
        d = Path(folder)
        model_path, cue_path = d / name, d / "event_cues.json"
        if not model_path.exists() or not cue_path.exists():
            return None
        model = json.loads(model_path.read_text(encoding="utf-8"))
        cues = _compile_cues(json.loads(cue_path.read_text(encoding="utf-8")))
        thr = model.get("threshold") if filters and model.get("enabled", False) else None
        prop = model.get("proposal_threshold") if filters and model.get("proposals_enabled", False) else None
        weights, bias = dict(model.get("weights", {})), float(model.get("bias", 0.0))
        return cls(cues, weights, bias, thr, str(model_path), prop, fitted_threshold=model.get("threshold"))

    @classmethod
    def features_only(cls, folder: str | Path) -> EventScorer:
        """The features of every event and every proposal, all kept (`newsetl train events`)."""
        cues = _compile_cues(json.loads((Path(folder) / "event_cues.json").read_text(encoding="utf-8")))
        return cls(cues, training=True)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return sigmoid(z)

    def apply(self, art, events: list[Event], proposals: list[Event] = ()) -> list[Event]:  # type: ignore[assignment]
        """Confidence of every event (`extras["confidence"]`, features in `extras["features"]`); events under the
        threshold are dropped, proposals under the proposal threshold too (after the events, in text order)."""
        if not events and not proposals:
            return events
        trig_starts = sorted(t.start_char for t in art.triggers)
        kept: list[Event] = []
        cue_memo: dict[str, list] = {}  # (sentence -> its cues; "\0style" -> the document's style)
        words = self.words
        for ev in [*events, *proposals]:
            feats = event_features(art, ev, events, trig_starts, self.cues, cue_memo, words)
            ev.extras["features"] = feats
            proposed = bool(ev.extras.get("proposal"))
            if self.weights:
                p = self.probability(feats)
                ev.extras["confidence"] = round(p, 4)
                limit = self.proposal_threshold if proposed else self.threshold
                if limit is not None and p < limit:
                    continue
            if proposed and not self.training and self.proposal_threshold is None:
                continue
            kept.append(ev)
        return kept


def _place_named_here(art, ev: Event) -> bool:
    if ev.place is None:
        return False
    name = ev.place.name.lower()
    return any(
        p._.place[0].name.lower() == name or p.text.lower() == name
        for p in art.place_slicer.between(ev.start_char, ev.end_char)
    )


SHORT_PARAGRAPH = 15  # words: a paragraph under this is a line of a log, bulletin, table or list


def _doc_style(art, events: list[Event]) -> list[float]:
    """The document's style (ev45): [events the rules kept in it (capped at 12, scaled), the share of its paragraphs
    under SHORT_PARAGRAPH words, a dateline, its paragraphs (capped at 40, scaled)]."""
    bounds = [*art.para_starts, len(art.text)]
    n_paras = max(len(art.para_starts), 1)
    short = sum(1 for a, b in zip(bounds, bounds[1:]) if len(art.text[a:b].split()) < SHORT_PARAGRAPH) / n_paras
    return [min(len(events), 12) / 12, short, float(art.dateline_place is not None), min(n_paras, 40) / 40]


def _style_features(style: list[float], verbal: float, hedged: bool) -> dict[str, float]:
    """The `style_` group: the document's style alone and crossed with the trigger's class (verbal or nominal) and the
    event's hedging; the scorer weighs them only when the nested cross-validation selects the group."""
    many, short, dateline, paras = style
    nominal = 1.0 - verbal
    return {
        "style_events_doc": many,
        "style_short_paras": short,
        "style_dateline": dateline,
        "style_paras": paras,
        "style_nominal_x_events_doc": nominal * many,
        "style_nominal_x_short_paras": nominal * short,
        "style_nominal_x_dateline": nominal * dateline,
        "style_hedged_x_events_doc": float(hedged) * many,
    }


def event_features(
    art,
    ev: Event,
    events: list[Event],
    trig_starts: list[int],
    cues: dict,
    cue_memo: dict | None = None,
    words: bool = True,
) -> dict[str, float]:
    """The features of one assembled event (all in [0, 1]); names are the keys of the fitted weights."""
    cue_memo = {} if cue_memo is None else cue_memo
    f: dict[str, float] = {}
    f[f"type={ev.event_type}"] = 1.0
    f[f"sub={ev.sub_event_type}"] = 1.0
    s = ev.sentence
    if s not in cue_memo:  # (events of one sentence share its cues: searched once per apply)
        cue_memo[s] = [f"cue_{name}" for name, rx in cues.items() if rx.search(s)]
    f.update(dict.fromkeys(cue_memo[s], 1.0))
    f["trigger_verbal"] = float(any(VERB_LIKE.search(w) for w in ev.trigger.split()))
    if ev.event_date is None:
        f["no_date"] = 1.0
    else:
        own = [d for d in art.dates.between(ev.start_char, ev.end_char) if d.value == ev.event_date]
        f["date_in_sentence"] = float(bool(own))
        age = (art.ref - ev.event_date).days
        f["date_future"] = float(age < 0)
        f["date_age"] = min(max(age, 0), 365) / 365
        # (no feature of the date's precision: 858 of the 866 gold events of the sets are dated to the day, so a week or
        # month an event is dated to would only teach the scorer the sets' convention, and it drops the seeds' "over the
        # past few days" events)
    if ev.place is None:
        f["no_place"] = 1.0
    else:
        f["place_country"] = float(ev.place.feature == "country" or (ev.place_precision or 1) >= 3)
        f["place_near"] = float(ev.place_precision == 2)
        f["place_in_sentence"] = float(_place_named_here(art, ev))
        f["place_dateline"] = float(art.dateline_place is not None and ev.place == art.dateline_place)
    f["no_actor1"] = float(ev.actor1 is None)
    f["no_actor2"] = float(ev.actor2 is None)
    f["actor1_unidentified"] = float(ev.actor1 is not None and ev.actor1.name.startswith("Unidentified"))
    f["actor_in_sentence"] = float(bool(art.actor_slicer.between(ev.start_char, ev.end_char)))
    f["agent_in_sentence"] = float(bool(ev.extras.get("sentence_agent")))
    f["fatalities"] = float(ev.fatalities is not None)
    f["hedged"] = float(ev.hedged)
    f["source"] = float(ev.source is not None)
    n_paras = max(len(art.para_starts), 1)
    f["para_first"] = float(ev.paragraph == 0)
    f["para_rel"] = ev.paragraph / n_paras
    f["para_last"] = float(ev.paragraph == n_paras - 1 and n_paras > 2)
    n_trig = bisect_left(trig_starts, ev.end_char) - bisect_left(trig_starts, ev.start_char)
    f["triggers_in_sentence"] = min(max(n_trig - 1, 0), 3) / 3
    me = 0 if ev.extras.get("proposal") else 1  # (a proposal is not among the events it is counted against)
    f["events_in_sentence"] = min(max(sum(1 for o in events if o.start_char == ev.start_char) - me, 0), 3) / 3
    f["events_in_paragraph"] = min(max(sum(1 for o in events if o.paragraph == ev.paragraph) - me, 0), 5) / 5
    f["merged"] = float(bool(ev.extras.get("merged")))
    f["restated"] = float(ev.extras.get("seen", ev.paragraph) > ev.paragraph)
    f["sentence_long"] = min(len(s.split()), 60) / 60
    if "\0style" not in cue_memo:  # (one document per apply: its style computed once)
        cue_memo["\0style"] = _doc_style(art, events)
    f.update(_style_features(cue_memo["\0style"], f["trigger_verbal"], ev.hedged))
    if words:  # (skipped when the fitted model has no word weights)
        buckets = {zlib.crc32(w.encode()) % WORD_BUCKETS for w in WORD_RE.findall(s.lower())}
        f.update({f"w={b}": 1.0 for b in buckets})  # (no stop list: which words matter is fitted, by CV)
    if ev.extras.get("proposal"):  # a hand-written filter dropped it: its name is a feature the scorer weighs
        f["proposal"] = 1.0
        f[f"drop={ev.extras.get('drop', '')}"] = 1.0
    return {k: v for k, v in f.items() if v}
