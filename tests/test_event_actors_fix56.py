"""Round fix56 (issue 10, review 18a of ev53): the owner's side of property destroyed is read from what was hit, never
from another mention of the sentence; a crowd's riot targets a force only where it burned or stormed the force's
property; "armed youth from" a state, a country or a large city stay unnamed; people arrested as members of a force
or a group are that force or group; an arrest "in connection with the <place> incident" follows the act of that place,
and "in connection with the attack" after a riot its rioters. Sentences written for the tests, none copied from an
evaluation set."""

from __future__ import annotations

import pytest

from tests.extract_util import run
from tests.test_actor_frames import REF, _row

LEAD = "MAKENI — The district officer spoke on Friday."
LOOT = "Looting/property destruction"


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        (
            "Unknown arsonists set fire to shops near the police station in Kamakwie on Wednesday night, the officer "
            "said.",
            "Civilians",
        ),
        ("Gunmen looted a trader's storeroom near the police post in Kamakwie on Wednesday night.", "Civilians"),
        ("Gunmen looted a storeroom in Kamakwie on Wednesday night, a WFP spokesman said.", None),
        ("Gunmen looted a storeroom in Kamakwie on Wednesday night, according to a reporter's post.", None),
        (
            "Unknown arsonists set fire to a military vehicle in Kamakwie on Wednesday night, the officer said.",
            "Military",
        ),
        ("Unknown arsonists set fire to a mobile phone mast in Kamakwie on Wednesday night, the officer said.", None),
        ("Unknown men set fire to the car of a journalist in Kamakwie on Wednesday night, the officer said.", "Journa"),
    ],
)
def test_the_owner_is_read_from_what_was_hit(extractor, sentence, target):
    row = _row(extractor, [LEAD, sentence], LOOT)
    got = row["actor2"]
    assert got is None if target is None else (got or "").startswith(target), run(extractor, [LEAD, sentence], REF)


def test_civilian_property_destroyed_targets_civilians(extractor):
    text = [LEAD, "Gunmen burned shops in Kamakwie on Wednesday night, the officer said."]
    row = _row(extractor, text, LOOT)
    assert row["actor2"] == "Civilians" and row["civilian_targeting"] is True, row


def test_a_party_office_among_other_property_still_has_no_owner_side(extractor, edited_rules):
    text = [LEAD, "Unknown men set fire to the ruling party's office and two cars in Kamakwie on Wednesday night."]
    assert _row(extractor, text, LOOT)["actor2"] is None, run(extractor, text, REF)

    def no_public(words):
        return {**words, "property_owner_patterns": [p for p in words["property_owner_patterns"] if p[0]]}

    off = edited_rules({"wordlists.json": no_public})
    assert _row(off, text, LOOT)["actor2"] == "Civilians"


@pytest.mark.parametrize(
    "sentence",
    [
        "On Wednesday, protesters marched to the police station in Kamakwie and burned tyres on the road, residents "
        "said.",
        "On Wednesday, angry youths burned tyres in Kamakwie to protest the arrest of a man held at the police station.",
    ],
)
def test_a_riot_near_a_police_station_does_not_target_the_police(extractor, sentence):
    rows = [r for r in run(extractor, [LEAD, sentence], REF) if r["sub_event_type"] == "Violent demonstration"]
    assert rows and all(r["actor2"] is None for r in rows), rows


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday, armed youths from Upper Kotonga state attacked a cattle camp near Makeni, killing four herders.",
        "On Monday, armed youths from neighbouring Guinea attacked a cattle camp near Makeni, killing four herders.",
        "On Monday, armed youths from Freetown attacked a cattle camp near Makeni, killing four herders.",
    ],
)
def test_armed_youth_from_a_state_a_country_or_a_city_stay_unnamed(extractor, sentence):
    assert "armed youth" not in (_row(extractor, [LEAD, sentence], "Attack")["actor1"] or ""), run(
        extractor, [LEAD, sentence], REF
    )


def test_suspected_pirates_arrested_are_an_unidentified_armed_group(extractor):
    text = [
        LEAD,
        "On Wednesday, members of a special task team arrested three suspected pirates in Kabala, the officer said.",
    ]
    assert (_row(extractor, text, "Arrests")["actor2"] or "").startswith("Unidentified Armed Group"), run(
        extractor, text, REF
    )


def test_constables_arrested_are_no_civilians(extractor):
    """Their side is the country's police; when the police made the arrest too, the side stays empty (never the same
    force twice), not civilians."""
    text = [LEAD, "On Wednesday, members of a special task team arrested two constables in Kabala, the officer said."]
    assert _row(extractor, text, "Arrests")["actor2"] in (None, "Police Forces of Sierra Leone"), run(
        extractor, text, REF
    )


def test_an_arrest_over_a_named_incident_follows_the_act_of_that_place(extractor):
    text = [
        LEAD,
        "On Saturday, gunmen shot dead a miller at Kabala. In Binkolo, angry youths protesting a land sale set fire "
        "to the chiefdom office.",
        "On Sunday, police detained eleven men in connection with the Kabala incident, the commander said.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Civilians", run(extractor, text, REF)


def test_an_arrest_over_the_attack_after_a_riot_takes_its_rioters(extractor):
    text = [
        LEAD,
        "On Saturday, angry youths set fire to the police post in Kabala after a detainee died in a cell, witnesses said.",
        "On Sunday, police detained eleven men in connection with the attack, the commander said.",
    ]
    assert _row(extractor, text, "Arrests")["actor2"] == "Rioters", run(extractor, text, REF)
