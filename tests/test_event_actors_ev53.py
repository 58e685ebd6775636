"""Round ev53 (issue 10): actor2 by the coding conventions for disputed cases (eval/events/README.md). Sentences written
for the tests, none copied from an evaluation set: property destroyed or looted names its owner's side (civilians for
vehicles and shops, the force for its post or vehicle, aid workers for an agency's warehouse, nobody for a party
office); a crowd's riot that burns a police post targets the police; crowds that "attacked each other" or supporters
"of two ... candidates" who clashed are rioters on both sides; "armed youth from (neighbouring) X (County)" are X's armed
youth, not from a state; people arrested with no side named are civilians."""

from __future__ import annotations

import pytest

from tests.extract_util import run, switch
from tests.test_actor_frames import REF, _row

LEAD = "MAKENI — The district officer spoke on Friday."


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Gunmen set fire to four lorries and a tractor near Kamakwie on Wednesday night, the officer said.",
            "Civilians",
        ),
        ("Unknown men set fire to the Kamakwie police post on Wednesday night, the officer said.", "Police Forces"),
        (
            "On Wednesday, armed men broke into a warehouse of an aid agency in Kamakwie and looted rice and cooking oil.",
            "Aid workers",
        ),
    ],
)
def test_property_destroyed_names_its_owners_side(extractor, sentence, target):
    row = _row(extractor, [LEAD, sentence], "Looting/property destruction")
    assert (row["actor2"] or "").startswith(target), run(extractor, [LEAD, sentence], REF)


def test_a_party_office_destroyed_has_no_owner_side(extractor):
    text = [LEAD, "Unknown men set fire to a party office in Kamakwie on Wednesday night, the officer said."]
    assert _row(extractor, text, "Looting/property destruction")["actor2"] is None, run(extractor, text, REF)


def test_a_riot_that_burns_a_police_post_targets_the_police(extractor):
    text = [
        LEAD,
        "On Wednesday, angry youths blocked the highway at Kamakwie with burning tyres and set fire to a police post, "
        "residents said.",
    ]
    rows = [r for r in run(extractor, text, REF) if r["sub_event_type"] == "Violent demonstration"]
    assert rows and all((r["actor2"] or "").startswith("Police Forces") for r in rows), rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were hurt on Wednesday when residents of the hamlets of Kabala and Koinadugu attacked each other with "
        "sticks after a dispute over a well.",
        "Two men were hurt on Wednesday as supporters of two ward council election candidates clashed with sticks at "
        "the market in Kabala.",
    ],
)
def test_crowds_that_fight_each_other_are_rioters_on_both_sides(extractor, sentence):
    rows = [r for r in run(extractor, [LEAD, sentence], REF) if r["sub_event_type"] == "Mob violence"]
    assert rows and all(r["actor2"] == "Rioters" for r in rows), rows


@pytest.mark.parametrize(
    ("sentence", "attacker"),
    [
        (
            "On Monday, armed youth from neighbouring Kolda attacked a cattle camp near Makeni, killing four herders.",
            "Kolda armed youth",
        ),
        (
            "On Monday, armed youth from Kolda County attacked a cattle camp near Makeni, killing four herders.",
            "Kolda armed youth",
        ),
    ],
)
def test_armed_youth_from_a_named_county_are_that_places_armed_youth(extractor, sentence, attacker):
    assert _row(extractor, [LEAD, sentence], "Attack")["actor1"] == attacker, run(extractor, [LEAD, sentence], REF)


def test_armed_youth_from_a_state_stay_unnamed(extractor):
    text = [LEAD, "On Monday, armed youths from Kolda state attacked a cattle camp near Makeni, killing four herders."]
    assert "armed youth" not in (_row(extractor, text, "Attack")["actor1"] or ""), run(extractor, text, REF)


def test_people_arrested_with_no_side_named_are_civilians(extractor, edited_rules):
    text = [LEAD, "On Wednesday, members of a special task team arrested two men in Kabala, the officer said."]
    assert _row(extractor, text, "Arrests")["actor2"] == "Civilians", run(extractor, text, REF)
    off = edited_rules(
        {"actor_frames.json": lambda data: switch(data, lambda r: r["enabled"] and r["name"] != "arrested_civilians")}
    )
    assert _row(off, text, "Arrests")["actor2"] is None
