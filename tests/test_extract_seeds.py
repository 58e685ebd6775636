"""The extractor on the real seed dumps, and the figures reached on each labelled set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import ROOT, SEEDS
from tests.extract_util import canon, run

# ---------------------------------------------------------------- seeds (real dumps)


def _seed(name_prefix):
    from newsetl.split import split_dump

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    files = sorted(SEEDS.glob(f"{name_prefix}_*.txt"))
    if not files:
        pytest.skip(f"seed {name_prefix} absent")
    doc = split_dump(files[0].read_text(encoding="utf-8"))
    body = doc.body if isinstance(doc.body, list) else [p for p in doc.body.split("\n\n") if p.strip()]
    return body


def _seed_rows(extractor, prefix):
    return run(extractor, _seed(prefix), ref=date(2018, 11, 5), aid=f"seed{prefix}")


def test_seed_000_hajin_strike(extractor):
    rows = _seed_rows(extractor, "000")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 11, 3)]
    assert hits, rows
    ev = hits[0]
    assert "haj" in ev["location"].lower() and ev["iso3"] == "SYR"
    assert ev["fatalities"] == 17 and ev["civilian_targeting"]
    assert ev["actor1"] == canon(extractor, "US-led coalition")


def test_seed_001_baghuz_strikes(extractor):
    rows = _seed_rows(extractor, "001")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 8, 22)]
    assert hits, rows
    assert "baghuz" in hits[0]["location"].lower()
    assert hits[0]["actor1"] == canon(extractor, "US-led coalition")
    assert hits[0]["actor2"] == canon(extractor, "ISIS")


def test_seed_002_villages_recaptured(extractor):
    rows = _seed_rows(extractor, "002")
    hits = [r for r in rows if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert len(hits) >= 2, rows
    assert all(r["actor1"] == canon(extractor, "ISIS") for r in hits)
    assert all(r["actor2"] == canon(extractor, "SDF") for r in hits)
    assert any("susah" in r["location"].lower() for r in hits)


def test_seed_003_hajin_ground_fighting(extractor):
    rows = _seed_rows(extractor, "003")
    sdf, isis = canon(extractor, "SDF"), canon(extractor, "ISIS")
    ground = [r for r in rows if r["sub_event_type"] in ("Armed clash", "Non-state actor overtakes territory")]
    assert ground, rows
    assert "haj" in ground[0]["location"].lower()
    assert {ground[0]["actor1"], ground[0]["actor2"]} == {sdf, isis}
    disrupted = [r for r in rows if r["sub_event_type"] == "Disrupted weapons use"]
    assert disrupted and disrupted[0]["actor1"] == sdf and disrupted[0]["hedged"]


def test_seed_004_mayadin_strike(extractor):
    rows = _seed_rows(extractor, "004")
    hits = [r for r in rows if r["sub_event_type"] == "Air/drone strike" and r["event_date"] == date(2018, 11, 5)]
    assert hits, rows
    ev = hits[0]
    assert "mayadin" in ev["location"].lower().replace("ā", "a").replace("ī", "i")
    assert ev["fatalities"] == 70 and ev["civilian_targeting"]


def test_seed_plans_capabilities_and_deliveries_are_no_events(extractor):
    # 001 ends on a planned operation and a year-old background; 004 on a weapon moved, its range and a threat
    assert [r["sub_event_type"] for r in _seed_rows(extractor, "001")] == ["Air/drone strike"]
    subs = [r["sub_event_type"] for r in _seed_rows(extractor, "004")]
    assert "Shelling/artillery/missile attack" not in subs and "Non-state actor overtakes territory" not in subs
    assert "Chemical weapon" not in subs, subs


def test_seed_vague_times_date_the_events(extractor):
    # "Over the past few days" (002) and a sentence-initial "Earlier," (000) date the event, with lower precision
    rows = [r for r in _seed_rows(extractor, "002") if r["sub_event_type"] == "Non-state actor overtakes territory"]
    assert len(rows) >= 5 and all((r["event_date"], r["time_precision"]) == (date(2018, 10, 29), 2) for r in rows)
    earlier = [r for r in _seed_rows(extractor, "000") if r["time_precision"] == 3]
    assert earlier and all(r["event_date"] == date(2018, 11, 3) for r in earlier), earlier


def test_comments_never_yield_events(extractor):
    from newsetl.split import split_dump

    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds not present")
    for f in sorted(SEEDS.glob("*.txt")):
        doc = split_dump(f.read_text(encoding="utf-8"))
        body = doc.body if isinstance(doc.body, list) else [doc.body]
        rows = run(extractor, body, aid=f.stem)
        comment_text = " ".join(getattr(c, "text", str(c)) for c in doc.comments)
        for r in rows:
            assert r["sentence"] not in comment_text or r["sentence"] in " ".join(body)


# Figures reached on each labelled set (set: (margin, {metric: measured})); a drop below measured - margin fails.
# eval/events is the main set; events_dev..dev4 were each written before the round that tuned on them.
EVAL_FIGURES = {
    "events": (
        0.02,
        {
            "f1": 0.865,
            "precision": 0.847,
            "recall": 0.885,
            "actor1": 0.960,
            # 0.887 before the fourth-blind-set round: the events it newly detects (an aircraft's strike on an airport, a
            # rebel merger) are aligned with roles the role rules get wrong (0.877 -> 0.866, F1 0.893 -> 0.924); actor
            # round 2: 0.906 -> 0.919 (actor1 0.953 -> 0.960)
            "actor2": 0.919,
            "location": 0.972,
            "date": 1.0,
            "fatalities": 0.922,
        },
    ),
    "events_dev": (
        0.03,
        {
            "f1": 0.936,
            "precision": 0.930,
            "recall": 0.943,
            "actor1": 0.986,
            "actor2": 0.986,
            "location": 0.943,
            "date": 1.0,
            "fatalities": 0.986,
        },
    ),
    "events_dev2": (
        0.03,
        {
            "f1": 0.944,
            "precision": 0.936,
            "recall": 0.952,
            "location": 1.0,
            "date": 1.0,
            "fatalities": 0.932,
            "actor1": 1.0,  # actor round 2 (was 0.915 / 0.864)
            "actor2": 1.0,
        },
    ),
    "events_dev3": (
        0.03,
        {"f1": 0.852, "precision": 0.836, "recall": 0.868, "actor1": 1.0, "actor2": 1.0, "date": 1.0},
    ),
    "events_dev4": (0.03, {"f1": 0.969, "precision": 0.969, "recall": 0.969, "location": 0.969, "date": 1.0}),
    # a development set from round 12 (ev12): untouched 0.728, round 12's rules 0.739
    "events_blind7": (
        0.03,
        {"f1": 0.739, "precision": 0.731, "recall": 0.747, "actor1": 0.868, "actor2": 0.763, "location": 0.947},
    ),
}


@pytest.mark.parametrize("name", sorted(EVAL_FIGURES))
def test_eval_figures(settings, name):
    from newsetl.evaluate import eval_events

    gold = ROOT / "eval" / name
    if not gold.is_dir():
        pytest.skip(f"eval/{name} absent")
    rep = eval_events(str(gold), settings)
    margin, expected = EVAL_FIGURES[name]
    measured = {**rep["detection"], **rep["argument_accuracy"]}
    for metric, value in expected.items():
        assert measured[metric] >= value - margin, (name, metric, measured[metric], value)
    conf = rep["detection_confident"]  # the rows an analyst keeps by the fitted threshold: a subset of the rows
    assert (
        conf["threshold"] > 0
        and conf["predicted"] <= rep["detection"]["predicted"]
        and conf["gold"] == rep["detection"]["gold"]
    )


def test_seed_fixes_of_the_third_blind_round(extractor):
    """The seeds' known wrong events (issue 10): the 'Earlier' coalition strike with warplanes and artillery, the village
    Tahtani and the Turkish strikes near Kobani, the drones downed near al-Tanf, a party rally that is no protest."""
    r000 = _seed_rows(extractor, "000")
    earlier = [r for r in r000 if "Earlier" in r["sentence"]]
    assert earlier and earlier[0]["sub_event_type"] == "Air/drone strike", r000
    r002 = _seed_rows(extractor, "002")
    taken = {r["location"] for r in r002 if r["sub_event_type"] == "Non-state actor overtakes territory"}
    assert "Tahtani" in taken, r002
    kobani = [r for r in r002 if r["location"] == "Kobani"]
    assert kobani and kobani[0]["actor1"] == canon(extractor, "Turkish army"), r002
    assert kobani[0]["actor2"] == canon(extractor, "SDF")
    r004 = _seed_rows(extractor, "004")
    assert not [r for r in r004 if r["event_type"] == "Protests"], r004
    downed = [r for r in r004 if r["sub_event_type"] == "Disrupted weapons use"]
    assert downed and downed[0]["location"] == "Al-Tanf", r004
