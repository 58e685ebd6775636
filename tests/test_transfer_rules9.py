"""Rules of round 13 (issue 10, after `eval/events_blind8` became a development set): how English news describes
events in general (voice, subordinate clauses, what was taken, where people fled, what a crowd demands, hedged and
announced acts). Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import canon, one, only, run

REF = date(2024, 12, 19)  # a Thursday


def test_an_intervention_told_after_a_protest_makes_it_one_with_intervention(extractor):
    lead = "NAIROBI — The county gave its weekly report on Thursday."
    rows = run(
        extractor,
        [
            lead,
            "In Kisumu, hundreds of traders marched to the county offices on Wednesday, demanding lower fees. "
            "The march was broken up by police firing tear gas, witnesses said.",
            "On Tuesday, about 200 nurses held a rally in Eldoret over unpaid wages. Police used tear gas to scatter the "
            "crowd as it neared the governor's office.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Protest with intervention"] * 2, rows
    assert all(r["actor2"] == "Police Forces of Kenya" for r in rows), rows


@pytest.mark.parametrize(
    ("lead", "text", "want"),
    [
        pytest.param(
            "OUAGADOUGOU — The army gave an update on Thursday.",
            "On 5 May 2024, soldiers in Fada, province of Gourma, repelled an attack by armed terrorist groups.",
            {"location": "Fada"},
            id="the_unit_named_after_a_town_locates_it",
        ),
        # a regency is a region like a province
        pytest.param(
            "JAKARTA — The regional police gave an update on Thursday.",
            "On Tuesday, soldiers clashed with a TPNPB group in Beoga district, Puncak regency.",
            {"location": "Beoga"},
            id="the_unit_named_after_a_town_locates_it_2",
        ),
        pytest.param(
            "NAIROBI — The county gave its weekly report on Thursday.",
            (
                "Three students were killed on Monday in Kisumu when police opened fire on a march that had been peaceful "
                "until then, a doctor said."
            ),
            {"sub_event_type": "Excessive force against protesters", "actor2": "Protesters"},
            id="fire_on_a_march_is_excessive_force_and_on_a_storming_crowd_a_riot",
        ),
        # the riot's detail in the next sentence is no event of its own
        pytest.param(
            "NAIROBI — The county gave its weekly report on Thursday.",
            (
                "On Tuesday night, one man was killed in Kitale when police opened fire on a crowd that tried to storm the "
                "police station. Several officers were hurt by stones and the station was partly burned."
            ),
            {"sub_event_type": "Violent demonstration"},
            id="fire_on_a_march_is_excessive_force_and_on_a_storming_crowd_a_riot_2",
        ),
        pytest.param(
            "SANAA — A local official gave an update on Thursday.",
            "On Tuesday, a drone carrying explosives crashed into a house in the village of Bani Qais, killing two children.",
            {"sub_event_type": "Air/drone strike"},
            id="a_drone_carrying_explosives_strikes_from_the_air",
        ),
        # a long subject phrase before "was neutralised"
        pytest.param(
            "SANAA — A local official gave an update on Thursday.",
            (
                "On Wednesday, a quadcopter of the Houthi forces attempting to conduct surveillance flights over positions of "
                "the government army in the direction of the port was neutralised by means of electronic warfare near Mocha."
            ),
            {"sub_event_type": "Disrupted weapons use"},
            id="a_drone_carrying_explosives_strikes_from_the_air_2",
        ),
        pytest.param(
            "OUAGADOUGOU — The army gave an update on Thursday.",
            "On Monday, soldiers arrested four suspects near the village of Tiba. They have been handed over to the police.",
            {"sub_event_type": "Arrests"},
            id="people_handed_over_to_custody_are_no_transfer_of_territory",
        ),
        # the surrender is part of the capture
        # "in X, on the Y river north of Z": X is where it happened
        pytest.param(
            "MANDALAY — The outlet gave an update on Thursday.",
            (
                "On Monday, fighters of the Kachin Independence Army (KIA) said they had captured an army outpost in Nam Sang, "
                "on the Mali river north of Bhamo, after a three-day siege, and that nine soldiers had surrendered."
            ),
            {"sub_event_type": "Non-state actor overtakes territory", "location": "Nam Sang"},
            id="what_was_taken_decides_the_type",
        ),
        pytest.param(
            "MANDALAY — The outlet gave an update on Thursday.",
            "On Wednesday, soldiers seized rifles, grenades and ammunition from a hideout near Kalay.",
            {"sub_event_type": "Disrupted weapons use"},
            id="what_was_taken_decides_the_type_2",
        ),
        pytest.param(
            "BENGHAZI — The command gave an update on Thursday.",
            "On Tuesday, the LNA said its units had seized a large shipment of weapons hidden in a truck near Sirte.",
            {"sub_event_type": "Disrupted weapons use"},
            id="what_was_taken_decides_the_type_3",
        ),
        # the place of what the crowd demands is not where it marched
        pytest.param(
            "BAMAKO — The outlet gave an update on Thursday.",
            (
                "In Sikasso, the regional capital, held by the army since early 2023, several hundred people walked peacefully "
                "through the town on Monday to demand the reopening of the banks in Bamako."
            ),
            {"sub_event_type": "Peaceful protest", "location": "Sikasso"},
            id="a_since_that_dates_a_state_is_no_background",
        ),
        pytest.param(
            "BAMAKO — The outlet gave an update on Thursday.",
            "Hundreds of women held a candlelight march through Segou last night demanding the return of two teachers missing since September.",
            {"sub_event_type": "Peaceful protest"},
            id="a_since_that_dates_a_state_is_no_background_2",
        ),
        pytest.param(
            "PORT-AU-PRINCE — Live updates on Thursday.",
            (
                "14:20 — More on Cabaret: the mayor of Arcahaie told local radio that members of the 400 Mawozo gang who "
                "attacked the village overnight killed at least five people."
            ),
            {"location": "Cabaret"},
            id="a_place_in_a_title_or_naming_another_event_is_not_the_events",
        ),
        pytest.param(
            "GOMA — Update on Thursday.",
            (
                "Separately, three civilians were killed on Tuesday when a shell fired during the Kitchanga fighting hit a "
                "school in the nearby village of Bwiza."
            ),
            {"location": "Bwiza"},
            id="a_place_in_a_title_or_naming_another_event_is_not_the_events_2",
        ),
        pytest.param(
            "PORT-AU-PRINCE — Live on Thursday.",
            (
                "18:05 — Police say officers at a checkpoint in Arcahaie arrested two men this afternoon who were carrying "
                "rifles in a truck."
            ),
            {"actor1": "Police Forces of Haiti", "actor2": "Civilians"},
            id="an_arrest_reported_by_the_police",
        ),
        # the province only locates the town
        pytest.param(
            "OUAGADOUGOU — The army said on Thursday.",
            (
                "On 5 May 2024, the air vectors of the Burkinabe Air Force engaged a terrorist column moving towards Djibo, "
                "province of Soum, destroying about ten motorcycles."
            ),
            {"sub_event_type": "Air/drone strike", "location": "Djibo"},
            id="aircraft_engaging_a_column_strike_at_the_town_it_moved_to",
        ),
    ],
)
def test_the_only_event_after_a_lead(extractor, lead, text, want):
    """The one event of a lead and a paragraph has the fields `want` gives (each case one rule, named by its id)."""
    row = only(extractor, [lead, text], REF)
    assert {k: row[k] for k in want} == want, row


def test_the_subject_of_a_subordinate_clause_is_the_agent(extractor):
    lead = "NAIROBI — The county gave its weekly report on Thursday."
    text = (
        "Residents of Kalama village in Bura division, Garissa county, are counting losses after suspected al-Shabaab "
        "militants torched six homes and a mosque on Tuesday night."
    )
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Looting/property destruction", row
    assert row["actor1"] == canon(extractor, "al-Shabaab"), row
    assert row["location"] == "Kalama", row


def test_every_sovereign_state_has_its_forces(extractor):
    lead = "ANTANANARIVO — The agency reported on Thursday."
    row = only(extractor, [lead, "Police in Toliara said on Wednesday they had arrested nine people for looting."], REF)
    assert row["actor1"] == "Police Forces of Madagascar", row


def test_an_agency_dateline_with_the_country_is_the_publication_day(extractor):
    text = (
        "Nampula, Mozambique, 12 Nov 2024 (Lusa) - Armed men killed two farmers in the village of Namaua, in Memba "
        "district, on Sunday, local sources said."
    )
    row = only(extractor, [text], date(2024, 11, 12))
    assert row["event_date"] == date(2024, 11, 10), row  # the Sunday before, not the dateline's day


def test_what_was_announced_for_later_is_a_plan(extractor):
    lead = "YAOUNDE — A rights group gave its report on Thursday."
    rows = run(
        extractor,
        [
            lead,
            "The junta has announced a referendum for later this year, which the opposition calls a farce.",
            "Armed groups have announced a lockdown of the city ahead of 1 October.",
            "Police arrested 20 activists in Buea on Monday ahead of next week's rally.",
        ],
        REF,
    )
    assert [r["sub_event_type"] for r in rows] == ["Arrests"], rows  # an arrest made ahead of a rally is made


def test_a_live_blog_entry_in_the_present(extractor):
    lead = "BAMAKO — Live updates on Thursday."
    text = "09:30 — Hundreds of people are marching peacefully through Kati this morning, calling on the government to act."
    row = only(extractor, [lead, text], REF)
    assert row["sub_event_type"] == "Peaceful protest" and row["event_date"] == REF, row


def test_the_side_of_a_state_is_its_military(extractor):
    lead = "YEREVAN — The ministry said on Friday."
    text = "On 26 February, at 10:15, the Azerbaijani side fired mortars at the village of Khoznavar, Syunik region."
    row = only(extractor, [lead, text], REF)
    assert row["actor1"] == canon(extractor, "Azerbaijani army"), row


def test_the_sides_of_a_battle_told_after_it(extractor):
    lead = "TRIPOLI — The outlet said on Thursday."
    text = (
        "Heavy clashes erupted on Wednesday between two armed groups in the town of Gharyan, killing at least four "
        "people, according to a local news page. The fighting pitted the 444 Brigade against fighters loyal to a rival "
        "commander from nearby Asabaa."
    )
    row = only(extractor, [lead, text], REF)
    assert row["location"] == "Gharyan", row
    assert row["actor1"] == canon(extractor, "444 Brigade"), row
    assert row["actor2"] == "Unidentified Armed Group (Libya)", row


def test_an_announced_strike_is_the_announcers_and_spared_civilians_are_no_target(extractor):
    paras = [
        "MOGADISHU — The outlet reported on Friday.",
        "Al-Shabaab fighters stormed an army base in the town of Bulo Burde before dawn on Wednesday and took control "
        "of the town, according to the local outlet Hiiraan Today. At least 12 soldiers were killed, the outlet said, "
        "citing officers who fled to Jowhar.",
        "Hours later, the US Africa Command announced an air strike against al-Shabaab fighters near Bulo Burde, "
        "adding that its initial assessment was that no civilians were injured.",
    ]
    rows = run(extractor, paras, REF)
    taken = one(rows, "Non-state actor overtakes territory")
    assert taken["fatalities"] == 12 and taken["location"] == "Bulo Burde", rows  # no event where officers fled to
    strike = one(rows, "Air/drone strike")
    assert strike["actor1"] == canon(extractor, "US forces"), strike
    assert strike["actor2"] == canon(extractor, "al-Shabaab"), strike
    assert strike["event_date"] == date(2024, 12, 18), strike  # "Hours later" than Wednesday ("Hiiraan Today": no date)
    assert len(rows) == 2, rows


def test_an_act_the_source_will_not_date_is_no_event(extractor):
    lead = "TRIPOLI — The outlet said on Saturday."
    text = (
        "Separately, the Radaa force said on Friday it had arrested a cell of four men suspected of planning attacks on "
        "the port, without saying when or where the arrests took place."
    )
    assert run(extractor, [lead, text], REF) == []
