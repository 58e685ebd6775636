"""Round ev86: fights between two communities or crowds (convention 11 of eval/events/README.md), typed by the sides'
arms and organisation (`crowd_fight_table`), never by the crowd's noun. Sentences written for the tests, with other
nouns, verbs and orders than the development sets' sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest

from newsetl.extract.events.crowd_retype import _check_rows
from tests.extract_util import SIDES, fields

REF = date(2026, 3, 12)
AC, MV = "Armed clash", "Mob violence"


_rows = partial(fields, keys=SIDES, ref=REF)


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
        "A curfew was clamped on Taulihawa on Tuesday after a group of landless settlers and local residents clashed with "
        "sticks and stones over a disputed plot, injuring 11 people.",
        "A group of landless settlers and local residents clashed with clubs over a disputed field near Butwal on Monday, "
        "injuring nine people.",
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


def test_a_clan_fight_with_sticks_is_an_armed_clash_the_clans_decide(extractor):
    """(fix95) Without the clan patterns of `crowd_fight_table.organised` the table's else row types this Mob violence
    between rioters."""
    line = "A brawl between the Yaluba and Hengene clans with sticks near Tari on Sunday left one man dead."
    assert _rows(extractor, line)[0][0] == AC


def test_a_cue_in_another_clause_does_not_arm_a_stick_fight(extractor):
    """(fix95, review25c) Firearms count in the trigger's ';'-segment only, organisation in the matched sides only."""
    for line in (
        "Residents and traders fought with stones in Kano on Monday after a gang robbed a shop, killing a trader.",
        "Herders and farmers fought with sticks near Jos on Friday, leaving one man dead; a local militia leader "
        "called for calm.",
        "Youths and herders clashed near Jos on Friday; soldiers then shot dead two youths.",
        "Traders and porters fought with clubs in Warri on Sunday, days after militiamen looted the market, leaving one dead.",
    ):
        assert _rows(extractor, line)[0] == (MV, "Rioters", "Rioters"), line


def test_a_one_sided_mob_act_after_a_semicolon_is_not_the_fight(extractor):
    """(fix95, review25c) The fight's sides before ';' do not make the mob's act after it two-sided."""
    for line in (
        "Youths and villagers clashed in Lautoka on Saturday; a mob then beat a farmer to death.",
        "Herders and villagers clashed in 2019 in Mopti; on Monday a mob lynched a herder there.",
        "Herders and traders clashed at the market in Kano in 2021; on Sunday a mob beat a trader to death.",
    ):
        rows = _rows(extractor, line)
        assert (MV, "Rioters", "Civilians") in rows and (MV, "Rioters", "Rioters") not in rows, line


def test_a_state_force_named_among_the_sides_is_no_crowd_fight(extractor):
    """(fix95, review25c) The state-force check reads the sides' words (`state_agent_nouns`), not only the actors."""
    for line in (
        "Youths and anti-riot officers fought with stones and batons in Kano on Monday, leaving one dead.",
        "Villagers and police fought with sticks near Mopti on Monday, leaving one dead.",
    ):
        assert (MV, "Rioters", "Rioters") not in _rows(extractor, line), line


def test_a_misspelt_row_key_of_the_fight_table_raises():
    """(fix95, review25c) A row's keys are `when`, `type`, `from` only: a misspelt `from` must not be ignored."""
    kinds = ("Armed clash", "Mob violence", "Attack")
    row = {"when": "else", "type": ["Riots", "Mob violence", "PROTEST", "riot"], "form": ["Mob violence"]}
    with pytest.raises(ValueError):
        _check_rows([row], {"firearms": None}, kinds)
    with pytest.raises(ValueError):
        _check_rows([{**row, "from": ["Mob violence"], "when": "firearm"}], {"firearms": None}, kinds)
    good = {"when": "else", "type": ["Riots", "Mob violence", "PROTEST", "riot"], "from": ["Mob violence"]}
    assert _check_rows([good], {"firearms": None}, kinds) == [good]
