"""Round ev67 (actors, fatalities and the riot / protest / attack line; sentences written for the tests): an armed
group's burning is property destruction, a mob burning state property is a violent demonstration (convention 3), a
crowd fighting the police is a riot, two parties' supporters clashing is mob violence; a named victim counts one and
"no further injuries" / "neither was injured" count none; named gangs are the arrested side (convention 1), and the
gunmen of an attack "by" a named gang are that gang."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 5, 20)


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["fatalities"]) for r in run(extractor, [line], ref=REF)]


def test_a_militia_burning_houses_destroys_property(extractor):
    rows = _rows(
        extractor,
        "On Sunday, the same militia set fire to about 20 houses in Bokungu, accusing residents of guiding the soldiers.",
    )
    assert [r[0] for r in rows] == ["Looting/property destruction"]


def test_a_mob_burning_a_police_jeep_is_a_violent_demonstration(extractor):
    (row,) = _rows(extractor, "On Sunday, a mob set fire to a police jeep at Mihinpurwa, police said.")
    assert row[0] == "Violent demonstration" and row[1] == "Rioters"
    (row,) = _rows(extractor, "Hours later, a mob set fire to at least five houses and a shop near the Moreh market.")
    assert row[0] == "Mob violence"  # a person's property: mob violence


def test_a_crowd_fighting_the_police_riots(extractor):
    (row,) = _rows(
        extractor,
        "Police in Mazabuka on Tuesday fought running battles with marketeers who were protesting against the "
        "demolition of their stalls.",
    )
    assert row[0] == "Violent demonstration" and row[1] == "Rioters" and row[2].startswith("Police Forces")
    (row,) = _rows(
        extractor, "After the match in Kudus, hundreds of spectators invaded the pitch and fought with police officers."
    )
    assert row[0] == "Violent demonstration"


def test_supporters_of_two_unions_clashing_is_mob_violence(extractor):
    (row,) = _rows(
        extractor, "Cadres of two student unions clashed at a campus in Birendranagar on Saturday, police said."
    )
    assert row[0] == "Mob violence"
    (row,) = _rows(extractor, "Fighters of two rival factions clashed with rifles near Birendranagar on Saturday.")
    assert row[0] == "Armed clash"


def test_a_named_victim_counts_one(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("Shopkeeper Lennox Brown, 44, was shot dead at Four Paths on Sunday.", res) == 1
    assert (
        fatalities_in(
            "Armed robbers blocked the highway and shot dead our member, driver Selorm Dzikunu, who was carrying passengers.",
            res,
        )
        == 1
    )
    assert fatalities_in("Gunmen killed Boko Haram fighters near the town.", res) is None
    assert fatalities_in("John Brown was arrested at Four Paths on Sunday.", res) is None


def test_no_further_injuries_and_neither_injured_are_zero(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert (
        fatalities_in("The gathering was dispersed by police with tear gas and no further injuries were reported.", res)
        == 0
    )
    assert fatalities_in("Armed men robbed the two occupants of their phones and cash; neither was injured.", res) == 0


def test_members_of_a_named_gang_are_the_arrested_side(extractor):
    (row,) = _rows(
        extractor, "Police arrested four alleged members of the Mara Salvatrucha in San Marcos de Colón on Monday."
    )
    assert row[0] == "Arrests" and row[2] == "Mara Salvatrucha"


def test_gunmen_of_an_attack_by_a_named_gang_are_the_gang(extractor):
    (row,) = _rows(
        extractor,
        "Gunmen killed four workers at a bus terminal in Escuintla on Wednesday, police said, in what officials "
        "described as an extortion attack by the Barrio 18 gang.",
    )
    assert row == ("Attack", "Barrio 18", "Civilians", 4)


def test_occupiers_removed_by_police_with_detentions_are_a_protest_with_intervention(extractor):
    (row,) = _rows(
        extractor,
        "In Buriticupu, a group of landless workers occupied a farm on Monday morning and were removed by the Military "
        "Police in the afternoon, with 12 people detained.",
    )
    assert row[0] == "Protest with intervention" and row[1] == "Protesters" and row[2].startswith("Police Forces")


def test_arrests_over_a_killing_after_a_riot_that_killed_no_one_are_civilians(extractor):
    rows = run(
        extractor,
        [
            "On Tuesday, a group of protesters set fire to the Tshaulu satellite office and a municipal grader.",
            "The police arrested two suspects in Thohoyandou on Wednesday in connection with the killing of the ward "
            "councillor.",
        ],
        ref=REF,
    )
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert [r["actor2"] for r in arrests] == ["Civilians"]


def test_arrests_over_a_mob_killing_are_its_rioters(extractor):
    rows = run(
        extractor,
        [
            "DEDZA: A mob beat to death a man suspected of stealing a goat at Bembeke trading centre on Monday.",
            "Police arrested 19 people at Bembeke on Tuesday in connection with the killing, a spokesperson said.",
        ],
        ref=REF,
    )
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert [r["actor2"] for r in arrests] == ["Rioters"]


def test_cadres_of_two_unions_clashing_are_rioters_on_both_sides(extractor):
    (row,) = _rows(
        extractor, "Cadres of two student unions clashed at a campus in Birendranagar on Saturday, police said."
    )
    assert row[1:3] == ("Rioters", "Rioters")


def test_cattle_rustlers_are_an_unidentified_armed_group(extractor):
    rows = run(
        extractor,
        [
            "Cattle rustlers killed six villagers in Ambatolahy on Tuesday, the gendarmerie said.",
            "Gendarmes caught up with the rustlers on Wednesday near Ihosy and killed four of them in a gunfight.",
        ],
        ref=REF,
    )
    assert rows[0]["actor1"].startswith("Unidentified Armed Group")
    assert rows[1]["actor2"].startswith("Unidentified Armed Group")


def test_a_field_or_a_company_warehouse_burned_is_civilian_property(extractor):
    (row,) = _rows(
        extractor, "In Malava, unknown people set fire to a cane field belonging to a local politician overnight."
    )
    assert row[0] == "Looting/property destruction" and row[2] == "Civilians"
    (row,) = _rows(extractor, "Hours later, unknown people set fire to a warehouse of the company in Vilankulo.")
    assert row[2] == "Civilians"


def test_n_of_whom_died_counts_n(extractor):
    from newsetl.extract.events import fatalities_in

    res = extractor.res
    assert fatalities_in("The police officers fired on the intruders, two of whom died of their injuries.", res) == 2
    assert (
        fatalities_in("Police fired on the crowd, wounding five people, two of whom were taken to hospital.", res)
        is None
    )


def test_the_paraguayan_peoples_army_is_the_epp_not_the_army(extractor):
    (row,) = _rows(
        extractor,
        "On 19 September, suspected members of the Paraguayan People's Army (EPP) set fire to a tractor and a barn on "
        "a ranch near Zanja Pyta, according to the police.",
    )
    assert row[0] == "Looting/property destruction" and row[1] == "EPP: Paraguayan People's Army"
