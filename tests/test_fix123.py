"""(fix123, review mends of fix120 and fix121) Own variant sentences: a name inside the dateline's city ("the X
neighbourhood", "the X area of the city") keeps the city's point and province at precision 2 and a village under a big
regional or national city's dateline keeps its point (no national-hub rule); force on a crowd named by the protest's
own subject noun ("nurses marched ... police beat the nurses", "supporters of X") is an intervention; a dispersal of
marching pilgrims or of guests near a protest site is no protest; a negation that governs no force ("not long after
police fired") does not refuse the intervention; a later landing sentence may open with a speaker clause ("The army
said", "According to the army,"), but "Two were killed when ..." is no landing of the launched weapons."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 9)


def _rows(extractor, paras):
    return [
        (r["sub_event_type"], r["location"], r["admin1"], r["geo_precision"], r["latitude"], r["longitude"])
        for r in run(extractor, paras, ref=REF)
    ]


def test_neighbourhood_of_dateline_city_keeps_city_point_and_province(extractor):
    for line, lat in (
        ("KINSHASA — Soldiers shot dead three traders in the Matete neighbourhood on Friday.", -4.33),
        ("ALEPPO — Shelling killed four people in the Bustan al-Qasr district on Friday.", 36.2),
        ("KANO — Police shot dead a student in the Tudun Marke area of the city on Friday.", 12.0),
    ):
        rows = _rows(extractor, [line])
        assert rows and rows[-1][2] is not None and rows[-1][3] == 2, rows
        assert abs(rows[-1][4] - lat) < 0.1, rows


def test_village_under_regional_hub_keeps_dateline_point(extractor):
    rows = _rows(extractor, ["LUBUMBASHI — Militiamen killed six farmers in Kasobwe village on Friday."])
    assert rows[-1][1] == "Kasobwe" and rows[-1][2] is None and rows[-1][3] == 3, rows
    assert abs(rows[-1][5] - 27.48) < 0.1, rows


def test_country_dateline_district_stays_without_province(extractor):
    """Near miss: a district named under a country-wide dateline is no part of a city."""
    rows = _rows(
        extractor,
        [
            "MALAWI POLICE SERVICE — PRESS STATEMENT — 2 JUNE 2026",
            "Villagers clashed with herders near Chitala, in the Kasungu-West Rural district, on Monday.",
        ],
    )
    assert all(r[3] != 2 or r[1] != "Kasungu-West Rural" for r in rows), rows


def test_force_on_crowd_named_by_its_own_noun(extractor):
    for line in (
        "Hundreds of midwives marched to the assembly in Kisumu on Monday before police beat several midwives.",
        "Hundreds of pupils marched in Mzuzu on Monday, and police fired live bullets at the pupils.",
        "Backers of the opposition candidate rallied in Ndola on Monday until police beat backers of the candidate.",
    ):
        subs = [r[0] for r in _rows(extractor, [line])]
        assert "Protest with intervention" in subs, (line, subs)


def test_force_on_other_people_stays_peaceful(extractor):
    """Near miss: the force acts on other people than the crowd's own noun."""
    rows = _rows(
        extractor,
        ["Hundreds of midwives marched to the assembly in Kisumu on Monday before police beat several pickpockets."],
    )
    assert [r[0] for r in rows] == ["Peaceful protest"], rows


def test_dispersed_non_protest_crowds_are_no_protest(extractor):
    for line in (
        "Police dispersed hundreds of pilgrims marching to the tomb of Baba Farid in Pakpattan on Monday.",
        "Police dispersed birthday party guests near the protest site in Mazar-i-Sharif on Monday.",
    ):
        assert not any(r[0].startswith("Protest") for r in _rows(extractor, [line])), line


def test_dispersed_protesting_worshippers_still_intervention(extractor):
    """Near miss: worshippers protesting (a protest participle of the crowd noun) are a protest crowd."""
    rows = _rows(extractor, ["Police dispersed worshippers protesting the closure of a shrine in Pakpattan on Monday."])
    assert any(r[0] == "Protest with intervention" for r in rows), rows


def test_negation_not_governing_force(extractor):
    rows = _rows(
        extractor, ["Thousands marched in Eldoret on Monday, and not long after police fired tear gas at them."]
    )
    assert any(r[0] == "Protest with intervention" for r in rows), rows


def test_negated_force_still_refused(extractor):
    """Near miss: the negation governs the force noun."""
    rows = _rows(extractor, ["Thousands marched in Eldoret on Monday, and no police fired tear gas at them."])
    assert all(r[0] == "Peaceful protest" for r in rows), rows


def test_attributed_landing_sentence_moves_the_launch(extractor):
    for line in (
        "Hezbollah fired 20 rockets toward the Upper Galilee on Sunday. The army said one rocket hit a shed in Metula.",
        "Hezbollah fired 20 rockets toward the Upper Galilee on Sunday. According to the army, two rockets fell "
        "in fields near Metula.",
    ):
        rows = _rows(extractor, [line])
        assert len(rows) == 1 and rows[0][1] == "Metula", rows


def test_casualty_opener_does_not_move_the_launch(extractor):
    rows = _rows(
        extractor,
        [
            "Hezbollah fired rockets toward the Upper Galilee on Sunday. Three were killed when an Israeli drone "
            "struck a motorbike in Nabatieh."
        ],
    )
    launch = [r for r in rows if r[0] == "Shelling/artillery/missile attack"]
    assert launch and all("Nabat" not in r[1] for r in launch), rows
