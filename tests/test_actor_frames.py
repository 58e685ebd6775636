"""Role frames for actors as data (issue 10, round 20, `ev20`; `data/actor_frames.json`, `extract/events/affiliation.py`):
the group of the people arrested, both sides of a fight between two named clans, the state agency whose agents
detained someone. Sentences written for the tests, none copied from an evaluation set. Each test runs the sentence
with the packaged frames and with the frame switched off, so it fails without the frame."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.extract_util import one, run, switch

REF = date(2025, 9, 12)  # a Friday


@pytest.fixture
def without(edited_rules):
    """An extractor whose actor_frames.json has the frames `names` switched off."""

    def make(*names: str):
        return edited_rules(
            {"actor_frames.json": lambda data: switch(data, lambda r: r["enabled"] and r["name"] not in names)}
        )

    return make


def _row(ex, paragraphs, sub):
    return one(run(ex, paragraphs, REF), sub)


ARRESTED = [
    "MOMBASA — The county police commander spoke to reporters on Friday.",
    "On Wednesday, police in Likoni arrested seven men at a bus stage, accusing them of belonging to an al-Shabaab "
    "cell, the commander said.",
]
LINKED = [
    "GAO — Fighters of the Islamic State Sahel Province attacked a village near Ansongo on Monday, killing four "
    "herders, residents said.",
    "On Wednesday, gendarmes in Gao arrested a suspected explosives courier linked to the group, a security source said.",
]
CLANS = [
    "MENDI — The provincial police gave an update on Friday.",
    "On Tuesday, fighting between the Kombara and Tegima clans near Nipa left six men dead, police said.",
]
AGENTS = [
    "NAKURU — A rights group issued a statement on Friday.",
    "On Monday, agents of the National Intelligence Service detained two student activists at their hostel in "
    "Nakuru, the group said.",
]


def test_arrested_people_belonging_to_a_group_are_the_group(extractor, without):
    row = _row(extractor, ARRESTED, "Arrests")
    assert row["actor2"] == extractor.res.resolve_actor("al-Shabaab").name, row
    assert _row(without("arrested_members_of"), ARRESTED, "Arrests")["actor2"] == "Civilians"


def test_arrested_people_linked_to_the_group_are_the_story_group(extractor, without):
    row = _row(extractor, LINKED, "Arrests")
    assert row["actor2"] == extractor.res.resolve_actor("Islamic State Sahel Province").name, row
    assert _row(without("arrested_members_of"), LINKED, "Arrests")["actor2"] == "Civilians"


def test_fighting_between_two_clans_names_both_sides(extractor, without):
    row = _row(extractor, CLANS, "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"Kombara clan", "Tegima clan"}, row
    row = _row(without("clan_pair"), CLANS, "Armed clash")
    assert "Kombara clan" not in (row["actor1"], row["actor2"]), row


def test_agents_of_an_agency_are_the_agency(extractor, without):
    row = _row(extractor, AGENTS, "Arrests")
    assert row["actor1"] == "Kenyan National Intelligence Service", row
    assert row["actor2"] == "Civilians", row
    assert _row(without("agents_of_agency"), AGENTS, "Arrests")["actor1"] != row["actor1"]


def test_packaged_frames_switched_off_are_the_measured_negatives():
    from newsetl.extract.rules import package_data_dir

    data = json.loads((package_data_dir() / "actor_frames.json").read_text(encoding="utf-8"))
    on = {r["name"] for r in data["rules"] if r["enabled"]}
    assert on == {
        "arrested_members_of",
        "clan_pair",
        "agents_of_agency",
        "named_community",
        "weapon_system_owner",
        "positions_of_group",
        "arrested_accused",  # ev27 (as the six below)
        "intercepted_owner",
        "struck_settlement",
        "harm_next_sentence",
        "arrest_by_police",
        "repelled_attack_defender",
        "community_militia_pair",  # ev28 (as the eight below)
        "family_militia_pair",
        "community_member",
        "tribe_member",
        "regional_police",
        "crowds_fighting",
        "group_of_forces",
        "group_of_forces_taken_from",
        "group_of_forces_repelled",
        "named_communities_pair",  # ev31 (as the one below)
        "owned_property",
        "member_of_named_outfit",  # ev44 (as the one below)
        "two_unnamed_clans",
        "clan_member",  # ev49
        "armed_youth_from_place",  # ev53 (as the one below)
        "arrested_civilians",
        "armed_youth_from_county",  # fix56
        "thrown_at_home",  # ev59
        "rival_factions_of_group",  # ev63 (as the one below)
        "occupied_territory_military",
        "arrested_agents_of",  # fix64 (as the one below)
        "place_communities_pair",
        "battle_empty_side",  # ev88 (as the one below)
        "battle_empty_side_state",
        "community_nouns_pair",  # ev93
        "protest_arrests_by_police",  # ev90
    }
    assert {"arrested_links_with", "arrested_suppliers_of_group"} <= {r["name"] for r in data["rules"]} - on


def test_a_state_unit_with_its_country_adjective_is_the_country_force(extractor):
    """`state_alias_nouns_listed` (wordlists.json, ev20): "<Adjective> border guards / navy" of a country the
    dictionary lists itself resolve to its military, in the text and in a gold file alike."""
    res = extractor.res
    assert canon_of(res, "Iraqi border guards") == "Military Forces of Iraq"
    assert canon_of(res, "Nigerian navy") == "Military Forces of Nigeria"
    text = [
        "KUT — The provincial police gave an update on Friday.",
        "On Wednesday, Iranian border guards shot dead a porter near the crossing at Mehran, police said.",
    ]
    row = _row(extractor, text, "Attack")
    assert row["actor1"] == "Military Forces of Iran", row


RAID = [
    "BUNIA — A local rights group gave its weekly report on Friday.",
    "On Tuesday, Kaloba militiamen raided the village of Mabanga, killing four farmers, the group said.",
]
HERDERS = [
    "BUNIA — A local rights group gave its weekly report on Friday.",
    "On Wednesday, soldiers and armed Kaloba herders exchanged fire near the village of Mabanga, the group said.",
]
NOT_A_COMMUNITY = [
    "BUNIA — A local rights group gave its weekly report on Friday.",
    "Rival militiamen raided the village of Mabanga on Tuesday, killing four farmers, the group said.",
]


def test_a_named_community_s_militiamen_are_its_militia(extractor, without):
    """`named_community` (ev23): "X militiamen" names the community's militia the dictionary lacks."""
    row = _row(extractor, RAID, "Attack")
    assert row["actor1"] == "Kaloba militia", row
    assert row["actor2"] == "Civilians", row
    assert _row(without("named_community"), RAID, "Attack")["actor1"] != "Kaloba militia"


def test_armed_herders_of_a_named_community_are_a_side_of_the_clash(extractor, without):
    row = _row(extractor, HERDERS, "Armed clash")
    assert "Kaloba militia" in (row["actor1"], row["actor2"]), row
    row = _row(without("named_community"), HERDERS, "Armed clash")
    assert "Kaloba militia" not in (row["actor1"], row["actor2"]), row


def test_a_capitalised_common_word_names_no_community(extractor):
    row = _row(extractor, NOT_A_COMMUNITY, "Attack")
    assert "Rival" not in (row["actor1"] or ""), row  # `not_names`: a sentence's first word is no community


SHAHED = [
    "ODESA — The regional administration gave an update on Friday.",
    "On Thursday night, Shahed-type drones hit a grain terminal in Izmail, wounding two workers, the governor said.",
]
SHOT_DOWN = [
    "ODESA — The regional administration gave an update on Friday.",
    "On Thursday night, air defence units shot down nine Geran drones over the Odesa region, the governor said.",
]


def test_a_weapon_system_one_side_uses_is_that_side_s(extractor, without):
    """`weapon_system_owner` (ev23): a Shahed in Ukraine is Russia's; stopped, Russia is the target side."""
    row = _row(extractor, SHAHED, "Air/drone strike")
    assert row["actor1"] == "Military Forces of Russia", row
    assert _row(without("weapon_system_owner"), SHAHED, "Air/drone strike")["actor1"] != "Military Forces of Russia"
    row = _row(extractor, SHOT_DOWN, "Disrupted weapons use")
    assert row["actor2"] == "Military Forces of Russia", row
    row = _row(without("weapon_system_owner"), SHOT_DOWN, "Disrupted weapons use")
    assert row["actor2"] != "Military Forces of Russia", row


CAMP = [
    "GAO — Fighters of the Islamic State Sahel Province attacked a village near Ansongo on Monday, killing four "
    "herders, residents said.",
    "On Thursday, soldiers raided a camp of the group in a forest east of Ansongo, killing six militants, the army said.",
]


def test_a_camp_of_the_group_makes_the_group_the_target(extractor, without):
    """`positions_of_group` (ev23): "raided a camp of the group" is the story's group, not an unnamed one."""
    group = extractor.res.resolve_actor("Islamic State Sahel Province").name
    row = _row(extractor, CAMP, "Armed clash")
    assert row["actor2"] == group, row
    assert _row(without("positions_of_group"), CAMP, "Armed clash")["actor2"] != group


SUSPECTS = [
    "TAMALE — The regional police command briefed reporters on Friday.",
    "On Wednesday, police in Tamale arrested four men on suspicion of looting a fuel depot, the command said.",
]
ACCUSED = [
    "TAMALE — Hundreds of traders marched through Tamale on Tuesday to protest against new market levies.",
    "On Wednesday, police in Tamale arrested 30 people accused of smuggling fuel across the border, the command said.",
]


@pytest.fixture
def without_words(edited_rules):
    """An extractor whose wordlists.json has the pattern list `name` emptied."""
    return lambda name: edited_rules({"wordlists.json": lambda data: {**data, name: []}})


def test_suspects_of_an_act_of_their_own_are_civilians(extractor, without_words):
    """`arrest_suspect_act_patterns` (wordlists.json, ev23): "arrested on suspicion of looting a depot" arrests
    civilians suspected of an act, not the rioters of the story."""
    assert _row(extractor, SUSPECTS, "Arrests")["actor2"] == "Civilians"
    assert _row(without_words("arrest_suspect_act_patterns"), SUSPECTS, "Arrests")["actor2"] == "Rioters"


def test_people_accused_of_a_non_crowd_act_after_a_protest_are_civilians(extractor, without_words):
    """`arrest_own_act_patterns` (wordlists.json, ev23): arrests after a protest are the protesters', unless the
    sentence accuses those arrested of an act of their own that is no crowd's."""
    assert _row(extractor, ACCUSED, "Arrests")["actor2"] == "Civilians"
    assert _row(without_words("arrest_own_act_patterns"), ACCUSED, "Arrests")["actor2"] == "Protesters"


def canon_of(res, name):
    a = res.resolve_actor(name)
    return a.name if a else None
