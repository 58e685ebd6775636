"""Round ev70 (the attack / clash line; sentences written for the tests): an ambush whose victims are unarmed people
or their vehicle is an attack, an ambushed patrol or convoy stays a clash (ACLED); an assault or beating of a party's
opponents is an attack, not a clash or a riot; "beat and wounded" is a beating; "The assault took place in X" names
the lead's attack even when its own clause would type it otherwise."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 3, 12)


def _rows(extractor, *paragraphs):
    return [(r["sub_event_type"], r["actor1"], r["actor2"], r["location"]) for r in run(extractor, paragraphs, ref=REF)]


def test_civilians_killed_in_an_ambush_are_attacked(extractor):
    rows = _rows(extractor, "A cattle herder was killed and his brother wounded in an ambush near Katoro on Tuesday.")
    assert [r[0] for r in rows] == ["Attack"] and rows[0][2] == "Civilians"
    rows = _rows(
        extractor, "On Monday evening, a private minibus was ambushed near Katoro by gunmen who robbed the passengers."
    )
    assert [r[0] for r in rows] == ["Attack"]


def test_an_ambushed_convoy_of_a_force_stays_a_clash(extractor):
    rows = _rows(extractor, "Rebels ambushed an army convoy near Katoro on Tuesday, killing three soldiers.")
    assert [r[0] for r in rows] == ["Armed clash"]
    rows = _rows(extractor, "A police vehicle was ambushed near Katoro on Tuesday, and two officers were wounded.")
    assert [r[0] for r in rows] == ["Armed clash"]


def test_an_assault_on_opposition_supporters_is_an_attack(extractor):
    rows = _rows(extractor, "On Friday, ruling-party youths assaulted three opposition activists at Kadoma market.")
    assert [r[0] for r in rows] == ["Attack"]
    rows = _rows(
        extractor, "On Friday, ruling-party youths assaulted four opposition supporters and burnt a hut near Kadoma."
    )
    assert [r[0] for r in rows] == ["Attack"]


def test_beat_and_wounded_is_a_beating(extractor):
    rows = _rows(extractor, "On Saturday, militiamen beat and wounded five farmers in Kadoma, residents said.")
    assert [r[0] for r in rows] == ["Attack"]


def test_the_assault_took_place_places_the_lead(extractor):
    rows = _rows(
        extractor,
        "HARARE, March 12 - Ruling-party militiamen beat and wounded four opposition activists in central Zimbabwe, "
        "a rights group said on Thursday.",
        "The assault took place on Tuesday evening in Kadoma, where the activists were holding a meeting in a house, "
        "the group said.",
    )
    assert [(r[0], r[3]) for r in rows] == [("Attack", "Kadoma")]
