"""Round fix78 (review21c of ev71; sentences written for the tests): an intervention told after another scene's opener,
arrests at another event's scene, a riot's force, people picked up by a vehicle, a plan in the object's relative
clause and a weapon's adjective are no longer taken for the wrong event."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)
MARCH = (
    "About 300 traders marched to the municipal offices in Kisumu on Wednesday to protest against new market levies."
)
BLOCKADE = "Youths burned tyres and blocked roads in Kisumu on Wednesday over a rider's death."


def _rows(extractor, *paragraphs):
    return [
        (r["sub_event_type"], r["location"], r["actor2"], r["fatalities"]) for r in run(extractor, paragraphs, ref=REF)
    ]


def test_force_after_a_scene_change_opener_is_no_intervention_of_the_protest(extractor):
    for line in (
        "Meanwhile, police said they had fired tear gas at students in Eldoret.",
        "Separately, officers told reporters they fired tear gas at students protesting fees in Eldoret.",
        "In a separate incident, police fired tear gas at students protesting fees at a college.",
    ):
        rows = _rows(extractor, MARCH, line)
        assert rows[0][:2] == ("Peaceful protest", "Kisumu"), line
        assert [r[0] for r in rows[1:]] == ["Protest with intervention"], line


def test_arrests_at_another_events_scene_are_no_intervention(extractor):
    rows = _rows(
        extractor,
        MARCH,
        "Gunmen shot dead a shopkeeper at the market in Kisumu. Police arrested two suspects at the scene.",
    )
    assert sorted(r[0] for r in rows) == ["Arrests", "Attack", "Peaceful protest"]
    rows = _rows(extractor, MARCH, "Soldiers detained four men over a raid in which a watchman was killed on the spot.")
    assert sorted(r[0] for r in rows) == ["Arrests", "Peaceful protest"]
    assert [r[3] for r in rows if r[0] == "Peaceful protest"] == [None]


def test_the_force_folded_into_a_riot_is_its_actor2(extractor):
    for line in ("Police arrested 12 rioters at the scene.", "Police fired tear gas at the crowd."):
        rows = _rows(extractor, BLOCKADE, line)
        assert [r[:3] for r in rows] == [("Violent demonstration", "Kisumu", "Police Forces of Kenya")], line


def test_people_picked_up_by_a_vehicle_are_no_arrest(extractor):
    for line in (
        "Two people were picked up by an ambulance in Kisumu on Tuesday and taken to hospital, according to the police.",
        "Three men were picked up by a passing boat near Kisumu on Tuesday, according to police.",
    ):
        assert _rows(extractor, line) == [], line


def test_a_plan_in_the_objects_relative_clause_keeps_the_act(extractor):
    for line, sub in (
        ("Police in Kisumu on Tuesday arrested two men whose trial is expected to start next month.", "Arrests"),
        ("On Tuesday, gunmen attacked the market where a rally is planned for Friday in Kisumu.", "Attack"),
        ("Soldiers detained three traders in Kisumu on Tuesday whose hearing is expected next week.", "Arrests"),
    ):
        assert [r[0] for r in _rows(extractor, line)] == [sub], line


def test_an_adjective_after_and_is_no_break_of_the_delivered_weapons(extractor):
    for line in (
        "Russia delivered tanks and guided missiles to the border on Wednesday.",
        "Russia delivered tanks and armoured vehicles and artillery to the border on Wednesday.",
        "Belarus shipped rifles and armoured drones to the front on Thursday.",
    ):
        assert _rows(extractor, line) == [], line


def test_a_place_heading_between_them_is_no_byline(extractor):
    rows = _rows(extractor, MARCH, "Eldoret", "Police fired tear gas at the crowd.")
    assert ("Peaceful protest", "Kisumu") in [r[:2] for r in rows]


def test_people_who_have_not_been_named_arrested_are_arrests(extractor):
    for line in (
        "Two men who have not been named were arrested in Kisumu on Tuesday.",
        "Three suspects who had not yet been identified were detained near Kisumu on Tuesday.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == ["Arrests"], line
