"""Review 9's must-fix findings on the rules of rounds 21-23 (fix26): a victim's or an embassy's nationality does not take
a capital's or a town's vote for its country (ev21), a possessive ends a place name before an "al-" name (ev22), a
"community" militia is a plain name and not a sentence's opener (ev23 `named_community`), the positions of a group are
the target only after the trigger (ev23 `positions_of_group`), and only a private act makes people arrested after a
protest civilians (ev23 `arrest_own_act_patterns`). The reviewer's sentences and our own; none copied from an
evaluation set."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import run

REF = date(2025, 3, 14)


def _first(extractor, *paras):
    rows = run(extractor, list(paras), ref=REF)
    assert rows, paras
    return rows


# 1. ev21: a nationality names the victims or an embassy, not the story's country
@pytest.mark.parametrize(
    ("text", "side", "actor", "iso3"),
    [
        (
            "Police fired tear gas at protesters outside the US embassy in Nairobi on Friday.",
            "actor2",
            "Police Forces of Kenya",
            "KEN",
        ),
        (
            "Gunmen shot dead two Chinese engineers in Karachi on Monday.",
            "actor1",
            "Unidentified Armed Group (Pakistan)",
            "PAK",
        ),
        (
            "Gunmen killed a German nun in Kaya on Sunday, officials said.",
            "actor1",
            "Unidentified Armed Group (Burkina Faso)",
            "BFA",
        ),
        (
            "Police detained ten protesters outside the Russian embassy in Chisinau on Saturday.",
            "actor2",
            "Police Forces of Moldova",
            "MDA",
        ),
    ],
)
def test_a_nationality_leaves_the_town_its_country(extractor, text, side, actor, iso3):
    row = _first(extractor, text)[0]
    assert (row[side], row["iso3"]) == (actor, iso3)


# 2. ev22: "Baghdad's al-Karrada district" names Baghdad
@pytest.mark.parametrize(
    ("text", "location", "iso3"),
    [
        ("An air strike hit Baghdad's al-Karrada district on Monday, killing four people.", "Baghdad", "IRQ"),
        (
            "A suicide bomber blew himself up near Mosul's al-Nuri mosque on Friday, killing three people.",
            "Mosul",
            "IRQ",
        ),
        ("Protesters gathered in Sanaa's al-Tahrir Square on Friday.", "Sanaa", "YEM"),
        ("Air strikes hit Idlib's al-Dana on Tuesday, killing five civilians.", "Idlib", "SYR"),
    ],
)
def test_a_possessive_ends_the_name_before_an_article(extractor, text, location, iso3):
    row = _first(extractor, text)[0]
    assert (row["location"], row["iso3"]) == (location, iso3)


# 3. ev23 named_community: no sentence opener, no "of"/"and" phrase, no "-backed"/"Pro-Russian" word is a community
@pytest.mark.parametrize(
    "text",
    [
        "When militiamen attacked the village of Bule near Bunia on Monday, 12 civilians were killed.",
        "Overnight militiamen attacked the village of Bule near Bunia, killing 12 civilians.",
        "Hundreds of Hutu and Twa militiamen attacked the village of Bule near Bunia on Monday.",
        "Other militiamen attacked the village of Bule near Bunia on Monday, killing 12 civilians.",
        "These militiamen attacked the village of Bule near Bunia on Monday, killing 12 civilians.",
        "Rebel militiamen attacked the village of Bule near Bunia on Monday, killing 12 civilians.",
        "Pro-Russian militiamen attacked a checkpoint near Donetsk on Monday, killing two soldiers.",
        "Iran-backed militias fired rockets at a US base in Iraq on Monday.",
        "On Monday, Iran-backed militias fired rockets at a US base in Iraq.",
    ],
)
def test_no_ordinary_word_is_a_community(extractor, text):
    row = _first(extractor, text)[0]
    assert not (row["actor1"] or "").endswith(" militia"), row


def test_a_community_the_article_names_elsewhere_opens_a_sentence(extractor):
    rows = _first(
        extractor,
        "Twa militiamen attacked the village of Bule near Bunia on Monday, killing 12 civilians.",
        "Local leaders blamed the attack on Twa fighters.",
    )
    assert rows[0]["actor1"] == "Twa militia"


# 4. ev23 positions_of_group: "fighters of the group fired" are the attackers
def test_the_groups_fighters_as_subject_are_not_the_target(extractor):
    rows = _first(
        extractor,
        "JNIM fighters attacked an army post near Djibo on Monday, killing five soldiers.",
        "On Tuesday, fighters of the group fired mortars near Arbinda, residents said.",
    )
    second = [r for r in rows if r["location"] == "Arbinda"][0]
    assert not (second["actor2"] or "").startswith("JNIM"), second


def test_the_groups_positions_after_the_trigger_are_the_target(extractor):
    rows = _first(
        extractor,
        "JNIM fighters attacked an army post near Djibo on Monday, killing five soldiers.",
        "On Tuesday, soldiers shelled positions of the group near Arbinda, residents said.",
    )
    second = [r for r in rows if r["location"] == "Arbinda"][0]
    assert (second["actor2"] or "").startswith("JNIM"), second


# 5. ev23 arrest_own_act_patterns: a crowd's charge keeps the protesters, a private act makes civilians
PROTEST = "Thousands of students protested in Mirpur on Monday against the new quota rules."


@pytest.mark.parametrize(
    ("arrest", "target"),
    [
        (
            "Police arrested at least 50 people suspected of involvement in the unrest in Mirpur on Tuesday.",
            "Protesters",
        ),
        ("Police arrested at least 50 people on charges of unlawful assembly in Mirpur on Tuesday.", "Protesters"),
        (
            "Police arrested at least 50 people accused of throwing stones at officers in Mirpur on Tuesday.",
            "Protesters",
        ),
        ("Police arrested at least 50 people accused of blocking roads in Mirpur on Tuesday.", "Protesters"),
        (
            "Police arrested at least 50 people accused of passing information to the militia in Mirpur on Tuesday.",
            "Civilians",
        ),
        (
            "Police arrested at least 50 people suspected of spying for a foreign power in Mirpur on Tuesday.",
            "Civilians",
        ),
    ],
)
def test_only_a_private_act_makes_the_arrested_civilians(extractor, arrest, target):
    rows = _first(extractor, PROTEST, arrest)
    arrests = [r for r in rows if r["sub_event_type"] == "Arrests"]
    assert arrests and arrests[0]["actor2"] == target, rows


# should-fix: a region's name that is no town of its country ("the Kashmir region") names no country
def test_a_region_that_is_no_town_names_no_country(extractor):
    row = _first(
        extractor,
        "Gunmen attacked a police post in Muzaffarabad on Monday, killing two officers, in the disputed Kashmir region.",
    )[0]
    assert row["iso3"] == "PAK" and "India" not in (row["actor2"] or ""), row


# should-fix: a Russian weapon struck is Russia's loss, not its attack
@pytest.mark.parametrize(
    "text",
    [
        "A drone destroyed an Iskander launcher near Tokmak on Monday, Ukraine's military said.",
        "A Ukrainian drone hit a depot of Shahed drones near Melitopol on Monday.",
        "Partisans blew up a train carrying Kalibr missiles near Melitopol on Monday.",
    ],
)
def test_a_struck_weapon_makes_its_owner_the_target(extractor, text):
    row = _first(extractor, text)[0]
    assert row["actor2"] == "Military Forces of Russia" and row["actor1"] != "Military Forces of Russia", row


def test_a_weapon_that_strikes_is_still_its_owners(extractor):
    row = _first(extractor, "Shahed drones hit an energy facility near Odesa on Monday, officials said.")[0]
    assert row["actor1"] == "Military Forces of Russia", row


# should-fix: suspects of an act during a riot the sentence names are its rioters
def test_suspects_of_an_act_during_the_riots_are_rioters(extractor):
    text = "Police in Nairobi arrested 40 people on suspicion of burning a police station during Tuesday's riots."
    assert _first(extractor, text)[0]["actor2"] == "Rioters"
    text = "Police in Nairobi arrested 40 people on suspicion of looting shops on Tuesday."
    assert _first(extractor, text)[0]["actor2"] == "Civilians"
