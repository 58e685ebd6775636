"""The event's own place (issue 10, ev91): the settlement whose office holder or body member is the victim ("gunmen
abducted the deputy mayor of X", "The village chief of X was abducted", "abducted a member of the X local committee") is
where the event happened, even when the gazetteer lacks X, not the place of the event told before. Sentences written
for the tests; the counter-cases (the office holder as a speaker or as the actor of another act, a place the sentence
names for the event) keep the place they had."""

from __future__ import annotations

from datetime import date

from tests.extract_util import one, run

REF = date(2026, 10, 8)
LEAD = "Gunmen attacked an army post in Bankass on Saturday, killing three soldiers."


def _place(rows, sub: str) -> str | None:
    return one(rows, sub)["location"]


def test_the_village_chief_of_an_unlisted_village_abducted_is_at_the_village(extractor):
    rows = run(
        extractor, [LEAD, "The village chief of Tiongoba was abducted from his home on Friday by gunmen."], ref=REF
    )
    assert _place(rows, "Abduction/forced disappearance") == "Tiongoba", rows


def test_the_deputy_mayor_abducted_after_the_trigger_is_at_his_town(extractor):
    rows = run(
        extractor,
        [LEAD, "On 3 October, gunmen abducted the deputy mayor of Tiongoba and two councillors from the town hall."],
        ref=REF,
    )
    assert _place(rows, "Abduction/forced disappearance") == "Tiongoba", rows


def test_the_headman_shot_dead_is_at_his_village(extractor):
    # (fix100) a headman, not an imam: "the imam of X" is as often a mosque's (tests/test_fix100.py)
    rows = run(extractor, [LEAD, "Gunmen shot dead the headman of Tiongoba on Sunday."], ref=REF)
    assert _place(rows, "Attack") == "Tiongoba", rows


def test_a_member_of_a_village_committee_abducted_is_at_the_village(extractor):
    rows = run(
        extractor,
        [
            "Israeli troops detained two men in Quneitra on Monday.",
            "In the south of the province, gunmen abducted a member of the Kafr Shams local committee as he drove back "
            "from Damascus on Tuesday night, his family said.",
        ],
        ref=REF,
    )
    assert _place(rows, "Abduction/forced disappearance") == "Kafr Shams", rows


def test_the_mayor_as_a_speaker_names_no_place(extractor):
    for line in (
        "The mayor of Tiongoba said gunmen attacked a convoy on Monday, killing four people.",
        "Gunmen killed four traders on Monday, the mayor of Tiongoba told the radio.",
    ):
        rows = run(extractor, [LEAD, line], ref=REF)
        assert "Tiongoba" not in {r["location"] for r in rows}, rows


def test_a_place_the_sentence_names_for_the_event_keeps_it(extractor):
    rows = run(extractor, [LEAD, "Gunmen abducted the mayor of Tiongoba on the road to Mopti on Sunday."], ref=REF)
    assert _place(rows, "Abduction/forced disappearance") != "Tiongoba", rows


GUA = "Five people were killed on Sunday when gunmen attacked a market in Guachochi."


def test_a_teacher_from_an_unlisted_village_taken_is_at_the_village(extractor):
    line = "Relatives told us that a teacher from Rocheachi was taken on Wednesday by armed men who came to the school."
    rows = run(extractor, [GUA, line], ref=REF)
    assert _place(rows, "Abduction/forced disappearance") == "Rocheachi", rows


def test_young_men_from_an_unlisted_town_burning_a_home_are_at_the_town(extractor):
    rows = run(
        extractor,
        [
            "Five people were killed on Sunday when armed youths from Ikire and neighbouring Ora-Igbomina clashed.",
            "On Monday, a crowd of young men from Ora-Igbomina burned down the home of a chief in the town.",
        ],
        ref=REF,
    )
    assert _place(rows, "Mob violence") == "Ora-Igbomina", rows


def test_origin_yields_to_the_place_after_the_trigger_and_needs_a_civilian_noun(extractor):
    rows = run(extractor, [GUA, "Herders from Rocheachi attacked farmers at Tonachi on Wednesday."], ref=REF)
    assert [r["location"] for r in rows if r["sentence"].startswith("Herders")] == ["Tonachi"], rows
    for line in (
        "Gunmen from Rocheachi killed two farmers on Wednesday.",
        "Relatives of a farmer who had come from Rocheachi said armed men had killed him on Wednesday.",
    ):
        rows = run(extractor, [GUA, line], ref=REF)
        assert "Rocheachi" not in {r["location"] for r in rows}, rows


CAT = "Soldiers clashed with rebels in Catbalogan on Monday."


def test_a_rally_in_the_town_plaza_of_an_unlisted_town_is_at_the_town(extractor):
    line = "On Wednesday about 300 farmers held a prayer rally in the town plaza of Pinabacdao to ask for a ceasefire."
    rows = run(extractor, [CAT, line], ref=REF)
    assert _place(rows, "Peaceful protest") == "Pinabacdao", rows


def test_the_square_of_a_known_town_and_a_plaza_with_no_name_keep_their_place(extractor):
    rows = run(extractor, [CAT, "On Wednesday about 300 farmers rallied in the main square of Catbalogan."], ref=REF)
    assert _place(rows, "Peaceful protest") == "Catbalogan", rows
    rows = run(
        extractor, [CAT, "On Wednesday about 300 farmers rallied in the town plaza to ask for a ceasefire."], ref=REF
    )
    assert _place(rows, "Peaceful protest") == "Catbalogan", rows


BAZAAR = "At least 20 people were injured as supporters of two factions clashed with sticks at {} in Gournadi upazila of Barishal."


def test_an_unlisted_bazaar_named_by_its_village_is_the_village_not_the_division_town(extractor):
    rows = run(extractor, [BAZAAR.format("Charkalia bazaar")], ref=REF)
    assert _place(rows, "Mob violence") == "Charkalia", rows


def test_a_bazaar_with_no_name_keeps_the_sub_district(extractor):
    rows = run(extractor, [BAZAAR.format("the bazaar")], ref=REF)
    assert _place(rows, "Mob violence") == "Gaurnadi", rows


def test_an_event_named_by_its_town_and_blast_is_no_place_of_the_arrest(extractor):
    line = (
        "Police said that they arrested two suspected facilitators of the Quetta blast in a raid in Nushki on Friday."
    )
    rows = run(extractor, [line], ref=REF)
    assert _place(rows, "Arrests") == "Nushki", rows


TRIAL = [
    "KISUMU — A witness told the High Court on Tuesday how gunmen shot dead two traders at a market in Ahero on 3 March.",
    "The investigating officer said police arrested the accused in a raid on a house in Awasi on 9 March.",
]


def test_a_gathering_outside_the_court_is_at_the_court_town_not_the_last_event_place(extractor):
    line = "Outside the court on Tuesday, about 60 relatives of the dead sang and held placards demanding justice."
    rows = run(extractor, [*TRIAL, line], ref=REF)
    assert _place(rows, "Peaceful protest") == "Kisumu", rows


def test_a_gathering_the_sentence_places_itself_keeps_its_place(extractor):
    line = "On Tuesday, about 60 relatives of the dead marched in Awasi demanding justice."
    rows = run(extractor, [*TRIAL, line], ref=REF)
    assert _place(rows, "Peaceful protest") == "Awasi", rows


def test_an_item_heading_after_a_number_and_a_stamp_is_the_item_place(extractor):
    rows = run(
        extractor,
        [
            "MINING SECURITY INCIDENT REGISTER — Trujillo, Peru",
            "12. 03/04/2026, 05:30 — Chagual: a police unit raided a camp of illegal miners and detained 12 people.",
        ],
        ref=REF,
    )
    assert _place(rows, "Arrests") == "Chagual", rows
    line = (
        "[02/06 16:10] Bangadi focal point: soldiers arrested 3 men accused of selling food to the LRA, taken to Dungu."
    )
    rows = run(extractor, ["SMS ALERTS — HAUT-UELE", line], ref=REF)
    assert _place(rows, "Arrests") == "Bangadi", rows


def test_a_line_opening_with_a_word_before_the_place_is_no_heading(extractor):
    rows = run(
        extractor,
        [
            "MINING SECURITY INCIDENT REGISTER — Trujillo, Peru",
            "12. 03/04/2026, 05:30 — Volunteer, Chagual: a police unit raided a camp of illegal miners and detained 12.",
        ],
        ref=REF,
    )
    assert _place(rows, "Arrests") != "Volunteer", rows


def test_a_numbered_item_dateline_yields_to_the_place_near_which_it_happened(extractor):
    line = (
        "1. MTHATHA: Police are searching for unknown suspects who opened fire on a minibus taxi on the R61 near "
        "Ngqeleni on Tuesday, killing two passengers."
    )
    rows = run(extractor, ["EASTERN CAPE POLICE DAILY BULLETIN", line], ref=REF)
    assert _place(rows, "Attack") == "Ngqeleni", rows
    line = "1. MTHATHA: Unknown suspects opened fire on a minibus taxi on Tuesday, killing the driver."
    rows = run(extractor, ["EASTERN CAPE POLICE DAILY BULLETIN", line], ref=REF)
    assert _place(rows, "Attack") == "Mthatha", rows
