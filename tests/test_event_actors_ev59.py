"""Round ev59: actors and fatalities on constructions the development sets kept missing (eval/events_blind25/README.md
"Error kinds", Actors / Fatalities). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from newsetl.extract.rules import load_rules
from tests.extract_util import run

REF = date(2025, 9, 12)  # a Friday


def _rows(extractor, paragraphs, sub=None):
    rows = run(extractor, paragraphs, REF)
    return [r for r in rows if sub is None or r["sub_event_type"] == sub]


def _one(extractor, paragraphs, sub):
    rows = _rows(extractor, paragraphs, sub)
    assert len(rows) == 1, run(extractor, paragraphs, REF)
    return rows[0]


LEAD_KE = "NAKURU, Kenya — The county commander briefed reporters on Friday."


@pytest.mark.parametrize("who", ["Unknown people", "Unidentified persons", "Unknown individuals"])
def test_unknown_people_who_burn_are_an_unidentified_armed_group(extractor, who):
    text = [LEAD_KE, f"On Wednesday night, {who} burned down a timber yard at Molo, the commander said."]
    row = _one(extractor, text, "Looting/property destruction")
    assert (row["actor1"] or "").startswith("Unidentified Armed Group"), row


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("On Wednesday night, unknown persons set fire to a ward office in Molo, the commander said.", None),
        ("On Wednesday night, unknown persons set fire to a grader of the municipal works department in Molo.", None),
        ("On Wednesday night, gunmen set fire to a maize mill in Molo, the commander said.", "Civilians"),
        ("On Wednesday night, gunmen set fire to the residence of a village elder in Molo.", "Civilians"),
        ("On Wednesday night, gunmen set fire to the community meeting hall in Molo, the commander said.", "Civilians"),
    ],
)
def test_owner_side_of_a_ward_office_a_municipal_machine_a_mill_a_residence(extractor, sentence, owner):
    row = _one(extractor, [LEAD_KE, sentence], "Looting/property destruction")
    assert row["actor2"] == owner, row


def test_a_grenade_thrown_at_a_shop_targets_civilians(extractor):
    text = [
        LEAD_KE,
        "On Wednesday night, two men on a motorcycle threw a grenade at the entrance of a hardware shop in Molo.",
    ]
    rows = [r for r in _rows(extractor, text) if r["event_type"] == "Explosions/Remote violence"]
    assert len(rows) == 1 and rows[0]["actor2"] == "Civilians", rows


@pytest.mark.parametrize(
    "after",
    [
        "Its two guards fled and were unhurt.",
        "The driver was left at the roadside and was freed by passing motorists; he was not hurt.",
    ],
)
def test_nobody_hurt_in_the_next_sentence_is_zero(extractor, after):
    text = [LEAD_KE, f"On Wednesday night, armed men looted and burned a clinic at Molo, the commander said. {after}"]
    row = _one(extractor, text, "Looting/property destruction")
    assert row["fatalities"] == 0, row


@pytest.mark.parametrize(
    ("sentence", "n"),
    [
        ("Gunmen attacked an army post at Molo on Wednesday, in which a soldier lost his life.", 1),
        ("Soldiers fought the rebels near Molo on Wednesday, where one dissident died, the army said.", 1),
        ("Three Maoists carrying a combined bounty of 20 lakh were killed in an encounter near Molo on Wednesday.", 3),
    ],
)
def test_fatalities_of_lost_his_life_one_noun_died_and_a_post_modified_count(sentence, n):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(sentence, load_rules()) == n


def test_a_spelled_ordinal_brigade_is_the_state_force_and_the_same_structure_the_group_before(extractor):
    text = [
        "IBAGUE, Colombia — ELN fighters attacked a police station in Planadas on Monday, the governor said.",
        "On Tuesday, troops of the Ninth Brigade of the National Army fought the same structure near Gaitania.",
    ]
    rows = [r for r in _rows(extractor, text, "Armed clash") if "Gaitania" in r["sentence"]]
    assert rows and rows[0]["actor1"] == "Military Forces of Colombia", rows
    assert (rows[0]["actor2"] or "").startswith("ELN"), rows


def test_officers_pursuing_the_raiders_fight_them(extractor):
    text = [
        "NAKURU, Kenya — Armed raiders killed two herders at Molo on Monday, police said.",
        "The county police commander said officers pursued the raiders into the forest on Monday evening and "
        "exchanged fire with them.",
    ]
    rows = [r for r in _rows(extractor, text, "Armed clash") if "pursued" in r["sentence"]]
    assert rows and rows[0]["actor1"] == "Police Forces of Kenya", rows
    assert (rows[0]["actor2"] or "").startswith("Unidentified Armed Group"), rows


def test_illegal_miners_are_a_side_and_arrested_ones_civilians(extractor):
    fight = [LEAD_KE, "On Wednesday, illegal miners armed with machetes attacked a police patrol at Molo."]
    rows = _rows(extractor, fight)
    assert rows and rows[0]["actor1"] == "Illegal miners", rows
    arrest = [LEAD_KE, "On Wednesday, police arrested 31 suspected illegal miners at Molo, the commander said."]
    assert _one(extractor, arrest, "Arrests")["actor2"] == "Civilians"


def test_a_named_special_unit_keeps_its_name_and_women_qualifies_the_maoists(extractor):
    text = [
        "Raipur, June 3: Two women Maoists were killed in an encounter with the Hawk Force in the forest near Kadla "
        "village in Madhya Pradesh on Wednesday morning, officials said."
    ]
    row = _one(extractor, text, "Armed clash")
    assert row["actor1"] == "Hawk Force", row
    assert (row["actor2"] or "").startswith("CPI (Maoist)"), row


def test_a_force_named_by_its_conduct_is_no_side(extractor):
    text = [
        LEAD_KE,
        "On Tuesday, residents angry at the slow police response blocked the road at Molo with burning tyres.",
    ]
    rows = _rows(extractor, text)
    assert rows and all(r["actor2"] is None for r in rows), rows


def test_forest_rangers_are_civilians_and_mbororo_herders_the_fulani_militia(extractor):
    text = [LEAD_KE, "Gunmen killed two forest rangers near Molo on Wednesday, the commander said."]
    assert _one(extractor, text, "Attack")["actor2"] == "Civilians"
    herders = [
        "BUTA, Democratic Republic of Congo — Mbororo herders clashed with soldiers near Bondo on Monday, "
        "the army said."
    ]
    row = _one(extractor, herders, "Armed clash")
    assert (row["actor1"] or "").startswith("Fulani Ethnic Militia"), row


def test_people_arrested_trying_to_cross_are_no_protesters(extractor):
    text = [
        "UZHHOROD, Ukraine — About 200 people gathered outside the town hall in Berehove on Saturday to protest "
        "against the mobilisation.",
        "Border guards detained 12 men trying to cross into Hungary near Chop on Sunday, the service said.",
    ]
    assert _one(extractor, text, "Arrests")["actor2"] == "Civilians"


def test_country_name_army_and_police_resolve():
    res = load_rules()
    assert res.resolve_actor("Benin army").name == "Military Forces of Benin"
    assert res.resolve_actor("Chad police").name == "Police Forces of Chad"
