"""Round fix70 (the review of ev67; sentences written for the tests): a named victim is no place or agent after a
preposition, "EPP" and "border commandos" keep their plain readings, a crowd's burning stays a crowd's when an armed
group is only its object, an earlier attack "by" a named gang does not name the gunmen, a post occupied by ministers is
no protest, "none of the soldiers were injured, but twelve rebels were killed" counts 12, and unnamed raiders and
rustlers are an unidentified armed group while a named community's raiders are its militia (convention 10 of eval/events/README.md)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 5, 20)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in run(extractor, [line], ref=REF)]


@pytest.mark.parametrize(
    "text",
    [
        "Several people were killed in Kaduna State, officials said.",
        "Many villagers were killed by Boko Haram.",
        "Dozens were killed on Christmas Day.",
    ],
)
def test_a_place_or_agent_after_a_preposition_is_no_named_victim(extractor, text):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in(text, extractor.res) is None


def test_named_victims_still_count_one(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Gunmen shot dead driver Selorm Dzikunu near Kpeve on Sunday.", res) == 1
    assert fatalities_in("Gunmen shot dead Selorm Dzikunu near Kpeve on Sunday.", res) == 1


def test_the_european_peoples_party_is_no_paraguayan_guerrilla(extractor):
    (row,) = _rows(
        extractor,
        "The European People's Party (EPP) said on Tuesday that unknown men had set fire to its office in Seville.",
    )
    assert "Paraguay" not in (row[1] or "") and "Paraguay" not in (row[2] or "")
    (row,) = _rows(extractor, "Police in Madrid arrested two EPP activists on Monday.")
    assert row[1] == "Police Forces of Spain" and "Paraguay" not in (row[2] or "")
    (row,) = _rows(extractor, "Soldiers killed two EPP members near Concepcion, Paraguay, on Monday.")
    assert row[2] == "EPP: Paraguayan People's Army"  # in a Paraguayan story the bare "EPP" is the guerrilla


def test_indian_border_commandos_are_indian_forces(extractor):
    (row,) = _rows(extractor, "Indian border commandos shot dead two smugglers near Amritsar on Sunday.")
    assert row[1] == "Military Forces of India"


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, a crowd hunting suspected rebels set fire to 15 houses in Beni.",
        "Youths who accused the herders of sheltering bandits set fire to 20 houses in Bokkos on Sunday.",
    ],
)
def test_an_armed_group_the_crowd_names_is_not_the_burner(extractor, text):
    (row,) = _rows(extractor, text)
    assert row[0] != "Looting/property destruction" and row[1] == "Rioters"


def test_an_earlier_attack_by_a_named_gang_does_not_name_the_gunmen(extractor):
    (row,) = _rows(
        extractor,
        "Gunmen killed four workers at a bus terminal in Escuintla on Wednesday, days after an attack by the Barrio "
        "18 gang.",
    )
    assert row[:3] == ("Attack", "Unidentified Armed Group (Guatemala)", "Civilians")


def test_the_gang_of_an_attack_avenged_is_no_side(extractor):
    (row,) = _rows(
        extractor,
        "Gunmen killed four workers at a bus terminal in Escuintla on Wednesday, police said, in revenge for an attack "
        "by the Barrio 18 gang.",
    )
    assert row[:3] == ("Attack", "Unidentified Armed Group (Guatemala)", "Civilians")


def test_ministers_who_occupied_posts_are_no_protesters(extractor):
    (row,) = _rows(
        extractor,
        "Three ministers who occupied key posts were removed by the president on Monday and detained by the DSS.",
    )
    assert row[0] == "Arrests"


def test_a_mob_burning_houses_near_police_posts_is_mob_violence(extractor):
    (row,) = _rows(extractor, "Hours later, a mob torched two houses near police posts in Moreh.")
    assert row[0] == "Mob violence"


def test_none_injured_on_one_side_keeps_the_other_sides_dead(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    text = "None of the soldiers were injured, but twelve rebels were killed in the fighting near Gao on Sunday."
    assert fatalities_in(text, res) == 12
    assert fatalities_in("None of the soldiers were injured in the attack near Gao on Sunday.", res) == 0


def test_of_whom_died_needs_the_event(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("The minister has three sons, two of whom died in the war years ago.", res) is None
    assert fatalities_in("The police fired on the intruders, two of whom were later killed.", res) == 2
    assert fatalities_in("Police fired on the intruders, two of whom died in hospital.", res) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Cattle raiders killed six villagers in Ambatolahy on Tuesday.",
        "Cattle rustlers killed six villagers in Ambatolahy on Tuesday.",
        "Raiders killed six villagers in Ambatolahy on Tuesday.",
        "Rustling gangs killed six villagers in Ambatolahy on Tuesday.",
    ],
)
def test_unnamed_raiders_and_rustlers_are_an_unidentified_armed_group(extractor, text):
    (row,) = _rows(extractor, text)
    assert row[1].startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "militia"),
    [
        ("On Sunday, Pokot cattle rustlers killed six herders in Tiaty, Baringo County.", "Pokot militia"),
        ("On Sunday, Turkana raiders killed six herders in Lokori.", "Turkana militia"),
    ],
)
def test_a_named_communitys_raiders_are_its_militia(extractor, text, militia):
    (row,) = _rows(extractor, text)
    assert row[1] == militia


def test_cadres_of_two_armed_factions_clash_as_armed_men(extractor):
    (row,) = _rows(
        extractor, "Cadres of two rival Maoist factions clashed in the forest near Dantewada on Sunday, killing two."
    )
    assert row[0] == "Armed clash"


def test_a_speakers_age_is_no_toll(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Police spokesman John Doe, 44, said the man was shot dead near the market.", res) != 44
    assert fatalities_in("Gunmen killed 1,200 people in the town.", res) == 1200
