"""Round ev94: sub-event types (issue 10). Shots at unarmed people named by a bare plural ("fired on cooperative
members", "fired on artisanal diggers") or at a civilian vehicle without an article ("fired at passenger train No. 4"),
or at a civilian the passive names with a "to/of the X" phrase, are an Attack, not a clash; a taking told with the
beating of its victims ("beat them and took their money", "was attacked and robbed") is an Attack, not looting; a person
"beaten to death by residents" is the crowd's mob violence; "had driven <an armed group> out of X" is a territory
regained; fire on people "protesting" is excessive force against protesters. Sentences written for the tests, with other names, places,
numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 6, 15)
ATT, AC, LOOT, MV = "Attack", "Armed clash", "Looting/property destruction", "Mob violence"


def _subs(extractor, line):
    return [r["sub_event_type"] for r in run(extractor, [line], ref=REF)]


def test_fire_on_a_bare_plural_of_unarmed_people_is_an_attack(extractor):
    for line in (
        "On Thursday, guards hired by a cattle ranch fired on community members who were fencing a pasture near "
        "Olancho, wounding two, according to a parish priest.",
        "Security guards at a diamond concession fired on artisanal diggers near Cafunfo on 3 May, wounding four, a "
        "local priest said.",
        "Late on Friday, shots were fired at passenger train 88 as it crossed the bridge near Tadjourah.",
    ):
        assert _subs(extractor, line) == [ATT], line


def test_passive_target_with_a_phrase_after_its_noun_is_an_attack(extractor):
    line = "Our representative to the regional assembly was shot at on Sunday night in Neiva by a gunman who escaped."
    assert _subs(extractor, line) == [ATT]


def test_fire_on_armed_sides_stays_a_clash(extractor):
    for line in (
        "On Thursday, rebels fired on army positions near Olancho, and the soldiers returned fire, the army said.",
        "On 3 May 2026, gunmen fired on police officers at a checkpoint near the Kasala pit, the police said.",
    ):
        assert _subs(extractor, line) == [AC], line


def test_a_taking_with_the_beating_of_its_victims_is_an_attack(extractor):
    for line in (
        "On Tuesday, men with cutlasses stopped a rice wholesaler outside Gabu, beat him and took his motorbike.",
        "A taxi driver was attacked and robbed by three youths at a bus stop in Fomboni late on Wednesday, police said.",
    ):
        rows = run(extractor, [line], ref=REF)
        assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [(ATT, "Civilians")], line


def test_a_taking_without_a_beating_stays_looting(extractor):
    for line in (
        "On Tuesday 9 June, armed men broke into a warehouse near Bafata and took bags of rice.",
        "On Wednesday, gunmen looted shops in the market of Mutsamudu and took the contents of the tills.",
    ):
        assert _subs(extractor, line) == [LOOT], line


def test_beaten_to_death_by_residents_is_mob_violence(extractor):
    for line in (
        "A suspected motorbike thief was beaten to death by villagers near Sa Thay on Friday, according to local "
        "police.",
        "A suspected thief was stoned to death by angry residents in Mbale on Monday, police said.",
    ):
        rows = run(extractor, [line], ref=REF)
        assert [(r["sub_event_type"], r["actor1"]) for r in rows] == [(MV, "Rioters")], line


def test_beaten_to_death_by_soldiers_stays_an_attack(extractor):
    line = "A farmer was beaten to death by soldiers in Kon Plong district on Friday, his family said."
    assert _subs(extractor, line) == [ATT]


GRT, EF = "Government regains territory", "Excessive force against protesters"


def test_a_force_that_drove_an_armed_group_out_of_a_place_regains_it(extractor):
    for line in (
        "Government troops drove the insurgents out of Rutshuru on Thursday after heavy fighting, an army spokesman "
        "said.",
        "Soldiers have driven Raia Mutomboki fighters out of the Lulingu mine, the army said on Tuesday.",
    ):
        assert GRT in _subs(extractor, line), line


def test_driving_herds_or_a_pledge_to_drive_a_group_out_is_no_territory(extractor):
    for line in (
        "On Tuesday, the herders drove their goats out of the fields near Mbout, a farmer said.",
        "The government has promised to drive the rebels out of the province by the end of the year.",
    ):
        assert GRT not in _subs(extractor, line), line


def test_fire_on_people_protesting_is_force_on_the_protest(extractor):
    line = (
        "Gendarmes shot dead a fisherman on Friday when they fired on villagers protesting against sand dredging near "
        "Joal, his family said."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["actor2"]) for r in rows] == [(EF, "Protesters")]


def test_fire_on_people_who_do_not_protest_stays_an_attack(extractor):
    line = (
        "Gunmen shot dead a young man on Friday when they opened fire on fishermen returning from the sea near Diakha, "
        "relatives said."
    )
    assert _subs(extractor, line) == [ATT]
