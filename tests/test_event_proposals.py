"""Rules propose, a fitted model disposes (issue 10, ev15): every hand-written non-event filter names why it drops a
trigger (extract/events/candidates.py); in proposing mode the events those filters drop are kept aside as proposals with
the filter's name as a feature of the fitted event scorer (`drop=<filter>`), which keeps a proposal only at or above
its fitted `proposal_threshold`; the rules' own events are the same with or without proposing."""

from __future__ import annotations

from datetime import date

import pytest

from newsetl.extract.rules import package_data_dir

from .event_f1 import f1_at

PARAS = [
    "KHARTOUM — Rapid Support Forces fighters attacked the village of Um Sayala on Monday, killing 12 civilians, "
    "local officials said.",
    "Analysts believe the RSF could launch new attacks on El Fasher in the coming weeks.",
    "Since January, at least 300 civilians have been killed in North Darfur, the UN said.",
    "The RSF threatened to attack the town of Tawila.",
]
REF = date(2024, 6, 5)


def _events(extractor, scorer):
    from newsetl.extract.extractor import ArticleText

    pipe = extractor.nlp.get_pipe("newsetl_events")
    saved = pipe.scorer
    pipe.scorer = scorer
    try:
        ((_, evs, _),) = list(extractor.run([ArticleText("p", PARAS, REF)]))
    finally:
        pipe.scorer = saved
    return evs


def _key(e):
    return e.sub_event_type, e.trigger, e.place.name if e.place else None, e.event_date, e.actor1, e.actor2


def test_each_filter_names_why_it_drops_a_trigger(extractor):
    from newsetl.extract.events.scoring import EventScorer

    evs = _events(extractor, EventScorer.features_only(package_data_dir()))
    props = {e.place.name: e.extras["drop"] for e in evs if e.extras.get("proposal")}
    assert props == {"El Fasher": "modal_scope", "North Darfur": "running_total", "Tawila": "modal"}
    for e in evs:
        if e.extras.get("proposal"):
            assert e.extras["features"]["proposal"] == 1.0
            assert e.extras["features"][f"drop={e.extras['drop']}"] == 1.0


def test_proposing_leaves_the_rules_events_as_they_were(extractor):
    from newsetl.extract.events.scoring import EventScorer

    proposing = _events(extractor, EventScorer.features_only(package_data_dir()))
    rules = _events(extractor, None)
    assert [_key(e) for e in proposing if not e.extras.get("proposal")] == [_key(e) for e in rules]
    assert [e.place.name for e in rules] == ["Um Sayala"]


@pytest.mark.parametrize(
    "threshold, kept", [(None, []), (0.5, ["Tawila"]), (0.01, ["El Fasher", "North Darfur", "Tawila"])]
)
def test_the_fitted_scorer_disposes_of_proposals(extractor, threshold, kept):
    """A proposal is kept only when the model enables proposals and its probability reaches the threshold; the weights
    of the filters' names decide which (here: one weight says "the modal filter is wrong", the scorer keeps Tawila)."""
    from newsetl.extract.events.scoring import EventScorer

    base = EventScorer.features_only(package_data_dir())
    scorer = EventScorer(base.cues, {"proposal": -3.0, "drop=modal": 6.0}, 0.0, None, "", threshold)
    assert scorer.proposes is (threshold is not None)
    evs = _events(extractor, scorer)
    assert sorted(e.place.name for e in evs if e.extras.get("proposal")) == kept
    assert "Um Sayala" in [e.place.name for e in evs]  # (the rules' events: no events' threshold, all kept)


def test_the_packaged_model_is_selected_by_leave_one_set_out_without_the_blind_sets():
    import json

    from newsetl.train_events import BLIND_SETS, DEV_SETS, NOT_FITTED

    model = json.loads((package_data_dir() / "event_scorer.json").read_text(encoding="utf-8"))
    fitted_on = set(DEV_SETS)  # (what `newsetl train events` fits on: refitted in clean15)
    assert {"events_blind8", "events_blind9"} <= set(model["trained"]["sets"]) == fitted_on
    assert not (set(BLIND_SETS) | set(NOT_FITTED)) & set(model["trained"]["sets"])
    held = {r["held_out"] for r in model["cv"]["per_set"]}  # the selection's leave-one-set-out
    assert {h.split("@")[0] for h in held} == fitted_on
    assert {"events_blind8@untouched", "events_blind9@untouched"} <= held
    if model["cv"]["mean_f1_scorer_nested"] is None:  # no nested selection run (ev45: 24 sets): never enabled
        assert not model["cv"]["nested"] and not model["enabled"] and not model["proposals_enabled"]
        return
    assert {r["held_out"] for r in model["cv"]["nested"]} == held  # the decision's own cross-validation
    gain = model["cv"]["mean_f1_scorer_nested"] - model["cv"]["mean_f1_rules"]
    assert model["enabled"] or model["proposals_enabled"] or gain < model["cv"]["min_gain"]
    if model["proposals_enabled"]:
        assert gain >= model["cv"]["min_gain"] and model["proposal_threshold"] is not None


def test_proposals_count_in_the_cross_validation_only_when_kept():
    import numpy as np

    from newsetl.train_events import NEVER, SetData, _compat

    class Matcher:
        @staticmethod
        def detect(gevs, rows):
            return ({0: 0} if rows[0]["t"] == gevs[0]["t"] else {}), set()

    # gold a, b; the rules' event a, a proposal b (a filter dropped it), a proposal c
    feats = [{}, {"proposal": 1.0}, {"proposal": 1.0}]
    sd = SetData("toy", [([{"t": "a"}, {"t": "b"}], [{"t": "a"}, {"t": "b"}, {"t": "c"}], feats)])
    _compat(sd, Matcher())
    assert sd.proposed == [False, True, True]
    probs = np.array([0.9, 0.7, 0.3])
    assert f1_at(sd, probs, 0.0)[1:] == (1, 1, 2)  # the rules alone (no proposal kept)
    assert f1_at(sd, probs, 0.0, NEVER)[1:] == (1, 1, 2)
    assert f1_at(sd, probs, 0.0, 0.5)[1:] == (2, 2, 2)  # b kept, c not
    assert f1_at(sd, probs, 0.0, 0.2)[1:] == (2, 3, 2)


# the untouched runs of eval/untouched_events/: set -> (matched, candidates, gold events) with today's gold; the
# candidates are those of each set's untouched measurement (its README); the F1 differs from the README's figure only
# where the gold was recoded since (blind15, blind18-25: one to three events) and on blind25 (89 candidates, 90 then:
# the commit's own `newsetl eval events` gives 89 today too)
UNTOUCHED_COUNTS = {
    "events_blind8": (65, 88, 88),
    "events_blind9": (61, 92, 90),
    "events_blind10": (61, 96, 90),
    "events_blind11": (46, 93, 93),
    "events_blind12": (61, 107, 101),
    "events_blind13": (59, 101, 99),
    "events_blind14": (56, 104, 98),
    "events_blind15": (40, 76, 85),
    "events_blind18": (56, 88, 95),  # (ev86) convention 11 recoded two of its gold fights as Mob violence: 57 -> 56
    "events_blind19": (54, 88, 93),
    "events_blind20": (67, 93, 91),
    "events_blind21": (54, 91, 90),
    "events_blind22": (55, 92, 90),
    "events_blind23": (59, 82, 87),
    "events_blind24": (70, 93, 91),
    "events_blind25": (65, 89, 89),
    "events_blind26": (51, 83, 86),
    "events_blind27": (65, 85, 88),
    "events_blind28": (63, 84, 88),
    "events_blind29": (66, 93, 89),
    "events_blind30": (65, 90, 88),
    "events_blind31": (64, 84, 86),
    "events_blind32": (62, 83, 89),
    "events_blind33": (67, 92, 89),
    "events_blind34": (62, 93, 93),
    "events_blind35": (69, 95, 99),
    "events_blind36": (72, 99, 97),
    "events_blind37": (69, 87, 96),
    "events_blind38": (69, 99, 103),
    "events_blind39": (79, 105, 106),
    "events_blind40": (64, 99, 103),
    "events_blind41": (69, 88, 94),
    "events_blind42": (74, 103, 102),
}


def test_untouched_candidates_are_labelled_by_the_gold_and_held_out_with_their_set(extractor):
    """The candidates the rules made before each set was read (eval/untouched_events/, written by
    scripts/untouched_candidates.py) reproduce the untouched figures measured then (blind8 0.739, blind9 0.670, blind29
    0.725, ...), each held out with its set; a set outside the names asked for is left out."""
    from pathlib import Path

    import numpy as np

    from newsetl.eval_events import _EventScorer
    from newsetl.train_events import DEV_SETS, NOT_FITTED, _compat, _untouched

    from .conftest import ROOT

    matcher = _EventScorer(extractor.res, extractor.gaz)
    assert [s.name for s in _untouched(Path(ROOT), ("events_blind9", "events"), matcher)] == ["events_blind9@untouched"]
    sets = _untouched(Path(ROOT), DEV_SETS + NOT_FITTED, matcher)
    assert sorted((s.name, s.group) for s in sets) == sorted((f"{n}@untouched", n) for n in UNTOUCHED_COUNTS)
    got = {}
    for sd in sets:
        _compat(sd, matcher)
        got[sd.group] = f1_at(sd, np.ones(sum(len(r) for _, r, _ in sd.docs)), 0.0)[1:]
    assert got == UNTOUCHED_COUNTS
    f1 = {sd.group: round(f1_at(sd, np.ones(got[sd.group][1]), 0.0)[0], 3) for sd in sets}
    assert (f1["events_blind8"], f1["events_blind9"], f1["events_blind29"]) == (0.739, 0.670, 0.725)
