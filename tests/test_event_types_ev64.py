"""Developer round ev64 (issue 10): sub-event types on the riot / attack / clash lines. Sentences written for the
tests.

- a crowd that burns shacks or huts used, owned or occupied by a group of people, the houses of miners or
  pastoralists, or the huts at a community's settlement, riots as mob violence (`crowd_personal_property_after`,
  the gold's coding convention 3); farmers and locals are crowds (`crowd_subject_words`); a crowd burning a public
  office still holds a violent demonstration;
- shots at a civilian team, a boat, a crew or a group of smugglers, fishermen or miners with no armed side as the
  target are a one-sided attack (`civilian_site_object_patterns`); fire on a navy or patrol boat, a named group's
  team ("fought a Taliban team": capitalised), or an exchange of fire, stays a clash."""

from __future__ import annotations

from datetime import date

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
