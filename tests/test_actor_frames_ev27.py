"""Actor frames of round ev27 (issue 10; `data/actor_frames.json`, `extract/events/affiliation.py`): the accused of a
court story arrested are the story's group, drones shot down by air defences are the story's foreign striker's.
Sentences written for the tests, none copied from an evaluation set. Each test runs the sentence with the packaged
frames and with the frame switched off, so it fails without the frame."""

from __future__ import annotations

import pytest

from tests.extract_util import run, switch
from tests.test_actor_frames import (
    REF,
    _row,
    without,  # noqa: F401  (the fixture)
)

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


@pytest.fixture
def switched_on(edited_rules):
    """An extractor whose actor_frames.json has the (packaged off) frame `name` switched on."""
    return lambda name: edited_rules(
        {"actor_frames.json": lambda data: switch(data, lambda r: r["enabled"] or r["name"] == name)}
    )


def _sides(rows) -> set:
    return {r["actor1"] for r in rows} | {r["actor2"] for r in rows}


def test_security_forces_breaking_up_a_crowd_are_the_police_when_switched_on(extractor, switched_on):
    """`crowd_security_forces` is packaged off (the first events set codes them as the military); measurable on."""
    assert "Military Forces of Guinea" in _sides(run(extractor, TEAR_GAS, REF))
    on = _sides(run(switched_on("crowd_security_forces"), TEAR_GAS, REF))
    assert "Police Forces of Guinea" in on and "Military Forces of Guinea" not in on, on


PASSIVE_ARREST = [
    "KISUMU — A magistrate in Kisumu heard the case of a stolen consignment of fertiliser on Friday.",
    "Three more suspects were arrested in Kisumu on Tuesday, the prosecution said.",
]


def test_an_arrest_by_soldiers_is_not_given_to_the_police(extractor):
    text = [
        PASSIVE_ARREST[0],
        "Three more suspects were arrested by soldiers in Kisumu on Tuesday, the prosecution said.",
    ]
    assert _row(extractor, text, "Arrests")["actor1"] != "Police Forces of Kenya"


REPELLED = [
    "BANNU — The district police chief briefed reporters on Thursday.",
    "Police said officers at a checkpoint in Domel repelled an attack by TTP fighters on Wednesday night.",
]


HARM_AFTER = [
    "KHERSON — The regional military administration gave its daily summary on Saturday.",
    "A drone dropped an explosive device on a farm in Bilozerka on Friday morning. A tractor driver was wounded "
    "and taken to hospital.",
]


@pytest.mark.parametrize(
    ("text", "kind", "side", "want", "frame"),
    [
        pytest.param(
            SHELLED,
            "Shelling/artillery/missile attack",
            "actor2",
            "Civilians",
            "struck_settlement",
            id="a_village_shelled_is_a_civilian_target",
        ),
        pytest.param(
            PASSIVE_ARREST,
            "Arrests",
            "actor1",
            "Police Forces of Kenya",
            "arrest_by_police",
            id="an_arrest_nobody_is_named_for_is_by_the_police",
        ),
        pytest.param(
            REPELLED,
            "Armed clash",
            "actor2",
            "Police Forces of Pakistan",
            "repelled_attack_defender",
            id="officers_who_repelled_an_attack_are_its_target",
        ),
        pytest.param(
            HARM_AFTER,
            "Air/drone strike",
            "actor2",
            "Civilians",
            "harm_next_sentence",
            id="a_strike_whose_next_sentence_names_a_wounded_civilian_targets_civilians",
        ),
    ],
)
def test_the_frame_alone_gives_the_side(extractor, without, text, kind, side, want, frame):  # noqa: F811
    """The event's `side` is `want` with the packaged frames and empty with the frame `frame` switched off (and ev88's
    `battle_empty_side` / `battle_empty_side_state`, which give a battle's side still empty a default)."""
    row = _row(extractor, text, kind)
    assert row[side] == want, row
    assert _row(without(frame, "battle_empty_side", "battle_empty_side_state"), text, kind)[side] is None
