"""fix104 (review mends of ev95, twenty-sixth session): "pledged to buy radars and armed drones" keeps the modal's scope
(an adjective, no coordinated verb); a drone that fell or crashed strikes only with damage or a victim and no
interception, training flight, decoy or sea; an arrest "later that afternoon as the march reached parliament" or of
"eight of them" is the protest's intervention; "on a Monday morning raid" dates its event ("had spoken ... at a Friday
prayer meeting" does not); "a reporter and 14 teachers at the scene" are the crowd's; a present-perfect strike "over
wages owed since November" stays a running total; "kidnappers holding 14 people" are no crowd. Near misses keep
ev95's rows. Variant sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2026, 3, 14)  # a Saturday


def _subs(extractor, paras) -> list[str]:
    return sorted(r["sub_event_type"] for r in run(extractor, paras, ref=REF))


@pytest.mark.parametrize(
    "para",
    [
        "The Ghanaian government pledged to buy more patrol boats and armed drones to guard the coast near Keta.",
        "Benin vowed to supply more armoured trucks and guided bombs to Togo's army, officials said on Monday.",
        "The relief agency promised to train more medics and improvised explosive device experts in Tamale.",
    ],
)
def test_an_adjective_after_and_stays_in_the_modal(extractor, para):
    assert _subs(extractor, [para]) == []


def test_refused_to_work_and_marched_still_counts(extractor):
    para = "In Ho, about 60 porters refused to work and marched to the district office on Monday to demand their pay."
    assert _subs(extractor, [para]) == ["Peaceful protest"]


@pytest.mark.parametrize(
    "para",
    [
        "A surveillance drone crashed into the sea off Axim on Monday.",
        "An air force drone crashed into a cassava field near Wa during a training flight on Monday.",
        "Three drones crashed into each other during a festival light show in Accra on Saturday.",
        "A drone came down in a meadow near Lviv on Tuesday; officials said it was a stray decoy.",
        "A drone fell in a pasture near Sumy on Sunday, the governor said.",
    ],
)
def test_a_harmless_drone_fall_is_no_strike(extractor, para):
    assert "Air/drone strike" not in _subs(extractor, [para])


def test_a_drone_shot_down_that_fell_stays_disrupted(extractor):
    para = "Air defences shot down a drone over Belgorod on Sunday; the drone fell in a field, the governor said."
    assert "Air/drone strike" not in _subs(extractor, [para])


@pytest.mark.parametrize(
    "para",
    [
        "On Sunday a drone crashed into a block of flats in Kharkiv, injuring two residents.",
        "A third drone fell in the village of Bilky on Monday and damaged two houses; nobody was hurt.",
        "In Hlukhiv, a man was hurt by debris when a drone came down on a shed on Monday night.",
    ],
)
def test_a_drone_fall_with_damage_stays_a_strike(extractor, para):
    assert _subs(extractor, [para]) == ["Air/drone strike"]


MARCH = "On 5 March, several hundred nurses marched in Tamale to demand unpaid allowances."


@pytest.mark.parametrize(
    "sequel",
    [
        "Police arrested 11 nurses later that afternoon when they tried to enter the regional office.",
        "Nine nurses were detained later that afternoon as the march reached the regional office.",
        "The nurses returned later that day, and police detained seven of them outside the ministry.",
        "Police detained a reporter and 15 nurses at the scene.",
    ],
)
def test_arrests_at_the_march_are_its_intervention(extractor, sequel):
    assert _subs(extractor, [MARCH + " " + sequel]) == ["Protest with intervention"]


def test_organisers_detained_later_stay_their_own_arrest(extractor):
    paras = [MARCH + " Police detained three of the organisers later the same day, a nurse said."]
    assert _subs(extractor, paras) == ["Arrests", "Peaceful protest"]


def test_a_photographer_detained_stays_his_own_arrest(extractor):
    paras = [MARCH + " Police detained a photographer who was filming the march and freed him at night."]
    assert _subs(extractor, paras) == ["Arrests", "Peaceful protest"]


@pytest.mark.parametrize(
    ("para", "day"),
    [
        (
            "A suicide bomber blew himself up at a Friday prayer gathering in a mosque in Quetta, killing 19.",
            "2026-03-13",
        ),
        ("Gunmen killed five herders in Bokkos on a Monday morning raid.", "2026-03-09"),
        ("Tens of thousands marched in Omdurman after a Friday sermon to demand civilian rule.", "2026-03-13"),
    ],
)
def test_a_weekday_after_a_dates_its_event(extractor, para, day):
    assert [str(r["event_date"]) for r in run(extractor, [para], ref=REF)] == [day]


def test_a_pluperfect_prayer_day_dates_nothing(extractor):
    paras = [
        "Gunmen abducted an imam from his home in Wa on Wednesday evening, his family said. He had denounced the"
        " gang at a Friday prayer meeting.",
        "The following morning, about 200 residents of Wa gathered outside the police station to demand his release.",
    ]
    protest = [r for r in run(extractor, paras, ref=REF) if r["sub_event_type"] == "Peaceful protest"]
    assert [str(r["event_date"]) for r in protest] == ["2026-03-12"]


@pytest.mark.parametrize(
    "para",
    [
        "Porters have staged 25 protests in Tamale over wages owed since October.",
        "Nurses have been on strike in Tamale over allowances owed since October.",
        "Cleaners, whose pay is outstanding since November, have been on strike across Ghana for two weeks.",
    ],
)
def test_a_running_strike_over_a_debt_is_no_event(extractor, para):
    assert _subs(extractor, [para]) == []


def test_a_march_over_a_debt_stays_an_event(extractor):
    para = "On 3 March, about 200 cocoa porters marched in Tamale to demand wages owed since October."
    assert _subs(extractor, [para]) == ["Peaceful protest"]


def test_people_held_by_kidnappers_are_no_crowd(extractor):
    para = "The bandits, who are holding 11 people, blocked the Tamale-Bolgatanga road on Monday to demand a ransom."
    assert "Peaceful protest" not in _subs(extractor, [para])


def test_young_people_blocking_a_road_stay_a_crowd(extractor):
    para = "On Tuesday 10 March, jobless young people from Tarkwa blocked the road to the mine, demanding jobs."
    assert _subs(extractor, [para]) == ["Peaceful protest"]
