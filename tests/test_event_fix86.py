"""(fix86) Review leftovers of the twenty-second session: general constructions found by reviewers' probes. Sentences
written for the tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract_util import only, run

REF = date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(
    "paras,deaths",
    [
        (
            [
                "On Monday, students rallied in Nairobi against fees. Meanwhile, police fired tear gas at them, killing one."
            ],
            1,
        ),
        (
            [
                "On Monday, traders marched in Kisumu against a new tax. Police used tear gas to scatter the crowd, killing two."
            ],
            2,
        ),
        (
            [
                "On Monday, teachers protested in Nakuru over pay. Police dispersed them with live bullets, leaving three dead."
            ],
            3,
        ),
    ],
)
def test_a_lethal_intervention_told_after_the_protest_is_excessive_force(extractor, paras, deaths):
    row = only(extractor, paras, ref=REF)
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert (row["actor1"], row["actor2"], row["fatalities"]) == ("Police Forces of Kenya", "Protesters", deaths)


def test_a_bloodless_intervention_told_after_the_protest_stays_one(extractor):
    row = only(
        extractor,
        ["On Monday, students rallied in Nairobi against fees. Meanwhile, police fired tear gas at them."],
        ref=REF,
    )
    assert (row["sub_event_type"], row["actor2"]) == ("Protest with intervention", "Police Forces of Kenya")


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, mourners marched in Lagos for the two men killed last week; police dispersed them.",
        "On Monday, hundreds protested in Kano over the deaths of four traders shot dead days earlier; police fired tear gas.",
        "On Monday, youths rioted in Kano over two men killed by soldiers last week, burning tyres.",
    ],
)
def test_deaths_a_crowd_mourns_or_protests_over_are_no_toll_of_its_event(extractor, text):
    row = only(extractor, [text], ref=REF)
    assert row["fatalities"] is None


def test_deaths_of_the_intervention_itself_stay_its_toll(extractor):
    row = only(
        extractor, ["On Monday, police shot dead two protesters in Kano as they marched against fuel prices."], ref=REF
    )
    assert (row["sub_event_type"], row["fatalities"]) == ("Excessive force against protesters", 2)


@pytest.mark.parametrize(
    "text,a1",
    [
        (
            "On Monday, VDP auxiliaries and police ambushed the gunmen near Djibo.",
            "VDP: Volunteers for the Defense of the Homeland",
        ),
        (
            "On Monday, VDP auxiliaries and soldiers attacked the jihadists near Djibo.",
            "VDP: Volunteers for the Defense of the Homeland",
        ),
        ("On Monday, Dozo hunters and police ambushed the attackers near Djibo.", "Dozo Communal Militia"),
    ],
)
def test_the_object_anaphor_of_a_coordinated_subject_is_the_other_side(extractor, text, a1):
    row = only(extractor, [text], ref=REF)
    assert (row["actor1"], row["actor2"]) == (a1, "Unidentified Armed Group (Burkina Faso)")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested ten opposition activists in Caracas; the council will publish results on August 28.",
        "The electoral council will announce results on August 28, after protests in Caracas.",
    ],
)
def test_the_day_of_a_plan_dates_no_event(extractor, text):
    for row in run(extractor, [text], ref=REF):
        assert row["event_date"] != date(2026, 8, 28)


def test_the_event_keeps_its_own_day_beside_a_plan_day(extractor):
    row = only(
        extractor,
        ["The army will launch an offensive on Friday, after gunmen killed two farmers in Kano on Monday."],
        ref=REF,
    )
    assert row["event_date"] == REF


def test_a_spaced_article_inside_an_unlisted_name_binds_it(extractor):
    """ "Tall as Sultan" (unknown as a whole) is no "At Tall": the article inside the name joins its words."""
    text = "BEIRUT — Syrian jets struck Tall as Sultan in Idlib province on Monday, killing two civilians."
    assert only(extractor, [text], ref=REF)["location"] == "Tall as Sultan"
    bare = "On Monday, clashes broke out at Tall as Sultan between rebels and the army."
    assert only(extractor, [bare], ref=REF)["location"] != "At Tall"


@pytest.mark.parametrize(
    "text,a2",
    [
        (
            "Russian shelling hit the outskirts of Kherson on Monday, a week after a strike killed two men in the city.",
            None,
        ),
        ("A drone attack hit Kherson on Monday, days after shelling wounded three people there.", None),
        ("Russian shelling hit the outskirts of Kherson on Monday, killing two men.", "Civilians"),
    ],
)
def test_harm_told_after_an_answer_lead_names_no_civilian_target(extractor, text, a2):
    assert only(extractor, [text], ref=REF)["actor2"] == a2
