"""Developer round ev44 (issue 10, event actors): the side of people arrested after a riot or a mob's violence, and
arrests reported in the passive. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import one, run

REF = date(2026, 3, 12)


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


@pytest.mark.parametrize(
    ("paras", "kind", "want"),
    [
        pytest.param(
            [
                "On Tuesday, hundreds of traders in Kisumu set fire to tyres and stoned a police post over new market fees.",
                "Police arrested 23 people in Kisumu on Wednesday, a police spokesman said.",
            ],
            "Arrests",
            {"actor2": "Rioters"},
            id="people_arrested_after_a_riot_are_its_rioters",
        ),
        pytest.param(
            [
                "On Tuesday, hundreds of traders marched peacefully through Kisumu to protest new market fees.",
                "Police arrested 23 people in Kisumu on Wednesday, a police spokesman said.",
            ],
            "Arrests",
            {"actor2": "Protesters"},
            id="people_arrested_after_a_peaceful_march_are_protesters",
        ),
        pytest.param(
            [
                "On Monday, a mob in Kisumu beat a man to death after accusing him of stealing a goat.",
                "Police said seventeen people were arrested in Kisumu on Tuesday over the killing.",
            ],
            "Arrests",
            {"actor2": "Rioters"},
            id="a_passive_arrest_of_people_after_a_mob_killing_names_the_rioters",
        ),
        pytest.param(
            ["Members of the Okpara security outfit fought armed herders near Ezinta on Friday, and two herders died."],
            "Armed clash",
            {"actor1": "Okpara"},
            id="members_of_a_named_outfit_are_that_group",
        ),
        pytest.param(
            [
                "Members of the Ubani River Guard, a state-backed vigilante outfit, exchanged fire with kidnappers near Ezinta "
                "on Friday."
            ],
            "Armed clash",
            {"actor1": "Ubani River Guard"},
            id="members_of_a_named_outfit_in_apposition_are_that_group",
        ),
        pytest.param(
            [
                "Militiamen of the Okpara movement attacked the village of Ezinta on Wednesday, burning huts and killing two "
                "farmers.",
                "Soldiers pursued the attackers the same day and killed three of them near Umuleri, the army said.",
            ],
            "Attack",
            {"actor1": "Okpara"},
            id="the_pursued_attackers_are_the_group_that_attacked",
        ),
        pytest.param(
            [
                "Militiamen of the Okpara movement attacked the village of Ezinta on Wednesday, burning huts and killing two "
                "farmers.",
                "Soldiers pursued the attackers the same day and killed three of them near Umuleri, the army said.",
            ],
            "Armed clash",
            {"actor2": "Okpara"},
            id="the_pursued_attackers_are_the_group_that_attacked_2",
        ),
    ],
)
def test_the_event_of_a_kind(extractor, paras, kind, want):
    """The story's one event of `kind` has the fields `want` gives (each case one rule, named by its id)."""
    r = one(_rows(extractor, *paras), kind)
    assert {k: r[k] for k in want} == want, r


def test_a_passive_arrest_with_no_crowd_in_the_story_stays_civilians(extractor):
    rows = _rows(
        extractor,
        "Seventeen people were arrested in Kisumu on Tuesday on suspicion of cattle theft, police said.",
    )
    assert one(rows, "Arrests")["actor2"] in ("Civilians", None)


def test_officers_of_a_police_unit_are_no_outfit(extractor):
    rows = _rows(
        extractor,
        "Members of the Rapid Response Police unit fought armed herders near Ezinta on Friday, and two herders died.",
    )
    assert one(rows, "Armed clash")["actor1"] != "Rapid Response Police"


def test_two_unnamed_clans_are_both_sides(extractor):
    rows = _rows(
        extractor,
        "Four men died on Sunday when fighters from two rival sub-clans clashed over a well near Ceel Dhuubo.",
    )
    row = one(rows, "Armed clash")
    assert (row["actor1"], row["actor2"]) == ("Sub-clan militia", "Sub-clan militia")


def test_two_clans_named_in_apposition_keep_their_names(extractor):
    rows = _rows(
        extractor,
        "Fighters of two sub-clans, the Reer Dalab and the Reer Gumar, clashed on Friday near Ceel Dhuubo.",
    )
    assert one(rows, "Armed clash")["actor1"] != "Sub-clan militia"


def test_unknown_gunmen_are_unidentified_not_the_victims_side(extractor):
    rows = _rows(
        extractor,
        "Unknown gunmen shot dead a Houthi-appointed tax collector in Bajil late on Monday, a local official said.",
    )
    assert one(rows, "Attack")["actor1"].startswith("Unidentified")


def test_a_named_attacker_stays_when_the_unknown_agent_is_another_clauses(extractor):
    rows = _rows(
        extractor,
        "On Friday, Houthi fighters shelled the village of Bajil, killing two farmers, a week after a trader had been "
        "abducted on the coast road near Hodeidah by unknown gunmen.",
    )
    assert not one(rows, "Shelling/artillery/missile attack")["actor1"].startswith("Unidentified")
