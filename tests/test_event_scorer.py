"""The fitted event scorer (extract/events/scoring.py, `newsetl train events`): loaded through the events component's
config, saved with the pipeline, a confidence on every event, the fitting and the cross-validation machinery."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pytest

from newsetl.extract.rules import package_data_dir

from .event_f1 import f1_at
from .event_set_lists import FITTED_SINCE_EV45, FITTED_SINCE_REFIT22, FITTED_SINCE_REFIT30, UNFITTED_EVENT_SETS
from .extract_util import run

MODEL = package_data_dir() / "event_scorer.json"

PARAS = [
    "KHARTOUM — Rapid Support Forces fighters attacked the village of Um Sayala on Monday, killing 12 civilians, "
    "local officials said.",
    "Analysts believe the RSF could launch new attacks on El Fasher in the coming weeks.",
]


def test_the_packaged_scorer_is_loaded_through_the_component_config(extractor):
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    pipe = extractor.nlp.get_pipe("newsetl_events")
    assert pipe.scorer_file == "event_scorer.json"
    assert pipe.scorer is not None and pipe.scorer.weights
    assert pipe.scorer.threshold is None and pipe.scorer.proposal_threshold is None  # default: confidences only
    # the figures that chose it are stored beside the weights: CV per held-out set, never the blind set
    # (and each set's candidates as the rules made them before it was read: `<set>@untouched`, held out with the set)
    assert {r["held_out"].split("@")[0] for r in model["cv"]["per_set"]} == set(model["trained"]["sets"])
    assert not any("heldout" in s for s in model["trained"]["sets"])


def test_every_event_has_a_confidence(extractor):
    rows = run(extractor, PARAS, ref=date(2024, 6, 5))
    assert rows, "the attack on Um Sayala is reported"
    attack = next(r for r in rows if r["location"] and r["location"].startswith("Um Sayala"))
    assert 0.0 <= attack["event_confidence"] <= 1.0
    pipe = extractor.nlp.get_pipe("newsetl_events")
    if pipe.scorer.threshold is not None:
        assert all(r["event_confidence"] >= pipe.scorer.threshold for r in rows)


def test_the_fitted_decisions_apply_only_with_scorer_filters(settings, tmp_path):
    """Doubt lowers a confidence, it never deletes: by default the scorer drops nothing and keeps no proposal, whatever
    the file enables; the `scorer_filters` setting applies the fitted decisions (README "Fitted event scorer, refit22")."""
    from newsetl.config import Settings
    from newsetl.extract.events.scoring import EventScorer
    from newsetl.extract.pipeline import build_nlp

    assert Settings().scorer_filters is False
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    pipe = build_nlp("blank", settings.cache_dir, scorer_filters=True).get_pipe("newsetl_events")
    assert pipe.scorer.threshold == (model["threshold"] if model["enabled"] else None)
    assert pipe.scorer.proposal_threshold == (model["proposal_threshold"] if model["proposals_enabled"] else None)
    for name in ("event_scorer.json", "event_cues.json"):
        (tmp_path / name).write_text((package_data_dir() / name).read_text(encoding="utf-8"), encoding="utf-8")
    on = {**model, "enabled": True, "threshold": 0.5, "proposals_enabled": True, "proposal_threshold": 0.9}
    (tmp_path / "event_scorer.json").write_text(json.dumps(on), encoding="utf-8")
    kept, filtered = (
        EventScorer.load(tmp_path, "event_scorer.json"),
        EventScorer.load(tmp_path, "event_scorer.json", True),
    )
    assert (kept.threshold, kept.proposal_threshold) == (None, None) and kept.weights == filtered.weights
    assert (filtered.threshold, filtered.proposal_threshold) == (0.5, 0.9)


def test_no_scorer_keeps_every_event_without_confidence(settings):
    from newsetl.extract.pipeline import build_nlp

    nlp = build_nlp("blank", settings.cache_dir)
    pipe = nlp.get_pipe("newsetl_events")
    pipe.scorer_file = ""
    pipe.initialize(nlp=nlp)
    assert pipe.scorer is None
    doc = nlp.make_doc("\n\n".join(PARAS))
    doc._.reference_date = date(2024, 6, 5)
    events = nlp(doc)._.events
    assert events and all("confidence" not in e.extras for e in events)


def test_the_scorer_is_saved_with_the_pipeline(extractor, settings, tmp_path):
    from newsetl.extract.pipeline import load_nlp, save_nlp

    save_nlp(extractor.nlp, tmp_path / "nlp")
    assert (tmp_path / "nlp" / "newsetl_events" / "event_scorer.json").exists()
    assert (tmp_path / "nlp" / "newsetl_events" / "event_cues.json").exists()
    loaded = load_nlp(tmp_path / "nlp", cache_dir=settings.cache_dir)
    assert loaded.get_pipe("newsetl_events").scorer.weights == extractor.nlp.get_pipe("newsetl_events").scorer.weights


def test_cue_features_come_from_the_data_file(extractor):
    from newsetl.extract.events.scoring import EventScorer

    sc = EventScorer.features_only(package_data_dir())
    cues = json.loads((package_data_dir() / "event_cues.json").read_text(encoding="utf-8"))
    assert set(sc.cues) == {k for k in cues if not k.startswith("_")}
    assert sc.cues["analysis"].search("Analysts believe the RSF could attack")
    assert sc.cues["aggregate"].search("Since 1 January, 43 fighters have been killed")


def test_training_refuses_the_blind_set(tmp_path):
    from newsetl.train_events import train_events

    with pytest.raises(ValueError, match=r"only development sets .*: \['events_heldout'\]"):
        train_events(tmp_path, tmp_path / "m.json", sets=("events", "events_heldout"))
    for blind in UNFITTED_EVENT_SETS[1:]:  # (the blind sets; blind8 to blind15 and blind18 to blind38 are fitted
        # development sets: blind14, 15 and 18-22 since ev45, blind23-29 since refit22, blind30-38 since refit30)
        with pytest.raises(ValueError, match=rf"\['{blind}'\]"):  # that set alone is refused
            train_events(tmp_path, tmp_path / "m.json", sets=("events", blind))


def test_blind_and_not_fitted_sets_are_kept_apart_from_the_fitted_ones():
    from newsetl.train_events import BLIND_SETS, DEV_SETS, NOT_FITTED

    assert set(UNFITTED_EVENT_SETS) == set(BLIND_SETS) | set(NOT_FITTED)
    assert not set(FITTED_SINCE_REFIT22) & set(NOT_FITTED)  # (refit22 moved blind23-29 into DEV_SETS)
    assert set(FITTED_SINCE_REFIT22) <= set(DEV_SETS)  # (refitted with them in refit22)
    assert set(FITTED_SINCE_EV45) <= set(DEV_SETS)  # (refitted with them in ev45)
    assert not set(FITTED_SINCE_REFIT30) & set(NOT_FITTED)  # (refit30 moved blind30-38 into DEV_SETS)
    assert set(FITTED_SINCE_REFIT30) <= set(DEV_SETS)  # (refitted with them in refit30)
    # blind39/40 read in the twenty-eighth session, after refit30; blind41/42 in the twenty-ninth
    assert NOT_FITTED == ("events_blind39", "events_blind40", "events_blind41", "events_blind42")
    assert not set(BLIND_SETS) & set(NOT_FITTED) and not (set(BLIND_SETS) | set(NOT_FITTED)) & set(DEV_SETS)
    assert not [s for s in DEV_SETS if "heldout" in s]  # check_sets refuses these by DEV_SETS alone


def test_logistic_fit_separates_and_dropping_is_scored_by_the_strict_matcher():
    from newsetl.train_events import SetData, _compat, _fit, _labels

    rng = np.random.default_rng(0)
    x = np.column_stack([rng.integers(0, 2, 200), np.ones(200)]).astype(float)
    y = x[:, 0].copy()
    w = _fit(x, y, c=1.0)
    assert w[0] > 2 and w[1] < -1  # the feature says "real", its absence "spurious"

    class Matcher:  # a candidate matches a gold event of its type
        @staticmethod
        def detect(gevs, rows):
            return ({0: 0} if rows[0]["t"] == gevs[0]["t"] else {}), set()

    # one document: gold a, b; candidates a, a (a duplicate), c
    sd = SetData("toy", [([{"t": "a"}, {"t": "b"}], [{"t": "a"}, {"t": "a"}, {"t": "c"}], [{}, {}, {}])])
    _compat(sd, Matcher())
    assert sd.compat == [[[0, 1], []]]
    assert _labels(sd) == [1, 0, 0]
    assert f1_at(sd, np.array([0.9, 0.8, 0.2]), 0.0)[1:] == (1, 3, 2)
    # dropping the first candidate lets its duplicate match; dropping the third costs nothing
    assert f1_at(sd, np.array([0.1, 0.8, 0.2]), 0.5)[1:] == (1, 1, 2)


def test_leave_one_set_out_holds_the_versions_of_a_set_out_together():
    from newsetl.train_events import SetData, held_out

    sets = [SetData("b", []), SetData("a", []), SetData("b@untouched", [], base="b")]
    assert list(held_out(sets)) == [("a", [0, 2], [1]), ("b", [1], [0, 2])]


def test_document_style_features_describe_a_log_apart_from_a_report():
    """The `style_` group (ev45): a bulletin of one-line entries with many events reads apart from a wire report of
    long paragraphs under a dateline; the trigger's class and the hedging are crossed with the style."""
    from types import SimpleNamespace

    from newsetl.extract.events.scoring import _doc_style, _style_features

    lines = ["0610: gunmen fired on a bus near the market.", "0745: a checkpoint came under fire."] * 3
    log_text = "\n\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 2)
    log = SimpleNamespace(text=log_text, para_starts=starts, dateline_place=None)
    long_para = "Fighters attacked the town on Monday and residents said the clashes went on until late at night. " * 2
    report = SimpleNamespace(text=long_para, para_starts=[0], dateline_place="Kismayo")
    log_style, report_style = _doc_style(log, [object()] * 6), _doc_style(report, [object()])
    assert log_style == [0.5, 1.0, 0.0, 6 / 40]
    assert report_style == [1 / 12, 0.0, 1.0, 1 / 40]
    nominal = _style_features(log_style, verbal=0.0, hedged=True)
    assert nominal["style_nominal_x_short_paras"] == 1.0 and nominal["style_hedged_x_events_doc"] == 0.5
    verbal = _style_features(report_style, verbal=1.0, hedged=False)
    assert verbal["style_nominal_x_dateline"] == 0.0 and verbal["style_dateline"] == 1.0
