"""Round ev86: fights between two communities or crowds (convention 11 of eval/events/README.md), typed by the sides'
arms and organisation (`crowd_fight_table`), never by the crowd's noun. Sentences written for the tests, with other
nouns, verbs and orders than the development sets' sentences."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)
AC, MV = "Armed clash", "Mob violence"


def _rows(extractor, line):
    return [(r["sub_event_type"], r["actor1"], r["actor2"]) for r in run(extractor, [line], ref=REF)]


def test_two_crowds_with_firearms_fight_an_armed_clash(extractor):
    for line in (
        "Farmers and herders clashed with guns near Jos on Friday, leaving four people dead.",
        "Villagers from two communities exchanged gunfire near Jos on Friday, killing three people.",
        "Two men were killed when Kuchi herders and Hazara villagers fought with rifles and sticks near Yakawlang.",
    ):
        ((sub, a1, a2),) = _rows(extractor, line)
        assert sub == AC and "Civilians" not in (a1, a2) and "Rioters" not in (a1, a2), line


def test_two_crowds_without_firearms_are_rioters_on_both_sides(extractor):
    for line in (
        "Herders and farmers fought with sticks near Jos on Friday, leaving one man dead.",
        "A man died after youths from two villages fought with cane knives and stones near Lautoka on Saturday.",
        "A brawl between local and visiting workers at a camp near Aktau on Sunday left one worker dead.",
    ):
        assert _rows(extractor, line) == [(MV, "Rioters", "Rioters")], line


def test_one_sided_violence_and_crowds_against_a_force_keep_their_types(extractor):
    assert _rows(extractor, "A mob beat a man to death in Kano on Sunday after accusing him of theft.") == [
        (MV, "Rioters", "Civilians")
    ]
    assert _rows(extractor, "Gunmen attacked the village of Koro on Monday, killing five farmers.")[0][0] == "Attack"
    assert _rows(extractor, "Youths clashed with police in Nairobi on Monday, throwing stones.")[0][0] == (
        "Violent demonstration"
    )


def test_clans_as_the_fighting_parties_are_an_armed_clash_with_or_without_weapons(extractor):
    for line in (
        "On 7 November, fighting between the Yaluba and Hengene clans near Tari killed at least eight people.",
        "Tribal fighting between the Konombi and the Tolkapi broke out near Kindeng on Saturday.",
    ):
        assert _rows(extractor, line)[0][0] == AC, line
    youths = "Five people were killed on Tuesday when youths from two clans fought with machetes and spears near Lodja."
    assert _rows(extractor, youths) == [(MV, "Rioters", "Rioters")]


def test_a_crowd_burning_property_of_foreign_owners_is_mob_violence(extractor):
    for line in (
        "A crowd of residents burned four shops belonging to foreign nationals in Kuruman on Tuesday.",
        "A crowd set fire to kiosks owned by shopkeepers from Malawi in Soweto on Monday.",
    ):
        assert _rows(extractor, line) == [(MV, "Rioters", "Civilians")], line
    assert _rows(extractor, "A crowd burned a police post in Kuruman on Tuesday.")[0][0] == "Violent demonstration"
