"""Developer round ev38 (issue 10): conjoined and follow-up death counts, a border country that is not the story's, and
the side of people arrested named by their group. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def test_a_conjoined_count_with_an_unlisted_noun_is_summed(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("At least six raiders and three KDF were killed near Wajir.", extractor.res) == 9
    assert fatalities_in("Four soldiers and two of the smugglers were killed, police said.", extractor.res) == 6


def test_a_list_member_with_an_of_phrase_still_joins_the_list(extractor):
    from newsetl.extract.events import fatalities_in

    text = "Officials said three members of a 'criminal gang' and one ranger were killed."
    assert fatalities_in(text, extractor.res) == 4


def test_losses_of_their_own_add_to_the_enemy_dead(extractor):
    from newsetl.extract.events import fatalities_in

    assert (
        fatalities_in(
            "Troops fought rebels near Kidal, killing 11 rebels and losing three of their own.", extractor.res
        )
        == 14
    )
    assert (
        fatalities_in("Troops fought rebels near Kidal, killing 11 rebels, including two women.", extractor.res) == 11
    )


def test_a_passer_by_and_ranks_are_victims(extractor):
    from newsetl.extract.events import fatalities_in

    assert fatalities_in("The bomb killed three fighters and a passer-by in Kidal.", extractor.res) == 4
    assert fatalities_in("Three cadres of the group were shot dead near Kidal.", extractor.res) == 3


def test_a_follow_up_opening_on_the_fight_adds_its_dead(extractor):
    (row,) = _rows(
        extractor,
        "On Thursday, rebels attacked an army patrol near Kidal. In the fighting, one corporal and four rebels died.",
    )
    assert row["fatalities"] == 5


def test_deaths_also_reported_in_the_next_sentence_add(extractor):
    (row,) = _rows(
        extractor,
        "Soldiers repelled an attack on their camp at Kidal on Sunday, killing nine assailants. Two soldiers were also killed.",
    )
    assert row["fatalities"] == 11


def test_a_country_across_the_border_is_not_the_story_country(extractor):
    rows = _rows(
        extractor,
        "DORI — Soldiers repelled an assault on their post at Falagountou on Monday, a security source said.",
        "Gunmen burned the market of Seytenga, near the Niger border, on Tuesday, traders said.",
        "In Dori, gendarmes arrested two men on Wednesday.",
    )
    assert rows[0]["actor2"] == "Military Forces of Burkina Faso"
    assert all("Niger" not in (r["actor1"] or "") + (r["actor2"] or "") for r in rows)


def test_people_from_both_sides_of_a_fight_are_rioters(extractor):
    rows = _rows(extractor, "Police arrested 14 people from both sides in Gao on Wednesday.")
    assert [r["actor2"] for r in rows] == ["Rioters"]


def test_members_of_an_unnamed_gang_are_an_armed_group(extractor):
    rows = _rows(extractor, "Police in Gao arrested three suspected members of a smuggling gang on Wednesday.")
    assert [r["actor2"] for r in rows] == ["Unidentified Armed Group (Mali)"]


def test_people_arrested_with_no_group_stay_civilians(extractor):
    rows = _rows(extractor, "Police arrested five men in Gao on Wednesday, accusing them of spying for the rebels.")
    assert [r["actor2"] for r in rows] == ["Civilians"]
    rows = _rows(extractor, "Police arrested two members of the same family in Gao on Wednesday.")
    assert [r["actor2"] for r in rows] == ["Civilians"]


def test_national_police_reserve_is_its_own_unit(extractor):
    rows = _rows(extractor, "On Saturday, officers of the National Police Reserve arrested two men near Baragoi.")
    assert [r["actor1"] for r in rows] == ["National Police Reserve"]


def test_protest_sub_types_of_story_arrests_are_a_word_list(extractor):
    assert "Violent demonstration" in extractor.res.wordset("protest_sub_types")
    assert "Mob violence" not in extractor.res.wordset("protest_sub_types")
