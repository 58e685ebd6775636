"""Round ev63: unnamed attackers the dictionary lacked ("robbers", "pirates", "miscreants", "perpetrators") are an
unidentified armed group, as the gold of the development sets codes them (blind11, blind22, blind26, blind27).
Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import canon, run

REF = date(2026, 9, 3)


def test_unnamed_attackers_are_an_unidentified_armed_group(extractor):
    for name in ("robbers", "armed pirates", "unidentified miscreants", "perpetrators"):
        assert canon(extractor, name) == "Unidentified Armed Group ({country})", name


def test_robbers_boarding_a_ship(extractor):
    line = "On Tuesday, four robbers boarded a product tanker off Tanjung Balai Karimun in Indonesia and stole engine spares."
    rows = run(extractor, [line], ref=REF)
    assert [r["actor1"] for r in rows] == ["Unidentified Armed Group (Indonesia)"], rows


def test_an_anaphor_coordinated_with_a_named_group_is_the_other_side(extractor):
    line = (
        "Dogon hunters of the Dan Na Ambassagou militia and the jihadists fought for several hours on Wednesday "
        "near Dourou in Mali, and four hunters were killed."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Dan Na Ambassagou", "Unidentified Armed Group (Mali)")]


def test_pursuers_after_a_report_with_an_auxiliary(extractor):
    line = (
        "Police said officers had pursued the attackers towards Ferrier and killed one of them in a gunfight "
        "near Ouanaminthe in Haiti on Wednesday."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [
        ("Police Forces of Haiti", "Unidentified Armed Group (Haiti)")
    ]


def test_armed_youths_of_two_named_places_are_their_communal_militias(extractor):
    line = (
        "Five people were killed on Sunday when armed youths from Ilobu and neighbouring Ifon-Osun exchanged gunfire "
        "over a disputed farm near Ilobu in Osun State, Nigeria."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["actor1"], r["actor2"]) for r in rows] == [("Ilobu communal militia", "Ifon-Osun communal militia")]


def test_rival_factions_of_one_group_are_both_sides(extractor):
    line = "Five people were killed in a shootout between rival factions of illegal miners near Welkom, South Africa."
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in rows] == [
        ("Armed clash", "Illegal miners", "Illegal miners")
    ]


def test_a_man_arrested_for_acting_on_behalf_of_a_group_is_that_group(extractor):
    line = (
        "Police in Riohacha, Colombia, arrested a man accused of extorting shopkeepers on behalf of the Clan del Golfo "
        "on Thursday."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [("Arrests", "Clan del Golfo")]


def test_a_particle_ends_no_agency_name(extractor):
    line = "Agents of the Ministry of Intelligence detained three students in Sanandaj, Iran, on Tuesday."
    rows = run(extractor, [line], ref=REF)
    assert [r["actor1"] for r in rows] == ["Iranian Ministry of Intelligence"]


def test_people_arrested_over_a_mob_attack_told_before_a_quote_are_its_rioters(extractor):
    paras = [
        "Two truck drivers were killed when a mob attacked a coal depot near Lumshnong in Meghalaya, India, on Tuesday "
        "night, police said.",
        "The mob, armed with sticks and iron rods, also set fire to three trucks parked at the depot, police said.",
        '"We were sleeping in the cabins when they came with torches," said a driver from Bihar.',
        "Police arrested eleven people from villages near the depot on Wednesday in connection with the attack.",
    ]
    rows = run(extractor, paras, ref=date(2026, 8, 20))
    assert [r["actor2"] for r in rows if r["sub_event_type"] == "Arrests"] == ["Rioters"], rows


def test_bare_soldiers_in_the_west_bank_are_israels(extractor):
    line = "Soldiers shot dead a Palestinian man near Jenin in the West Bank on Monday."
    rows = run(extractor, [line], ref=REF)
    assert [r["actor1"] for r in rows] == ["Military Forces of Israel"]
    line = "Palestinian security forces arrested three men in Jenin in the West Bank on Monday."
    assert [r["actor1"] for r in run(extractor, [line], ref=REF)] != ["Military Forces of Israel"]


def test_found_with_an_object_is_no_report(extractor):
    line = (
        "Soldiers found the burned-out pickup used by the attackers hours later in Jala, Nayarit, Mexico, and detained "
        "three men at a nearby ranch, the office said."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [("Arrests", "Military Forces of Mexico")]
