"""ev95 (issue 10, twenty-sixth session): missed events. A gathering "to demand wages owed since November" is no
aggregate; dockers and "young people" are a crowd that sits down or blocks a road; "refused to work and gathered" is
the gathering's own act, outside the modal; a journalist detained at a protest, or organisers detained "later the same
day", are an Arrests event of their own, the protest stays peaceful (convention 7); "arrested nine of the attackers"
after a raid is an Arrests of its own; "at a Friday prayer meeting" dates nothing, so "The following morning" counts
from the day named before; a drone that "came down" or "fell" on a house struck it. Near misses keep their rows.
Variant sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 14)  # a Saturday


def _subs(extractor, paras) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, paras, ref=REF))


def test_wages_owed_since_a_month_is_no_aggregate(extractor):
    para = "On 3 March, about 300 rubber-estate workers gathered in Kumasi to demand wages owed since December."
    assert _subs(extractor, [para]) == ["Peaceful protest"]


def test_gathering_since_a_month_stays_an_aggregate(extractor):
    para = "Hundreds of workers have gathered outside the council in Kumasi since December to demand their wages."
    assert _subs(extractor, [para]) == []


@pytest.mark.parametrize(
    "para",
    [
        "On Monday 9 March, dockers of the port of Tema stopped work and sat down on the quay beside the ferry to"
        " demand six months of back pay.",
        "On Tuesday 10 March, unemployed young people from Obuasi blocked the access road to the mine with stones and"
        " tents, demanding jobs at the site.",
    ],
)
def test_dockers_and_young_people_are_a_crowd(extractor, para):
    assert _subs(extractor, [para]) == ["Peaceful protest"]


def test_an_official_sitting_down_is_no_protest(extractor):
    para = "On Monday 9 March, the port director sat down with the dockers' union in Tema to discuss back pay."
    assert _subs(extractor, [para]) == []


def test_refused_to_work_and_gathered(extractor):
    para = (
        "In Techiman, about 80 cocoa pickers refused to work and gathered outside the district office on Monday"
        " to demand their pay."
    )
    assert _subs(extractor, [para]) == ["Peaceful protest"]


def test_threatened_to_gather_stays_a_plan(extractor):
    para = (
        "In Techiman, cocoa pickers threatened to stop work and gather outside the district office on Monday to"
        " demand their pay."
    )
    assert _subs(extractor, [para]) == []


PROTEST = "On 5 March, several hundred nurses gathered in Kumasi to demand unpaid allowances."


def test_a_cameraman_detained_at_a_protest_is_an_arrest_of_its_own(extractor):
    paras = [PROTEST + " Police detained a cameraman who was filming the gathering and released him in the evening."]
    assert _subs(extractor, paras) == ["Arrests", "Peaceful protest"]


def test_organisers_detained_later_the_same_day_are_an_arrest_of_their_own(extractor):
    paras = [PROTEST + " Police detained two of the organisers later the same day, a nurse said."]
    assert _subs(extractor, paras) == ["Arrests", "Peaceful protest"]


def test_nurses_detained_at_the_scene_are_the_intervention(extractor):
    paras = [PROTEST + " Police detained six of the nurses at the scene."]
    assert _subs(extractor, paras) == ["Protest with intervention"]


def test_attackers_arrested_after_a_raid(extractor):
    paras = [
        "KUMASI - Armed men stormed a radio station in Kumasi on Tuesday and held the staff hostage for an hour."
        " Police officers entered the building and arrested nine of the attackers."
    ]
    assert "Arrests" in _subs(extractor, paras)


def test_a_friday_prayer_meeting_dates_nothing(extractor):
    paras = [
        "Gunmen abducted a teacher from his home in Techiman on Wednesday evening, his family said. He had criticised"
        " the militia at a Friday prayer meeting.",
        "The following morning, about 100 residents of Techiman gathered outside the district office to demand his"
        " release.",
    ]
    rows = run(extractor, paras, ref=REF)
    protest = [r for r in rows if r["sub_event_type"] == "Peaceful protest"]
    assert [str(r["event_date"]) for r in protest] == ["2026-03-12"]


def test_a_drone_that_came_down_on_a_house_is_a_strike(extractor):
    para = "In Kozelets, a man was injured by debris when a drone came down on a barn in Shevchenko Street on Sunday night."
    assert _subs(extractor, [para]) == ["Air/drone strike"]


def test_where_drones_fell_before_is_no_strike(extractor):
    para = "The council asked residents not to share photographs of the places where drones fell."
    assert _subs(extractor, [para]) == []
