"""Fixer fix50 (second review of fix46 / fix47): unknown gunmen after a speech verb, a time word or "a group of" are
still the attackers; a name they wear ("in X uniforms") names no agent; two unnamed clans in the trigger's clause at
any distance; "not far from X" / "hours away from X" is no origin; "axis" names a road in a fighting context only.
Sentences written for the tests, none copied from an evaluation set."""

from __future__ import annotations

from datetime import date

from tests.extract_util import run

REF = date(2026, 5, 11)


def _rows(extractor, *paras):
    return run(extractor, list(paras), ref=REF)


def _unidentified(row) -> bool:
    return str(row["actor1"]).startswith("Unidentified Armed Group")


def test_unknown_gunmen_after_a_speech_verb_are_the_attackers(extractor):
    rows = _rows(extractor, "Al-Shabaab claimed unknown gunmen shot dead three of its fighters in Bardere on Friday.")
    assert _unidentified(rows[0])


def test_unknown_gunmen_after_a_time_word_are_the_attackers(extractor):
    rows = _rows(extractor, "Late on Friday night unknown gunmen shot dead an ISWAP commander in Bama, residents said.")
    assert _unidentified(rows[0])


def test_a_group_of_unknown_gunmen_after_said_are_the_attackers(extractor):
    rows = _rows(extractor, "The Houthis said a group of unknown gunmen stormed their post in Ibb on Friday.")
    assert _unidentified(rows[0])


def test_unknown_gunmen_killed_by_troops_stay_the_object(extractor):
    rows = _rows(extractor, "Nigerian troops killed a group of unknown gunmen in a gunfight near Bama on Friday.")
    assert rows[0]["actor1"] == "Military Forces of Nigeria"


def test_a_uniform_the_gunmen_wear_names_no_agent(extractor):
    rows = _rows(
        extractor, "Unknown gunmen in Kenya Defence Forces uniforms killed an Al-Shabaab defector in Wajir on Friday."
    )
    assert _unidentified(rows[0])


def test_two_unnamed_clans_in_the_trigger_clause_far_from_it(extractor):
    rows = _rows(
        extractor,
        "Fierce clashes erupted early on Friday in a small village outside Beledweyne between two clans over grazing "
        "land, leaving five dead.",
    )
    assert (rows[0]["actor1"], rows[0]["actor2"]) == ("Clan militia", "Clan militia")


def test_a_distance_phrase_is_no_origin(extractor):
    text = "Robbers shot dead a teacher in Manchester, a village a short distance from Kisumu, police said."
    assert [r["location"] for r in _rows(extractor, text)] == ["Kisumu"]
    text = "Robbers shot dead a teacher in Manchester, a village three hours away from Kisumu, police said."
    assert [r["location"] for r in _rows(extractor, text)] == ["Kisumu"]


def test_a_military_axis_is_a_road_and_a_political_axis_is_not(extractor):
    rows = _rows(extractor, "Clashes between the army and M23 rebels along the Goma-Sake axis killed two civilians.")
    assert rows[0]["location"] in ("Goma", "Sake")
    rows = _rows(extractor, "Israeli jets struck a convoy near Homs on Friday, a blow to the Tehran-Beirut axis.")
    assert rows[0]["location"] == "Homs"
