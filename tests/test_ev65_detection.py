"""Rules of round ev65 (issue 10, missed events): a person found dead with the marks of violence, traders who pull
down their shutters in protest, and the act a protest is against when it has a day of its own. Sentences written for
the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2025, 3, 12)  # a Wednesday


def _rows(extractor, *paragraphs):
    return [(r["sub_event_type"], str(r["event_date"]), r["fatalities"]) for r in run(extractor, list(paragraphs), REF)]


def _subs(extractor, *paragraphs):
    return [r[0] for r in _rows(extractor, *paragraphs)]


def test_found_dead_with_marks_of_violence_is_an_attack(extractor):
    assert _subs(
        extractor, "A teacher was found dead on Tuesday near Bama with stab wounds to his chest, his brother said."
    ) == ["Attack"]
    assert _subs(extractor, "On Monday, a trader was found dead with signs of torture in the town of Bama.") == [
        "Attack"
    ]


def test_found_dead_with_no_mark_of_violence_is_no_event(extractor):
    assert _subs(extractor, "A prisoner was found dead in his cell in Bama on Tuesday, officials said.") == []
    # the wound belongs to another clause
    assert (
        _subs(extractor, "A herder was found dead in Bama on Tuesday, and a boy was taken to hospital with injuries.")
        == []
    )


def test_shutters_pulled_down_against_a_grievance_are_a_protest(extractor):
    assert _subs(
        extractor, "In Bama, shopkeepers pulled down their shutters on Tuesday against a new market levy."
    ) == ["Peaceful protest"]
    # for fear of trouble: no protest, and "downed" is no shoot-down
    assert _subs(extractor, "In Bama, traders downed shutters early on Tuesday, fearing trouble.") == []


def test_the_act_a_protest_is_against_with_a_day_of_its_own_is_an_event(extractor):
    rows = _rows(
        extractor,
        "In Bama, traders downed shutters on Tuesday against the murder of a tailor who was shot dead by two gunmen on "
        "Sunday night.",
    )
    assert sorted(rows) == [("Attack", "2025-03-09", 1), ("Peaceful protest", "2025-03-11", None)]
    # without a day of its own the act stays the protest's grievance
    assert _subs(
        extractor, "In Bama, traders downed shutters on Tuesday against the murder of a tailor by two gunmen."
    ) == ["Peaceful protest"]


def test_a_wave_a_place_was_spared_or_that_has_hit_places_is_no_event(extractor):
    assert _subs(extractor, "Gombe had mostly been spared the abductions that have hit neighbouring Bauchi.") == []
    assert _subs(extractor, "The ambushes that have plagued the Bama road for months worry traders.") == []
    # an event reported the same way with its day stays
    assert _subs(extractor, "Gunmen abducted six travellers near Bama on Tuesday, residents said.") == [
        "Abduction/forced disappearance"
    ]


def test_a_protest_over_a_death_is_no_second_event(extractor):
    assert _subs(
        extractor,
        "In Bama, riders blocked the main road on Tuesday to protest the death of a colleague who was hit by a truck on "
        "Sunday.",
    ) == ["Peaceful protest"]


def test_an_after_or_relative_clause_with_a_day_of_its_own_is_its_own_event(extractor):
    rows = _rows(
        extractor,
        "On Tuesday, residents of Bama set tyres alight and blocked the highway after a trader was shot dead during a "
        "robbery on Monday evening.",
    )
    assert sorted(rows) == [("Attack", "2025-03-10", 1), ("Violent demonstration", "2025-03-11", None)]
    # without a day of its own, the "after" clause is the cause of the main event
    assert _subs(
        extractor, "On Tuesday, residents of Bama set tyres alight and blocked the highway after a trader was robbed."
    ) == ["Violent demonstration"]


def test_picked_up_by_a_state_force_is_an_arrest(extractor):
    assert _subs(extractor, "A union leader was picked up by police in Bama on Tuesday, his lawyer said.") == [
        "Arrests"
    ]
    assert _subs(extractor, "The pupils were picked up by their parents in Bama on Tuesday.") == []
