"""Actor frames of round ev28 (issue 10; `data/actor_frames.json`, `extract/events/affiliation.py`, `side_defaults.py`)
and the scorer's reading of one actor written several ways (`eval_events._EventScorer.actor_name`). Sentences written
for the tests, none copied from an evaluation set. Each frame test runs the text with the packaged frames and with the
frame switched off, so it fails without the frame."""

from __future__ import annotations

from tests.extract_util import run
from tests.test_actor_frames import (
    REF,
    _row,
    without,  # noqa: F401  (the fixture)
)

PAIR = [
    "KINDU — Local leaders appealed for calm on Friday.",
    "Nine people were killed on Thursday in fighting between Basonge and Bakusu militiamen in the village of Kailo, "
    "a local chief said.",
]
MEMBER = [
    "MARSABIT — The county commissioner spoke to reporters on Friday.",
    "Gunmen from the Gabra community shot dead two herders near Maikona on Wednesday, police said.",
]


def test_fighting_between_two_communities_militiamen_names_both_sides(extractor, without):  # noqa: F811
    row = _row(extractor, PAIR, "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"Basonge communal militia", "Bakusu communal militia"}, row
    off = _row(without("community_militia_pair"), PAIR, "Armed clash")
    assert "Bakusu communal militia" not in (off["actor1"], off["actor2"]), off


def test_gunmen_from_a_named_community_are_its_militia(extractor, without):  # noqa: F811
    row = _row(extractor, MEMBER, "Attack")
    assert row["actor1"] == "Gabra communal militia", row
    assert row["actor2"] == "Civilians", row
    assert _row(without("community_member"), MEMBER, "Attack")["actor1"] != "Gabra communal militia"


def test_a_community_the_dictionary_knows_keeps_its_dictionary_name(extractor):
    text = [
        "GAMBELLA — The regional bureau issued a statement on Friday.",
        "Raiders believed to come from the Murle community killed six people in the village of Pinyudo on Tuesday, "
        "the bureau said.",
    ]
    row = _row(extractor, text, "Attack")
    assert row["actor1"] == extractor.res.resolve_actor("Murle militia").name, row


PUNTLAND = [
    "BOSASO — The port authority reopened the harbour on Friday.",
    "Police in Bosaso arrested fourteen men on Wednesday in a search of the old town, the mayor said.",
]


def test_the_police_of_a_region_with_its_own_force_is_that_force(extractor, without):  # noqa: F811
    row = _row(extractor, PUNTLAND, "Arrests")
    assert row["actor1"] == "Police Forces of Puntland", row
    assert _row(without("regional_police"), PUNTLAND, "Arrests")["actor1"] == "Police Forces of Somalia"


def test_the_police_of_a_region_named_by_the_text_is_that_force(extractor):
    text = [
        "GAROWE — Elders met the regional governor on Friday.",
        "Puntland police detained six men in Qardho on Tuesday in a search of the market, officials said.",
    ]
    assert _row(extractor, text, "Arrests")["actor1"] == "Police Forces of Puntland"


BRAWL = [
    "KUMASI — The league suspended the fixture on Friday.",
    "Rival supporters fought with bottles and stones outside the stadium in Kumasi on Sunday, leaving a man dead, "
    "police said.",
]


def test_crowds_that_fight_each_other_are_rioters_on_both_sides(extractor, without):  # noqa: F811
    row = _row(extractor, BRAWL, "Mob violence")
    assert (row["actor1"], row["actor2"]) == ("Rioters", "Rioters"), row
    # since ev100 the crowd-fight table's "rival <side> fought" reads both sides too, so the frame is no longer the
    # only path: without it the row keeps its two crowds
    assert _row(without("crowds_fighting"), BRAWL, "Mob violence")["actor2"] == "Rioters"


def test_a_crowd_that_beats_a_man_keeps_its_civilian_victim(extractor):
    text = [
        "KUMASI — The regional police commander spoke on Friday.",
        "On Sunday, a mob beat to death a man accused of stealing a phone at the central market in Kumasi, police said.",
    ]
    assert _row(extractor, text, "Mob violence")["actor2"] == "Civilians"


def _scorer(extractor):
    from newsetl.eval_events import _EventScorer

    return _EventScorer(extractor.res, extractor.gaz)


def test_a_unit_written_after_its_parent_force_is_that_force(extractor):
    sc = _scorer(extractor)
    assert sc.actor_name("Nigerian Army (81 Division)", "NGA") == sc.actor_name("Military Forces of Nigeria", "NGA")
    assert sc.actor_name("Police Forces of Kenya (GSU)", "KEN") == sc.actor_name("Police Forces of Kenya", "KEN")


def test_a_generic_actor_s_country_is_no_unit(extractor):
    sc = _scorer(extractor)
    assert sc.actor_name("Unidentified Armed Group (Sudan)", "SSD") != sc.actor_name("Unidentified armed group", "SSD")


def test_a_community_s_militia_is_one_actor_however_written(extractor):
    sc = _scorer(extractor)
    names = {sc.actor_name(n, "PNG") for n in ("Tuguba clan", "Tuguba clan militia", "Tuguba militia")}
    names |= {sc.actor_name(n, "PNG") for n in ("Tuguba communal militia", "Tuguba tribal militia")}
    assert len(names) == 1, names
    assert sc.actor_name("Tuguba clan militia", "PNG") != sc.actor_name("Hela clan militia", "PNG")


MOD = [
    "MOSCOW — The Defence Ministry published its daily summary on Friday.",
    "Units of the Zapad group of forces liberated the village of Novoiehorivka in Kharkiv region on Thursday, the "
    "ministry said.",
]


def test_units_of_a_group_of_forces_are_russia_s_and_take_the_place_from_ukraine(extractor, without):  # noqa: F811
    row = next(r for r in run(extractor, MOD, REF) if r["event_type"] == "Battles")
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Russia", "Military Forces of Ukraine"), row
    off = next(r for r in run(without("group_of_forces"), MOD, REF) if r["event_type"] == "Battles")
    assert off["actor1"] != "Military Forces of Russia", off
