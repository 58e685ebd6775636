"""The place ranker of ev17 (extract/events/place_ranker.py, `newsetl train places` in newsetl/train_places.py): the
candidate places of an event and their features, the choice against the rules' place, the runtime path behind the
`enabled` flag, and the packaged file as the measured negative. Texts written for this test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest

from newsetl.extract.events.place_ranker import RANKER_FILE, Candidate, PlaceRanker, View, candidates, listed_events
from newsetl.extract.gazetteer import Place
from newsetl.extract.rules import package_data_dir

from .event_set_lists import UNFITTED_EVENT_SETS

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = {
    "id": "ranker-1",
    "reference_date": "2026-06-24",
    "body": [
        "Bandits strike again in the north",
        "On Tuesday, police officers arrested three reservists at Toroniak Ngat on suspicion of selling ammunition, "
        "the Kenya police said.",  # ("at X for selling": a place cue of the rules since ev19, place_cues.json)
    ],
}


def _cues():
    ranker = PlaceRanker.load(package_data_dir(), RANKER_FILE, training=True)
    assert ranker is not None
    return ranker.cues


def _article(extractor):
    from newsetl.extract.events.assemble import Article
    from newsetl.train_places import _docs

    ((_, doc),) = list(_docs(extractor, [ARTICLE]))
    return doc, Article(doc, doc._.reference_date, extractor.res, extractor.gaz, doc._.paragraph_starts)


def test_a_name_after_a_place_cue_is_a_candidate_the_gazetteer_lacks(extractor):
    doc, art = _article(extractor)
    (ev,) = doc._.events
    assert ev.place.feature == "country"  # the rules fall back to Kenya
    cands = candidates(View(art), ev, _cues(), (ev.place, ev.place_precision))
    own = [c for c in cands if c.feats.get("src_rules")]
    named = [c for c in cands if c.named]
    assert [c.place.name for c in own] == ["Kenya"]
    assert [c.place.name for c in named] == ["Toroniak Ngat"]
    c = named[0]
    # kept with its surface form, located at the parent (the rules' country), geo precision lowered
    assert c.place.geonameid is None and c.place.parent == "Kenya" and c.precision == 3
    assert (c.place.lat, c.place.lon) == (ev.place.lat, ev.place.lon)
    for f in ("in_clause", "cue=at", "inside_rules", "rules_country", "clause&rules_country", "named&cue=at"):
        assert c.feats.get(f) == 1.0, f


def test_the_ranker_replaces_the_rules_place_only_past_the_margin():
    def cand(name, **feats):
        return Candidate(Place(name, "KE", None, 0.0, 0.0, 0, None, "village", 2), 2, dict(feats))

    own, other = cand("A", src_rules=1.0), cand("B", in_clause=1.0)
    ranker = PlaceRanker(_cues(), {"in_clause": 2.0, "src_rules": 1.0})
    assert ranker.choose([own, other], 0.5) is other
    assert ranker.choose([own, other], 1.5) is None
    assert ranker.choose([other], 0.0) is None  # no rules' place among them: nothing to replace


def test_listed_places_keep_the_rules_places():
    def ev(start, place):
        return SimpleNamespace(start_char=start, trigger="shelled", sub_event_type="Shelling", event_date=None, p=place)

    evs = [ev(0, "Susah"), ev(0, "Shajlah"), ev(90, "Hajin")]
    assert listed_events(evs) == {0, 1}


def test_named_candidates_are_scored_by_their_name_only():
    from newsetl.train_places import with_place

    place = Place("Toroniak Ngat", "KE", None, 1.0, 36.0, 0, None, "village", 2, parent="Kenya")
    row = with_place({"location": "Kenya", "latitude": 1.0, "longitude": 36.0}, Candidate(place, 2, {}, named=True))
    assert row["location"] == "Toroniak Ngat" and row["latitude"] is None and row["geo_precision"] == 2


def test_enabled_ranker_moves_the_event_at_runtime(extractor, tmp_path):
    pipe = extractor.nlp.get_pipe("newsetl_events")
    pipe.ensure()
    saved = pipe.ranker
    try:
        pipe.ranker = PlaceRanker(_cues(), {"src_named": 5.0}, margin=0.0)
        ((_, evs, _),) = list(extractor.run([_text(ARTICLE)]))
    finally:
        pipe.ranker = saved
    (ev,) = evs
    assert ev.place.name == "Toroniak Ngat" and ev.place_precision == 3 and ev.extras.get("place_ranked")


def _text(g):
    from newsetl.extract.extractor import ArticleText

    return ArticleText(g["id"], g["body"], date.fromisoformat(g["reference_date"]))


def test_load_needs_the_enabled_flag(tmp_path):
    model = json.loads((package_data_dir() / RANKER_FILE).read_text(encoding="utf-8"))
    (tmp_path / RANKER_FILE).write_text(json.dumps({**model, "enabled": False}), encoding="utf-8")
    assert PlaceRanker.load(tmp_path, RANKER_FILE) is None
    assert PlaceRanker.load(tmp_path, "") is None
    (tmp_path / RANKER_FILE).write_text(json.dumps({**model, "enabled": True, "margin": 3.0}), encoding="utf-8")
    got = PlaceRanker.load(tmp_path, RANKER_FILE)
    assert got is not None and got.margin == 3.0 and got.weights


@pytest.mark.parametrize("name", [*UNFITTED_EVENT_SETS, "nope"])
def test_blind_sets_refused(name):
    from newsetl.train_places import train_places

    with pytest.raises(ValueError, match="only development sets"):
        train_places(ROOT, sets=("events", name))


def test_packaged_ranker_is_the_measured_negative():
    """Nested LOSO over the development sets and the untouched candidates: the gain is under `min_gain` or a set loses
    more than one event (refit22: +0.016, but blind14 -3), so the ranker is not enabled; its weights are kept for
    analysts to try."""
    model = json.loads((package_data_dir() / RANKER_FILE).read_text(encoding="utf-8"))
    cv = model["cv"]
    assert model["enabled"] is False and model["weights"]
    gain = cv["nested_mean_f1_ranker"] - cv["nested_mean_f1_rules"]
    assert gain < cv["min_gain"] or cv["nested_worst_tp_change"] < -1
    assert model["ceiling"]["mean_f1_oracle"] >= cv["nested_mean_f1_ranker"]
    assert {"events", "events_blind10", "events_blind8@untouched", "events_blind9@untouched"} <= set(cv["nested"])
    assert not any(b in cv["nested"] for b in UNFITTED_EVENT_SETS)


def test_packaged_ranker_records_what_the_command_uses():
    """The packaged file is what `newsetl train places` writes: fitted on DEV_SETS with the selection's settings as
    they are in the code (a new development set or grid value without a refit fails here)."""
    from newsetl.train_events import DEV_SETS
    from newsetl.train_places import settings_used

    trained = json.loads((package_data_dir() / RANKER_FILE).read_text(encoding="utf-8"))["trained"]
    assert trained["sets"] == list(DEV_SETS)
    assert trained["settings"] == settings_used()
    assert set(trained) == {"sets", "settings", "labelled_events"}  # (no date: a refit writes the same bytes)
