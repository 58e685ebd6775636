"""Actor frames of round ev27 (issue 10; `data/actor_frames.json`, `extract/events/affiliation.py`): the accused of a
court story arrested are the story's group, drones shot down by air defences are the story's foreign striker's.
Sentences written for the tests, none copied from an evaluation set. Each test runs the sentence with the packaged
frames and with the frame switched off, so it fails without the frame."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run
from tests.test_actor_frames import without  # noqa: F401  (the fixture)

REF = date(2025, 9, 12)  # a Friday


def _row(ex, paragraphs, sub):
    return one(run(ex, paragraphs, REF), sub)


ACCUSED = [
    "MAIDUGURI — A military court in Maiduguri on Thursday began the trial of eleven men charged with membership of "
    "Boko Haram and with an attack on a market in Bama.",
    "Six of the accused were arrested on 3 March in Konduga, the prosecution said.",
]
DOWNED = [
    "KHARKIV — Russian forces shelled the centre of Kupiansk on Tuesday, wounding two women, the regional governor said.",
    "On Wednesday night, air defences shot down nine attack drones over Kharkiv region, the governor added.",
]


def test_the_accused_arrested_are_the_story_group(extractor, without):  # noqa: F811
    row = _row(extractor, ACCUSED, "Arrests")
    assert row["actor2"] == extractor.res.resolve_actor("Boko Haram").name, row
    assert _row(without("arrested_accused"), ACCUSED, "Arrests")["actor2"] in (None, "Civilians")


def test_drones_shot_down_are_the_story_striker_s(extractor, without):  # noqa: F811
    row = _row(extractor, DOWNED, "Disrupted weapons use")
    assert row["actor2"] == "Military Forces of Russia", row
    assert row["actor1"] == "Military Forces of Ukraine", row
    off = _row(without("intercepted_owner"), DOWNED, "Disrupted weapons use")
    assert off["actor2"] is None and off["actor1"] is None, off


def test_a_drone_shot_down_with_two_foreign_strikers_keeps_no_owner(extractor):
    text = [
        "HAIFA — Iranian missiles struck the port of Haifa on Tuesday, wounding three dock workers, police said.",
        "Houthi drones struck a hotel in Eilat on Tuesday, wounding a guard, police said.",
        "On Wednesday night, air defences shot down four drones over Eilat, the army said.",
    ]
    rows = [r for r in run(extractor, text, REF) if r["sub_event_type"] == "Disrupted weapons use"]
    assert rows and all(r["actor2"] is None for r in rows), rows


SHELLED = [
    "ZAPORIZHZHIA — The regional administration published its morning summary on Friday.",
    "Russian artillery shelled the village of Mala Tokmachka on Thursday evening, the administration said.",
]


def test_a_village_shelled_is_a_civilian_target(extractor, without):  # noqa: F811
    row = _row(extractor, SHELLED, "Shelling/artillery/missile attack")
    assert row["actor2"] == "Civilians", row
    assert _row(without("struck_settlement"), SHELLED, "Shelling/artillery/missile attack")["actor2"] is None


def test_a_shelled_army_position_near_a_village_stays_a_military_target(extractor):
    text = [
        SHELLED[0],
        "Russian artillery shelled Ukrainian army positions near the village of Mala Tokmachka on Thursday, the "
        "administration said.",
    ]
    row = _row(extractor, text, "Shelling/artillery/missile attack")
    assert row["actor2"] != "Civilians", row


TEAR_GAS = [
    "CONAKRY — The traders' union issued a statement on Wednesday.",
    "Security forces fired tear gas on Tuesday to disperse hundreds of traders who had marched to the town hall of "
    "Kaloum against new market fees, witnesses said.",
]


def test_security_forces_breaking_up_a_crowd_are_the_police(extractor, without):  # noqa: F811
    rows = run(extractor, TEAR_GAS, REF)
    sides = {r["actor2"] for r in rows if r["event_type"] == "Protests"} | {r["actor1"] for r in rows}
    assert "Police Forces of Guinea" in sides and "Military Forces of Guinea" not in sides, rows
    off = run(without("crowd_security_forces"), TEAR_GAS, REF)
    assert "Military Forces of Guinea" in {r["actor2"] for r in off} | {r["actor1"] for r in off}, off
