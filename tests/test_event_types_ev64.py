"""Developer round ev64 (issue 10): sub-event types on the riot / attack / clash lines. Sentences written for the
tests.

- a crowd that burns shacks or huts used, owned or occupied by a group of people, the houses of miners or
  pastoralists, or the huts at a community's settlement, riots as mob violence (`crowd_personal_property_after`,
  the gold's coding convention 3); farmers and locals are crowds (`crowd_subject_words`); a crowd burning a public
  office still holds a violent demonstration;
- shots at a civilian team, a boat, a crew or a group of smugglers, fishermen or miners with no armed side as the
  target are a one-sided attack (`civilian_site_object_patterns`); fire on a navy or patrol boat, a named group's
  team ("fought a Taliban team": capitalised), or an exchange of fire, stays a clash.

fix66 (review19d): "used / owned / occupied / inhabited by" reaches over no comma, "and", "near" ... (60 characters at
most); tents or homes at an army, police or rebel camp are no community's; an armed side's team or boat (enemy, rebel,
peacekeeping, reconnaissance, sniper ...) stays a clash; a group of people is a target only after on/at ("fought a group
of smugglers" is two-sided); type_kinds' word lists are indexed (a missing one raises)."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import pytest

from newsetl.extract.events import type_kinds
from newsetl.extract.rules import load_rules, package_data_dir
from tests.extract_util import sub_types

REF = date(2026, 3, 12)  # a Thursday


def _types(extractor, line):
    return sub_types(extractor, line, REF)


def test_a_crowd_burning_a_groups_shacks_or_huts_is_mob_violence(extractor):
    for line in (
        "On Tuesday, a group of villagers in Bambari set fire to three shacks that were used by the traders from the coast.",
        "On Tuesday, youths in Bambari torched the homes of two illegal miners, police said.",
        "On Tuesday, a group of farmers set fire to about a dozen huts at a herders' settlement near Bambari.",
    ):
        assert _types(extractor, line) == ["Mob violence"], line


def test_a_crowd_burning_a_public_office_stays_a_violent_demonstration(extractor):
    line = "On Tuesday, farmers in Bambari set fire to the district office to protest the seizure of their land."
    assert _types(extractor, line) == ["Violent demonstration"]


def test_shots_at_a_team_boat_or_group_of_smugglers_are_an_attack(extractor):
    for line in (
        "On Tuesday, men in a canoe fired on a vaccination team travelling near Bambari.",
        "On Tuesday, gunmen opened fire on a ferry boat near Bambari, wounding two passengers.",
        "On Tuesday, border guards fired at a group of fuel smugglers near Bambari, killing one of them.",
    ):
        assert _types(extractor, line) == ["Attack"], line


def test_fire_on_a_patrol_boat_or_an_exchange_of_fire_stays_a_clash(extractor):
    for line in (
        "On Tuesday, gunmen fired on a navy patrol boat near Bambari, wounding two sailors.",
        "On Tuesday, smugglers opened fire on an army patrol near Bambari.",
        "Two farmers were killed on Tuesday when villagers armed with rifles fought a Taliban eradication team near Bambari.",
    ):
        assert _types(extractor, line) == ["Armed clash"], line


# fix66 (review19d on ev64): near misses of the ev64 data


def test_used_by_reaches_over_no_comma_and_near_or_second_clause(extractor):
    for line in (
        "On Tuesday, protesters set fire to the district office and blocked the road used by traders in Bambari.",
        "On Tuesday, residents set fire to a police vehicle near the market used by women traders in Bambari.",
        "On Tuesday, protesters set fire to the customs post, which is often used by traders, in Bambari.",
    ):
        assert _types(extractor, line) == ["Violent demonstration"], line


def test_tents_or_homes_at_a_force_camp_are_no_communitys(extractor):
    for line in (
        "On Tuesday, protesters set fire to tents at the army camp in Bambari.",
        "On Tuesday, protesters set fire to homes in the barracks camp in Bambari.",
        "On Tuesday, protesters set fire to homes at an army settlement near Bambari.",
    ):
        assert _types(extractor, line) == ["Violent demonstration"], line


def test_an_armed_sides_team_or_boat_stays_a_clash(extractor):
    for line in (
        "On Tuesday, gunmen fired on a peacekeeping team near Bambari.",
        "On Tuesday, insurgents attacked a reconnaissance team near Bambari.",
        "On Tuesday, insurgents attacked a sniper team near Bambari.",
        "On Tuesday, troops fired on an enemy boat near Bambari.",
        "On Tuesday, soldiers fired on a rebel boat near Bambari.",
    ):
        assert _types(extractor, line) == ["Armed clash"], line


def test_a_group_of_people_is_a_target_only_after_on_or_at(extractor):
    for line in (
        "On Tuesday, soldiers fought a group of smugglers near Bambari.",
        "On Tuesday, police fought a group of youths near Bambari.",
    ):
        assert _types(extractor, line) == ["Armed clash"], line
    for line in (
        "On Tuesday, soldiers fired on a group of smugglers near Bambari.",
        "On Tuesday, soldiers opened fire on a group of smugglers near Bambari.",
    ):
        assert _types(extractor, line) == ["Attack"], line


def test_locals_who_burn_a_mans_house_are_a_crowd(extractor):
    line = "On Tuesday, locals set fire to the house of a man accused of witchcraft in Bambari."
    assert _types(extractor, line) == ["Mob violence"]
    assert "locals" in load_rules().wordset("crowd_subject_words")


ROBBED = SimpleNamespace(sub_event_type="Looting/property destruction", trigger="robbed")


@pytest.mark.parametrize(
    ("missing", "call"),
    [
        ("civilian_site_unarmed_actors", lambda res: type_kinds._civilian_site(None, " on a market", res)),
        ("robbed_trigger_stems", lambda res: type_kinds._robbed_person(ROBBED, "gunmen robbed the passengers", 7, res)),
    ],
)
def test_type_kinds_word_lists_must_exist(tmp_path, missing, call):
    words = json.loads((package_data_dir() / "wordlists.json").read_text(encoding="utf-8"))
    del words[missing]
    (tmp_path / "wordlists.json").write_text(json.dumps(words), encoding="utf-8")
    res = load_rules(tmp_path)
    with pytest.raises(KeyError, match=missing):
        call(res)
