"""Fix106: review mends of round ev94 (issue 10). Fire on people "marching / rallying" is force on a protest only when
the people are unarmed and the march has no object of its own; "drove <an armed group> out of X" is a territory
regained only when a state force drives them (any other subject leaves the older rules' battle or attack), never
"out of reach"; a beating and taking by protesters stays their looting, by rioters is mob violence, and a beating of
soldiers is no robbery of civilians; a passive target's "of the coast guard" and a vessel "suspected of carrying
weapons" are armed; "beaten to death by youths of <a party>" is no crowd. Sentences written for the tests, with other
names, places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 15)
ATT, LOOT, MV = "Attack", "Looting/property destruction", "Mob violence"
GRT, EF, NSO = (
    "Government regains territory",
    "Excessive force against protesters",
    "Non-state actor overtakes territory",
)


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def test_fire_on_fighters_or_herders_on_the_move_is_no_force_on_a_protest(extractor):
    for line in (
        "Soldiers opened fire on militants marching towards Beni on Thursday, killing nine, an army spokesman said.",
        "Gunmen opened fire on herders marching their camels to a well near Tillaberi on Monday, killing four.",
    ):
        assert EF not in _subs(extractor, line), line


def test_fire_on_villagers_marching_stays_force_on_the_protest(extractor):
    line = (
        "Gendarmes shot dead a student on Friday when they opened fire on villagers marching to the prefecture near "
        "Kankan, his uncle said."
    )
    assert _subs(extractor, line) == [EF]


def test_a_crowd_or_militia_driving_an_armed_group_out_is_no_territory_taken(extractor):
    for line in (
        "Vigilantes drove the kidnappers' gang of bandits out of the hills near Tsafe on Monday after a gunfight, "
        "killing four.",
        "Residents drove the gunmen out of the hamlet of Dan Kade on Saturday after a gunfight, police said.",
        "Hunters of a local militia drove the jihadists out of the village of Sokoura on Friday.",
    ):
        assert not {GRT, NSO} & set(_subs(extractor, line)), line


def test_driving_fighters_out_of_reach_is_no_territory(extractor):
    line = "Troops drove the fighters back out of range of the airfield at Kidal on Monday, the army said."
    assert GRT not in _subs(extractor, line)


def test_a_beating_and_taking_by_a_crowd_is_not_an_armed_attack(extractor):
    line = "Protesters beat a pharmacist and took his stock during the demonstration in Eldoret on Tuesday."
    assert _rows(extractor, line) == [(LOOT, "Protesters", None)]
    line = "Rioters beat three vendors and stole their wares in Nakuru on Tuesday."
    assert _rows(extractor, line) == [(MV, "Rioters", "Civilians")]


def test_beating_soldiers_and_taking_their_weapons_is_no_attack_on_civilians(extractor):
    line = "Bandits beat the policemen guarding the quarry and stole their rifles near Gusau on Tuesday."
    assert ATT not in _subs(extractor, line)


def test_a_boat_of_the_coast_guard_under_fire_is_no_attack_on_civilians(extractor):
    line = "The boat of the coast guard came under fire near Hobyo on Wednesday."
    assert ATT not in _subs(extractor, line)


def test_a_vessel_suspected_of_carrying_weapons_is_no_civilian_target(extractor):
    line = "Navy fired on fishing vessel suspected of smuggling weapons near Idenau on Wednesday."
    assert ATT not in _subs(extractor, line)


def test_beaten_to_death_by_youths_of_a_party_is_no_crowd(extractor):
    line = "A nurse was beaten to death by youths of the ruling party in Muyinga on Tuesday."
    assert MV not in _subs(extractor, line)
