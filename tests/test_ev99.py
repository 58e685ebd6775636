"""Round ev99: crowd and family fights (convention 11), protesters named by a military participle, a civilian leader's
killing (issue 10). Two families, two groups of youths or two clubs' supporters fighting with machetes, knives, stones
or bottles and no firearm are the crowds' Mob violence (Rioters / Rioters), also when a wounding opens the sentence or
the police separate them; "About 150 demobilised soldiers blocked the road" is a protest; "a village leader was killed
by gunmen" is an Attack. Sentences written for the tests, with other names, places, numbers and wording than the
development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 15)
MV, AC, ATT = "Mob violence", "Armed clash", "Attack"


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def test_two_families_fighting_with_blades_are_mob_violence(extractor):
    for line in (
        "In Berat, two families fought with machetes over a plot of farmland on Sunday, leaving three men wounded.",
        "Two neighbouring families fought with axes and hoes over an irrigation ditch near Korce on Thursday, and "
        "four people were taken to hospital.",
    ):
        assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")], line


def test_a_wounding_opening_a_crowd_fight_is_the_fight(extractor):
    line = (
        "Two teenagers were stabbed and a bus shelter was smashed when groups of Serb and Bosniak youths fought with "
        "knives and bottles near the bus station of Brcko on Friday night."
    )
    assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")]


def test_supporters_separated_by_police_stay_rioters_on_both_sides(extractor):
    line = (
        "Supporters of the two Elbasan clubs clashed with stones and flares outside the stadium on Saturday, and riot "
        "police separated them with batons."
    )
    assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")]


def test_near_misses_keep_their_types(extractor):
    # firearms, clans as the parties, and a force that is a side are not the crowds' fight
    assert (
        _rows(
            extractor,
            "In Berat, two families fought with rifles over a plot of farmland on Sunday, leaving three men wounded.",
        )[0][0]
        == AC
    )
    assert _rows(extractor, "Two clans fought with machetes near Kukes on Sunday, leaving three dead.")[0][0] == AC
    assert (
        _rows(
            extractor, "Four people were killed on Monday when youths from two clans fought with machetes near Kukes."
        )[0][0]
        == MV
    )
    assert _rows(extractor, "Two men were stabbed when police raided a bar in Durres on Friday.")[0][0] != MV


def test_protesters_named_by_a_military_participle(extractor):
    for line in (
        "About 150 demobilised soldiers blocked the main road at the entrance to Tuzla on Monday to demand higher "
        "pensions.",
        "On Friday, about forty relatives of mobilised men gathered near the town hall in Sumy to ask for news of "
        "soldiers missing at the front.",
    ):
        subs = [r[0] for r in _rows(extractor, line)]
        assert subs == ["Peaceful protest"], (line, subs)


def test_a_force_demobilising_soldiers_keeps_its_activity(extractor):
    line = "On Monday the army demobilised 2,000 soldiers in Tuzla under the peace accord."
    assert [r[0] for r in _rows(extractor, line)] == ["Change to group/activity"]


def test_a_civilian_leader_killed_is_an_attack(extractor):
    line = "Late on Sunday, a village leader was killed by gunmen inside his home in Tame."
    assert [r[0] for r in _rows(extractor, line)] == [ATT]


def test_people_hit_by_fire_from_a_passing_car_are_attacked(extractor):
    line = "Two teenagers were hit by shotgun pellets fired from a passing van near Lushnje on Monday night."
    assert _rows(extractor, line) == [(ATT, "Unidentified Armed Group (Albania)", "Civilians")]


def test_soldiers_hit_or_fire_returned_stay_a_clash(extractor):
    assert (
        _rows(extractor, "Two soldiers were hit by bullets fired from a passing van near Lushnje on Monday.")[0][0]
        == AC
    )
    line = "Two men were hit by bullets fired from a passing van near Lushnje on Monday. Their guards returned fire."
    assert _rows(extractor, line)[0][0] == AC
