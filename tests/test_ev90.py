"""Round ev90: the crowd line (issue 10). Arrests at a protest's scene told with the force's dispersal or "N of them / on
the spot" are its intervention (convention 7); force on a crowd the sentence tells rioting is the riot; a fight told as
a noun ("a fight between", "came to blows", "turned into a brawl") is the crowds' mob violence (convention 11); a riot
clause after a protest makes it the riot, and a named crowd's riot after another side's act is an event of its own.
Sentences written for the tests, with other names, places, numbers and wording than the development sets'."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 5, 20)
PWI, VD, MV = "Protest with intervention", "Violent demonstration", "Mob violence"


def _rows(extractor, *paras):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, list(paras), ref=REF)]


def test_arrests_at_the_scene_of_a_protest_are_its_intervention(extractor):
    for line in (
        "Police broke up a sit-in by bus drivers outside the depot in Ostrava on Tuesday and detained nine drivers at "
        "the scene, police said.",
        "In Tarnow, police removed a picket that had blocked the road to the new hospital on Monday and detained four "
        "people at the scene, the mayor said.",
        "Residents of a village near Turbat blocked a road on Monday to protest against water shortages, and police "
        "detained seven of them on the spot, an activist said.",
        "Provincial police cleared a roadblock that farmers had kept on Route 5 near Tilcara for two days, detaining "
        "twelve people on Thursday afternoon, their lawyer said.",
        "In Jayapura, police broke up a rally by about 100 students on Monday afternoon and detained eight of them, a "
        "lawyer said.",
    ):
        ((sub, a1, a2),) = _rows(extractor, line)
        assert (sub, a1) == (PWI, "Protesters") and a2 and a2.startswith("Police Forces"), line


def test_arrests_on_another_occasion_or_of_no_protest_stay_arrests(extractor):
    for line in (
        "Police arrested 30 people in Mombasa on Tuesday, a day after a protest against fuel prices.",
        "Police arrested two men in Mombasa on Tuesday after they cleared a warehouse of stolen goods.",
        "Soldiers raided a camp near Garissa on Tuesday and detained five of them on the spot.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == ["Arrests"], line


def test_force_on_a_crowd_told_rioting_is_the_riot(extractor):
    for line in (
        "SUKUTA — Police fired tear gas in Sanyang on Monday after youths opposed to a quarry set fire to a bulldozer "
        "and a lorry belonging to the quarry owner, residents said.",
        "RUNDU — Police fired rubber bullets at a crowd that was stoning the police station in Nkurenkuru on Tuesday, "
        "the regional commander said.",
    ):
        ((sub, a1, a2),) = _rows(extractor, line)
        assert (sub, a1) == (VD, "Rioters") and a2 and a2.startswith("Police Forces"), line


def test_force_on_a_crowd_after_someone_else_burned_stays_an_intervention(extractor):
    for line in (
        "Police fired tear gas at protesters in Nakuru on Monday after residents said gunmen had burned a church.",
        "Police fired tear gas to disperse protesters in Nakuru on Monday after their homes were burned by gunmen.",
        "Police fired tear gas at students in Kisumu on Monday as they marched to the governor's office.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [PWI], line


def test_a_fight_told_as_a_noun_is_mob_violence(extractor):
    for line in (
        "A loader at a quarry near Darkhan died after a fight among drivers and mechanics on Friday night, police said.",
        "Outside the town hall in Vulcanesti on Sunday, supporters of two mayoral candidates came to blows, and three "
        "men were treated for cuts, police said.",
        "Three herders died on Monday after a fight with farmers whose goats had entered a maize field near Kiffa, "
        "local sources said.",
    ):
        assert [r[0] for r in _rows(extractor, line)] == [MV], line


def test_a_fight_noun_outranks_the_killing_it_ends_in(extractor):
    for line in (
        "Saturday 14 November, night, Achada Grande, Mindelo: a fight between two groups of young men from rival "
        "streets; a 19-year-old was stabbed to death, police said.",
        "Near Oyem, a quarrel between Gabonese and Cameroonian traders turned into a brawl on Thursday, and one man "
        "was killed with a machete, the prefect said.",
    ):
        assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")], line


def test_a_fight_between_two_clans_with_guns_stays_an_armed_clash(extractor):
    line = (
        "On Friday 15 May, a fight between two clans armed with spears and home-made guns broke out at Kainantu over "
        "a land boundary; three men were killed."
    )
    assert [r[0] for r in _rows(extractor, line)] == ["Armed clash"]


def test_fight_as_a_verb_or_a_cause_makes_no_riot(extractor):
    for line in (
        "The finance minister said on Monday he would fight the budget cuts in parliament.",
        "The governor of Kano on Monday pledged to continue the fight against corruption.",
    ):
        assert MV not in [r[0] for r in _rows(extractor, line)], line


def test_the_day_of_a_publication_does_not_date_the_event(extractor):
    line = (
        "A correction: Monday's report about the fight between Kissi and Toma youths in Macenta on Saturday 16 May "
        "said that three people had died."
    )
    rows = run(extractor, [line], ref=REF)
    assert [(r["sub_event_type"], r["event_date"].isoformat()) for r in rows] == [(MV, "2026-05-16")]


def test_a_riot_clause_after_a_protest_makes_it_the_riot(extractor):
    rows = _rows(
        extractor,
        "Hundreds of farmers protested in Kisii on Monday against a new land tax. Three police officers were attacked "
        "by the protesters.",
    )
    assert rows == [(VD, "Rioters", "Police Forces of Kenya")]


def test_a_protest_followed_by_no_riot_stays_peaceful(extractor):
    rows = _rows(
        extractor,
        "Hundreds of farmers protested in Kisii on Monday against a new land tax. The march ended at the county office.",
    )
    assert [r[0] for r in rows] == ["Peaceful protest"]


def test_a_named_crowds_riot_after_another_sides_act_is_its_own_event(extractor):
    rows = _rows(
        extractor,
        "In Kolwezi, security guards of a mining company shot and wounded a digger at a fence on Thursday morning. "
        "Angry diggers then threw stones at police and set a guard post alight, and two diggers died when officers "
        "opened fire, police said.",
    )
    assert sorted(r[0] for r in rows) == ["Attack", VD]


def test_a_gangs_burning_after_its_attack_stays_part_of_it(extractor):
    rows = _rows(
        extractor,
        "Gang members killed five people in Mirebalais on Monday. The gang members also set fire to 20 houses.",
    )
    assert VD not in [r[0] for r in rows] and len(rows) == 1


def test_the_unnamed_force_of_arrests_at_a_protest_is_the_police(extractor):
    line = (
        "On Tuesday, fishermen blocked the coastal highway near Puerto Viejo for three hours, until officers of the "
        "coast agency removed them from the road and detained six of them on the spot."
    )
    assert _rows(extractor, line) == [(PWI, "Protesters", "Police Forces of Mexico")]
