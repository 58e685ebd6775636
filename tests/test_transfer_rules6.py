"""Rules of the sixth-blind-set round (issue 10, lead, after `eval/events_blind6` was measured untouched): forecasts
and analysts' expectations, and totals over a span of months, are not events. Sentences written for the tests."""

from __future__ import annotations

from datetime import date

from tests.extract_util import only, run

REF = date(2024, 5, 15)  # a Wednesday
EVENT = "On Tuesday, rebels attacked an army post in the town of Kaya, Burkina Faso, killing four soldiers."


def test_an_expected_assault_is_a_forecast(extractor):
    forecast = (
        "Analysts expect that the rebels will now push towards Dori, although an assault on the well-defended "
        "town could take weeks."
    )
    rows = run(extractor, [EVENT, forecast], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_what_an_advance_is_likely_aimed_at_is_no_event(extractor):
    aim = (
        "The army's advance is likely aimed at reopening the road to Dori and relieving the besieged garrison of Djibo."
    )
    rows = run(extractor, [EVENT, aim], ref=REF)
    assert [r["location"] for r in rows] == ["Kaya"], rows


def test_a_toll_between_two_months_is_an_aggregate(extractor):
    total = "Gangs killed more than 300 people in Port-au-Prince between April and May, the UN said."
    assert run(extractor, [total], ref=REF) == []
    # the same toll on one day is an event
    day = "Gangs killed more than 30 people in Port-au-Prince on Monday, the UN said."
    assert [r["location"] for r in run(extractor, [day], ref=REF)] == ["Port-au-Prince"]


def test_a_dated_event_told_after_an_expectation_clause_stays(extractor):
    # the forecast pattern needs a modal between the expectation verb and the trigger, in the same clause
    r = only(
        extractor,
        [
            "Officials believe the militants came from Mali. On Tuesday, they attacked an army post in the town of "
            "Kaya, Burkina Faso, killing four soldiers."
        ],
        ref=REF,
    )
    assert r["location"] == "Kaya"


def test_the_village_a_region_level_attack_took_place_in(extractor):
    # the first sentence places the attack at a region; "The attack took place in X" (a noun that alone would be
    # coded as a clash) names the village: the same event, placed there, not a second one
    r = only(
        extractor,
        [
            "BAMAKO, May 14 (Reuters) - Gunmen killed at least nine civilians in Mali's Segou region on Monday, a local "
            "official said. The attack took place in Sokolo, a village near the Mauritanian border."
        ],
        ref=REF,
    )
    assert (r["sub_event_type"], r["location"]) == ("Attack", "Sokolo")
